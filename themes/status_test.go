package themes_test

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"testing"
)

// TestStatusLabelContrast checks the colours of the label that marks
// drafts and scheduled articles (partials/status.html, which carries its
// own colours, the same in the light and the dark scheme): its text must
// reach WCAG's 4.5:1 against its background, and the label must stand
// apart from both page backgrounds.
func TestStatusLabelContrast(t *testing.T) {
	src, err := os.ReadFile("default/layouts/partials/status.html")
	if err != nil {
		t.Fatal(err)
	}
	colour := func(property string) [3]float64 {
		m := regexp.MustCompile(`[;"]` + property + `:#([0-9a-fA-F]{6})`).FindSubmatch(src)
		if m == nil {
			t.Fatalf("the label sets no %s as #rrggbb", property)
		}
		return hexColour(t, string(m[1]))
	}
	text, background := colour("color"), colour("background")
	if c := contrast(text, background); c < 4.5 {
		t.Errorf("the label's text reaches %.2f:1 on its background, under 4.5:1", c)
	}
	for _, page := range []string{"ffffff", "141414"} { // main.css's --bg, light and dark
		if c := contrast(background, hexColour(t, page)); c < 1.2 {
			t.Errorf("the label hardly differs from the page #%s: %.2f:1", page, c)
		}
	}
}

func hexColour(t *testing.T, hex string) [3]float64 {
	t.Helper()
	var c [3]float64
	for i := range c {
		v, err := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
		if err != nil {
			t.Fatal(err)
		}
		c[i] = float64(v) / 255
	}
	return c
}

// contrast is WCAG 2's contrast ratio of two sRGB colours.
func contrast(a, b [3]float64) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(c [3]float64) float64 {
	var l [3]float64
	for i, v := range c {
		if v <= 0.04045 {
			l[i] = v / 12.92
		} else {
			l[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}
