package corpus

import (
	"bytes"
	"strconv"
	"strings"
)

// Front matter formats, as share of the corpus: YAML most, TOML about 5%,
// JSON about 2%.
const (
	formatYAML = iota
	formatTOML
	formatJSON
)

// frontMatter is an article's front matter as it will be written.
type frontMatter struct {
	format     int
	blockLists bool // YAML lists one item a line rather than [a, b]

	title, date, updated, kind string
	dateBare                   bool // written without quotes: a YAML or TOML date
	province                   string
	provinces                  []string
	period, cluster            string
	awards, tags               []string
	summary                    string
	author, source, sourceURL  string
	aliases                    []string
	image, imageAlt            string
	draft                      bool
	decision                   *fmDecision
	exemplar                   *fmExemplar
}

type fmDecision struct {
	number, signed, signer string
	recipients             int
	// honourees are names, each with its award when the decision has
	// several ({name, award}, "" for none); honoureesFile the annex file's
	// name (Options.Honourees).
	honourees     [][2]string
	honoureesFile string
}

type fmExemplar struct {
	name, typ, field, decision string
}

// quote writes s as a double-quoted string, which YAML, TOML and JSON read
// alike for the text the corpus holds.
func quote(s string) string {
	if !strings.ContainsAny(s, `"\`) {
		return `"` + s + `"`
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}

// entry is one key and its value, already written in the file's syntax;
// items holds a list's elements, quoted.
type entry struct {
	key, value string
	items      []string
}

// scalars lists the top-level keys that are not tables, in order.
func (f *frontMatter) scalars() []entry {
	var out []entry
	add := func(k, v string) { out = append(out, entry{key: k, value: v}) }
	str := func(k, v string) {
		if v != "" {
			add(k, quote(v))
		}
	}
	list := func(k string, v []string) {
		if len(v) > 0 {
			items := make([]string, len(v))
			for i, s := range v {
				items[i] = quote(s)
			}
			out = append(out, entry{key: k, value: "[" + strings.Join(items, ", ") + "]", items: items})
		}
	}
	str("title", f.title)
	if f.dateBare && f.format != formatJSON {
		add("date", f.date)
	} else {
		str("date", f.date)
	}
	str("updated", f.updated)
	str("kind", f.kind)
	str("province", f.province)
	list("provinces", f.provinces)
	str("period", f.period)
	str("cluster", f.cluster)
	list("awards", f.awards)
	list("tags", f.tags)
	str("summary", f.summary)
	str("author", f.author)
	str("source", f.source)
	str("source_url", f.sourceURL)
	list("aliases", f.aliases)
	str("image", f.image)
	str("image_alt", f.imageAlt)
	if f.draft {
		add("draft", "true")
	}
	return out
}

func (d *fmDecision) fields(format int) []entry {
	out := []entry{{key: "number", value: quote(d.number)}}
	if d.signed != "" {
		out = append(out, entry{key: "signed", value: quote(d.signed)})
	}
	if d.signer != "" {
		out = append(out, entry{key: "signer", value: quote(d.signer)})
	}
	if d.recipients > 0 {
		out = append(out, entry{key: "recipients", value: strconv.Itoa(d.recipients)})
	}
	if len(d.honourees) > 0 {
		items := make([]string, len(d.honourees))
		for i, h := range d.honourees {
			items[i] = quote(h[0])
			if h[1] == "" {
				continue
			}
			switch format { // a flow map in each language
			case formatTOML:
				items[i] = "{name = " + items[i] + ", award = " + quote(h[1]) + "}"
			case formatJSON:
				items[i] = `{"name": ` + items[i] + `, "award": ` + quote(h[1]) + "}"
			default:
				items[i] = "{name: " + items[i] + ", award: " + quote(h[1]) + "}"
			}
		}
		out = append(out, entry{key: "honourees", value: "[" + strings.Join(items, ", ") + "]"})
	}
	if d.honoureesFile != "" {
		out = append(out, entry{key: "honourees_file", value: quote(d.honoureesFile)})
	}
	return out
}

func (e *fmExemplar) fields() []entry {
	out := []entry{{key: "name", value: quote(e.name)}, {key: "type", value: quote(e.typ)}}
	if e.field != "" {
		out = append(out, entry{key: "field", value: quote(e.field)})
	}
	if e.decision != "" {
		out = append(out, entry{key: "decision", value: quote(e.decision)})
	}
	return out
}

// tables returns the nested maps: decision and exemplar.
func (f *frontMatter) tables() (names []string, tables [][]entry) {
	if f.decision != nil {
		names, tables = append(names, "decision"), append(tables, f.decision.fields(f.format))
	}
	if f.exemplar != nil {
		names, tables = append(names, "exemplar"), append(tables, f.exemplar.fields())
	}
	return names, tables
}

func (f *frontMatter) write(b *bytes.Buffer) {
	switch f.format {
	case formatTOML:
		f.writeTOML(b)
	case formatJSON:
		f.writeJSON(b)
	default:
		f.writeYAML(b)
	}
}

func (f *frontMatter) writeYAML(b *bytes.Buffer) {
	b.WriteString("---\n")
	for _, fl := range f.scalars() {
		if f.blockLists && fl.items != nil {
			b.WriteString(fl.key + ":\n")
			for _, item := range fl.items {
				b.WriteString("  - " + item + "\n")
			}
			continue
		}
		b.WriteString(fl.key + ": " + fl.value + "\n")
	}
	names, tables := f.tables()
	for i, name := range names {
		b.WriteString(name + ":\n")
		for _, fl := range tables[i] {
			b.WriteString("  " + fl.key + ": " + fl.value + "\n")
		}
	}
	b.WriteString("---\n")
}

func (f *frontMatter) writeTOML(b *bytes.Buffer) {
	b.WriteString("+++\n")
	for _, fl := range f.scalars() {
		b.WriteString(fl.key + " = " + fl.value + "\n")
	}
	names, tables := f.tables()
	for i, name := range names {
		b.WriteString("\n[" + name + "]\n")
		for _, fl := range tables[i] {
			b.WriteString(fl.key + " = " + fl.value + "\n")
		}
	}
	b.WriteString("+++\n")
}

func (f *frontMatter) writeJSON(b *bytes.Buffer) {
	var lines []string
	for _, fl := range f.scalars() {
		lines = append(lines, "  "+quote(fl.key)+": "+fl.value)
	}
	names, tables := f.tables()
	for i, name := range names {
		parts := make([]string, len(tables[i]))
		for j, fl := range tables[i] {
			parts[j] = quote(fl.key) + ": " + fl.value
		}
		lines = append(lines, "  "+quote(name)+": {"+strings.Join(parts, ", ")+"}")
	}
	b.WriteString("{\n")
	b.WriteString(strings.Join(lines, ",\n"))
	b.WriteString("\n}\n")
}
