package vntext

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// An exported function or method of a library package names only types a
// caller can name too: an unexported type in its signature cannot be
// declared, stored or documented by its users.
func TestExportedSignaturesUseExportedTypes(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		name := d.Name()
		if path != "." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "internal" || name == "cmd" || name == "examples" || name == "scripts") {
			return filepath.SkipDir
		}
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, path, func(fi fs.FileInfo) bool {
			return !strings.HasSuffix(fi.Name(), "_test.go")
		}, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, p := range pkgs {
			for _, f := range p.Files {
				for _, decl := range f.Decls {
					fn, ok := decl.(*ast.FuncDecl)
					if !ok || !fn.Name.IsExported() || !exportedReceiver(fn) {
						continue
					}
					var check func(n ast.Node) bool
					check = func(n ast.Node) bool {
						switch x := n.(type) {
						case *ast.SelectorExpr:
							return false // another package's name: exported to be reachable
						case *ast.Field:
							ast.Inspect(x.Type, check) // not the parameter names
							return false
						case *ast.Ident:
							if !x.IsExported() && types.Universe.Lookup(x.Name) == nil && !isTypeParam(fn, x.Name) {
								t.Errorf("%s: %s names the unexported type %s", fset.Position(fn.Pos()), fn.Name.Name, x.Name)
							}
						}
						return true
					}
					ast.Inspect(fn.Type.Params, check)
					if fn.Type.Results != nil {
						ast.Inspect(fn.Type.Results, check)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func exportedReceiver(fn *ast.FuncDecl) bool {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return true
	}
	typ := fn.Recv.List[0].Type
	for {
		switch x := typ.(type) {
		case *ast.StarExpr:
			typ = x.X
		case *ast.IndexExpr:
			typ = x.X
		case *ast.IndexListExpr:
			typ = x.X
		case *ast.Ident:
			return x.IsExported()
		default:
			return false
		}
	}
}

func isTypeParam(fn *ast.FuncDecl, name string) bool {
	if fn.Type.TypeParams == nil {
		return false
	}
	for _, f := range fn.Type.TypeParams.List {
		for _, n := range f.Names {
			if n.Name == name {
				return true
			}
		}
	}
	return false
}
