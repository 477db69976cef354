// Command pagecompare measures main-text extraction libraries on the
// project's HTML evaluation pages (testdata/pages/html): each library
// alone on the raw page, each on the page as vntext decodes it, and
// vntext's htmlpage with each (it uses go-readability). It reports body-text F1
// (word overlap) and headline, byline, date and category accuracy. It is
// a nested module so that the library not chosen (go-trafilatura) stays
// out of vntext's dependencies.
//
//	cd examples/pagecompare && go run . -pages ../../testdata/pages/html
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/vntext/vntext/htmlpage"
	"github.com/vntext/vntext/internal/pageeval"
	"github.com/vntext/vntext/page"
)

type gold struct {
	File, URL, Title, Byline, Published, Category, Body string
}

type result struct {
	title, byline, category, body string
	date                          page.Date
}

type scores struct {
	n, title, byline, date, category int
	f1                               []pageeval.PRF
	elapsed                          time.Duration
}

func main() {
	dir := flag.String("pages", "../../testdata/pages/html", "directory of the pages and gold.jsonl")
	flag.Parse()
	golds, err := readGold(filepath.Join(*dir, "gold.jsonl"))
	if err != nil {
		log.Fatal(err)
	}
	plain, _ := htmlpage.New()
	trafilaturaFinder := func(fallback bool) htmlpage.ContentFinder {
		return func(doc *html.Node, u *url.URL) (*html.Node, error) {
			res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
				ExcludeComments: true, Deduplicate: true, EnableFallback: fallback, OriginalURL: u})
			if err != nil {
				return nil, err
			}
			return res.ContentNode, nil
		}
	}
	withTrafilatura, _ := htmlpage.New(htmlpage.WithContentFinder(trafilaturaFinder(false)))
	withFallback, _ := htmlpage.New(htmlpage.WithContentFinder(trafilaturaFinder(true)))
	extractors := []struct {
		name string
		fn   func(raw []byte, g gold) result
	}{
		{"go-trafilatura alone", func(raw []byte, g gold) result { return trafilaturaRaw(raw, g, false) }},
		{"go-trafilatura alone, fallback on", func(raw []byte, g gold) result { return trafilaturaRaw(raw, g, true) }},
		{"go-readability (readeck v2) alone", readabilityRaw},
		{"go-trafilatura on vntext's decoding", trafilaturaDecoded},
		{"go-readability on vntext's decoding", readabilityDecoded},
		{"vntext htmlpage (go-readability)", func(raw []byte, g gold) result { return project(plain, raw, g) }},
		{"vntext htmlpage with go-trafilatura", func(raw []byte, g gold) result { return project(withTrafilatura, raw, g) }},
		{"vntext htmlpage with go-trafilatura, fallback on", func(raw []byte, g gold) result { return project(withFallback, raw, g) }},
	}
	fmt.Println("| extractor | body F1 | P | R | headline | byline | date | category | ms/page |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, x := range extractors {
		var s scores
		for _, g := range golds {
			raw, err := os.ReadFile(filepath.Join(*dir, g.File))
			if err != nil {
				log.Fatal(err)
			}
			start := time.Now()
			r := x.fn(raw, g)
			s.elapsed += time.Since(start)
			s.add(g, r)
		}
		m := pageeval.Mean(s.f1)
		fmt.Printf("| %s | %.3f | %.3f | %.3f | %d/%d | %d/%d | %d/%d | %d/%d | %.1f |\n", x.name, m.F, m.P, m.R,
			s.title, s.n, s.byline, s.n, s.date, s.n, s.category, s.n, float64(s.elapsed.Microseconds())/1000/float64(s.n))
	}
}

func (s *scores) add(g gold, r result) {
	s.n++
	if pageeval.SameText(r.title, g.Title) {
		s.title++
	}
	if pageeval.SameText(r.byline, g.Byline) {
		s.byline++
	}
	if pageeval.SameText(r.category, g.Category) {
		s.category++
	}
	var gd page.Date
	if gd.UnmarshalText([]byte(g.Published)) == nil && !r.date.IsZero() {
		if !gd.HasTime && r.date.Time.In(gd.Time.Location()).Format("2006-01-02") == g.Published ||
			gd.HasTime && r.date.HasTime && r.date.Time.Equal(gd.Time) {
			s.date++
		}
	}
	s.f1 = append(s.f1, pageeval.WordF1(r.body, g.Body))
}

func trafilaturaRaw(raw []byte, g gold, fallback bool) result {
	opts := trafilatura.Options{ExcludeComments: true, EnableFallback: fallback}
	if u, err := url.Parse(g.URL); err == nil {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(raw), opts)
	if err != nil || res == nil {
		return result{}
	}
	return trafilaturaResult(res)
}

func trafilaturaDecoded(raw []byte, g gold) result {
	text, _ := htmlpage.Decode(raw, "")
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return result{}
	}
	opts := trafilatura.Options{ExcludeComments: true}
	if u, err := url.Parse(g.URL); err == nil {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil {
		return result{}
	}
	return trafilaturaResult(res)
}

// trafilaturaResult is what the comparison reads of trafilatura's result.
func trafilaturaResult(res *trafilatura.ExtractResult) result {
	m := res.Metadata
	r := result{title: m.Title, byline: m.Author, body: res.ContentText}
	if len(m.Categories) > 0 {
		r.category = m.Categories[0]
	}
	if !m.Date.IsZero() {
		r.date = page.Date{Time: m.Date, HasTime: m.Date.Hour() != 0 || m.Date.Minute() != 0}
	}
	return r
}

func readabilityArticle(a readability.Article) result {
	var b strings.Builder
	_ = a.RenderText(&b)
	r := result{title: a.Title(), byline: a.Byline(), body: b.String()}
	if t, err := a.PublishedTime(); err == nil && !t.IsZero() {
		r.date = page.Date{Time: t, HasTime: t.Hour() != 0 || t.Minute() != 0}
	}
	return r
}

func readabilityRaw(raw []byte, g gold) result {
	u, _ := url.Parse(g.URL)
	p := readability.NewParser()
	a, err := p.Parse(bytes.NewReader(raw), u)
	if err != nil {
		return result{}
	}
	return readabilityArticle(a)
}

// readabilityDecoded gives go-readability the page as vntext decodes it,
// so that only the extraction differs from vntext's.
func readabilityDecoded(raw []byte, g gold) result {
	text, _ := htmlpage.Decode(raw, "")
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return result{}
	}
	u, _ := url.Parse(g.URL)
	p := readability.NewParser()
	art, err := p.ParseDocument(doc, u)
	if err != nil {
		return result{}
	}
	return readabilityArticle(art)
}

func project(e *htmlpage.Extractor, raw []byte, g gold) result {
	a, _ := e.Extract(raw, g.URL, "")
	return result{title: a.Title, byline: a.Byline, category: a.Category, body: a.Text, date: a.Published}
}

func readGold(path string) ([]gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []gold
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g gold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, sc.Err()
}
