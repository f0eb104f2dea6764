package weblink

import (
	"testing"
	"time"
)

// TestProblemText checks that each problem the checker writes is a message
// of the catalogue whose English is the problem itself.
func TestProblemText(t *testing.T) {
	for _, p := range []string{
		statusProblem(404), statusProblem(599), errorProblem(errTooManyRedirects, time.Second),
		"no answer within 10s", "server not found (no such host)", "server name lookup failed: no route",
		"certificate problem: not valid for example.vn", "certificate problem: expired or not yet valid",
		"certificate problem: something else", "request failed: boom", "connection refused",
		problemNotWeb, problemCancelled,
	} {
		text := ProblemText(p)
		if text.Key == "%s" {
			t.Errorf("%q is not a message of the catalogue", p)
		}
		if got := text.String(); got != p {
			t.Errorf("ProblemText(%q) reads %q in English", p, got)
		}
	}
}
