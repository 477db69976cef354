package page

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vntext/vntext/internal/pageeval"
)

// TestTextEval scores Parse on the annotated page texts of
// testdata/pages/text (README there): field accuracy, line kinds and body
// F1. -v prints the table.
func TestTextEval(t *testing.T) {
	files, err := filepath.Glob("../testdata/pages/text/*.txt")
	if err != nil || len(files) < 20 {
		t.Fatalf("want ≥ 20 cases, have %d (%v)", len(files), err)
	}
	textEval(t, files, 0.9, 0.95)
}

// TestTextHeldOut scores the held-out texts of testdata/pages/heldout,
// written after the rules and never used to change them: the honest
// figure. The floors only catch a collapse.
func TestTextHeldOut(t *testing.T) {
	files, err := filepath.Glob("../testdata/pages/heldout/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatalf("want ≥ 10 cases, have %d (%v)", len(files), err)
	}
	textEval(t, files, 0.6, 0.8)
}

func textEval(t *testing.T, files []string, fieldFloor, f1Floor float64) {
	fields := []string{"title", "category", "byline", "published"}
	right := map[string]int{}
	lines, linesRight := 0, 0
	var f1 []pageeval.PRF
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c := pageeval.ParseTextCase(filepath.Base(f), string(src))
		p := Parse(c.Text)
		got := map[string]string{"title": p.Title.Text, "category": p.Category.Text, "byline": p.Byline.Text,
			"published": p.Published.String()}
		for _, k := range fields {
			if got[k] == c.Fields[k] {
				right[k]++
			} else {
				t.Logf("%s: %s = %q, want %q", c.Name, k, got[k], c.Fields[k])
			}
		}
		kinds := append(append([]Span(nil), p.Body...), p.Furniture...)
		byStart := map[int]Kind{}
		for _, s := range kinds {
			byStart[s.Start] = s.Kind
		}
		var body []string
		for _, s := range p.Body {
			body = append(body, s.Text)
		}
		f1 = append(f1, pageeval.WordF1(strings.Join(body, "\n\n"), c.Body))
		at := 0
		for i, l := range c.Lines {
			at += strings.Index(c.Text[at:], l)
			lines++
			if k := byStart[at]; k.String() == c.Kinds[i] {
				linesRight++
			} else {
				t.Logf("%s: line %q is %s, want %s", c.Name, l, k, c.Kinds[i])
			}
			at += len(l)
		}
	}
	n := len(files)
	m := pageeval.Mean(f1)
	var b strings.Builder
	fmt.Fprintf(&b, "page text, %d cases: ", n)
	for _, k := range fields {
		fmt.Fprintf(&b, "%s %d/%d, ", k, right[k], n)
	}
	fmt.Fprintf(&b, "line kinds %d/%d, body word F1 %.3f (P %.3f R %.3f)", linesRight, lines, m.F, m.P, m.R)
	t.Log(b.String())
	for _, k := range fields {
		if float64(right[k]) < fieldFloor*float64(n) {
			t.Errorf("%s right in %d/%d cases, want ≥ %.0f%%", k, right[k], n, 100*fieldFloor)
		}
	}
	if m.F < f1Floor {
		t.Errorf("body F1 %.3f, want ≥ %.2f", m.F, f1Floor)
	}
}
