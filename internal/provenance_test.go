package internal

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// evaluationData are the path elements of the evaluation corpora under
// $VNTEXT_DATA. They serve evaluation only: no generator or trainer of a
// shipped file may read them, so none of their words, names or weights can
// reach what the library ships.
var evaluationData = []string{"vietnews", "vlsp", "phoner", "domain"}

// evaluationTools are the commands that read the evaluation corpora on
// purpose. internal/annotate builds the project's annotations of VietNews
// articles (ids, offsets and labels, read by evaluation alone) beside the
// annotated corpus; TestCorpusHoldsNoEvaluationText checks that no VietNews
// record reaches the corpus splits a model trains on.
var evaluationTools = map[string]bool{"internal/annotate": true}

// TestGeneratorsReadNoEvaluationData scans the sources of every generator
// and trainer (the commands under internal/ folders) and of the module's
// internal packages they import, and fails on a string literal that names
// an evaluation corpus: a path ("ner/vlsp2016") or a path element
// (filepath.Join(data, "sum", "vietnews")).
func TestGeneratorsReadNoEvaluationData(t *testing.T) {
	root, err := filepath.Abs("..") // the tests of package internal run in internal/
	if err != nil {
		t.Fatal(err)
	}
	dirs := map[string]*pkgSrc{}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && path != root {
				return filepath.SkipDir // a nested module
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		rel = filepath.ToSlash(rel)
		if dirs[rel] == nil {
			dirs[rel] = &pkgSrc{}
		}
		return dirs[rel].parse(root, path)
	})
	if err != nil {
		t.Fatal(err)
	}
	const module = "github.com/vntext/vntext/"
	var queue []string
	for dir, p := range dirs {
		if p.main && isInternal(dir) {
			queue = append(queue, dir)
		}
	}
	slices.Sort(queue)
	if len(queue) < 5 {
		t.Fatalf("found %d generators (%v): the scan is broken", len(queue), queue)
	}
	seen := map[string]bool{}
	for len(queue) > 0 {
		dir := queue[0]
		queue = queue[1:]
		if seen[dir] {
			continue
		}
		seen[dir] = true
		p := dirs[dir]
		if evaluationTools[dir] {
			continue
		}
		for _, lit := range p.literals {
			if name := namesEvaluationData(lit.value); name != "" {
				t.Errorf("%s:%d: %q names the evaluation corpus %q: generators and trainers may not read it", lit.file, lit.line, lit.value, name)
			}
		}
		for _, imp := range p.imports {
			if dep, ok := strings.CutPrefix(imp, module); ok && isInternal(dep) && dirs[dep] != nil {
				queue = append(queue, dep)
			}
		}
	}
}

func isInternal(dir string) bool {
	return dir == "internal" || strings.HasPrefix(dir, "internal/") || strings.Contains(dir, "/internal/") || strings.HasSuffix(dir, "/internal")
}

// namesEvaluationData returns the evaluation corpus a string literal names,
// or "".
func namesEvaluationData(s string) string {
	for _, part := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == '/' || r == '\\' }) {
		for _, e := range evaluationData {
			if strings.HasPrefix(part, e) {
				return e
			}
		}
	}
	return ""
}

type literal struct {
	file, value string
	line        int
}

// pkgSrc is what the test reads of one folder's non-test Go files.
type pkgSrc struct {
	main     bool
	imports  []string
	literals []literal
}

func (p *pkgSrc) parse(root, path string) error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	if f.Name.Name == "main" {
		p.main = true
	}
	rel, _ := filepath.Rel(root, path)
	rel = filepath.ToSlash(rel)
	for _, imp := range f.Imports {
		s, _ := strconv.Unquote(imp.Path.Value)
		p.imports = append(p.imports, s)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if s, err := strconv.Unquote(b.Value); err == nil {
				p.literals = append(p.literals, literal{rel, s, fset.Position(b.Pos()).Line})
			}
		}
		return true
	})
	return nil
}

// The check itself must catch both spellings of a path.
func TestNamesEvaluationData(t *testing.T) {
	for s, want := range map[string]string{
		"ner/vlsp2016/dev.txt": "vlsp", "sum": "", "vietnews": "vietnews", "phoner_covid19": "phoner",
		"text/viwiki/viwiki.jsonl.gz": "", "domain/dev.jsonl": "domain", "ws/ud-vtb": "",
		"vietnews/vietnews-dev-000019": "vietnews", "viwiki/viwiki-00586": "",
	} {
		if got := namesEvaluationData(s); got != want {
			t.Errorf("namesEvaluationData(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCorpusHoldsNoEvaluationText checks that the annotated corpus's splits,
// which the entity model trains on and the module ships, hold no record
// taken from an evaluation corpus.
func TestCorpusHoldsNoEvaluationText(t *testing.T) {
	for _, split := range []string{"train", "dev", "blind"} {
		b, err := os.ReadFile(filepath.Join("..", "corpus", "entities", split+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var r struct{ Source string }
			if err := json.Unmarshal([]byte(line), &r); err != nil || r.Source == "" {
				t.Fatalf("corpus/entities/%s.jsonl:%d: no source (%v)", split, i+1, err)
			}
			if name := namesEvaluationData(strings.ReplaceAll(r.Source, ":", "/")); name != "" {
				t.Errorf("corpus/entities/%s.jsonl:%d: a record from %s", split, i+1, name)
			}
		}
	}
}

// TestShippedDataCredited checks every file the module embeds (go:embed in
// a non-test file): NOTICE names it (its path, or the pattern that embeds
// it) and, unless it is part of the program (a web page), a SOURCES.md
// beside it tells where it comes from.
func TestShippedDataCredited(t *testing.T) {
	notice, err := os.ReadFile(filepath.Join("..", "NOTICE"))
	if err != nil {
		t.Fatal(err)
	}
	embeds := 0
	err = filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != ".." && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") || d.Name() == "examples") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dir := filepath.Dir(path)
		for line := range strings.Lines(string(b)) {
			patterns, ok := strings.CutPrefix(strings.TrimSpace(line), "//go:embed ")
			if !ok {
				continue
			}
			for _, pat := range strings.Fields(patterns) {
				embeds++
				rel, _ := filepath.Rel("..", filepath.Join(dir, pat))
				rel = filepath.ToSlash(rel)
				if !strings.Contains(string(notice), rel) {
					t.Errorf("%s embeds %s, which NOTICE does not name", path, rel)
				}
				if strings.HasSuffix(pat, ".html") {
					continue
				}
				if _, err := os.Stat(filepath.Join(dir, filepath.Dir(pat), "SOURCES.md")); err != nil {
					t.Errorf("%s embeds %s with no SOURCES.md beside it", path, rel)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if embeds < 5 {
		t.Fatalf("found %d embedded files: the scan is broken", embeds)
	}
}
