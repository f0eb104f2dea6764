package diagnostic

import (
	"strings"
	"testing"
)

func TestListSortAndFormat(t *testing.T) {
	var l List
	l.Add("content/b.md", 3, 1, "second file")
	l.Add("content/a.md", 10, 2, "later line")
	l.Add("content/a.md", 2, 5, "earlier line")
	l.Warn("content/a.md", 0, 0, "whole file")
	l.Add("content/a.md", 2, 5, "earlier line") // duplicate
	got := l.Sort().Error()
	want := strings.Join([]string{
		"content/a.md: warning: whole file",
		"content/a.md:2:5: earlier line",
		"content/a.md:10:2: later line",
		"content/b.md:3:1: second file",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestErrorsAndWarnings(t *testing.T) {
	var l List
	l.Add("a", 1, 1, "e")
	l.Warn("a", 2, 1, "w")
	if n := len(l.Errors(false)); n != 1 {
		t.Errorf("Errors(false) = %d, want 1", n)
	}
	if n := len(l.Errors(true)); n != 2 {
		t.Errorf("Errors(true) = %d, want 2", n)
	}
	if n := len(l.Warnings()); n != 1 {
		t.Errorf("Warnings() = %d, want 1", n)
	}
	if (List{}).Err() != nil {
		t.Error("empty list should be a nil error")
	}
}

func TestClosest(t *testing.T) {
	candidates := []string{"title", "date", "kind", "province", "provinces", "period"}
	for _, tc := range []struct {
		word, want string
		ok         bool
	}{
		{"titel", "title", true},
		{"provine", "province", true},
		{"perod", "period", true},
		{"knd", "kind", true},
		{"zzzzzzzz", "", false},
		{"authorship", "", false},
	} {
		got, ok := Closest(tc.word, candidates, nil)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("Closest(%q) = %q, %v; want %q, %v", tc.word, got, ok, tc.want, tc.ok)
		}
	}
	if s := DidYouMean("titel", candidates, nil).String(); s != ` (did you mean "title"?)` {
		t.Errorf("DidYouMean = %q", s)
	}
	if s := DidYouMean("qqqqqq", candidates, nil).String(); s != "" {
		t.Errorf("DidYouMean = %q, want empty", s)
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "ab", 2}, {"kitten", "sitting", 3},
		{"ab", "ba", 1}, {"bac can", "bac kan", 1}, {"đà", "đá", 1},
	} {
		if got := EditDistance([]rune(tc.a), []rune(tc.b)); got != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
