package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// A message call is a call whose argument at a known place is the key of a
// message: i18n.T, i18n.Errorf, a Lang's Sprintf and Fprintf, and the
// diagnostic calls of the stages (diagnostic.List's Add and Warn, the
// decoders' Errorf and Warnf).
type messageCall struct {
	key  string
	file string
	line int
}

// messageCalls reads every non-test Go file of the module and returns its
// message calls, and the calls whose key is not a literal (only a function
// that passes its own format parameter on may do that).
func messageCalls(t *testing.T) (calls []messageCall, bad []string) {
	t.Helper()
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if p != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil && p != root {
				return filepath.SkipDir // another module (bench): not the program's messages
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			for _, at := range keyArguments(call) {
				if at >= len(call.Args) {
					continue
				}
				pos := fset.Position(call.Args[at].Pos())
				switch a := call.Args[at].(type) {
				case *ast.BasicLit:
					if a.Kind == token.STRING {
						s, err := strconv.Unquote(a.Value)
						if err != nil {
							t.Fatalf("%s: %v", pos, err)
						}
						calls = append(calls, messageCall{s, filepath.ToSlash(pos.Filename), pos.Line})
						continue
					}
				case *ast.Ident:
					if passedOn[a.Name] {
						continue
					}
				case *ast.SelectorExpr:
					if x, ok := a.X.(*ast.Ident); ok && a.Sel.Name == "Key" && (x.Name == "t" || x.Name == "e") {
						continue // a Text printed
					}
				}
				bad = append(bad, pos.String())
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return calls, bad
}

// passedOn are the names of the parameters through which functions that
// print messages take them from their callers, whose calls are read.
var passedOn = map[string]bool{"format": true, "key": true, "one": true, "many": true}

// keyArguments returns the indexes of the keys among call's arguments.
func keyArguments(call *ast.CallExpr) []int {
	if id, ok := call.Fun.(*ast.Ident); ok {
		switch id.Name {
		case "T", "Errorf": // in this package
			return []int{0}
		case "plural": // cmd/vinhdanh's plural(lang, n, one, many)
			return []int{2, 3}
		}
		return nil
	}
	if at := keyArgument(call); at >= 0 {
		return []int{at}
	}
	return nil
}

// keyArgument returns the index of the key among call's arguments, or -1
// when call is not a message call.
func keyArgument(call *ast.CallExpr) int {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return -1
	}
	recv, _ := sel.X.(*ast.Ident)
	if recv != nil && (recv.Name == "fmt" || recv.Name == "errors" || recv.Name == "log" || recv.Name == "t" || recv.Name == "b") {
		return -1
	}
	switch sel.Sel.Name {
	case "T", "Sprintf":
		return 0
	case "Errorf":
		if recv != nil && recv.Name == "i18n" {
			return 0
		}
		return 1 // a decoder's Errorf(pos, format, ...)
	case "errorf", "Warnf", "warnf", "errorAt":
		return 1
	case "AddCell", "WarnCell": // a List's AddCell(file, line, col, cell, format, ...)
		return 4
	case "Fprintf":
		return 1
	case "Add", "Warn":
		if len(call.Args) >= 4 {
			return 3 // a List's Add(file, line, col, format, ...)
		}
	}
	return -1
}

func TestEveryMessageHasBothLanguages(t *testing.T) {
	calls, bad := messageCalls(t)
	if len(calls) < 100 {
		t.Fatalf("found only %d messages; is the source walked?", len(calls))
	}
	for _, p := range bad {
		t.Errorf("%s: the message's format is not a literal string, so the catalogue cannot hold it", p)
	}
	used := map[string]bool{}
	var missing []string
	for _, c := range calls {
		used[c.key] = true
		if _, ok := vietnamese[c.key]; !ok && strings.ContainsFunc(verbPattern.ReplaceAllString(c.key, ""), isLetter) {
			missing = append(missing, c.key)
			t.Errorf("%s:%d: no Vietnamese for %q", c.file, c.line, c.key)
		}
	}
	for key := range vietnamese {
		if !used[key] && !internalKeys[key] {
			t.Errorf("the catalogue holds %q, which no code uses", key)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		missing = slices.Compact(missing)
		t.Logf("missing, as Go:\n%s", goEntries(missing))
	}
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// internalKeys are the catalogue's own messages, used through variables.
var internalKeys = map[string]bool{}

func init() {
	for _, k := range errnoKeys {
		internalKeys[k] = true
	}
}

func goEntries(keys []string) string {
	var b strings.Builder
	for _, k := range keys {
		b.WriteString("\t" + strconv.Quote(k) + ": " + strconv.Quote(k) + ",\n")
	}
	return b.String()
}

// verb is one formatting directive of a format: the argument it prints
// (0-based) and its verb letter.
var verbPattern = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*(\*|\d+)?(\.(\*|\d+))?([a-zA-Z%])`)

// verbs returns, for each argument of format, the verbs that print it.
func verbs(format string) map[int]string {
	out := map[int]string{}
	next := 0
	for _, m := range verbPattern.FindAllStringSubmatch(format, -1) {
		if m[6] == "%" {
			continue
		}
		if m[2] != "" {
			n, _ := strconv.Atoi(m[2])
			next = n - 1
		}
		out[next] += m[6]
		next++
	}
	for k, v := range out {
		b := []byte(v)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		out[k] = string(b)
	}
	return out
}

func TestBothFormsTakeTheSameArguments(t *testing.T) {
	for en, vi := range vietnamese {
		ev, vv := verbs(en), verbs(vi)
		if len(ev) != len(vv) {
			t.Errorf("%q takes %d arguments, its Vietnamese %q %d", en, len(ev), vi, len(vv))
			continue
		}
		for i, v := range ev {
			if vv[i] != v {
				t.Errorf("%q prints argument %d with %%%s, its Vietnamese %q with %%%s", en, i+1, v, vi, vv[i])
			}
		}
		if strings.TrimSpace(vi) == "" {
			t.Errorf("%q has an empty Vietnamese form", en)
		}
	}
}

// TestPrintsOnlyThroughTheCatalogue checks that the code that prints to people
// (the vinhdanh command and the preview server) prints words only through
// the catalogue: a fmt print whose format holds words would be English
// whatever the editor's language.
func TestPrintsOnlyThroughTheCatalogue(t *testing.T) {
	fset := token.NewFileSet()
	for _, dir := range []string{"../../cmd/vinhdanh", "../serve"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range files {
			if strings.HasSuffix(p, "_test.go") || filepath.Base(p) == "version.go" {
				continue // the version line is the same in every language
			}
			f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || !strings.HasPrefix(sel.Sel.Name, "Fprint") && !strings.HasPrefix(sel.Sel.Name, "Print") {
					return true
				}
				if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "fmt" {
					return true
				}
				for _, a := range call.Args {
					if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, _ := strconv.Unquote(lit.Value)
						if strings.HasPrefix(s, "event: ") {
							continue // the server-sent events' protocol, for the page's script
						}
						words := strings.ReplaceAll(verbPattern.ReplaceAllString(s, ""), "vinhdanh", "")
						if strings.ContainsFunc(words, isLetter) {
							t.Errorf("%s: fmt prints %q, which no catalogue says in Vietnamese", fset.Position(lit.Pos()), s)
						}
					}
				}
				return true
			})
		}
	}
}
