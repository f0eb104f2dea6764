package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// field is one key of a front matter map.
type field struct {
	key   string
	value any // string, int, bool, []string, fields or []fields
}

// fields is a map whose keys are written in order.
type fields []field

// frontMatter writes YAML front matter. Strings are written double-quoted
// with JSON's escapes, which YAML reads the same way, so that no title or
// name can change the document's structure; lists of strings as flow
// sequences; maps and lists of maps as indented blocks.
type frontMatter struct {
	b bytes.Buffer
}

// str writes key when s is not empty.
func (f *frontMatter) str(key, s string) {
	if s != "" {
		f.value(key, s)
	}
}

// raw writes key with a value that needs no quoting, such as a date.
func (f *frontMatter) raw(key, s string) {
	fmt.Fprintf(&f.b, "%s: %s\n", key, s)
}

// list writes key when l is not empty.
func (f *frontMatter) list(key string, l []string) {
	if len(l) > 0 {
		f.value(key, l)
	}
}

// block writes key as a map.
func (f *frontMatter) block(key string, m fields) { f.value(key, m) }

// blocks writes key as a list of maps when l is not empty.
func (f *frontMatter) blocks(key string, l []fields) {
	if len(l) > 0 {
		f.value(key, l)
	}
}

// value writes key with any value a field may hold.
func (f *frontMatter) value(key string, v any) { writeEntry(&f.b, "", "", key, v) }

// document returns the front matter between its "---" lines, then body.
func (f *frontMatter) document(body []byte) []byte {
	var b bytes.Buffer
	b.Grow(f.b.Len() + len(body) + 8)
	b.WriteString("---\n")
	b.Write(f.b.Bytes())
	b.WriteString("---\n")
	b.Write(body)
	return b.Bytes()
}

// writeEntry writes "key: value" after prefix; the lines of a map or list
// value are indented by indent and two spaces more.
func writeEntry(b *bytes.Buffer, prefix, indent, key string, v any) {
	b.WriteString(prefix)
	b.WriteString(key)
	b.WriteByte(':')
	inner := indent + "  "
	switch v := v.(type) {
	case fields:
		b.WriteByte('\n')
		for _, x := range v {
			writeEntry(b, inner, inner, x.key, x.value)
		}
	case []fields:
		b.WriteByte('\n')
		for _, item := range v {
			for i, x := range item {
				p := inner + "  "
				if i == 0 {
					p = inner + "- "
				}
				writeEntry(b, p, inner+"  ", x.key, x.value)
			}
		}
	default:
		b.WriteByte(' ')
		b.WriteString(scalar(v))
		b.WriteByte('\n')
	}
}

// scalar writes a string, number, boolean or list of strings.
func scalar(v any) string {
	switch v := v.(type) {
	case string:
		return quote(v)
	case int:
		return strconv.Itoa(v)
	case bool:
		return strconv.FormatBool(v)
	case []string:
		quoted := make([]string, len(v))
		for i, s := range v {
			quoted[i] = quote(s)
		}
		return "[" + strings.Join(quoted, ", ") + "]"
	}
	return quote(fmt.Sprint(v))
}

// quote returns s as a JSON string, which is also a YAML double-quoted
// scalar and a TOML basic string.
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
