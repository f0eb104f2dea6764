// Font-size control: A- A A+ buttons in the header, remembered across pages.
// The page head applies the saved size, and marks the page "js" so that the
// stylesheet shows the buttons (hidden without JavaScript), before the page
// is drawn; this file handles them.
(function () {
  var root = document.documentElement;
  var group = document.querySelector(".fontsize");
  var key = "vd-font";
  var smallest = -1;
  var largest = 3;
  if (!group) {
    return;
  }
  function current() {
    var n = parseInt(root.getAttribute("data-font") || "0", 10);
    return isNaN(n) ? 0 : Math.max(smallest, Math.min(largest, n));
  }
  function apply(n) {
    if (n === 0) {
      root.removeAttribute("data-font");
    } else {
      root.setAttribute("data-font", String(n));
    }
    try {
      if (n === 0) {
        localStorage.removeItem(key);
      } else {
        localStorage.setItem(key, String(n));
      }
    } catch (e) {
      // Private browsing: the size applies to this page only.
    }
    var buttons = group.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) {
      var step = parseInt(buttons[i].getAttribute("data-font-step"), 10);
      var blocked = (step < 0 && n <= smallest) || (step > 0 && n >= largest);
      buttons[i].setAttribute("aria-disabled", blocked ? "true" : "false");
    }
  }
  group.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-font-step]");
    if (!button) {
      return;
    }
    var step = parseInt(button.getAttribute("data-font-step"), 10);
    apply(step === 0 ? 0 : Math.max(smallest, Math.min(largest, current() + step)));
  });
  group.hidden = false;
  apply(current());
})();
