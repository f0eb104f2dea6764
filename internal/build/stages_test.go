package build

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
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
	"vinhdanh/internal/images":  {"New"},
}

// TestOnlyBuildRunsStages fails when a package other than build calls a
// stage's entry: every program goes through Run, Session or Load, so that
// the stages run in one order, with one setup. A stage's own tests may
// call it, and the stage itself.
func TestOnlyBuildRunsStages(t *testing.T) {
	t.Parallel()
	eachProductFile(t, func(fset *token.FileSet, dir string, f *ast.File) {
		if dir == "vinhdanh/internal/build" {
			return
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
	})
}

// TestOneImporterPerModule fails when two packages of the module import
// the same third-party module outside tests: each library has one owner,
// whose doc comment says so, and the rest of the code goes through it.
func TestOneImporterPerModule(t *testing.T) {
	t.Parallel()
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	var modules []string
	for _, m := range regexp.MustCompile(`(?m)^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]+/\S+) v\S+`).FindAllSubmatch(mod, -1) {
		modules = append(modules, string(m[1]))
	}
	if len(modules) < 5 {
		t.Fatalf("read only %d modules from go.mod", len(modules))
	}
	owners := map[string]map[string]bool{}
	eachProductFile(t, func(_ *token.FileSet, dir string, f *ast.File) {
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			for _, m := range modules {
				if path == m || strings.HasPrefix(path, m+"/") {
					if owners[m] == nil {
						owners[m] = map[string]bool{}
					}
					owners[m][dir] = true
				}
			}
		}
	})
	for m, dirs := range owners {
		if len(dirs) > 1 {
			t.Errorf("%s is imported by %d packages, %v; let one own it and the others go through that one", m, len(dirs), slices.Sorted(maps.Keys(dirs)))
		}
	}
	if len(owners) < 5 {
		t.Errorf("found importers of only %d modules: %v", len(owners), owners)
	}
}

// TestArchitectureNamesEveryPackage keeps docs/architecture.md true: it
// names every package of the module, and every package it names exists.
func TestArchitectureNamesEveryPackage(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile("../../docs/architecture.md")
	if err != nil {
		t.Fatal(err)
	}
	packages := map[string]bool{}
	eachProductFile(t, func(_ *token.FileSet, dir string, _ *ast.File) {
		packages[strings.TrimPrefix(dir, "vinhdanh/")] = true
	})
	for p := range packages {
		if !bytes.Contains(doc, []byte("`"+p+"`")) {
			t.Errorf("docs/architecture.md does not name the package %s; add it to a table of packages", p)
		}
	}
	for _, m := range regexp.MustCompile("`((?:internal|cmd)/[a-z/]+)`").FindAllSubmatch(doc, -1) {
		if p := string(m[1]); !packages[p] {
			t.Errorf("docs/architecture.md names %s, which is not a package of the module", p)
		}
	}
	if len(packages) < 20 {
		t.Errorf("found only %d packages", len(packages))
	}
}

// eachProductFile parses every Go file of the module that is not a test,
// and calls f with its package's import path.
func eachProductFile(t *testing.T, f func(fset *token.FileSet, dir string, file *ast.File)) {
	t.Helper()
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
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil && p != root {
				return filepath.SkipDir // another module
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		file, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		f(fset, path.Join("vinhdanh", filepath.ToSlash(filepath.Dir(rel))), file)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
