package vntext

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A package comment speaks of its own package: a paragraph opening with
// "Package other" was pasted from (or left behind by) another package, and
// what it says is stale where it stands.
func TestPackageDocsNameTheirPackage(t *testing.T) {
	opening := regexp.MustCompile(`(?m)^Package (\w+)\b`)
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if name := d.Name(); path != "." && (strings.HasPrefix(name, ".") || name == "testdata") {
			return filepath.SkipDir
		}
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, path, func(fi fs.FileInfo) bool {
			return !strings.HasSuffix(fi.Name(), "_test.go")
		}, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		for name, p := range pkgs {
			for fname, f := range p.Files {
				if f.Doc == nil {
					continue
				}
				checkPackageDoc(t, fname, name, f.Doc, opening)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func checkPackageDoc(t *testing.T, file, pkg string, doc *ast.CommentGroup, opening *regexp.Regexp) {
	t.Helper()
	for _, m := range opening.FindAllStringSubmatch(doc.Text(), -1) {
		if m[1] != pkg && pkg != "main" {
			t.Errorf("%s: the comment of package %s has a paragraph on package %s", file, pkg, m[1])
		}
	}
}

// The package comment states the span contract as Result and the tests
// have it: a span's Text is the caller's text, not the normalized form.
func TestPackageDocSpanContract(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "doc.go", nil, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Join(strings.Fields(f.Doc.Text()), " ")
	if strings.Contains(doc, "Text is the normalized form") {
		t.Errorf("doc.go says a span's Text is the normalized form; it is the caller's own text")
	}
	if !strings.Contains(doc, "Text is the caller's own text") {
		t.Errorf("doc.go does not state the span contract:\n%s", doc)
	}
}
