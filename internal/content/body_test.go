package content

import (
	"strings"
	"testing"
	"time"

	"vinhdanh/internal/diagnostic"
)

// TestCheckBody: each limit is reported once, at its line, and ordinary
// texts, however nested a little, pass; a large body is read in time.
func TestCheckBody(t *testing.T) {
	for _, c := range []struct {
		body string
		line int // 0: no error
	}{
		{"Đoạn một.\n\n- a\n  - b\n    > c\n", 0},
		{strings.Repeat("x", MaxBodyBytes+1), 10},
		{"a\n" + strings.Repeat("- ", MaxNesting+1) + "x\n", 11},
		{strings.Repeat("- ", MaxNesting) + "x\n", 0},
		{"a\n\n" + strings.Repeat("[a]: /b/\n", MaxDefinitions+1), 10 + 2 + MaxDefinitions},
		{"a\n\n" + strings.Repeat("[a]: /b/\n[^n]: c\n", MaxDefinitions), 0},
		{"1. 2. 3) x\n[not]: a definition count of one\n", 0},
	} {
		var diags diagnostic.List
		start := time.Now()
		checkBody([]byte(c.body), 10, "a.md", &diags)
		if took := time.Since(start); took > 2*time.Second {
			t.Errorf("%.20q: took %v", c.body, took)
		}
		switch {
		case c.line == 0 && len(diags) > 0:
			t.Errorf("%.20q: %v", c.body, diags)
		case c.line != 0 && (len(diags) != 1 || diags[0].Line != c.line):
			t.Errorf("%.20q: %v, want one error at line %d", c.body, diags, c.line)
		}
	}
}
