// Package templateexec executes html/template layouts several times faster
// than html/template does, with the same output.
//
// Compile takes a template set that html/template has escaped (the escaper
// rewrites every action to end in its escaping functions) and turns the
// parse tree of one template, and of every template it calls, into Go
// closures. Field and method lookups are resolved once per type and kept;
// the escaping functions, the common builtins and functions of a few
// common signatures are called directly, without reflection.
//
// The contract is narrow on purpose: Execute either writes exactly what
// html/template's Execute would write for the same data, or returns
// ErrUnsupported, having met something it does not handle (a function
// that returned an error, a nil pointer, a range over a channel, an
// escaper for JavaScript strings...). The caller then executes the
// template with html/template, which writes the page or reports the error
// in its own words. Functions in the FuncMap may therefore be called twice
// for one page, and must have no side effects. Compile refuses (also with
// ErrUnsupported) a template that uses what the compiler does not know at
// all, such as the index or call builtins.
//
// # After a Go upgrade
//
// The escaping functions are written again in escape.go, after those of
// the html/template of the Go version go.mod names, and another version
// may change them: a rune more in a replacement table, a new context, a
// new function. After an upgrade, run this package's tests and read what
// fails, in this order:
//
//   - TestEscaperNames fails when html/template's escaper adds a function
//     that escape.go does not know, or no longer adds one it knows. A new
//     one goes into leftEscapers, which leaves the templates that use it
//     to html/template, until it is written in escapers with a context of
//     it in the matrix; one that is gone is taken out.
//   - TestEscaperMatrix runs every context of the escaper on every ASCII
//     byte, the edges of Unicode, invalid UTF-8 and each kind of value,
//     and names the first outputs that differ: make escape.go write what
//     html/template now writes (its html.go, url.go, js.go and content.go
//     say how), or leave such values to it. testdata/escaper-matrix.txt
//     records which cases are left to html/template and which functions
//     each context has; once its diff is understood, -update rewrites it.
//     Fewer cases written is a regression for the commit to explain.
//   - TestGeneratedTemplates (-generated=100000 runs more) and FuzzExecute
//     (make fuzz) run random templates both ways; they find changes of
//     text/template's execution too, such as a new kind of range.
//
// A new builtin needs nothing: a name the compiler does not know is left
// to html/template.
package templateexec

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"reflect"
	"slices"
	"sync/atomic"
	"text/template/parse"
)

// ErrUnsupported reports that html/template must execute the template.
var ErrUnsupported = errors.New("templateexec: not supported; execute with html/template")

// errBreak and errContinue carry {{break}} and {{continue}} to their range.
var (
	errBreak    = errors.New("break")
	errContinue = errors.New("continue")
)

// maxDepth bounds nested template calls, as html/template does.
const maxDepth = 1000

// Program is a compiled template, safe for concurrent use.
type Program struct {
	root *compiledTemplate
}

type compiledTemplate struct {
	name string
	body node
}

// state is one execution's output and variables.
type state struct {
	w     *bytes.Buffer
	vars  []variable
	depth int
}

type variable struct {
	name  string
	value reflect.Value
}

func (s *state) mark() int    { return len(s.vars) }
func (s *state) pop(mark int) { s.vars = s.vars[:mark] }

func (s *state) varValue(name string) (reflect.Value, error) {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			return s.vars[i].value, nil
		}
	}
	return reflect.Value{}, ErrUnsupported
}

func (s *state) setVar(name string, v reflect.Value) error {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			s.vars[i].value = v
			return nil
		}
	}
	return ErrUnsupported
}

// node writes a piece of a template.
type node func(s *state, dot reflect.Value) error

// pipeline computes a value.
type pipeline func(s *state, dot reflect.Value) (reflect.Value, error)

// command computes a value from dot and the previous command's result,
// which is missing for the first command of a pipeline.
type command func(s *state, dot, final reflect.Value) (reflect.Value, error)

type missingType struct{}

// missing marks the absence of a previous value in a pipeline.
var missing = reflect.ValueOf(missingType{})

func isMissing(v reflect.Value) bool { return v.IsValid() && v.Type() == missingReflectType }

var (
	missingReflectType = reflect.TypeFor[missingType]()
	stringType         = reflect.TypeFor[string]()
	errorType          = reflect.TypeFor[error]()
	stringerType       = reflect.TypeFor[fmt.Stringer]()
	reflectValueType   = reflect.TypeFor[reflect.Value]()
	emptyInterfaceType = reflect.TypeFor[any]()
)

// Compile compiles the template name of set, which html/template must have
// escaped already (by executing it once, with any data). funcs are the
// functions the set was given.
func Compile(set *template.Template, name string, funcs template.FuncMap) (*Program, error) {
	c := &compiler{set: set, funcs: funcs, done: map[string]*compiledTemplate{}}
	t, err := c.template(name)
	if err != nil {
		return nil, err
	}
	return &Program{root: t}, nil
}

// Execute writes the template's output for data to w. On an error, w may
// hold part of the output; the error is ErrUnsupported, unless w failed.
func (p *Program) Execute(w *bytes.Buffer, data any) (err error) {
	// A panic in a function, which html/template reports as an error,
	// is left to html/template too.
	defer func() {
		if recover() != nil {
			err = ErrUnsupported
		}
	}()
	dot := reflect.ValueOf(data)
	s := &state{w: w, vars: make([]variable, 1, 16)}
	s.vars[0] = variable{"$", dot}
	err = p.root.body(s, dot)
	if err == errBreak || err == errContinue {
		return ErrUnsupported
	}
	return err
}

type compiler struct {
	set   *template.Template
	funcs template.FuncMap
	done  map[string]*compiledTemplate
}

func (c *compiler) template(name string) (*compiledTemplate, error) {
	if t, ok := c.done[name]; ok {
		return t, nil
	}
	t := c.set.Lookup(name)
	if t == nil || t.Tree == nil || t.Tree.Root == nil {
		return nil, ErrUnsupported
	}
	ct := &compiledTemplate{name: name}
	c.done[name] = ct // before the body: templates may call themselves
	body, err := c.list(t.Tree.Root)
	if err != nil {
		return nil, err
	}
	ct.body = body
	return ct, nil
}

func (c *compiler) list(l *parse.ListNode) (node, error) {
	if l == nil {
		return func(*state, reflect.Value) error { return nil }, nil
	}
	var nodes []node
	var text []byte
	flush := func() {
		if len(text) > 0 {
			t := slices.Clone(text)
			nodes = append(nodes, func(s *state, _ reflect.Value) error {
				s.w.Write(t)
				return nil
			})
			text = text[:0]
		}
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			text = append(text, n.Text...)
			continue
		case *parse.CommentNode:
			continue
		}
		flush()
		compiled, err := c.node(n)
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, compiled)
	}
	flush()
	switch len(nodes) {
	case 0:
		return func(*state, reflect.Value) error { return nil }, nil
	case 1:
		return nodes[0], nil
	}
	return func(s *state, dot reflect.Value) error {
		for _, n := range nodes {
			if err := n(s, dot); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

func (c *compiler) node(n parse.Node) (node, error) {
	switch n := n.(type) {
	case *parse.ActionNode:
		if write, ok := c.escapedAction(n); ok {
			return write, nil
		}
		pipe, err := c.pipeline(n.Pipe)
		if err != nil {
			return nil, err
		}
		if len(n.Pipe.Decl) > 0 {
			return func(s *state, dot reflect.Value) error {
				_, err := pipe(s, dot)
				return err
			}, nil
		}
		return func(s *state, dot reflect.Value) error {
			v, err := pipe(s, dot)
			if err != nil {
				return err
			}
			return printValue(s.w, v)
		}, nil
	case *parse.IfNode:
		return c.ifOrWith(n.Pipe, n.List, n.ElseList, false)
	case *parse.WithNode:
		return c.ifOrWith(n.Pipe, n.List, n.ElseList, true)
	case *parse.RangeNode:
		return c.rangeNode(n)
	case *parse.TemplateNode:
		return c.templateCall(n)
	case *parse.ListNode:
		return c.list(n)
	case *parse.BreakNode:
		return func(*state, reflect.Value) error { return errBreak }, nil
	case *parse.ContinueNode:
		return func(*state, reflect.Value) error { return errContinue }, nil
	}
	return nil, ErrUnsupported
}

// escapedAction compiles an action that ends in one of html/template's
// HTML escapers so that the escaper writes straight into the output, as
// printing its result would.
func (c *compiler) escapedAction(n *parse.ActionNode) (node, bool) {
	cmds := n.Pipe.Cmds
	if len(n.Pipe.Decl) > 0 || len(cmds) < 2 || len(cmds[len(cmds)-1].Args) != 1 {
		return nil, false
	}
	ident, ok := cmds[len(cmds)-1].Args[0].(*parse.IdentifierNode)
	if !ok {
		return nil, false
	}
	write, ok := escapeWriters[ident.Ident]
	if !ok {
		return nil, false
	}
	head := *n.Pipe
	head.Cmds = cmds[:len(cmds)-1]
	pipe, err := c.pipeline(&head)
	if err != nil {
		return nil, false
	}
	return func(s *state, dot reflect.Value) error {
		v, err := pipe(s, dot)
		if err != nil {
			return err
		}
		return write(s.w, v)
	}, true
}

func (c *compiler) ifOrWith(p *parse.PipeNode, list, elseList *parse.ListNode, with bool) (node, error) {
	pipe, err := c.pipeline(p)
	if err != nil {
		return nil, err
	}
	then, err := c.list(list)
	if err != nil {
		return nil, err
	}
	var otherwise node
	if elseList != nil {
		if otherwise, err = c.list(elseList); err != nil {
			return nil, err
		}
	}
	return func(s *state, dot reflect.Value) error {
		defer s.pop(s.mark())
		v, err := pipe(s, dot)
		if err != nil {
			return err
		}
		truth, ok := isTrue(indirectInterface(v))
		if !ok {
			return ErrUnsupported
		}
		switch {
		case truth && with:
			return then(s, v)
		case truth:
			return then(s, dot)
		case otherwise != nil:
			return otherwise(s, dot)
		}
		return nil
	}, nil
}

func (c *compiler) rangeNode(r *parse.RangeNode) (node, error) {
	pipe, err := c.pipeline(r.Pipe)
	if err != nil {
		return nil, err
	}
	body, err := c.list(r.List)
	if err != nil {
		return nil, err
	}
	var otherwise node
	if r.ElseList != nil {
		if otherwise, err = c.list(r.ElseList); err != nil {
			return nil, err
		}
	}
	decl := r.Pipe.Decl
	assign := r.Pipe.IsAssign
	return func(s *state, dot reflect.Value) error {
		defer s.pop(s.mark())
		v, err := pipe(s, dot)
		if err != nil {
			return err
		}
		val, _ := indirect(v)
		mark := s.mark()
		one := func(index, elem reflect.Value) error {
			if len(decl) > 0 {
				if assign {
					name := decl[0].Ident[0]
					value := elem
					if len(decl) > 1 {
						value = index
					}
					if err := s.setVar(name, value); err != nil {
						return err
					}
				} else {
					s.vars[len(s.vars)-1].value = elem
				}
			}
			if len(decl) > 1 {
				if assign {
					if err := s.setVar(decl[1].Ident[0], elem); err != nil {
						return err
					}
				} else {
					s.vars[len(s.vars)-2].value = index
				}
			}
			err := body(s, elem)
			s.pop(mark)
			if err == errContinue {
				err = nil
			}
			return err
		}
		ran := false
		switch val.Kind() {
		case reflect.Array, reflect.Slice:
			for i := range val.Len() {
				ran = true
				if err := one(reflect.ValueOf(i), val.Index(i)); err == errBreak {
					break
				} else if err != nil {
					return err
				}
			}
		case reflect.Map:
			keys, ok := sortedKeys(val)
			if !ok {
				return ErrUnsupported
			}
			for _, k := range keys {
				ran = true
				if err := one(k, val.MapIndex(k)); err == errBreak {
					break
				} else if err != nil {
					return err
				}
			}
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if len(decl) > 1 {
				return ErrUnsupported
			}
			for i := range val.Int() {
				ran = true
				if err := one(reflect.Value{}, reflect.ValueOf(i).Convert(val.Type())); err == errBreak {
					break
				} else if err != nil {
					return err
				}
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			if len(decl) > 1 {
				return ErrUnsupported
			}
			for i := range val.Uint() {
				ran = true
				if err := one(reflect.Value{}, reflect.ValueOf(i).Convert(val.Type())); err == errBreak {
					break
				} else if err != nil {
					return err
				}
			}
		case reflect.Invalid:
		default:
			return ErrUnsupported
		}
		if !ran && otherwise != nil {
			// A {{break}} in the else of a range belongs to an outer
			// range, but html/template's range stops every break that
			// reaches it, its else's too: the else ends there and the
			// outer range goes on.
			if err := otherwise(s, dot); err != errBreak {
				return err
			}
		}
		return nil
	}, nil
}

// sortedKeys returns a map's keys in the order html/template ranges over
// them, for keys of basic kinds.
func sortedKeys(m reflect.Value) ([]reflect.Value, bool) {
	keys := m.MapKeys()
	switch m.Type().Key().Kind() {
	case reflect.String:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.String(), b.String()) })
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Int(), b.Int()) })
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Uint(), b.Uint()) })
	default:
		return nil, false
	}
	return keys, true
}

func (c *compiler) templateCall(n *parse.TemplateNode) (node, error) {
	t, err := c.template(n.Name)
	if err != nil {
		return nil, err
	}
	pipe, err := c.pipeline(n.Pipe)
	if err != nil {
		return nil, err
	}
	return func(s *state, dot reflect.Value) error {
		if s.depth >= maxDepth {
			return ErrUnsupported
		}
		v, err := pipe(s, dot)
		if err != nil {
			return err
		}
		inner := state{w: s.w, vars: []variable{{"$", v}}, depth: s.depth + 1}
		err = t.body(&inner, v)
		if err == errBreak || err == errContinue {
			return ErrUnsupported
		}
		return err
	}, nil
}

// pipeline compiles a pipeline; a nil one gives no value.
func (c *compiler) pipeline(p *parse.PipeNode) (pipeline, error) {
	if p == nil {
		return func(*state, reflect.Value) (reflect.Value, error) { return reflect.Value{}, nil }, nil
	}
	cmds := make([]command, len(p.Cmds))
	for i, cmd := range p.Cmds {
		compiled, err := c.command(cmd)
		if err != nil {
			return nil, err
		}
		cmds[i] = compiled
	}
	decl := make([]string, len(p.Decl))
	for i, d := range p.Decl {
		decl[i] = d.Ident[0]
	}
	assign := p.IsAssign
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		value := missing
		for _, cmd := range cmds {
			v, err := cmd(s, dot, value)
			if err != nil {
				return reflect.Value{}, err
			}
			if v.Kind() == reflect.Interface && v.Type().NumMethod() == 0 {
				v = v.Elem()
			}
			value = v
		}
		for _, name := range decl {
			if assign {
				if err := s.setVar(name, value); err != nil {
					return reflect.Value{}, err
				}
			} else {
				s.vars = append(s.vars, variable{name, value})
			}
		}
		return value, nil
	}, nil
}

func (c *compiler) command(cmd *parse.CommandNode) (command, error) {
	switch first := cmd.Args[0].(type) {
	case *parse.FieldNode:
		return c.fieldChain(func(_ *state, dot reflect.Value) (reflect.Value, error) { return dot, nil }, first.Ident, cmd.Args)
	case *parse.ChainNode:
		if first.Node.Type() == parse.NodeNil {
			return nil, ErrUnsupported
		}
		base, err := c.arg(first.Node, nil)
		if err != nil {
			return nil, err
		}
		return c.fieldChain(base, first.Field, cmd.Args)
	case *parse.VariableNode:
		name := first.Ident[0]
		base := func(s *state, _ reflect.Value) (reflect.Value, error) { return s.varValue(name) }
		if len(first.Ident) == 1 {
			if len(cmd.Args) > 1 {
				return nil, ErrUnsupported
			}
			return noFinal(base), nil
		}
		return c.fieldChain(base, first.Ident[1:], cmd.Args)
	case *parse.IdentifierNode:
		return c.function(first.Ident, cmd.Args[1:])
	case *parse.PipeNode:
		if len(cmd.Args) > 1 {
			return nil, ErrUnsupported
		}
		p, err := c.pipeline(first)
		if err != nil {
			return nil, err
		}
		return noFinal(p), nil
	}
	if len(cmd.Args) > 1 {
		return nil, ErrUnsupported
	}
	var v reflect.Value
	switch word := cmd.Args[0].(type) {
	case *parse.BoolNode:
		v = reflect.ValueOf(word.True)
	case *parse.DotNode:
		return func(_ *state, dot, final reflect.Value) (reflect.Value, error) {
			if !isMissing(final) {
				return reflect.Value{}, ErrUnsupported
			}
			return dot, nil
		}, nil
	case *parse.NumberNode:
		var ok bool
		if v, ok = idealConstant(word); !ok {
			return nil, ErrUnsupported
		}
	case *parse.StringNode:
		v = reflect.ValueOf(word.Text)
	default:
		return nil, ErrUnsupported
	}
	return func(_ *state, _, final reflect.Value) (reflect.Value, error) {
		if !isMissing(final) {
			return reflect.Value{}, ErrUnsupported
		}
		return v, nil
	}, nil
}

// noFinal makes a command of a pipeline that takes no previous value.
func noFinal(p pipeline) command {
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		if !isMissing(final) {
			return reflect.Value{}, ErrUnsupported
		}
		return p(s, dot)
	}
}

// idealConstant gives a number the type html/template gives it where no
// type is expected.
func idealConstant(n *parse.NumberNode) (reflect.Value, bool) {
	switch {
	case n.IsComplex:
		return reflect.ValueOf(n.Complex128), true
	case n.IsFloat && !isHexInt(n.Text) && !isRuneInt(n.Text) && containsAny(n.Text, ".eEpP"):
		return reflect.ValueOf(n.Float64), true
	case n.IsInt && int64(int(n.Int64)) == n.Int64:
		return reflect.ValueOf(int(n.Int64)), true
	}
	return reflect.Value{}, false
}

func isRuneInt(s string) bool { return len(s) > 0 && s[0] == '\'' }

func isHexInt(s string) bool {
	return len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && !containsAny(s, "pP")
}

func containsAny(s, chars string) bool {
	for i := range len(s) {
		for j := range len(chars) {
			if s[i] == chars[j] {
				return true
			}
		}
	}
	return false
}

// arg compiles an argument for a parameter of type typ; nil typ means the
// argument is evaluated as for an empty interface.
func (c *compiler) arg(n parse.Node, typ reflect.Type) (pipeline, error) {
	var p pipeline
	switch a := n.(type) {
	case *parse.DotNode:
		p = func(_ *state, dot reflect.Value) (reflect.Value, error) { return dot, nil }
	case *parse.PipeNode:
		var err error
		if p, err = c.pipeline(a); err != nil {
			return nil, err
		}
	case *parse.FieldNode, *parse.VariableNode, *parse.ChainNode, *parse.IdentifierNode:
		// Evaluated as a command of its own, with no arguments.
		cmd, err := c.command(&parse.CommandNode{NodeType: parse.NodeCommand, Args: []parse.Node{a}})
		if err != nil {
			return nil, err
		}
		p = func(s *state, dot reflect.Value) (reflect.Value, error) { return cmd(s, dot, missing) }
	}
	if p != nil {
		if typ == nil {
			return p, nil
		}
		return func(s *state, dot reflect.Value) (reflect.Value, error) {
			v, err := p(s, dot)
			if err != nil {
				return v, err
			}
			return validateType(v, typ)
		}, nil
	}
	v, ok := constantArg(n, typ)
	if !ok {
		return nil, ErrUnsupported
	}
	return func(*state, reflect.Value) (reflect.Value, error) { return v, nil }, nil
}

// constantArg converts a literal to the parameter type typ.
func constantArg(n parse.Node, typ reflect.Type) (reflect.Value, bool) {
	if typ == nil || typ == emptyInterfaceType {
		switch a := n.(type) {
		case *parse.BoolNode:
			return reflect.ValueOf(a.True), true
		case *parse.NumberNode:
			return idealConstant(a)
		case *parse.StringNode:
			return reflect.ValueOf(a.Text), true
		}
		return reflect.Value{}, false
	}
	if _, ok := n.(*parse.NilNode); ok {
		switch typ.Kind() {
		case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
			return reflect.Zero(typ), true
		}
		return reflect.Value{}, false
	}
	v := reflect.New(typ).Elem()
	switch a := n.(type) {
	case *parse.BoolNode:
		if typ.Kind() != reflect.Bool {
			return reflect.Value{}, false
		}
		v.SetBool(a.True)
	case *parse.StringNode:
		if typ.Kind() != reflect.String {
			return reflect.Value{}, false
		}
		v.SetString(a.Text)
	case *parse.NumberNode:
		switch typ.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if !a.IsInt {
				return reflect.Value{}, false
			}
			v.SetInt(a.Int64)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			if !a.IsUint {
				return reflect.Value{}, false
			}
			v.SetUint(a.Uint64)
		case reflect.Float32, reflect.Float64:
			if !a.IsFloat {
				return reflect.Value{}, false
			}
			v.SetFloat(a.Float64)
		default:
			return reflect.Value{}, false
		}
	default:
		return reflect.Value{}, false
	}
	return v, true
}

// validateType makes v fit a parameter of type typ, as html/template does,
// or refuses.
func validateType(v reflect.Value, typ reflect.Type) (reflect.Value, error) {
	if !v.IsValid() {
		switch typ.Kind() {
		case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
			return reflect.Zero(typ), nil
		}
		return v, ErrUnsupported
	}
	if typ == reflectValueType && v.Type() != typ {
		return reflect.ValueOf(v), nil
	}
	if v.Type().AssignableTo(typ) {
		return v, nil
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		if e := v.Elem(); e.Type().AssignableTo(typ) {
			return e, nil
		}
	}
	switch {
	case v.Kind() == reflect.Pointer && v.Type().Elem().AssignableTo(typ):
		if v.IsNil() {
			return v, ErrUnsupported
		}
		return v.Elem(), nil
	case reflect.PointerTo(v.Type()).AssignableTo(typ) && v.CanAddr():
		return v.Addr(), nil
	}
	return v, ErrUnsupported
}

// fieldChain compiles .A.B.C (on the value base gives) with the command's
// arguments going to the last step when it is a method.
func (c *compiler) fieldChain(base pipeline, idents []string, args []parse.Node) (command, error) {
	steps := make([]*fieldStep, len(idents))
	for i, name := range idents {
		steps[i] = &fieldStep{name: name, compiler: c}
	}
	last := steps[len(steps)-1]
	if len(args) > 1 {
		last.args = args[1:]
	}
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		receiver, err := base(s, dot)
		if err != nil {
			return receiver, err
		}
		for _, step := range steps[:len(steps)-1] {
			if receiver, err = step.eval(s, dot, receiver, missing); err != nil {
				return receiver, err
			}
		}
		return last.eval(s, dot, receiver, final)
	}, nil
}

// fieldStep is one .Name of a chain, with what it resolved to for the
// last receiver type it met.
type fieldStep struct {
	name     string
	args     []parse.Node // for a method at the end of a chain
	compiler *compiler    // compiles a method's arguments once its type is known
	cache    atomic.Pointer[resolution]
}

// resolution is what a name means on one type.
type resolution struct {
	typ    reflect.Type // the receiver's type, after taking its address when html/template would
	method int          // index of the method, or -1
	call   *methodCall  // compiled arguments of the method
	field  []int        // index of the struct field
	mapKey bool         // the receiver is a map with string keys
}

func (f *fieldStep) eval(s *state, dot, receiver, final reflect.Value) (reflect.Value, error) {
	if !receiver.IsValid() {
		return reflect.Value{}, nil
	}
	rv, isNil := indirect(receiver)
	if isNil {
		return reflect.Value{}, ErrUnsupported
	}
	ptr := rv
	if ptr.Kind() != reflect.Interface && ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
		ptr = ptr.Addr()
	}
	r := f.cache.Load()
	if r == nil || r.typ != ptr.Type() {
		var err error
		if r, err = f.resolve(ptr.Type(), rv.Type()); err != nil {
			return reflect.Value{}, err
		}
		f.cache.Store(r)
	}
	hasArgs := len(f.args) > 0 || !isMissing(final)
	switch {
	case r.method >= 0:
		return r.call.invoke(s, dot, ptr.Method(r.method), final)
	case r.field != nil:
		if hasArgs {
			return reflect.Value{}, ErrUnsupported
		}
		v, err := rv.FieldByIndexErr(r.field)
		if err != nil {
			return reflect.Value{}, ErrUnsupported
		}
		return v, nil
	case r.mapKey:
		if hasArgs {
			return reflect.Value{}, ErrUnsupported
		}
		// A missing key means what the set's missingkey option says,
		// which html/template knows.
		v := rv.MapIndex(reflect.ValueOf(f.name).Convert(rv.Type().Key()))
		if !v.IsValid() {
			return v, ErrUnsupported
		}
		return v, nil
	}
	return reflect.Value{}, ErrUnsupported
}

// resolve finds what the name means on ptrType (a method) or on valueType
// (a field or map key).
func (f *fieldStep) resolve(ptrType, valueType reflect.Type) (*resolution, error) {
	r := &resolution{typ: ptrType, method: -1}
	if m, ok := ptrType.MethodByName(f.name); ok && ptrType.Kind() != reflect.Interface {
		// Only the last step of a chain has arguments; a method in the
		// middle is called with none.
		call, err := f.compiler.methodCall(m.Type, f.args, true)
		if err != nil {
			return nil, err
		}
		r.method, r.call = m.Index, call
		return r, nil
	}
	switch valueType.Kind() {
	case reflect.Struct:
		sf, ok := valueType.FieldByName(f.name)
		if !ok || !sf.IsExported() {
			return nil, ErrUnsupported
		}
		r.field = sf.Index
	case reflect.Map:
		if valueType.Key().Kind() != reflect.String || !stringType.AssignableTo(valueType.Key()) {
			return nil, ErrUnsupported
		}
		r.mapKey = true
	default:
		return nil, ErrUnsupported
	}
	return r, nil
}

// printValue writes v as html/template prints the value of an action.
func printValue(w *bytes.Buffer, v reflect.Value) error {
	if v.Kind() == reflect.String && v.Type() == stringType {
		w.WriteString(v.String())
		return nil
	}
	if v.Kind() == reflect.Pointer {
		v, _ = indirect(v)
	}
	if !v.IsValid() {
		w.WriteString("<no value>")
		return nil
	}
	if !v.Type().Implements(errorType) && !v.Type().Implements(stringerType) {
		if v.CanAddr() && (reflect.PointerTo(v.Type()).Implements(errorType) || reflect.PointerTo(v.Type()).Implements(stringerType)) {
			v = v.Addr()
		} else if v.Kind() == reflect.Chan || v.Kind() == reflect.Func {
			return ErrUnsupported
		}
	}
	fmt.Fprint(w, v.Interface())
	return nil
}

// indirect follows pointers and interfaces to a value, stopping at nil.
func indirect(v reflect.Value) (rv reflect.Value, isNil bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

// indirectInterface returns the value inside an interface.
func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

// isTrue is html/template's truth.
func isTrue(v reflect.Value) (truth, ok bool) {
	if !v.IsValid() {
		return false, true
	}
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() > 0, true
	case reflect.Bool:
		return v.Bool(), true
	case reflect.Complex64, reflect.Complex128:
		return v.Complex() != 0, true
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.UnsafePointer, reflect.Interface:
		return !v.IsNil(), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() != 0, true
	case reflect.Float32, reflect.Float64:
		return v.Float() != 0, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() != 0, true
	case reflect.Struct:
		return true, true
	}
	return false, false
}
