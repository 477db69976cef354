package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/htmlpage"
	"github.com/vntext/vntext/page"
	"github.com/vntext/vntext/warc"
)

// HTML pages and web archives in batch: .html/.htm files, JSONL records
// with an "html" member, and the HTML responses of .warc/.warc.gz files.
// The article is extracted (htmlpage), analysed, and written as a record
// of its own: {"id", "url"?, "fetched"?, "title", "text", ...} with the
// page's byline, publication date and category.

func isWARCName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// warcCounts adds up the warc.Stats of the archives read.
type warcCounts struct {
	files, pages int
	skipped      map[string]int
}

func (c *warcCounts) add(s warc.Stats) {
	c.files++
	c.pages += s.Pages
	if c.skipped == nil {
		c.skipped = map[string]int{}
	}
	for k, v := range s.Skipped {
		c.skipped[k] += v
	}
}

// String: "2 WARC files: 120 pages, 361 records skipped (request 120, ...)".
func (c warcCounts) String() string {
	total := 0
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(c.skipped)) {
		total += c.skipped[k]
		parts = append(parts, fmt.Sprintf("%s %d", k, c.skipped[k]))
	}
	s := fmt.Sprintf("%d WARC file(s): %d pages, %d records skipped", c.files, c.pages, total)
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}

// warcFile emits the HTML pages of one archive, one record at a time. A
// record that is not an HTML page is skipped and counted; a stream that
// cannot be read further ends the file with an error, after the pages
// before it.
func (r *batchReader) warcFile(path string, emit func(*batchItem) bool) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	wr, err := warc.NewReader(countingReader{f, &r.pos})
	if err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	defer func() { r.warc.add(wr.Stats()) }()
	for {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			return true, nil
		}
		if err != nil {
			return false, fmt.Errorf("%s: %w", path, err)
		}
		id := rec.RecordID
		if id == "" {
			id = fmt.Sprintf("%s@%d", path, rec.Offset)
		}
		it := &batchItem{seq: r.seq, file: path, data: rec.Body, html: true, id: id, pos: r.pos,
			url: rec.TargetURI, fetched: rec.Date, contentType: rec.ContentType}
		r.seq++
		if !emit(it) {
			return false, nil
		}
	}
}

// htmlDoc extracts the article of an HTML item and returns the record's
// members: id, url and fetched (from an archive), title and text.
func (p *batchProcessor) htmlDoc(it *batchItem) ([]member, vntext.Doc, *htmlpage.Article, error) {
	a, err := p.pages.Extract(it.data, it.url, it.contentType)
	if err != nil {
		return nil, vntext.Doc{ID: it.id}, nil, err
	}
	doc := vntext.Doc{ID: it.id, Title: a.Title, Text: a.Text}
	var ms []member
	for _, kv := range []struct {
		key string
		v   any
	}{{"id", it.id}, {"url", it.url}, {"fetched", it.fetched}, {"title", a.Title}, {"text", a.Text}} {
		if kv.v == "" || kv.v == (time.Time{}) {
			continue
		}
		raw, err := marshalNoEscape(kv.v)
		if err != nil {
			return nil, doc, nil, err
		}
		ms = append(ms, member{kv.key, raw})
	}
	return ms, doc, &a, nil
}

// htmlMember extracts the article of a JSONL record that gives "html" and
// no "text": the record gets the article's "text" (and "title" when it had
// none) after its own members.
func (p *batchProcessor) htmlMember(ms []member, doc vntext.Doc) ([]member, vntext.Doc, *htmlpage.Article, error) {
	var raw, pageURL string
	for _, m := range ms {
		switch m.key {
		case "html":
			if err := json.Unmarshal(m.value, &raw); err != nil {
				return ms, doc, nil, errors.New(`"html" must be a string`)
			}
		case "url":
			_ = json.Unmarshal(m.value, &pageURL)
		}
	}
	a, err := p.pages.Extract([]byte(raw), pageURL, "")
	if err != nil {
		return ms, doc, nil, err
	}
	doc.Text = a.Text
	add := [][2]string{{"text", a.Text}}
	if doc.Title == "" && a.Title != "" {
		doc.Title = a.Title
		add = append(add, [2]string{"title", a.Title})
	}
	for _, kv := range add {
		v, err := marshalNoEscape(kv[1])
		if err != nil {
			return ms, doc, nil, err
		}
		ms = append(ms, member{kv[0], v})
	}
	return ms, doc, &a, nil
}

// pageFields are the fields TaskPage and HTML pages add to a record.
type pageFields struct {
	Title     string      `json:"title,omitempty"`
	Byline    string      `json:"byline,omitempty"`
	Published page.Date   `json:"published,omitzero"`
	Category  string      `json:"category,omitempty"`
	Furniture []page.Span `json:"furniture,omitempty"`
}

// pageFieldsOf returns the page's fields; the title only when the record
// has none of its own.
func pageFieldsOf(ms []member, res vntext.Result) pageFields {
	f := pageFields{Byline: res.Byline, Published: res.Published, Category: res.Category, Furniture: res.Furniture}
	hasTitle := false
	for _, m := range ms {
		hasTitle = hasTitle || m.key == "title"
	}
	if !hasTitle {
		f.Title = res.Title
	}
	return f
}
