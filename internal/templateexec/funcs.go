package templateexec

import (
	"cmp"
	"fmt"
	"reflect"
	"strings"
	"text/template/parse"
	"time"
)

// methodCall is a compiled call of a function or method of a known type,
// with its arguments; the previous value of the pipeline, when there is
// one, is the last argument.
type methodCall struct {
	typ      reflect.Type // the function's type, without a method's receiver
	args     []pipeline
	numFixed int
}

// methodCall compiles the arguments of a call of a function of type typ;
// withReceiver says that typ's first parameter is a method's receiver.
func (c *compiler) methodCall(typ reflect.Type, argNodes []parse.Node, withReceiver bool) (*methodCall, error) {
	in := make([]reflect.Type, 0, typ.NumIn())
	for i := range typ.NumIn() {
		if i == 0 && withReceiver {
			continue
		}
		in = append(in, typ.In(i))
	}
	out := typ.NumOut()
	if out == 0 || out > 2 || out == 2 && typ.Out(1) != errorType {
		return nil, ErrUnsupported
	}
	m := &methodCall{typ: typ, numFixed: len(in)}
	variadic := typ.IsVariadic()
	if variadic {
		m.numFixed = len(in) - 1
	}
	for i, n := range argNodes {
		var t reflect.Type
		switch {
		case i < m.numFixed:
			t = in[i]
		case variadic:
			t = in[len(in)-1].Elem()
		default:
			return nil, ErrUnsupported
		}
		if t == emptyInterfaceType {
			t = nil
		}
		p, err := c.arg(n, t)
		if err != nil {
			return nil, err
		}
		if t == nil {
			// An empty interface parameter takes any value; a missing
			// one becomes nil.
			p = toInterface(p)
		}
		m.args = append(m.args, p)
	}
	m.typ = funcTypeWithout(typ, withReceiver, in)
	return m, nil
}

// funcTypeWithout returns typ without its receiver.
func funcTypeWithout(typ reflect.Type, withReceiver bool, in []reflect.Type) reflect.Type {
	if !withReceiver {
		return typ
	}
	out := make([]reflect.Type, typ.NumOut())
	for i := range out {
		out[i] = typ.Out(i)
	}
	return reflect.FuncOf(in, out, typ.IsVariadic())
}

// toInterface gives an argument for an empty interface parameter.
func toInterface(p pipeline) pipeline {
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		v, err := p(s, dot)
		if err != nil {
			return v, err
		}
		if !v.IsValid() {
			return reflect.Zero(emptyInterfaceType), nil
		}
		return v, nil
	}
}

// invoke calls fn with the compiled arguments and final.
func (m *methodCall) invoke(s *state, dot, fn, final reflect.Value) (reflect.Value, error) {
	argv, err := m.argv(s, dot, final)
	if err != nil {
		return reflect.Value{}, err
	}
	return call(fn, argv)
}

// argv evaluates the arguments.
func (m *methodCall) argv(s *state, dot, final reflect.Value) ([]reflect.Value, error) {
	numIn := len(m.args)
	if !isMissing(final) {
		numIn++
	}
	if m.typ.IsVariadic() {
		if numIn < m.numFixed {
			return nil, ErrUnsupported
		}
	} else if numIn != m.typ.NumIn() {
		return nil, ErrUnsupported
	}
	argv := make([]reflect.Value, numIn)
	for i, a := range m.args {
		v, err := a(s, dot)
		if err != nil {
			return nil, err
		}
		argv[i] = v
	}
	if !isMissing(final) {
		t := m.typ.In(m.typ.NumIn() - 1)
		if m.typ.IsVariadic() {
			if numIn-1 < m.numFixed {
				t = m.typ.In(numIn - 1)
			} else {
				t = t.Elem()
			}
		}
		v, err := validateType(final, t)
		if err != nil {
			return nil, err
		}
		argv[numIn-1] = v
	}
	return argv, nil
}

// call calls fn, turning a returned error into ErrUnsupported; Execute
// does the same with a panic.
func call(fn reflect.Value, argv []reflect.Value) (reflect.Value, error) {
	out := fn.Call(argv)
	if len(out) == 2 && !out[1].IsNil() {
		return reflect.Value{}, ErrUnsupported
	}
	if out[0].Type() == reflectValueType {
		return out[0].Interface().(reflect.Value), nil
	}
	return out[0], nil
}

// function compiles a call of the function name with the argument nodes.
func (c *compiler) function(name string, args []parse.Node) (command, error) {
	if esc, ok := escapers[name]; ok {
		if len(args) > 0 {
			return nil, ErrUnsupported
		}
		return func(_ *state, _, final reflect.Value) (reflect.Value, error) {
			if isMissing(final) {
				return reflect.Value{}, ErrUnsupported
			}
			out, err := esc(final)
			return reflect.ValueOf(out), err
		}, nil
	}
	if isEscaperName(name) {
		// html/template's own function, which the FuncMap's of the
		// same name does not replace.
		return nil, ErrUnsupported
	}
	if fn, ok := c.funcs[name]; ok {
		return c.userFunction(fn, args)
	}
	if b, ok := builtins[name]; ok {
		return b(c, args)
	}
	return nil, ErrUnsupported
}

// userFunction compiles a call of a function of the FuncMap; functions of
// the commonest signatures are called without reflection.
func (c *compiler) userFunction(fn any, args []parse.Node) (command, error) {
	fv := reflect.ValueOf(fn)
	if fv.Kind() != reflect.Func {
		return nil, ErrUnsupported
	}
	m, err := c.methodCall(fv.Type(), args, false)
	if err != nil {
		return nil, err
	}
	var direct func(argv []reflect.Value) (reflect.Value, error)
	switch f := fn.(type) {
	case func(string) string:
		direct = func(argv []reflect.Value) (reflect.Value, error) {
			return reflect.ValueOf(f(argv[0].String())), nil
		}
	case func(string) (string, error):
		direct = func(argv []reflect.Value) (reflect.Value, error) {
			out, err := f(argv[0].String())
			if err != nil {
				return reflect.Value{}, ErrUnsupported
			}
			return reflect.ValueOf(out), nil
		}
	case func(time.Time) string:
		direct = func(argv []reflect.Value) (reflect.Value, error) {
			t, ok := argv[0].Interface().(time.Time)
			if !ok {
				return reflect.Value{}, ErrUnsupported
			}
			return reflect.ValueOf(f(t)), nil
		}
	}
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		argv, err := m.argv(s, dot, final)
		if err != nil {
			return reflect.Value{}, err
		}
		if direct != nil && argv[0].Kind() != reflect.Interface && (argv[0].Kind() != reflect.String || argv[0].Type() == stringType) {
			return direct(argv)
		}
		return call(fv, argv)
	}, nil
}

// builtins compile the builtin functions html/template's layouts use most;
// the others (index, slice, call, html, js, urlquery, println) are left to
// html/template.
var builtins map[string]func(c *compiler, args []parse.Node) (command, error)

func init() {
	builtins = map[string]func(c *compiler, args []parse.Node) (command, error){
		"not":    builtinNot,
		"and":    func(c *compiler, args []parse.Node) (command, error) { return builtinAndOr(c, args, false) },
		"or":     func(c *compiler, args []parse.Node) (command, error) { return builtinAndOr(c, args, true) },
		"len":    builtinLen,
		"eq":     func(c *compiler, args []parse.Node) (command, error) { return builtinCompare(c, args, eqOp) },
		"ne":     func(c *compiler, args []parse.Node) (command, error) { return builtinCompare(c, args, neOp) },
		"lt":     func(c *compiler, args []parse.Node) (command, error) { return builtinCompare(c, args, ltOp) },
		"le":     func(c *compiler, args []parse.Node) (command, error) { return builtinCompare(c, args, leOp) },
		"gt":     func(c *compiler, args []parse.Node) (command, error) { return builtinCompare(c, args, gtOp) },
		"ge":     func(c *compiler, args []parse.Node) (command, error) { return builtinCompare(c, args, geOp) },
		"printf": builtinPrintf,
		"print":  builtinPrint,
	}
}

// valueArgs compiles arguments evaluated as for an empty interface.
func valueArgs(c *compiler, args []parse.Node) ([]pipeline, error) {
	out := make([]pipeline, len(args))
	for i, a := range args {
		p, err := c.arg(a, nil)
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	return out, nil
}

// evalAll evaluates args, then final when it is there.
func evalAll(s *state, dot, final reflect.Value, args []pipeline) ([]reflect.Value, error) {
	out := make([]reflect.Value, 0, len(args)+1)
	for _, a := range args {
		v, err := a(s, dot)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if !isMissing(final) {
		out = append(out, final)
	}
	return out, nil
}

// eagerBuiltin compiles a builtin that takes its arguments, and the
// pipeline's previous value, evaluated.
func eagerBuiltin(c *compiler, args []parse.Node, fn func(vs []reflect.Value) (reflect.Value, error)) (command, error) {
	ps, err := valueArgs(c, args)
	if err != nil {
		return nil, err
	}
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		vs, err := evalAll(s, dot, final, ps)
		if err != nil {
			return reflect.Value{}, err
		}
		return fn(vs)
	}, nil
}

func truth(v reflect.Value) bool {
	t, _ := isTrue(indirectInterface(v))
	return t
}

func builtinNot(c *compiler, args []parse.Node) (command, error) {
	return eagerBuiltin(c, args, func(vs []reflect.Value) (reflect.Value, error) {
		if len(vs) != 1 {
			return reflect.Value{}, ErrUnsupported
		}
		return reflect.ValueOf(!truth(vs[0])), nil
	})
}

// builtinAndOr short-circuits as html/template does: it returns the first
// argument that decides, or the last.
func builtinAndOr(c *compiler, args []parse.Node, or bool) (command, error) {
	ps, err := valueArgs(c, args)
	if err != nil {
		return nil, err
	}
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		if len(ps) == 0 && isMissing(final) {
			return reflect.Value{}, ErrUnsupported
		}
		var v reflect.Value
		var err error
		for _, p := range ps {
			if v, err = p(s, dot); err != nil {
				return v, err
			}
			if truth(v) == or {
				return v, nil
			}
		}
		if !isMissing(final) {
			v = final
		}
		return v, nil
	}, nil
}

func builtinLen(c *compiler, args []parse.Node) (command, error) {
	return eagerBuiltin(c, args, func(vs []reflect.Value) (reflect.Value, error) {
		if len(vs) != 1 {
			return reflect.Value{}, ErrUnsupported
		}
		v, isNil := indirect(vs[0])
		if isNil {
			return reflect.Value{}, ErrUnsupported
		}
		switch v.Kind() {
		case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
			return reflect.ValueOf(v.Len()), nil
		}
		return reflect.Value{}, ErrUnsupported
	})
}

type compareOp int

const (
	eqOp compareOp = iota
	neOp
	ltOp
	leOp
	gtOp
	geOp
)

// builtinCompare compares values of basic kinds as html/template does:
// integers of any sign and size by value, floats, strings, booleans (eq
// and ne only). Anything else is left to html/template.
func builtinCompare(c *compiler, args []parse.Node, op compareOp) (command, error) {
	return eagerBuiltin(c, args, func(vs []reflect.Value) (reflect.Value, error) {
		if len(vs) < 2 || len(vs) > 2 && op != eqOp {
			return reflect.Value{}, ErrUnsupported
		}
		a := indirectInterface(vs[0])
		for _, b := range vs[1:] {
			r, ok := compareBasic(a, indirectInterface(b))
			if !ok || op != eqOp && op != neOp && kindClass(a.Kind()) == boolClass {
				return reflect.Value{}, ErrUnsupported
			}
			var result bool
			switch op {
			case eqOp:
				if r == 0 {
					return reflect.ValueOf(true), nil
				}
				continue
			case neOp:
				result = r != 0
			case ltOp:
				result = r < 0
			case leOp:
				result = r <= 0
			case gtOp:
				result = r > 0
			case geOp:
				result = r >= 0
			}
			return reflect.ValueOf(result), nil
		}
		return reflect.ValueOf(false), nil
	})
}

// unordered is compareBasic's answer for booleans that differ.
const unordered = 2

// compareBasic returns -1, 0 or 1, or unordered for different booleans.
func compareBasic(a, b reflect.Value) (int, bool) {
	if !a.IsValid() || !b.IsValid() {
		return 0, false
	}
	ak, bk := kindClass(a.Kind()), kindClass(b.Kind())
	switch {
	case ak == intClass && bk == intClass:
		return cmpInt(a.Int(), b.Int()), true
	case ak == uintClass && bk == uintClass:
		return cmpUint(a.Uint(), b.Uint()), true
	case ak == intClass && bk == uintClass:
		if a.Int() < 0 {
			return -1, true
		}
		return cmpUint(uint64(a.Int()), b.Uint()), true
	case ak == uintClass && bk == intClass:
		if b.Int() < 0 {
			return 1, true
		}
		return cmpUint(a.Uint(), uint64(b.Int())), true
	case ak != bk:
		return 0, false
	case ak == floatClass:
		x, y := a.Float(), b.Float()
		if x != x || y != y {
			return 0, false // NaN is not ordered
		}
		return cmp.Compare(x, y), true
	case ak == stringClass:
		return strings.Compare(a.String(), b.String()), true
	case ak == boolClass:
		if a.Bool() == b.Bool() {
			return 0, true
		}
		return unordered, true
	}
	return 0, false
}

type kind int

const (
	otherClass kind = iota
	boolClass
	intClass
	uintClass
	floatClass
	stringClass
)

func kindClass(k reflect.Kind) kind {
	switch k {
	case reflect.Bool:
		return boolClass
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intClass
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintClass
	case reflect.Float32, reflect.Float64:
		return floatClass
	case reflect.String:
		return stringClass
	}
	return otherClass
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func builtinPrintf(c *compiler, args []parse.Node) (command, error) {
	if len(args) == 0 {
		return nil, ErrUnsupported
	}
	format, err := c.arg(args[0], stringType)
	if err != nil {
		return nil, err
	}
	rest, err := valueArgs(c, args[1:])
	if err != nil {
		return nil, err
	}
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		f, err := format(s, dot)
		if err != nil {
			return f, err
		}
		vs, err := evalAll(s, dot, final, rest)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(fmt.Sprintf(f.String(), interfaces(vs)...)), nil
	}, nil
}

func builtinPrint(c *compiler, args []parse.Node) (command, error) {
	return eagerBuiltin(c, args, func(vs []reflect.Value) (reflect.Value, error) {
		return reflect.ValueOf(fmt.Sprint(interfaces(vs)...)), nil
	})
}

// interfaces turns evaluated values into a function's ...any arguments.
func interfaces(vs []reflect.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		if v.IsValid() {
			out[i] = v.Interface()
		}
	}
	return out
}
