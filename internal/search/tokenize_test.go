package search

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestTokenize(t *testing.T) {
	tokens := Tokenize("Phong trào Thi đua, khen thưởng: Quyết định 946/QĐ-UBND (năm 2023).")
	var got []string
	for _, tk := range tokens {
		s := tk.Folded + "|" + tk.Exact
		if tk.Joined {
			s = "+" + s
		}
		got = append(got, s)
	}
	want := "phong|phong +trao|trào +thi|thi +dua|đua khen|khen +thuong|thưởng quyet|quyết +dinh|định +946|946 qd|qđ +ubnd|ubnd nam|năm +2023|2023"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
	text := "Bà Rịa - Vũng Tàu"
	for _, tk := range Tokenize(text) {
		if text[tk.Start:tk.End] == "" || !strings.EqualFold(norm.NFC.String(text[tk.Start:tk.End]), text[tk.Start:tk.End]) {
			t.Errorf("bad offsets %d-%d", tk.Start, tk.End)
		}
	}
	if tks := Tokenize("Bà Rịa - Vũng Tàu"); !tks[2].Joined {
		t.Error("a hyphen between words should not break the phrase")
	}
}

func TestTokenizeLongRuns(t *testing.T) {
	long := strings.Repeat("a", 200)
	for _, tk := range Tokenize(long) {
		if len(tk.Exact) > MaxTokenBytes {
			t.Fatalf("token of %d bytes", len(tk.Exact))
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Thi đua, khen thưởng.", "946/QĐ-UBND", "a\u0301b", "", "\xff\xfe", strings.Repeat("đ", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for i, tk := range Tokenize(s) {
			if tk.Start < last || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %d has offsets %d-%d after %d", i, tk.Start, tk.End, last)
			}
			last = tk.End
			if tk.Exact != strings.ToLower(s[tk.Start:tk.End]) {
				t.Fatalf("exact form %q of %q", tk.Exact, s[tk.Start:tk.End])
			}
			if i == 0 && tk.Joined {
				t.Fatal("the first token cannot be joined to one before it")
			}
			if len(tk.Exact) > MaxTokenBytes*2 { // lower case may grow a little
				t.Fatalf("token of %d bytes", len(tk.Exact))
			}
			// Folding is per character on valid NFC text without combining
			// marks (which folding drops, in any script).
			w := s[tk.Start:tk.End]
			if utf8.ValidString(w) && norm.NFC.IsNormalString(w) && !strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Mn, r) }) {
				if utf8.RuneCountInString(tk.Folded) != utf8.RuneCountInString(w) {
					t.Fatalf("folded %q has another length than %q", tk.Folded, w)
				}
			}
		}
	})
}
