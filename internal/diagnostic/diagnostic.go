// Package diagnostic defines the problems the build reports to editors.
//
// A Diagnostic names a file (a slash-separated path relative to the site's
// source directory), a 1-based line and column (columns count characters, not
// bytes), and a message that says what is wrong and, where one is known, the
// likely fix. Its text form is the one editors, terminals and CI understand:
//
//	content/dien-hinh/2023/a.md:4:11: unknown province "Bac Can" (did you mean "Bắc Kạn"?)
//
// A problem in a workbook names its cell instead of a line and column:
//
//	content/quyet-dinh/2024/qd-946/danh-sach.xlsx:Sheet1!E7: unknown award …
//
// Stages never stop at the first problem: they append to a List, and the build
// reports the whole List, sorted by file, line and column, once every stage
// that can run has run. A Diagnostic is an error, or a warning when Warning is
// set; warnings are printed but fail the build only under --strict.
//
// A Diagnostic's message is kept as an i18n.Text, so that it is printed in
// the editor's language (In); String and Error give it in English, the
// language of the code and of its tests.
package diagnostic

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"vinhdanh/internal/i18n"
)

// Diagnostic is one problem at one place in the source.
type Diagnostic struct {
	File string // slash-separated, relative to the source directory
	Line int    // 1-based; 0 when the problem concerns the whole file
	Col  int    // 1-based, in characters; 0 when unknown
	// Cell, for a workbook, names the place instead of Line and Col
	// ("Sheet1!B7"), which then hold its row and column's number, for
	// sorting.
	Cell    string
	Message string    // in English
	Text    i18n.Text // the message, to print in any language; when empty, Message is printed
	Warning bool
}

// String formats d as file:line:col: message, in English, leaving out a
// zero line or column.
func (d Diagnostic) String() string { return d.In(i18n.En) }

// In formats d as String does, in the language l.
func (d Diagnostic) In(l i18n.Lang) string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Cell != "" {
		b.WriteString(":" + d.Cell)
	} else if d.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Line)
		if d.Col > 0 {
			fmt.Fprintf(&b, ":%d", d.Col)
		}
	}
	b.WriteString(": ")
	if d.Warning {
		b.WriteString(l.Sprintf("warning: "))
	}
	b.WriteString(d.MessageIn(l))
	return b.String()
}

// MessageIn returns d's message in the language l.
func (d Diagnostic) MessageIn(l i18n.Lang) string {
	if d.Text.Key == "" {
		return d.Message
	}
	return d.Text.In(l)
}

// Error implements error.
func (d Diagnostic) Error() string { return d.String() }

// List collects diagnostics from every stage of a build.
type List []Diagnostic

// Add appends an error at file:line:col.
func (l *List) Add(file string, line, col int, format string, args ...any) {
	*l = append(*l, Diagnostic{File: file, Line: line, Col: col, Message: fmt.Sprintf(format, args...), Text: i18n.T(format, args...)})
}

// AddCell appends an error at a cell of a workbook (see Diagnostic.Cell),
// or at file:line:col when cell is "".
func (l *List) AddCell(file string, line, col int, cell string, format string, args ...any) {
	l.Add(file, line, col, format, args...)
	(*l)[len(*l)-1].Cell = cell
}

// WarnCell is AddCell for a warning.
func (l *List) WarnCell(file string, line, col int, cell string, format string, args ...any) {
	l.Warn(file, line, col, format, args...)
	(*l)[len(*l)-1].Cell = cell
}

// Warn appends a warning at file:line:col.
func (l *List) Warn(file string, line, col int, format string, args ...any) {
	*l = append(*l, Diagnostic{File: file, Line: line, Col: col, Message: fmt.Sprintf(format, args...), Text: i18n.T(format, args...), Warning: true})
}

// Append adds every diagnostic of other.
func (l *List) Append(other List) { *l = append(*l, other...) }

// Sort orders the list by file, line, column and message, and drops exact
// duplicates, so that output does not depend on the order stages ran in.
func (l List) Sort() List {
	slices.SortStableFunc(l, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return slices.CompactFunc(l, func(a, b Diagnostic) bool {
		return a.File == b.File && a.Line == b.Line && a.Col == b.Col && a.Message == b.Message && a.Warning == b.Warning
	})
}

// Errors returns the diagnostics that are errors: all of them when strict,
// otherwise those that are not warnings.
func (l List) Errors(strict bool) List {
	var out List
	for _, d := range l {
		if strict || !d.Warning {
			out = append(out, d)
		}
	}
	return out
}

// Warnings returns the diagnostics that are warnings.
func (l List) Warnings() List {
	var out List
	for _, d := range l {
		if d.Warning {
			out = append(out, d)
		}
	}
	return out
}

// Error implements error: one diagnostic a line, in English.
func (l List) Error() string { return l.In(i18n.En) }

// In returns the diagnostics one a line, in the language lang.
func (l List) In(lang i18n.Lang) string {
	lines := make([]string, len(l))
	for i, d := range l {
		lines[i] = d.In(lang)
	}
	return strings.Join(lines, "\n")
}

// Err returns l as an error, or nil when l is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// UsageError is a mistake in how a command was asked for (a folder that
// cannot be opened, an option's value, a request that cannot be met as
// given), not in the site's files, which are reported as a List. Commands
// exit with status 2 for it.
type UsageError struct{ Err error }

// Usage marks err as a UsageError.
func Usage(err error) error { return &UsageError{err} }

func (e *UsageError) Error() string { return e.Err.Error() }

// Unwrap returns the error that says what the mistake is.
func (e *UsageError) Unwrap() error { return e.Err }
