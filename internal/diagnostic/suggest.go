package diagnostic

import "vinhdanh/internal/i18n"

// Closest returns the candidate nearest to word, comparing key(word) with
// key(candidate) by edit distance, and whether it is near enough to suggest:
// at most a third of the longer key's length (at least 1, at most 3 edits).
// Ties go to the earlier candidate, so callers control the preference order.
func Closest(word string, candidates []string, key func(string) string) (string, bool) {
	if key == nil {
		key = func(s string) string { return s }
	}
	target := []rune(key(word))
	best, bestDistance := "", -1
	for _, c := range candidates {
		d := EditDistance(target, []rune(key(c)))
		if bestDistance < 0 || d < bestDistance {
			best, bestDistance = c, d
		}
	}
	if bestDistance < 0 {
		return "", false
	}
	limit := min(max(len(target), len([]rune(key(best))))/3, 3)
	limit = max(limit, 1) // short codes ("QQ" for "QĐ") deserve a suggestion too
	return best, bestDistance <= limit
}

// DidYouMean returns ` (did you mean "X"?)` for the closest candidate, or
// the empty Text when none is close; it is meant to be printed at the end of
// a message, with %s.
func DidYouMean(word string, candidates []string, key func(string) string) i18n.Text {
	if c, ok := Closest(word, candidates, key); ok {
		return i18n.T(" (did you mean %q?)", c)
	}
	return i18n.Text{}
}

// EditDistance is the Damerau-Levenshtein distance (optimal string
// alignment) between two sequences, of letters or of words: insertions,
// deletions, substitutions and transpositions of neighbours.
func EditDistance[T comparable](a, b []T) int {
	if len(a) == 0 {
		return len(b)
	}
	if len(b) == 0 {
		return len(a)
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
