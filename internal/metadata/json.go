package metadata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"vinhdanh/internal/i18n"
)

func parseJSON(src []byte, off Pos) (*Node, error) {
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	p := &jsonParser{src: src, dec: dec, off: off}
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if tok, err := dec.Token(); err != io.EOF {
		return nil, &Error{p.pos(int(dec.InputOffset())), i18n.T("JSON syntax: unexpected %v after the object", tok)}
	}
	return n, nil
}

type jsonParser struct {
	src []byte
	dec *json.Decoder
	off Pos
}

func (p *jsonParser) pos(byteOffset int) Pos { return shift(position(p.src, byteOffset), p.off) }

// at returns the position of the token that starts at or after the decoder's
// current offset, skipping white space, commas and colons.
func (p *jsonParser) at() Pos {
	off := int(p.dec.InputOffset())
	for off < len(p.src) && bytes.IndexByte([]byte(" \t\r\n,:"), p.src[off]) >= 0 {
		off++
	}
	return p.pos(off)
}

func (p *jsonParser) fail(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		hint := i18n.Text{}
		if strings.Contains(se.Error(), "looking for beginning of object key string") ||
			strings.Contains(se.Error(), "looking for beginning of value") {
			hint = i18n.T("; JSON allows no comma after the last item")
		}
		return &Error{p.pos(int(se.Offset)), i18n.T("JSON syntax: %s%s", se.Error(), hint)}
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return &Error{p.pos(len(p.src)), i18n.T("JSON syntax: the object is not closed with }")}
	}
	return &Error{p.at(), i18n.T("JSON syntax: %v", err)}
}

func (p *jsonParser) value(depth int) (*Node, error) {
	if depth > 64 {
		return nil, &Error{p.at(), i18n.T("JSON nests too deeply")}
	}
	pos := p.at()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.fail(err)
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := &Node{Kind: Map, Pos: pos}
			seen := map[string]bool{}
			for p.dec.More() {
				kpos := p.at()
				ktok, err := p.dec.Token()
				if err != nil {
					return nil, p.fail(err)
				}
				key, _ := ktok.(string)
				if seen[key] {
					return nil, &Error{kpos, i18n.T("key %q appears twice", key)}
				}
				seen[key] = true
				val, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Entries = append(n.Entries, Entry{Key: key, KeyPos: kpos, Value: val})
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.fail(err)
			}
			return n, nil
		case '[':
			n := &Node{Kind: List, Pos: pos}
			for p.dec.More() {
				item, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Items = append(n.Items, item)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.fail(err)
			}
			return n, nil
		}
	case string:
		return &Node{Kind: Scalar, Value: t, Pos: pos}, nil
	case json.Number:
		return &Node{Kind: Scalar, Type: Number, Value: t.String(), Pos: pos}, nil
	case bool:
		return &Node{Kind: Scalar, Type: Bool, Value: fmt.Sprint(t), Pos: pos}, nil
	case nil:
		return &Node{Kind: Null, Pos: pos}, nil
	}
	return nil, &Error{pos, i18n.T("JSON syntax: unexpected %v", tok)}
}
