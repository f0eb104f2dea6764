package build

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// stageEntries are the functions that run a stage, by package.
var stageEntries = map[string][]string{
	"vinhdanh/internal/config":  {"Load"},
	"vinhdanh/internal/content": {"Load", "NewLoader"},
	"vinhdanh/internal/theme":   {"Load"},
	"vinhdanh/internal/index":   {"Build"},
	"vinhdanh/internal/render":  {"New"},
	"vinhdanh/internal/publish": {"Begin", "NewMemory"},
	"vinhdanh/internal/link":    {"Check"},
	"vinhdanh/internal/search":  {"NewBuilder"},
}

// TestOnlyBuildRunsStages fails when a package other than build calls a
// stage's entry: every program goes through Run, Session or Load, so that
// the stages run in one order, with one setup. A stage's own tests may
// call it, and the stage itself.
func TestOnlyBuildRunsStages(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "testdata" || name == "node_modules" || strings.HasPrefix(name, ".") && p != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		dir := "vinhdanh/" + filepath.ToSlash(filepath.Dir(rel))
		if dir == "vinhdanh/internal/build" {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		names := map[string]string{} // local name -> stage package
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if _, ok := stageEntries[path]; !ok || path == dir {
				continue
			}
			name := path[strings.LastIndex(path, "/")+1:]
			if imp.Name != nil {
				name = imp.Name.Name
			}
			names[name] = path
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			x, ok := sel.X.(*ast.Ident)
			if !ok || names[x.Name] == "" {
				return true
			}
			for _, entry := range stageEntries[names[x.Name]] {
				if sel.Sel.Name == entry {
					t.Errorf("%s: %s.%s runs a stage outside package build; use build.Run, build.Session or build.Load", fset.Position(sel.Pos()), x.Name, entry)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
