package internal_test

import (
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/vntext/vntext"

// architecture reads docs/ARCHITECTURE.md: the package headings ("### `tokenize`")
// and the import-rules table between the rules markers.
func architecture(t *testing.T) (pkgs []string, rules map[string][]string) {
	t.Helper()
	b, err := os.ReadFile("../docs/ARCHITECTURE.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for _, m := range regexp.MustCompile("(?m)^### `([^`]+)`$").FindAllStringSubmatch(doc, -1) {
		pkgs = append(pkgs, m[1])
	}
	_, table, ok := strings.Cut(doc, "<!-- rules: the test reads this table -->")
	table, _, ok2 := strings.Cut(table, "<!-- end rules -->")
	if !ok || !ok2 {
		t.Fatal("ARCHITECTURE.md: no rules table between the markers")
	}
	rules = map[string][]string{}
	cell := regexp.MustCompile("`([^`]+)`")
	for line := range strings.Lines(table) {
		cols := strings.Split(strings.TrimSpace(line), "|")
		if len(cols) != 4 || !strings.HasPrefix(strings.TrimSpace(cols[1]), "`") {
			continue // header, separator
		}
		m := cell.FindStringSubmatch(cols[1])
		if m == nil {
			t.Fatalf("ARCHITECTURE.md: bad rules row %q", line)
		}
		var allowed []string
		for _, a := range cell.FindAllStringSubmatch(cols[2], -1) {
			allowed = append(allowed, a[1])
		}
		rules[m[1]] = allowed
	}
	if len(rules) == 0 {
		t.Fatal("ARCHITECTURE.md: empty rules table")
	}
	return pkgs, rules
}

// rel turns an import path of the module into the names ARCHITECTURE.md
// uses ("." for the root); ok is false outside the module.
func rel(path string) (string, bool) {
	if path == module {
		return ".", true
	}
	r, ok := strings.CutPrefix(path, module+"/")
	return r, ok
}

// within reports whether pkg is dir or below it.
func within(pkg, dir string) bool {
	return pkg == dir || strings.HasPrefix(pkg, dir+"/")
}

// goList returns every package of the module with its module dependencies
// (transitive, as go list -deps gives them).
func goList(t *testing.T) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Deps \" \"}}", "../...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := map[string][]string{}
	for line := range strings.Lines(string(out)) {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		pkg, ok := rel(f[0])
		if !ok {
			t.Fatalf("go list: %q is outside the module", f[0])
		}
		deps[pkg] = []string{}
		for _, d := range f[1:] {
			if r, ok := rel(d); ok {
				deps[pkg] = append(deps[pkg], r)
			}
		}
	}
	return deps
}

// TestArchitectureListsEveryPackage keeps docs/ARCHITECTURE.md's package list
// equal to go list ./...: a package added, moved or removed needs its
// paragraph.
func TestArchitectureListsEveryPackage(t *testing.T) {
	pkgs, _ := architecture(t)
	deps := goList(t)
	for _, p := range pkgs {
		if _, ok := deps[p]; !ok {
			t.Errorf("ARCHITECTURE.md describes %q, which go list ./... does not list", p)
		}
	}
	for p := range deps {
		if !slices.Contains(pkgs, p) {
			t.Errorf("package %q has no paragraph (### `%s`) in ARCHITECTURE.md", p, p)
		}
	}
}

// TestImportRules checks every package of the rules table against go list
// -deps: it imports, directly or not, only the module packages its row
// allows, their internal packages and its own.
func TestImportRules(t *testing.T) {
	_, rules := architecture(t)
	deps := goList(t)
	for pkg, allowed := range rules {
		ds, ok := deps[pkg]
		if !ok {
			t.Errorf("rules table names %q, which go list ./... does not list", pkg)
			continue
		}
		for _, d := range ds {
			own := pkg != "." && within(d, pkg)
			if !own && !slices.ContainsFunc(allowed, func(a string) bool { return within(d, a) }) {
				t.Errorf("%s imports %s, which the rules table does not allow", pkg, d)
			}
		}
	}
}
