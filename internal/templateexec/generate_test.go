package templateexec

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var (
	generatedCount = flag.Int("generated", 4000, "how many random templates TestGeneratedTemplates runs")
	generatedSeed  = flag.Uint64("generated.seed", 1, "the first seed of TestGeneratedTemplates")
)

// gtype is what the generator knows of the type of an expression, enough
// to write field lookups, function arguments and comparisons that mostly
// make sense.
type gtype int

const (
	gAny   gtype = iota // unknown: printed or tested, nothing more
	gNamed              // a value of one of several types, each with a Name
	gPage
	gTag
	gTagPtr
	gPerson
	gNilPerson
	gNested
	gNestedPtr
	gAddr
	gString
	gInt
	gUint8
	gFloat
	gBool
	gHTML
	gURL
	gJS
	gTime
	gKind
	gNumber
	gStringPtr
	gTags
	gTagPtrs
	gAddrs
	gMeta
	gRanks
)

// member is a field, method or map key of a type, with its arguments.
type member struct {
	name string
	typ  gtype
	args []gtype
}

var members = map[gtype][]member{
	gPage: {
		{".Title", gString, nil}, {".Count", gInt, nil}, {".Big", gUint8, nil}, {".Ratio", gFloat, nil},
		{".Body", gHTML, nil}, {".Link", gURL, nil}, {".Script", gJS, nil}, {".When", gTime, nil},
		{".Tags", gTags, nil}, {".Ptrs", gTagPtrs, nil}, {".Empty", gTags, nil}, {".Meta", gMeta, nil},
		{".Ranks", gRanks, nil}, {".Author", gPerson, nil}, {".Nobody", gNilPerson, nil}, {".Any", gNamed, nil},
		{".NilAny", gAny, nil}, {".Str", gAny, nil}, {".Kind", gKind, nil}, {".Flag", gBool, nil},
		{".Nested", gNested, nil}, {".Number", gNumber, nil}, {".Pointer", gStringPtr, nil},
		{".Addr", gAddr, nil}, {".AddrPtrs", gAddrs, nil}, {".Promoted", gString, nil},
		{".ByValue", gString, nil}, {".Greet", gString, []gtype{gString}},
	},
	gNamed:     {{".Name", gString, nil}},
	gTag:       {{".Name", gString, nil}, {".URL", gString, nil}},
	gTagPtr:    {{".Name", gString, nil}, {".URL", gString, nil}},
	gPerson:    {{".Name", gString, nil}, {".Age", gInt, nil}, {".Initials", gString, nil}},
	gNested:    {{".Label", gString, nil}, {".Inner", gNestedPtr, nil}},
	gNestedPtr: {{".Label", gString, nil}, {".Inner", gNestedPtr, nil}},
	gAddr:      {{".Value", gString, nil}, {".Pointer", gString, nil}},
	gKind:      {{".Section", gString, nil}},
	gMeta:      {{".a", gString, nil}, {".b", gString, nil}, {".c", gString, nil}},
}

// elemTypes are the types of what a range over a type gives: the key (or
// index) and the element.
var elemTypes = map[gtype][2]gtype{
	gTags:    {gInt, gTag},
	gTagPtrs: {gInt, gTagPtr},
	gAddrs:   {gInt, gAddr},
	gMeta:    {gString, gString},
	gRanks:   {gInt, gString},
	gInt:     {gAny, gInt},
}

type gvar struct {
	name string
	typ  gtype
}

// generator writes random templates for the test page.
type generator struct {
	r       *rand.Rand
	dot     gtype
	root    gtype // what $ is
	vars    []gvar
	fresh   int
	inRange bool
	rangeIn gctx // where the innermost range is, which its break must be too
	depth   int
	defines map[string]gtype // the templates that may be called, with their dot
	blocks  int
}

func newGenerator(seed uint64) *generator {
	return &generator{r: rand.New(rand.NewPCG(seed, 0x7e3a)), dot: gPage, root: gPage}
}

func (g *generator) pick(options ...string) string { return options[g.r.IntN(len(options))] }
func (g *generator) chance(percent int) bool       { return g.r.IntN(100) < percent }

// template writes a whole template: a few defined templates, then the page.
func (g *generator) template() string {
	var b strings.Builder
	g.defines = map[string]gtype{}
	for _, d := range []struct {
		name string
		dot  gtype
	}{{"the-tag", gTag}, {"the-person", gPerson}, {"the-text", gString}, {"the-page", gPage}} {
		if !g.chance(40) {
			continue
		}
		fmt.Fprintf(&b, `{{define %q}}%s{{end}}`, d.name, g.inTemplate(d.dot, func() string { return g.content(ctxText, 1+g.r.IntN(3)) }))
		g.defines[d.name] = d.dot
	}
	b.WriteString(g.content(ctxText, 1+g.r.IntN(6)))
	return b.String()
}

// inTemplate runs write as in the body of a template whose dot is dot.
func (g *generator) inTemplate(dot gtype, write func() string) string {
	saved := *g
	g.dot, g.root, g.vars, g.inRange = dot, dot, nil, false
	out := write()
	defines, blocks := g.defines, g.blocks
	*g = saved
	g.defines, g.blocks = defines, blocks
	return out
}

// gctx is where the generator writes.
type gctx int

const (
	ctxText   gctx = iota // between elements
	ctxRCDATA             // in <title> or <textarea>
	ctxAttr               // in a quoted attribute value
)

var texts = map[gctx][]string{
	ctxText:   {"Khen thưởng ", "năm ", " · ", "&amp; ", "x", "\n", "  ", "Đà Nẵng", "a > b", "&lt;", "'", `"`, "1+1", "=", ""},
	ctxRCDATA: {"Tiêu đề ", " - ", "&amp;", "x", "a > b", "  "},
	ctxAttr:   {"a ", "nút", "-", "1", "đỏ ", " ", "&amp;", "x=y"},
}

// content writes n pieces of content.
func (g *generator) content(ctx gctx, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(g.piece(ctx))
	}
	return b.String()
}

func (g *generator) piece(ctx gctx) string {
	if g.depth > 4 {
		if g.chance(50) {
			return g.pick(texts[ctx]...)
		}
		return g.action()
	}
	g.depth++
	defer func() { g.depth-- }()
	switch n := g.r.IntN(100); {
	case n < 15:
		return g.pick(texts[ctx]...)
	case n < 40:
		return g.action()
	case n < 50:
		return g.ifNode(ctx)
	case n < 56:
		return g.withNode(ctx)
	case n < 64:
		return g.rangeNode(ctx)
	case n < 69:
		return g.declare()
	case n < 71 && g.inRange && ctx == g.rangeIn:
		return g.pick("{{break}}", "{{continue}}", "{{if .}}{{continue}}{{end}}", "{{if not .}}{{break}}{{end}}")
	case n < 74 && ctx == ctxText:
		return g.templateCall()
	case n < 76:
		v, _ := g.valueAny()
		return g.pick("{{/* chú thích */}}", "{{- /* trim */ -}}", " {{- \"gọn\" -}} ", "{{- "+v+"}}  ", "  {{"+v+" -}}")
	case ctx == ctxText:
		return g.element()
	}
	return g.action()
}

// action writes an action that prints a value.
func (g *generator) action() string {
	p, _ := g.pipeline()
	return "{{" + p + "}}"
}

// pipeline writes a pipeline of one or more commands.
func (g *generator) pipeline() (string, gtype) {
	cmd, t := g.command()
	for g.chance(15) {
		switch g.r.IntN(5) {
		case 0:
			if t == gString {
				cmd += " | upper"
				continue
			}
			fallthrough
		case 1:
			cmd += " | " + g.pick(`printf "[%v]"`, `printf "%s|%d"`, `print "x"`, `printf "%q"`)
			t = gString
		case 2:
			if isCollection(t) {
				cmd += " | len"
				t = gInt
				continue
			}
			cmd += " | not"
			t = gBool
		case 3:
			cmd += " | " + g.pick("and", "or") + " " + g.operandAny()
			t = gAny
		case 4:
			if t == gInt {
				cmd += " | pair " + g.operand(gInt)
				continue
			}
			cmd += ` | join ","`
			t = gString
		}
	}
	return cmd, t
}

func isCollection(t gtype) bool {
	switch t {
	case gTags, gTagPtrs, gAddrs, gMeta, gRanks, gString:
		return true
	}
	return false
}

// command writes the first command of a pipeline: a value, a function or
// a method with its arguments.
func (g *generator) command() (string, gtype) {
	switch n := g.r.IntN(100); {
	case n < 45:
		return g.valueAny()
	case n < 52:
		if v, ok := g.value(g.pick2(gTags, gString, gMeta, gRanks, gTagPtrs, gAddrs)); ok {
			return "len " + v, gInt
		}
		return "len " + g.operand(gString), gInt
	case n < 62:
		return g.comparison(), gBool
	case n < 67:
		return g.pick("and", "or") + " " + g.operandAny() + " " + g.operandAny(), gAny
	case n < 70:
		return "not " + g.operandAny(), gBool
	case n < 78:
		return g.printf(), gString
	case n < 81:
		return "print " + g.operandAny() + " " + g.operandAny(), gString
	case n < 85:
		return "upper " + g.operand(gString), gString
	case n < 88:
		if v, ok := g.value(gTime); ok {
			return "date " + v, gString
		}
		return g.valueAny()
	case n < 91:
		if g.chance(10) {
			return `T "missing"`, gString
		}
		return "T " + g.pick(`"by"`, `"home"`), gString
	case n < 93:
		return "pair " + g.operand(gInt) + " " + g.operand(gInt), gInt
	case n < 95:
		return `join "-" ` + g.operandAny() + " " + g.operandAny(), gString
	case n < 96:
		if g.chance(20) {
			return g.pick("index $.Tags 0", `html "<"`, `urlquery "a b"`, `slice "abc" 1`), gAny
		}
		return "value", gAny
	case n < 98 && g.root == gPage:
		return `$.Greet ` + g.operand(gString), gString
	}
	return g.valueAny()
}

func (g *generator) pick2(ts ...gtype) gtype { return ts[g.r.IntN(len(ts))] }

func (g *generator) printf() string {
	switch g.r.IntN(5) {
	case 0:
		return `printf "%s" ` + g.operand(gString)
	case 1:
		return `printf "%d/%s" ` + g.operand(gInt) + " " + g.operand(gString)
	case 2:
		return `printf "%v" ` + g.operandAny()
	case 3:
		return `printf "%.2f" ` + g.operand(gFloat)
	}
	return `printf "%q %x" ` + g.operandAny() + " " + g.operandAny()
}

// comparison writes eq, ne, lt, le, gt or ge on operands of one type,
// mostly.
func (g *generator) comparison() string {
	t := g.pick2(gInt, gInt, gString, gString, gFloat, gBool, gUint8, gKind, gNumber)
	op := g.pick("eq", "ne", "lt", "le", "gt", "ge")
	if t == gBool || t == gKind {
		op = g.pick("eq", "ne")
	}
	a := g.operand(t)
	b := g.operand(t)
	switch t {
	case gUint8, gNumber:
		b = g.pick("0", "7", "200", "-1")
	case gKind:
		b = g.pick(`"hoi-nghi"`, `"x"`)
	}
	if op == "eq" && g.chance(20) {
		return fmt.Sprintf("eq %s %s %s", a, b, g.operand(t))
	}
	if g.chance(5) {
		b = g.operandAny() // of another type, which both refuse
	}
	return fmt.Sprintf("%s %s %s", op, a, b)
}

// operand writes an argument of type t: a literal, a value or a
// parenthesized pipeline.
func (g *generator) operand(t gtype) string {
	if g.chance(30) {
		switch t {
		case gString:
			return g.pick(`"a"`, `"Khen"`, `"thi đua"`, `""`, `"<b>"`, "`raw`")
		case gInt:
			return g.pick("0", "1", "2", "3", "-1", "0x10", "'a'")
		case gFloat:
			return g.pick("1.5", "0.5", "2.0", "1e1", "-0.0")
		case gBool:
			return g.pick("true", "false")
		}
	}
	if v, ok := g.value(t); ok {
		return v
	}
	switch t {
	case gString:
		return `"chữ"`
	case gInt:
		return "2"
	case gFloat:
		return "1.5"
	case gBool:
		return "true"
	}
	return g.operandAny()
}

// operandAny writes an argument of any type.
func (g *generator) operandAny() string {
	if g.chance(15) {
		p, _ := g.pipeline()
		return "(" + p + ")"
	}
	v, _ := g.valueAny()
	return v
}

// path is a way to a value, with its type.
type path struct {
	expr string
	typ  gtype
}

// reach lists, for each type, the values one or two steps from one of
// it, with their types; the first is the value itself.
var reach = func() map[gtype][]path {
	out := map[gtype][]path{}
	for t := gAny; t <= gRanks; t++ {
		ps := []path{{"", t}}
		for _, m := range members[t] {
			if m.args != nil {
				continue
			}
			ps = append(ps, path{m.name, m.typ})
			for _, m2 := range members[m.typ] {
				if m2.args == nil {
					ps = append(ps, path{m.name + m2.name, m2.typ})
				}
			}
		}
		out[t] = ps
	}
	return out
}()

// bases are where values start: dot, $ now and then, the variables.
func (g *generator) bases() []gvar {
	out := []gvar{{".", g.dot}}
	if g.chance(30) {
		out = append(out, gvar{"$", g.root})
	}
	return append(out, g.vars...)
}

// from writes the value at suffix from base.
func from(base, suffix string) string {
	switch {
	case suffix == "":
		return base
	case base == ".":
		return suffix
	}
	return base + suffix
}

// value writes a value of type t, when one can be reached.
func (g *generator) value(t gtype) (string, bool) {
	var found []string
	for _, b := range g.bases() {
		for _, p := range reach[b.typ] {
			if p.typ == t {
				found = append(found, from(b.name, p.expr))
			}
		}
	}
	if len(found) == 0 {
		return "", false
	}
	return found[g.r.IntN(len(found))], true
}

// valueAny writes a value of any type, now and then one that is not
// there.
func (g *generator) valueAny() (string, gtype) {
	if g.chance(1) && g.root == gPage {
		return g.pick("$.Missing", "$.unseen", "$.Nobody.Name", "$.Meta.zzz", "$.Fails", "$.Title.Foo", "$.Any.Name"), gAny
	}
	if g.chance(5) && g.dot == gPage {
		return `(.Greet ` + g.operand(gString) + ")", gString
	}
	bs := g.bases()
	b := bs[g.r.IntN(len(bs))]
	ps := reach[b.typ]
	p := ps[g.r.IntN(len(ps))]
	if ms := members[p.typ]; len(ms) > 0 && g.chance(5) {
		// A field of a parenthesized value: a chain node.
		if m := ms[g.r.IntN(len(ms))]; m.args == nil {
			return "(" + from(b.name, p.expr) + ")" + m.name, m.typ
		}
	}
	if g.chance(5) {
		return "(" + from(b.name, p.expr) + ")", p.typ
	}
	return from(b.name, p.expr), p.typ
}

// scope runs write with the variables declared in it forgotten after.
func (g *generator) scope(write func() string) string {
	n := len(g.vars)
	out := write()
	g.vars = g.vars[:n]
	return out
}

func (g *generator) newVar(t gtype) string {
	g.fresh++
	name := fmt.Sprintf("$v%d", g.fresh)
	g.vars = append(g.vars, gvar{name, t})
	return name
}

// declare writes a variable's declaration, or an assignment to one.
func (g *generator) declare() string {
	if len(g.vars) > 0 && g.chance(40) {
		v := g.vars[g.r.IntN(len(g.vars))]
		if e, ok := g.value(v.typ); ok {
			return fmt.Sprintf("{{%s = %s}}", v.name, e)
		}
	}
	p, t := g.pipeline()
	return fmt.Sprintf("{{%s := %s}}", g.newVar(t), p)
}

func (g *generator) condition() string {
	if g.chance(40) {
		return g.comparison()
	}
	p, _ := g.pipeline()
	return p
}

func (g *generator) ifNode(ctx gctx) string {
	var b strings.Builder
	b.WriteString("{{if " + g.condition() + "}}")
	b.WriteString(g.scope(func() string { return g.content(ctx, 1+g.r.IntN(3)) }))
	for g.chance(20) {
		b.WriteString("{{else if " + g.condition() + "}}")
		b.WriteString(g.scope(func() string { return g.content(ctx, 1+g.r.IntN(2)) }))
	}
	if g.chance(50) {
		b.WriteString("{{else}}")
		b.WriteString(g.scope(func() string { return g.content(ctx, 1+g.r.IntN(2)) }))
	}
	b.WriteString("{{end}}")
	return b.String()
}

func (g *generator) withNode(ctx gctx) string {
	var b strings.Builder
	p, t := g.pipeline()
	saved := g.dot
	b.WriteString(g.scope(func() string {
		if g.chance(30) {
			p = g.newVar(t) + " := " + p
		}
		g.dot = t
		return "{{with " + p + "}}" + g.content(ctx, 1+g.r.IntN(3))
	}))
	g.dot = saved
	if g.chance(15) {
		p, t := g.pipeline()
		b.WriteString(g.scope(func() string {
			g.dot = t
			return "{{else with " + p + "}}" + g.content(ctx, 1)
		}))
		g.dot = saved
	}
	if g.chance(40) {
		b.WriteString("{{else}}")
		b.WriteString(g.scope(func() string { return g.content(ctx, 1+g.r.IntN(2)) }))
	}
	b.WriteString("{{end}}")
	return b.String()
}

func (g *generator) rangeNode(ctx gctx) string {
	// Integers are small ones: nested ranges multiply.
	t := g.pick2(gTags, gTags, gTagPtrs, gAddrs, gMeta, gRanks, gInt)
	over, ok := g.value(t)
	if t == gInt {
		over = g.pick("2", "3", "0")
		if g.root == gPage {
			over = g.pick(over, "$.Count")
		}
	}
	if !ok || g.chance(10) {
		over, t = "2", gInt
		if g.dot == gPage {
			over, t = g.pick(".Tags", ".Empty", "2", ".Count", ".NilAny", ".Author", ".Number"), gAny
			switch over {
			case ".Tags", ".Empty":
				t = gTags
			case "2", ".Count":
				t = gInt
			}
			if over == ".Number" && g.inRange {
				over = ".Empty"
			}
		}
	}
	kinds := elemTypes[t]
	var b strings.Builder
	saved, savedRange, savedIn := g.dot, g.inRange, g.rangeIn
	b.WriteString(g.scope(func() string {
		head := over
		switch n := g.r.IntN(4); {
		case n == 0 && t != gInt:
			head = fmt.Sprintf("%s, %s := %s", g.newVar(kinds[0]), g.newVar(kinds[1]), over)
		case n == 1:
			head = fmt.Sprintf("%s := %s", g.newVar(kinds[1]), over)
		}
		g.dot, g.inRange, g.rangeIn = kinds[1], true, ctx
		return "{{range " + head + "}}" + g.content(ctx, 1+g.r.IntN(3))
	}))
	g.dot, g.inRange, g.rangeIn = saved, savedRange, savedIn
	if g.chance(30) {
		b.WriteString("{{else}}")
		b.WriteString(g.scope(func() string { return g.content(ctx, 1+g.r.IntN(2)) }))
	}
	b.WriteString("{{end}}")
	return b.String()
}

// templateCall writes a call of a defined template, or a block.
func (g *generator) templateCall() string {
	if g.chance(25) && g.blocks < 2 {
		g.blocks++
		name := fmt.Sprintf("b%d", g.blocks)
		body := g.inTemplate(g.dot, func() string { return g.content(ctxText, 1+g.r.IntN(2)) })
		return fmt.Sprintf("{{block %q .}}%s{{end}}", name, body)
	}
	var names []string
	for _, name := range []string{"the-tag", "the-person", "the-text", "the-page"} {
		if _, ok := g.defines[name]; ok {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return g.action()
	}
	name := names[g.r.IntN(len(names))]
	arg, ok := g.value(g.defines[name])
	if name == "the-tag" && (!ok || g.chance(50)) {
		// Called with a pointer too: one program, two types.
		arg, ok = g.value(g.pick2(gTagPtr, gNamed))
	}
	if !ok {
		return g.action()
	}
	if g.chance(10) {
		return fmt.Sprintf("{{template %q}}", name)
	}
	return fmt.Sprintf("{{template %q %s}}", name, arg)
}

// element writes an element with attributes and content.
func (g *generator) element() string {
	switch n := g.r.IntN(100); {
	case n < 8:
		tag := g.pick("title", "textarea")
		return "<" + tag + ">" + g.content(ctxRCDATA, 1+g.r.IntN(3)) + "</" + tag + ">"
	case n < 11:
		return `<script type="application/ld+json">{{` + g.scriptValue() + `}}</script>`
	case n < 13:
		return `<script>var x = {{` + g.scriptValue() + `}};</script>`
	case n < 14 && g.chance(30):
		return "<style>p { color: {{" + g.operandAny() + "}} }</style>"
	case n < 17:
		return "<!-- chú thích {{" + g.operandAny() + "}} -->"
	case n < 20:
		return g.pick("<br>", "<hr>", `<img src="/a.png" alt="">`)
	}
	tag := g.pick("p", "div", "span", "em", "li", "h2", "a", "a", "img", "input")
	var b strings.Builder
	b.WriteString("<" + tag)
	for range g.r.IntN(3) {
		b.WriteString(" " + g.attribute(tag))
	}
	if g.chance(5) {
		b.WriteString(" {{if " + g.condition() + "}}hidden{{end}}")
	}
	b.WriteString(">")
	if tag == "img" || tag == "input" {
		return b.String()
	}
	b.WriteString(g.content(ctxText, g.r.IntN(3)))
	b.WriteString("</" + tag + ">")
	return b.String()
}

func (g *generator) scriptValue() string {
	if v, ok := g.value(gJS); ok && g.chance(80) {
		return v
	}
	return g.operandAny()
}

// attribute writes an attribute with a value of one of the kinds
// html/template tells apart.
func (g *generator) attribute(tag string) string {
	a := func() string { return g.action() }
	switch n := g.r.IntN(100); {
	case n < 30:
		name := g.pick("title", "class", "data-n", "alt", "lang", "id")
		return name + `="` + g.content(ctxAttr, 1+g.r.IntN(3)) + `"`
	case n < 36:
		return "title='" + g.content(ctxAttr, 1+g.r.IntN(2)) + "'"
	case n < 42:
		return "title=" + a()
	case n < 50:
		return g.pick("href", "src") + `="` + a() + `"`
	case n < 55:
		return `href="/chu-de/` + a() + `/"`
	case n < 62:
		return `href="/tim?q=` + a() + `&amp;n=` + a() + `"`
	case n < 65:
		return `href="` + a() + `#` + a() + `"`
	case n < 68:
		return "href=" + a()
	case n < 72:
		return `href="{{if ` + g.condition() + `}}` + a() + `{{else}}/khong/{{end}}"`
	case n < 74:
		return `onclick="f({{` + g.scriptValue() + `}})"`
	case n < 75 && g.chance(30):
		return `style="color: ` + a() + `"`
	case n < 76 && g.chance(30):
		return `srcset="` + a() + ` 2x"`
	case n < 78:
		return `content="0; url=` + a() + `"`
	}
	return `class="` + g.pick("a", "b c", "") + `"`
}

// randomPage makes test data from r: the generator's types always hold,
// but lengths, nil pointers and texts vary.
func randomPage(r *rand.Rand) *testPage {
	pick := func(options ...string) string { return options[r.IntN(len(options))] }
	p := newTestPage()
	p.Title = pick("", "Khen thưởng", `"Đường" <b>&</b> 'x' +1`, "javascript:alert(1)", "a b/c?d=e#f", "\x00\xff", "Hue\u0302\u0301")
	p.Count = r.IntN(4)
	p.Big = uint8(r.IntN(256))
	p.Ratio = []float64{0, 1.5, -2.25, 1e21}[r.IntN(4)]
	p.Body = template.HTML(pick("", "<p>Thân <em>bài</em></p>", "a &amp; b", "<script>x</script>"))
	p.Link = template.URL(pick("", "/a b/?q=đ&x=1", "javascript:ok()", "https://x.vn/"))
	p.Script = template.JS(pick(`{"a":1}`, "", "1 < 2"))
	p.Flag = r.IntN(2) == 0
	p.Tags = nil
	for range r.IntN(4) {
		p.Tags = append(p.Tags, testTag{pick("thi đua", "", "<a>", "khen thưởng"), pick("/chu-de/x/", "javascript:alert(1)", "", "/a b")})
	}
	if r.IntN(3) == 0 {
		p.Ptrs = []*testTag{{"một", "/1/"}}
	}
	// A missing key is left to html/template (it knows the set's
	// missingkey option): now and then only.
	p.Meta = map[string]string{"a": pick("1", "<2>", ""), "b": pick("x", "&")}
	if r.IntN(10) > 0 {
		p.Meta["c"] = pick("1", "<2>", "")
	}
	if r.IntN(10) == 0 {
		p.Author = nil
	}
	// Any has a Name as a field of one struct or another, behind a
	// pointer or not, as a map key, or not at all: the program's
	// lookups of one template meet them all.
	switch r.IntN(12) {
	case 0, 1, 2:
		p.Any = testTag{pick("trong", "<i>"), "/i/"}
	case 3, 4:
		p.Any = &testPerson{pick("Lan", "Huệ"), 30}
	case 5, 6:
		p.Any = testPerson{"Mai", 20}
	case 7, 8:
		p.Any = map[string]string{"Name": pick("khóa", "")}
	case 9:
		p.Any = &testTag{"con trỏ", "/p/"}
	case 10:
		p.Any = "chữ"
	case 11:
		p.Any = nil
	}
	p.Kind = testKind(pick("hoi-nghi", "x", ""))
	if r.IntN(3) == 0 {
		p.Nested.Inner = nil
	}
	p.Number = testNumber(r.IntN(10))
	return p
}

// generatedOutcome tells what became of one execution of a generated
// template.
type generatedOutcome int

const (
	genSame        generatedOutcome = iota // the program wrote what html/template wrote
	genUnsupported                         // the program left it to html/template
	genInvalid                             // html/template refused the template itself
)

// runGenerated executes src on each page both ways, with one compiled
// program (whose lookups then meet the values of several pages); a
// difference fails t.
func runGenerated(t *testing.T, src string, pages ...*testPage) []generatedOutcome {
	t.Helper()
	out := make([]generatedOutcome, len(pages))
	set, err := template.New("page").Funcs(testFuncs).Parse(src)
	if err != nil {
		for i := range out {
			out[i] = genInvalid
		}
		return out
	}
	var p *Program
	for i, page := range pages {
		var want bytes.Buffer
		wantErr := set.Execute(&want, page)
		var escapeErr *template.Error
		if errors.As(wantErr, &escapeErr) {
			out[i] = genInvalid
			continue
		}
		if p == nil {
			if p, err = Compile(set, "page", testFuncs); err != nil {
				if !errors.Is(err, ErrUnsupported) {
					t.Errorf("%s\nCompile: %v", src, err)
				}
				for j := range out[i:] {
					out[i+j] = genUnsupported
				}
				return out
			}
		}
		var got bytes.Buffer
		gotErr := p.Execute(&got, page)
		switch {
		case errors.Is(gotErr, ErrUnsupported):
			out[i] = genUnsupported
			continue
		case gotErr != nil:
			t.Errorf("%s\npage %d: Execute: %v", src, i, gotErr)
		case wantErr != nil:
			t.Errorf("%s\npage %d: html/template failed (%v) but the program wrote %q", src, i, wantErr, got.String())
		case got.String() != want.String():
			t.Errorf("%s\npage %d:\n got %q\nwant %q", src, i, got.String(), want.String())
		}
		out[i] = genSame
	}
	return out
}

// pagesPerTemplate is how many random pages each generated template runs
// on.
const pagesPerTemplate = 3

// TestGeneratedTemplates runs random templates of the generator's grammar
// on random pages, with html/template and compiled: outputs must match,
// and most must not be left to html/template. -generated sets how many,
// -generated.seed where the seeds start.
func TestGeneratedTemplates(t *testing.T) {
	n := *generatedCount
	if testing.Short() {
		n /= 4
	}
	var counts [3]int
	for i := range n {
		seed := *generatedSeed + uint64(i)
		src := newGenerator(seed).template()
		r := rand.New(rand.NewPCG(seed, 0xda7a))
		var pages []*testPage
		for range pagesPerTemplate {
			pages = append(pages, randomPage(r))
		}
		failed := t.Failed()
		for _, o := range runGenerated(t, src, pages...) {
			counts[o]++
		}
		if !failed && t.Failed() {
			t.Logf("seed %d (-generated.seed=%d -generated=1)", seed, seed)
		}
	}
	runs := n * pagesPerTemplate
	t.Logf("%d templates on %d pages each: of %d executions, %d written alike, %d left to html/template, %d refused by html/template",
		n, pagesPerTemplate, runs, counts[genSame], counts[genUnsupported], counts[genInvalid])
	if counts[genInvalid] > runs/20 {
		t.Errorf("html/template refused %d of %d executions: the generator writes too many templates that are not valid", counts[genInvalid], runs)
	}
	if valid := runs - counts[genInvalid]; counts[genUnsupported] > valid*maxUnsupportedPercent/100 {
		t.Errorf("%d of %d valid executions were left to html/template, more than %d%%", counts[genUnsupported], valid, maxUnsupportedPercent)
	}
}

// maxUnsupportedPercent bounds the share of generated executions left to
// html/template: the generator writes some on purpose (errors, nil
// pointers, missing keys, escapers the program does not have), about a
// quarter in all, but many more means the program stopped handling
// something common.
const maxUnsupportedPercent = 35

var writeFuzzSeeds = flag.Bool("fuzzseeds", false, "write generated templates to testdata/fuzz/FuzzExecute")

// TestWriteFuzzSeeds writes, under -fuzzseeds, some generated templates
// that FuzzExecute does not skip to its corpus, as gen-SEED.
func TestWriteFuzzSeeds(t *testing.T) {
	if !*writeFuzzSeeds {
		t.Skip("writes the corpus under -fuzzseeds")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzExecute")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	written := 0
	for seed := uint64(1); written < 16; seed++ {
		src := newGenerator(seed).template()
		if len(src) > 600 || longNumber.MatchString(src) ||
			strings.Count(src, "range")+strings.Count(src, "template")+strings.Count(src, "block") > maxLoops {
			continue
		}
		page := randomPage(rand.New(rand.NewPCG(seed, 0xda7a)))
		if runGenerated(t, src, page)[0] != genSame {
			continue // those the program writes, which the mutator then varies
		}
		entry := fmt.Sprintf("go test fuzz v1\nstring(%q)\nstring(%q)\n", src, page.Title)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("gen-%d", seed)), []byte(entry), 0o644); err != nil {
			t.Fatal(err)
		}
		written++
	}
}
