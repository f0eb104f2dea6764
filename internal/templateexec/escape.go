package templateexec

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"strings"
	"unicode/utf8"
)

// An escaper does what one of html/template's escaping functions does to a
// single value, or returns ErrUnsupported for values it leaves to
// html/template (such as trusted HTML in an attribute, whose tags
// html/template strips).
type escaper func(v reflect.Value) (string, error)

// escapers are the functions html/template's escaper adds to actions, by
// the names it gives them in the parse tree; the HTML escapers are made
// from escapeWriters.
var escapers = map[string]escaper{
	"_html_template_nospaceescaper": func(v reflect.Value) (string, error) {
		s, t := stringify(v)
		switch {
		case t == contentHTML:
			return "", ErrUnsupported
		case s == "":
			return filterFailsafe, nil
		}
		return htmlNospaceReplace(s), nil
	},
	"_html_template_urlfilter": func(v reflect.Value) (string, error) {
		s, t := stringify(v)
		switch {
		case t == contentURL:
			return s, nil
		case !isSafeURL(s):
			return "#" + filterFailsafe, nil
		}
		return s, nil
	},
	"_html_template_urlnormalizer": func(v reflect.Value) (string, error) {
		s, _ := stringify(v)
		return processURL(s, true), nil
	},
	"_html_template_urlescaper": func(v reflect.Value) (string, error) {
		s, t := stringify(v)
		return processURL(s, t == contentURL), nil
	},
	"_html_template_jsvalescaper": func(v reflect.Value) (string, error) {
		// Scripts html/template trusts, after the pointers to them; it
		// marshals all else to JSON, which is left to it.
		if v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
		for v.Kind() == reflect.Pointer && !v.IsNil() {
			v = v.Elem()
		}
		switch {
		case !v.IsValid():
		case v.Type() == jsType:
			return v.String(), nil
		case v.Type() == jsStrType:
			return `"` + v.String() + `"`, nil
		}
		return "", ErrUnsupported
	},
	"_html_template_commentescaper": func(reflect.Value) (string, error) { return "", nil },
}

// leftEscapers are the other functions html/template's escaper adds to
// actions; a template that uses one is left to html/template. Together
// with escapers they are every name the escaper of this Go version adds
// (TestEscaperNames).
var leftEscapers = map[string]bool{
	"_html_template_cssescaper":       true,
	"_html_template_cssvaluefilter":   true,
	"_html_template_htmlnamefilter":   true,
	"_html_template_jsregexpescaper":  true,
	"_html_template_jsstrescaper":     true,
	"_html_template_jstmpllitescaper": true,
	"_html_template_srcsetescaper":    true,
	"_eval_args_":                     true, // the arguments of the html and urlquery builtins
}

// isEscaperName tells the names html/template gives its own functions,
// which no function of the FuncMap can stand for.
func isEscaperName(name string) bool {
	return strings.HasPrefix(name, "_html_template_") || leftEscapers[name]
}

// escapeWriters write what html/template's HTML escapers return, into the
// output: an action that ends in one writes straight into the page.
var escapeWriters = map[string]func(w *bytes.Buffer, v reflect.Value) error{
	"_html_template_htmlescaper": func(w *bytes.Buffer, v reflect.Value) error {
		s, t := stringify(v)
		switch t {
		case contentHTML:
			w.WriteString(s)
			return nil
		}
		htmlReplaceTo(w, s, htmlTable)
		return nil
	},
	"_html_template_attrescaper": func(w *bytes.Buffer, v reflect.Value) error {
		s, t := stringify(v)
		if t == contentHTML {
			return ErrUnsupported
		}
		htmlReplaceTo(w, s, htmlTable)
		return nil
	},
	"_html_template_rcdataescaper": func(w *bytes.Buffer, v reflect.Value) error {
		s, t := stringify(v)
		switch t {
		case contentHTML:
			htmlReplaceTo(w, s, htmlNormTable)
			return nil
		}
		htmlReplaceTo(w, s, htmlTable)
		return nil
	},
}

func init() {
	for name, write := range escapeWriters {
		escapers[name] = func(v reflect.Value) (string, error) {
			var b bytes.Buffer
			err := write(&b, v)
			return b.String(), err
		}
	}
}

// htmlReplaceTo writes s to w with the ASCII runes table names replaced;
// other runes, invalid bytes too, stand as they are.
func htmlReplaceTo(w *bytes.Buffer, s string, table []string) {
	written := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && table[c] != "" {
			w.WriteString(s[written:i])
			w.WriteString(table[c])
			written = i + 1
		}
	}
	w.WriteString(s[written:])
}

// filterFailsafe is what html/template writes in place of a value that is
// unsafe where it stands.
const filterFailsafe = "ZgotmplZ"

// contentKind is what stringify found.
type contentKind int

const (
	contentPlain contentKind = iota // a string or a value printed as one
	contentHTML                     // template.HTML
	contentURL                      // template.URL
)

var (
	htmlType  = reflect.TypeFor[template.HTML]()
	urlType   = reflect.TypeFor[template.URL]()
	jsType    = reflect.TypeFor[template.JS]()
	jsStrType = reflect.TypeFor[template.JSStr]()
)

// stringify gives the text of a value as html/template's escapers see it
// when they are given one value.
func stringify(v reflect.Value) (string, contentKind) {
	if !v.IsValid() {
		return "", contentPlain
	}
	if v.Kind() == reflect.String && v.Type() == stringType {
		return v.String(), contentPlain
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "", contentPlain
		}
		v = v.Elem()
	}
	// html/template follows pointers to the value, unless one is nil.
	base := v
	for base.Kind() == reflect.Pointer && !base.IsNil() {
		base = base.Elem()
	}
	switch base.Type() {
	case stringType:
		return base.String(), contentPlain
	case htmlType:
		return base.String(), contentHTML
	case urlType:
		return base.String(), contentURL
	case reflect.TypeFor[template.CSS](), reflect.TypeFor[template.HTMLAttr](), jsType, jsStrType,
		reflect.TypeFor[template.Srcset]():
		// Safe elsewhere, these are plain text to the escapers of
		// HTML and URLs (those of the other contexts are left to
		// html/template).
		return base.String(), contentPlain
	}
	// Printed as fmt prints it, after following pointers to a Stringer or
	// an error or to the value.
	for !v.Type().Implements(stringerType) && !v.Type().Implements(errorType) && v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	return fmt.Sprint(v.Interface()), contentPlain
}

// The replacement tables of html/template's HTML escapers.
var (
	htmlTable = replacements(map[rune]string{
		0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;",
	})
	htmlNormTable = replacements(map[rune]string{
		0: "\uFFFD", '"': "&#34;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;",
	})
	htmlNospaceTable = replacements(map[rune]string{
		0: "&#xfffd;", '\t': "&#9;", '\n': "&#10;", '\v': "&#11;", '\f': "&#12;", '\r': "&#13;", ' ': "&#32;",
		'"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '=': "&#61;", '>': "&gt;", '`': "&#96;",
	})
)

func replacements(m map[rune]string) []string {
	table := make([]string, 0x80)
	for r, s := range m {
		table[r] = s
	}
	return table
}

// htmlNospaceReplace escapes s for an unquoted attribute value: the runes
// htmlNospaceTable names, and the non-characters U+FDD0-U+FDEF and
// U+FFF0-U+FFFF as references.
func htmlNospaceReplace(s string) string {
	table := htmlNospaceTable
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if repl := table[c]; repl != "" {
				if written == 0 {
					b.Grow(len(s) + 16)
				}
				b.WriteString(s[written:i])
				b.WriteString(repl)
				written = i + 1
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if 0xfdd0 <= r && r <= 0xfdef || 0xfff0 <= r && r <= 0xffff {
			if written == 0 {
				b.Grow(len(s) + 16)
			}
			fmt.Fprintf(&b, "%s&#x%x;", s[written:i], r)
			written = i + w
		}
		i += w
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

// isSafeURL accepts addresses without a scheme and those of http, https
// and mailto.
func isSafeURL(s string) bool {
	if protocol, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(protocol, "/") {
		if !strings.EqualFold(protocol, "http") && !strings.EqualFold(protocol, "https") && !strings.EqualFold(protocol, "mailto") {
			return false
		}
	}
	return true
}

// processURL percent-encodes the bytes of s that may not stand in a URL;
// normalising leaves reserved characters and valid escapes as they are.
func processURL(s string, norm bool) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
			continue
		case strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0:
			if norm {
				continue
			}
		case c == '%':
			if norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		}
		if written == 0 {
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[written:i])
		const hex = "0123456789abcdef"
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
