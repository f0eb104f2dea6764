// The preview server's live reload, injected into every HTML page it
// serves (never into a build's output). It listens to the server's events:
// "reload" after a build, with the pages that changed; "failed" with the
// build's errors, shown over the page, which stays the last good build; and
// "ok" when the site builds again.
(function () {
  "use strict";
  var here = decodeURIComponent(location.pathname);
  var overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(failed) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "vinhdanh-build-error";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "vinhdanh-build-error-title");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(20,20,20,.92);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem";
    var title = document.createElement("h2");
    title.id = "vinhdanh-build-error-title";
    title.textContent = failed.title;
    title.style.cssText = "margin:0 0 1rem;font-size:1.25rem;color:#ffb4a8";
    var list = document.createElement("pre");
    list.style.cssText = "white-space:pre-wrap;font:15px/1.5 ui-monospace,monospace;margin:0 0 1rem";
    list.textContent = failed.problems.join("\n");
    var note = document.createElement("p");
    note.textContent = failed.note;
    note.style.margin = "0";
    overlay.append(title, list, note);
    document.body.append(overlay);
  }

  var events = new EventSource("/_vinhdanh/events");
  events.addEventListener("reload", function (e) {
    var changed = JSON.parse(e.data);
    if (changed.all || changed.pages.indexOf(here) >= 0) {
      location.reload();
    } else {
      hide();
    }
  });
  events.addEventListener("failed", function (e) {
    show(JSON.parse(e.data));
  });
  events.addEventListener("ok", hide);
})();
