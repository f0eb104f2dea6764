package metadata

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
)

// Decoder reads typed values out of nodes and reports every problem to a
// diagnostic list, naming File and the node's position. Its methods return
// ok=false after reporting, so callers carry on and collect further errors.
type Decoder struct {
	File  string
	Diags *diagnostic.List
	// Format is the document's syntax, for the fixes messages show; the
	// zero value is YAML.
	Format Format
}

// Errorf reports a problem at pos.
func (d *Decoder) Errorf(pos Pos, format string, args ...any) {
	d.Diags.Add(d.File, pos.Line, pos.Col, format, args...)
}

// Warnf reports a warning at pos.
func (d *Decoder) Warnf(pos Pos, format string, args ...any) {
	d.Diags.Warn(d.File, pos.Line, pos.Col, format, args...)
}

// Fields visits the entries of map node n, calling the handler of each key.
// A key without a handler is reported as unknown, with the closest known key
// suggested. what names the map in messages ("front matter", "decision").
func (d *Decoder) Fields(n *Node, what string, handlers map[string]func(*Node)) {
	d.FieldsHinted(n, what, handlers, nil)
}

// FieldsHinted is Fields with hints for unknown keys that other tools use:
// hints maps such a key to the message that says what to write instead. It
// returns the known keys it suggested for misspelt ones, so that callers
// need not also report them as missing.
func (d *Decoder) FieldsHinted(n *Node, what string, handlers map[string]func(*Node), hints map[string]i18n.Text) (suggested map[string]bool) {
	suggested = map[string]bool{}
	if n.Kind != Map {
		d.Errorf(n.Pos, "%s should be a map of keys and values, not %s", mapName(what), n.Describe())
		return suggested
	}
	known := make([]string, 0, len(handlers))
	for k := range handlers {
		known = append(known, k)
	}
	slices.Sort(known)
	for _, e := range n.Entries {
		h, ok := handlers[e.Key]
		if !ok {
			if hint, ok := hints[strings.ToLower(e.Key)]; ok {
				d.Errorf(e.KeyPos, "unknown key %q in %s: %s", e.Key, mapName(what), hint)
				continue
			}
			hint := i18n.T(" (known keys: %s)", strings.Join(known, ", "))
			if close, ok := diagnostic.Closest(e.Key, known, strings.ToLower); ok {
				hint = i18n.T(" (did you mean %q?)", close)
				suggested[close] = true
			}
			d.Errorf(e.KeyPos, "unknown key %q in %s%s", e.Key, mapName(what), hint)
			continue
		}
		h(e.Value)
	}
	return suggested
}

// String returns the text of scalar n, without the spaces around it.
// Numbers and booleans are accepted as their text; maps and lists are
// reported. A plain YAML value wrapped in curly quotes (“…”, ‘…’, „…“) is
// read without them, and one that YAML cut at " #" (a number sign followed
// by a letter or digit, as in "#1") is read as YAML reads it; both with a
// warning that shows how to write it.
func (d *Decoder) String(n *Node, key string) (string, bool) {
	if n.Kind == Null {
		return "", true
	}
	if n.Kind != Scalar {
		d.Errorf(n.Pos, "%s should be text, not %s", key, n.Describe())
		return "", false
	}
	return d.text(n, key, false), true
}

// Int returns the whole number in n, within [min, max].
func (d *Decoder) Int(n *Node, key string, min, max int) (int, bool) {
	if n.Kind != Scalar {
		d.Errorf(n.Pos, "%s should be a whole number, not %s", key, n.Describe())
		return 0, false
	}
	v, err := strconv.Atoi(strings.TrimSpace(n.Value))
	if err != nil {
		d.Errorf(n.Pos, "%s should be a whole number, not %q", key, n.Value)
		return 0, false
	}
	if v < min || v > max {
		d.Errorf(n.Pos, "%s should be between %d and %d, not %d", key, min, max, v)
		return 0, false
	}
	return v, true
}

// Bool returns the boolean in n: true/false (yes/no also accepted).
func (d *Decoder) Bool(n *Node, key string) (bool, bool) {
	if n.Kind == Scalar {
		switch strings.ToLower(strings.TrimSpace(n.Value)) {
		case "true", "yes", "on":
			return true, true
		case "false", "no", "off":
			return false, true
		}
	}
	d.Errorf(n.Pos, "%s should be true or false, not %s", key, describeValue(n))
	return false, false
}

// Strings returns a list of texts; a single text is taken as a list of one.
// Each item is returned with its node, for positions. Items are read as
// String reads text.
func (d *Decoder) Strings(n *Node, key string) ([]string, []*Node, bool) {
	switch n.Kind {
	case Null:
		return nil, nil, true
	case Scalar:
		return []string{d.text(n, key, false)}, []*Node{n}, true
	case List:
		out := make([]string, 0, len(n.Items))
		nodes := make([]*Node, 0, len(n.Items))
		ok := true
		for _, it := range n.Items {
			if it.Kind != Scalar {
				d.Errorf(it.Pos, "each item of %s should be text, not %s", key, it.Describe())
				ok = false
				continue
			}
			out = append(out, d.text(it, key, true))
			nodes = append(nodes, it)
		}
		return out, nodes, ok
	}
	d.Errorf(n.Pos, "%s should be a list, not %s", key, n.Describe())
	return nil, nil, false
}

// mapName is what messages call the map that the callers of Fields name
// what: a key (decision, markdown), printed as it is, or one of these.
func mapName(what string) any {
	switch what {
	case "front matter":
		return i18n.T("front matter")
	case "menu item":
		return i18n.T("menu item")
	case "award":
		return i18n.T("award")
	case "cluster":
		return i18n.T("cluster")
	case "member":
		return i18n.T("member")
	case "attachment":
		return i18n.T("attachment")
	}
	return what
}

func describeValue(n *Node) any {
	if n.Kind == Scalar {
		return fmt.Sprintf("%q", n.Value)
	}
	return n.Describe()
}
