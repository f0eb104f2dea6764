package content

import (
	"bytes"

	"vinhdanh/internal/diagnostic"
)

// Limits on an article's Markdown, checked before it is parsed: within
// them every body renders in time proportional to its size, where the
// Markdown parser's own cost grows faster than the text (a line of 100,000
// list markers, 100,000 link reference definitions or 50,000 footnotes
// took minutes). An article of a press office is some kilobytes, with a
// handful of each.
const (
	// MaxBodyBytes is the most bytes of Markdown an article may have.
	MaxBodyBytes = 1 << 20
	// MaxNesting is how many block markers (list items, quotes) may start
	// one line.
	MaxNesting = 32
	// MaxDefinitions is how many link reference definitions, and how many
	// footnotes, an article may have.
	MaxDefinitions = 1000
	// MaxSummaryChars is the longest summary: a front matter summary: over
	// it is an error; one taken from the body is shortened to 300.
	MaxSummaryChars = 1000
)

// checkBody reports a body over the limits above, at its line; first is
// the body's first line in the file. It reads the body once.
func checkBody(body []byte, first int, file string, diags *diagnostic.List) {
	if len(body) > MaxBodyBytes {
		diags.Add(file, first, 1, "the article's text is %d bytes long; at most %d are allowed: split it into several articles, or put long documents in attachments", len(body), MaxBodyBytes)
		return
	}
	refs, notes := 0, 0
	for i, line := 0, body; len(line) > 0; i++ {
		end := bytes.IndexByte(line, '\n')
		if end < 0 {
			end = len(line)
		}
		l := line[:end]
		line = line[min(end+1, len(line)):]
		depth, rest := nesting(l)
		if depth > MaxNesting {
			diags.Add(file, first+i, 1, "this line starts %d lists or quotes inside each other; at most %d are allowed: remove the extra markers", depth, MaxNesting)
			return
		}
		if isDefinition(rest) {
			if bytes.HasPrefix(rest, []byte("[^")) {
				notes++
			} else {
				refs++
			}
			if refs > MaxDefinitions || notes > MaxDefinitions {
				diags.Add(file, first+i, 1, "more than %d link definitions or footnotes ([name]: ...); write links in place, or split the article", MaxDefinitions)
				return
			}
		}
	}
}

// nesting counts the list markers and quote markers that open line, and
// returns what follows them.
func nesting(line []byte) (int, []byte) {
	depth := 0
	for {
		line = bytes.TrimLeft(line, " \t")
		switch {
		case len(line) > 0 && line[0] == '>':
			line = line[1:]
		case len(line) > 1 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && (line[1] == ' ' || line[1] == '\t'):
			line = line[2:]
		default:
			n := 0
			for n < len(line) && n < 10 && line[n] >= '0' && line[n] <= '9' {
				n++
			}
			if n == 0 || n+1 >= len(line) || (line[n] != '.' && line[n] != ')') || (line[n+1] != ' ' && line[n+1] != '\t') {
				return depth, line
			}
			line = line[n+2:]
		}
		depth++
	}
}

// isDefinition reports whether a line (after its block markers) looks like
// a link reference definition or a footnote: [name]: ...
func isDefinition(line []byte) bool {
	if len(line) < 4 || line[0] != '[' {
		return false
	}
	end := bytes.Index(line, []byte("]:"))
	return end > 1
}
