// Package i18n holds every message vinhdanh prints for people, in
// Vietnamese and in English, and prints them in the language asked for.
//
// A message is written in the code once, in English, as a fmt format with a
// literal format string: that string is the message's key. The catalogue
// (catalogue.go) gives each key its Vietnamese form, with the same verbs for
// the same arguments (an explicit index, %[2]s, where Vietnamese wants
// another order). Vietnamese is the default; English prints the key itself.
// A test reads the module's source and fails when a message is used that the
// catalogue lacks, when the catalogue keeps one nobody uses, or when the two
// forms of a message take their arguments differently.
//
// A message that is made in one place and printed in another is a Text: its
// key and arguments, kept until the language is known. An argument that is a
// Text, or an error made by Errorf, is printed in the same language as the
// message around it; so is an error of the operating system that says a file
// is missing, not allowed, too long or on a full disk. Everything else is
// printed as fmt prints it.
//
// The package does not use golang.org/x/text/message: its printer writes
// numbers the Vietnamese way ("2.023"), which is wrong for the years, line
// numbers and document numbers these messages hold, and Vietnamese has no
// plural forms for it to choose between. See docs/decisions.md.
package i18n

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Lang is a language messages are printed in.
type Lang string

// The languages of the catalogue.
const (
	Vi Lang = "vi" // Vietnamese, the default
	En Lang = "en" // English, the language of the keys
)

// EnvVar names the environment variable that sets the language when no
// --lang flag does.
const EnvVar = "VINHDANH_LANG"

// Parse reads a language name: vi or en, in any case, with a region or
// encoding after it ("vi_VN.UTF-8", "en-US") allowed.
func Parse(s string) (Lang, error) {
	base := strings.ToLower(s)
	if i := strings.IndexAny(base, "_-.@"); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "vi":
		return Vi, nil
	case "en":
		return En, nil
	}
	return Vi, Errorf("unknown language %q: use vi (Tiếng Việt) or en (English)", s)
}

// FromEnv returns the language VINHDANH_LANG names, or Vi when it names
// none or one that is not known.
func FromEnv() Lang {
	if l, err := Parse(os.Getenv(EnvVar)); err == nil {
		return l
	}
	return Vi
}

// Sprintf formats the message whose English format is key in l.
func (l Lang) Sprintf(key string, args ...any) string {
	return fmt.Sprintf(l.format(key), l.args(args)...)
}

// Fprintf writes the message whose English format is key, in l, to w.
func (l Lang) Fprintf(w io.Writer, key string, args ...any) {
	fmt.Fprintf(w, l.format(key), l.args(args)...)
}

// format returns the form of key in l: the catalogue's for Vietnamese, the
// key itself for English and for a key the catalogue lacks (which its test
// does not let happen).
func (l Lang) format(key string) string {
	f := key
	if l != En {
		if vi, ok := vietnamese[key]; ok {
			f = vi
		}
	}
	if strings.Contains(f, "%w") { // an Errorf's wrapped error, printed as with %v
		f = strings.ReplaceAll(f, "%w", "%v")
	}
	return f
}

// args returns args with each Text and each known error in l.
func (l Lang) args(args []any) []any {
	out := args
	for i, a := range args {
		var s string
		switch v := a.(type) {
		case Text:
			s = v.In(l)
		case *Text:
			s = v.In(l)
		case error:
			if l == En {
				continue
			}
			s = l.Error(v)
		default:
			continue
		}
		if &out[0] == &args[0] {
			out = append([]any(nil), args...)
		}
		out[i] = s
	}
	return out
}

// Text is a message kept with its arguments until it is printed, when the
// language is known. Its zero value is the empty message.
type Text struct {
	Key  string
	Args []any
}

// T returns the message whose English format is key, with args, unprinted.
func T(key string, args ...any) Text { return Text{Key: key, Args: args} }

// String returns t in English, so that a Text printed with fmt reads as
// the code wrote it.
func (t Text) String() string { return t.In(En) }

// In returns t in l.
func (t Text) In(l Lang) string {
	if t.Key == "" {
		return ""
	}
	return l.Sprintf(t.Key, t.Args...)
}

// Error is an error whose message is a Text; Unwrap gives the error its
// format wrapped with %w, if any.
type Error struct {
	Text
	wrapped error
}

// Errorf returns an error printed from key and args in the language of the
// message it ends up in, English when printed alone. As with fmt.Errorf, an
// argument printed with %w is wrapped (it is printed as with %v).
func Errorf(key string, args ...any) error {
	e := &Error{Text: T(key, args...)}
	if strings.Contains(key, "%w") {
		for _, a := range args {
			if err, ok := a.(error); ok {
				e.wrapped = err
				break
			}
		}
	}
	return e
}

// Error implements error, in English.
func (e *Error) Error() string { return e.In(En) }

// Unwrap returns the error wrapped with %w.
func (e *Error) Unwrap() error { return e.wrapped }

// Error returns err's message in l: an Error's own, a file system error's
// with its cause said in l (in English, as the system says it), that of the error a wrapper of no words of its
// own wraps, or else err.Error().
func (l Lang) Error(err error) string {
	var e *Error
	if errors.As(err, &e) && e == err {
		return e.In(l)
	}
	// A wrapper that adds no words (a type that tells callers what kind of
	// mistake it is) is printed as what it wraps.
	if inner := errors.Unwrap(err); inner != nil && inner.Error() == err.Error() {
		return l.Error(inner)
	}
	if l == En {
		return err.Error() // the system's own English
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && pe == err {
		return pe.Path + ": " + l.Error(pe.Err)
	}
	var errno syscall.Errno
	isErrno := errors.As(err, &errno) && errno == err
	if key, ok := errnoKeys[errno]; ok && isErrno {
		return l.Sprintf(key)
	}
	if isErrno || err == fs.ErrNotExist || err == fs.ErrPermission || err == fs.ErrExist {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return l.Sprintf("no such file or folder")
		case errors.Is(err, fs.ErrPermission):
			return l.Sprintf("permission denied")
		case errors.Is(err, fs.ErrExist):
			return l.Sprintf("it already exists")
		}
	}
	return err.Error()
}

// errnoKeys are the messages of the operating system's errors that an
// editor meets, beyond those fs.ErrNotExist and its kin stand for.
var errnoKeys = map[syscall.Errno]string{
	syscall.ENOSPC:       "the disk is full",
	syscall.ENAMETOOLONG: "the name is too long",
	syscall.ENOTDIR:      "a part of the path is a file, not a folder",
	syscall.EISDIR:       "it is a folder, not a file",
	syscall.EROFS:        "the disk is read-only",
	syscall.ENOTEMPTY:    "the folder is not empty",
	syscall.ELOOP:        "too many symbolic links",
}

// Seconds formats d in seconds, to the hundredth, with l's decimal mark:
// 0.97 in English, 0,97 in Vietnamese.
func (l Lang) Seconds(d time.Duration) string {
	s := strconv.FormatFloat(d.Seconds(), 'f', 2, 64)
	if l != En {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// FileSize writes a byte count for readers, with l's decimal mark: "850 B",
// "87 KB", "1,2 MB" ("1.2 MB" in English).
func (l Lang) FileSize(n int64) string {
	switch {
	case n < 1024:
		return strconv.FormatInt(n, 10) + " B"
	case n < 1024*1024:
		return strconv.FormatInt((n+512)/1024, 10) + " KB"
	}
	s := strconv.FormatFloat(float64(n)/(1024*1024), 'f', 1, 64)
	if l != En {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + " MB"
}
