package htmlpage

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/vntext/vntext/internal/pageeval"
	"github.com/vntext/vntext/page"
)

type goldPage struct {
	File, URL, Encoding                      string
	Layout                                   int
	Metadata                                 bool
	Title, Byline, Published, Category, Body string
}

func readGold(t testing.TB, dir string) []goldPage {
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldPage
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g goldPage
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

// scores counts right fields and body F1 over the pages.
type scores struct {
	n, title, byline, date, category int
	f1                               []pageeval.PRF
}

func (s *scores) add(g goldPage, title, byline, category string, date page.Date, body string) {
	s.n++
	if pageeval.SameText(title, g.Title) {
		s.title++
	}
	if pageeval.SameText(byline, g.Byline) {
		s.byline++
	}
	if pageeval.SameText(category, g.Category) {
		s.category++
	}
	if sameDate(date, g.Published) {
		s.date++
	}
	s.f1 = append(s.f1, pageeval.WordF1(body, g.Body))
}

func (s *scores) row(name string) string {
	m := pageeval.Mean(s.f1)
	return fmt.Sprintf("| %s | %.3f | %.3f | %.3f | %d/%d | %d/%d | %d/%d | %d/%d |", name, m.F, m.P, m.R,
		s.title, s.n, s.byline, s.n, s.date, s.n, s.category, s.n)
}

// sameDate: the same instant at the precision the gold gives.
func sameDate(d page.Date, gold string) bool {
	var g page.Date
	if err := g.UnmarshalText([]byte(gold)); err != nil || d.IsZero() {
		return false
	}
	if !g.HasTime {
		return d.Time.In(g.Time.Location()).Format("2006-01-02") == g.String()
	}
	return d.HasTime && d.Time.Equal(g.Time)
}

// TestHTMLEval scores Extract and the extraction library alone on the 40
// pages of testdata/pages/html (README there). -v prints the table.
func TestHTMLEval(t *testing.T) {
	htmlEval(t, "../testdata/pages/html", 40, 0.9)
}

// TestHTMLHeldOut scores the pages of testdata/pages/html-heldout, in
// layouts written after the rules and never used to change them.
func TestHTMLHeldOut(t *testing.T) {
	htmlEval(t, "../testdata/pages/html-heldout", 12, 0.8)
}

// TestHTMLMenusEval scores the pages of testdata/pages/html-menus: sites
// with a menu of a dozen sections before the article, with a breadcrumb,
// a marked current item, a section label or nothing that names the
// section. A development set.
func TestHTMLMenusEval(t *testing.T) {
	htmlEval(t, "../testdata/pages/html-menus", 10, 0.9)
}

func htmlEval(t *testing.T, dir string, pages int, floor float64) {
	gold := readGold(t, dir)
	if len(gold) < pages {
		t.Fatalf("want ≥ %d pages, have %d", pages, len(gold))
	}
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var project, library scores
	for _, g := range gold {
		raw, err := os.ReadFile(filepath.Join(dir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		a, err := e.Extract(raw, g.URL, "")
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
		}
		project.add(g, a.Title, a.Byline, a.Category, a.Published, a.Text)
		if f := pageeval.WordF1(a.Text, g.Body); f.F < 0.9 || !pageeval.SameText(a.Byline, g.Byline) ||
			!sameDate(a.Published, g.Published) || !pageeval.SameText(a.Category, g.Category) || !pageeval.SameText(a.Title, g.Title) {
			t.Logf("%s (layout %d, %s): F1 %.3f P %.3f R %.3f title %q byline %q date %s category %q", g.File, g.Layout,
				a.Encoding, f.F, f.P, f.R, a.Title, a.Byline, a.Published, a.Category)
		}
		title, byline, category, d, body := readabilityAlone(raw, g.URL)
		library.add(g, title, byline, category, d, body)
	}
	t.Log("\n| extractor | body F1 | P | R | headline | byline | date | category |\n|---|---|---|---|---|---|---|---|\n" +
		project.row("vntext htmlpage") + "\n" + library.row("go-readability alone"))
	if m := pageeval.Mean(project.f1); m.F < floor {
		t.Errorf("body F1 %.3f, want ≥ %.2f", m.F, floor)
	}
}

// readabilityAlone runs the extraction library on the raw page, with its
// own decoding and metadata: the library's figures without the project.
func readabilityAlone(raw []byte, pageURL string) (title, byline, category string, d page.Date, body string) {
	u, _ := url.Parse(pageURL)
	p := readability.NewParser()
	a, err := p.Parse(bytes.NewReader(raw), u)
	if err != nil {
		return
	}
	var b strings.Builder
	if err := a.RenderText(&b); err != nil {
		return
	}
	if t, err := a.PublishedTime(); err == nil {
		d = page.Date{Time: t, HasTime: t.Hour() != 0 || t.Minute() != 0}
	}
	return a.Title(), a.Byline(), "", d, b.String()
}
