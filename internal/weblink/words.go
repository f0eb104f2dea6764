package weblink

import (
	"regexp"
	"strings"

	"vinhdanh/internal/i18n"
)

// ProblemText returns a Result's Problem as a message of the catalogue, to
// print in the editor's language. Problems stay English phrases in Results
// and in the cache, whose files outlive a change of language; this turns
// each phrase the checker writes into its message.
func ProblemText(problem string) i18n.Text {
	for _, p := range fixedProblems {
		if problem == p.english {
			return p.text
		}
	}
	if m := answersPattern.FindStringSubmatch(problem); m != nil {
		return i18n.T("answers %s", strings.TrimSpace(m[1]+" "+m[2]))
	}
	if rest, ok := strings.CutPrefix(problem, "no answer within "); ok {
		return i18n.T("no answer within %s", rest)
	}
	for _, p := range prefixedProblems {
		if rest, ok := strings.CutPrefix(problem, p.prefix); ok {
			return p.text(rest)
		}
	}
	return i18n.T("%s", problem)
}

var answersPattern = regexp.MustCompile(`^answers (\d+)(?: (.*))?$`)

// fixedProblems are the problems that are whole phrases.
var fixedProblems = []struct {
	english string
	text    i18n.Text
}{
	{"too many redirects", i18n.T("too many redirects")},
	{"server not found (no such host)", i18n.T("server not found (no such host)")},
	{"server name lookup timed out", i18n.T("server name lookup timed out")},
	{"secure connection failed (the server does not speak https there)", i18n.T("secure connection failed (the server does not speak https there)")},
	{"connection refused", i18n.T("connection refused")},
	{"connection reset by the server", i18n.T("connection reset by the server")},
	{"network unreachable", i18n.T("network unreachable")},
	{"host unreachable", i18n.T("host unreachable")},
	{"connection closed without an answer", i18n.T("connection closed without an answer")},
	{"certificate problem: issued by an unknown authority", i18n.T("certificate problem: issued by an unknown authority")},
	{"certificate problem: expired or not yet valid", i18n.T("certificate problem: expired or not yet valid")},
	{problemNotWeb, i18n.T("not a web address")},
	{problemCancelled, i18n.T("not checked: cancelled")},
}

// prefixedProblems are the problems that end with a detail of the system's.
var prefixedProblems = []struct {
	prefix string
	text   func(detail string) i18n.Text
}{
	{"server name lookup failed: ", func(d string) i18n.Text { return i18n.T("server name lookup failed: %s", d) }},
	{"certificate problem: not valid for ", func(d string) i18n.Text { return i18n.T("certificate problem: not valid for %s", d) }},
	{"certificate problem: ", func(d string) i18n.Text { return i18n.T("certificate problem: %s", d) }},
	{"request failed: ", func(d string) i18n.Text { return i18n.T("request failed: %s", d) }},
}
