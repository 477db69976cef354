// Package htmlpage extracts the article of an HTML news page: its body
// text, headline, byline, publication date and category, from pages in
// any encoding Vietnamese sites have used.
//
// The body is found by go-readability (codeberg.org/readeck/go-readability,
// the maintained port of Mozilla's Readability.js; chosen over
// go-trafilatura by measurement on the project's evaluation pages, see
// examples/pagecompare), then cleaned of the furniture the library leaves
// in (captions, sources, related links, bylines) by package page. The fields come from the page's metadata
// (JSON-LD, Open Graph and other <meta> tags, schema.org microdata) when it
// has them, else from the page's text as package page reads it, else from
// the library's own guesses. The page is decoded first: the declared
// charset, or, for old pages, the legacy Vietnamese encoding (TCVN3, VNI,
// Windows-1258, ...) the normalizer's detector recognises.
//
// This package carries the extraction library's dependencies; the root
// vntext package does not import it.
package htmlpage

import (
	"bytes"
	"errors"
	"net/url"
	"slices"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/vntext/vntext/page"
)

// Article is the article of an HTML page.
type Article struct {
	// URL is the page's address as given to Extract.
	URL string `json:"url,omitempty"`
	// Title is the headline; Byline the author names as written; Category
	// the section.
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Published page.Date `json:"published,omitzero"`
	Category  string    `json:"category,omitempty"`
	// Text is the body: its paragraphs separated by blank lines.
	Text string `json:"text"`
	// Encoding is the charset the page was read in ("utf-8",
	// "windows-1258", "tcvn3", "vni", ...).
	Encoding string `json:"encoding,omitempty"`
}

// ErrNoText is returned, with whatever fields were found, for a page in
// which no article text was found.
var ErrNoText = errors.New("htmlpage: no article text found")

// Option configures an Extractor.
type Option func(*Extractor) error

// ContentFinder returns the element of a parsed page that holds its
// article, for WithContentFinder. It must not keep doc.
type ContentFinder func(doc *html.Node, pageURL *url.URL) (*html.Node, error)

// WithContentFinder replaces go-readability with another extraction
// library (the project's comparison runs go-trafilatura this way); the
// decoding, metadata and cleaning stay the same, go-readability's own
// metadata guesses are not used.
func WithContentFinder(f ContentFinder) Option {
	return func(e *Extractor) error {
		if f == nil {
			return errors.New("htmlpage: nil ContentFinder")
		}
		e.finder = f
		return nil
	}
}

// Extractor extracts articles. It is immutable after New and safe for
// concurrent use; its zero value (and a nil *Extractor) uses go-readability.
type Extractor struct {
	finder ContentFinder
}

// New builds an Extractor.
func New(opts ...Option) (*Extractor, error) {
	e := &Extractor{}
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("htmlpage: nil option")
		}
		if err := o(e); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// Extract reads the article of one HTML page. pageURL (may be empty)
// resolves relative links; contentType is the HTTP Content-Type header when
// known (its charset wins over the page's own declaration). It returns
// ErrNoText, with the fields it found, when the page holds no article text.
func (e *Extractor) Extract(body []byte, pageURL, contentType string) (Article, error) {
	if e == nil {
		e = &Extractor{} // the zero Extractor: go-readability
	}
	text, enc := Decode(body, contentType)
	a := Article{URL: pageURL, Encoding: enc}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return a, err // html.Parse fails only on a reader error
	}
	meta := readMetadata(doc)
	whole := page.Parse(pageText(doc))

	var u *url.URL
	if pu, err := url.Parse(pageURL); err == nil && pageURL != "" {
		u = pu
	}
	var lib libraryGuess
	var content string
	if e.finder != nil {
		if n, err := e.finder(doc, u); err == nil && n != nil {
			content = pageText(n)
		}
	} else {
		// A parser per page: it holds the page while it works. ParseDocument
		// works on a copy, so doc stays whole for the page text above.
		p := readability.NewParser()
		if art, err := p.ParseDocument(doc, u); err == nil && art.Node != nil {
			content = pageText(art.Node)
			lib = libraryGuess{title: art.Title(), byline: art.Byline()}
			if t, err := art.PublishedTime(); err == nil {
				lib.published = page.Date{Time: t, HasTime: t.Hour() != 0 || t.Minute() != 0}
			}
		}
	}

	a.Title = first(meta.title, whole.Title.Text, lib.title)
	a.Category = category(doc, meta, a.Title, whole)
	inText := page.Parse(content)
	a.Byline = first(meta.byline, inText.Byline.Text, whole.Byline.Text, lib.byline)
	if d, err := page.ParseDate(meta.published); err == nil {
		a.Published = d
	} else if !whole.Published.IsZero() {
		a.Published = whole.Published
	} else if !inText.Published.IsZero() {
		a.Published = inText.Published
	} else {
		a.Published = lib.published
	}
	a.Text = bodyText(leadOf(whole, inText), inText, a.Title, a.Category)
	if a.Text == "" && hasParagraph(whole) {
		// The library found nothing: the page's own text, less its
		// furniture, when it holds a paragraph.
		a.Text = bodyText(nil, whole, a.Title, a.Category)
	}
	if !articleLike(a.Text) {
		a.Text = "" // markup debris, a menu, stray bytes: no article
		return a, ErrNoText
	}
	return a, nil
}

// leadOf recovers the lead paragraphs (the sapo) that extraction
// libraries drop when a site sets them apart from the article's container:
// the paragraphs of the whole page between its headline and the first
// paragraph the library kept.
func leadOf(whole, content page.Page) []string {
	if whole.Title.Text == "" || len(content.Body) == 0 {
		return nil
	}
	first := content.Body[0].Text
	var lead []string
	for _, b := range whole.Body {
		if b.Text == first {
			return lead
		}
		if b.Start > whole.Title.End && sentenceLike(b.Text) {
			lead = append(lead, b.Text)
		}
	}
	return nil // the library's text does not start in the page's body
}

// articleLike: some line of text holds four words or more with letters.
func articleLike(text string) bool {
	for line := range strings.Lines(text) {
		n := 0
		for _, w := range strings.Fields(line) {
			if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				n++
			}
		}
		if n >= 4 {
			return true
		}
	}
	return false
}

// hasParagraph: the page's body holds a line of six words or more.
func hasParagraph(p page.Page) bool {
	for _, b := range p.Body {
		if len(strings.Fields(b.Text)) >= 6 {
			return true
		}
	}
	return false
}

// sentenceLike: a paragraph of a dozen words or more that ends a sentence.
func sentenceLike(s string) bool {
	s = strings.TrimRight(s, "\"”’')] ")
	return len(strings.Fields(s)) >= 12 && strings.ContainsAny(s[len(s)-1:], ".!?…")
}

// bodyText joins the lead and the body paragraphs page.Parse found in the
// library's text; a headline or category line it took for furniture stays
// when it is not the page's own title or category (a subheading, a short
// sapo).
func bodyText(lead []string, p page.Page, title, category string) string {
	parts := append([]page.Span(nil), p.Body...)
	for _, f := range p.Furniture {
		switch {
		case f.Kind == page.Headline && !same(f.Text, title), f.Kind == page.Category && !same(f.Text, category):
			parts = append(parts, f)
		}
	}
	slices.SortFunc(parts, func(x, y page.Span) int { return x.Start - y.Start })
	var b bytes.Buffer
	for _, s := range lead {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	for _, s := range parts {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// same compares two short texts ignoring case and spacing.
func same(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

func first(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

// libraryGuess is what the extraction library guessed of the fields: the
// last resort.
type libraryGuess struct {
	title, byline string
	published     page.Date
}
