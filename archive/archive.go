// Package archive reads the files of news archives as input records
// (package record): JSONL, gunzipped when the name ends in .gz, whose
// records give "text" or an HTML page in "html"; saved .txt articles; HTML
// pages (.html, .htm); and web archives (.warc, .warc.gz), whose HTML
// responses become records. A page's article is extracted (htmlpage) into
// a JSONL record {"id", "url"?, "fetched"?, "title", "byline"?,
// "published"?, "category"?, "text"} that record.Parse reads like any
// other; a page with no article becomes an error record.
//
// vntext batch and the Beam pipeline read their files with it, so that a
// file gives the same records, and so the same output, on both.
package archive

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"path"
	"strings"
	"time"

	"github.com/vntext/vntext/htmlpage"
	"github.com/vntext/vntext/page"
	"github.com/vntext/vntext/record"
	"github.com/vntext/vntext/warc"
)

// IsArticle says whether the file name is a saved article (.txt).
func IsArticle(name string) bool { return strings.EqualFold(path.Ext(name), ".txt") }

// IsHTML says whether the file name is an HTML page (.html, .htm).
func IsHTML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".html" || ext == ".htm"
}

// IsWARC says whether the file name is a web archive (.warc, .warc.gz).
func IsWARC(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// Names are compared in any case: .TXT, .Html, .WARC.GZ. A file that is none
// of these is JSONL.

// JSONL reads the records of the JSONL file name from r, which gives the
// file's bytes as stored: a name ending in .gz is gunzipped, every member
// of a multi-member file. Records are at most p's maxBytes long (longer
// ones come out with TooLong set, as record.NewReader's). Every reader of
// JSONL records (vntext batch, the service's /v1/batch, the Beam pipeline)
// reads them here, so that they accept the same records: one that gives
// "html" and no "text" is completed with the page's article when it is
// prepared (record.Input.Prepared).
func (p *Pages) JSONL(r io.Reader, name string) (*JSONLReader, error) {
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		gz, err := gzip.NewReader(r)
		if err != nil {
			return nil, err
		}
		r = gz
	}
	return &JSONLReader{Reader: record.NewReader(r, name, p.maxBytes), pages: p}, nil
}

// JSONLReader is a record.Reader whose records that give "html" are
// completed from the page (Pages.JSONL).
type JSONLReader struct {
	*record.Reader
	pages *Pages
}

// All yields the records in order until the input ends or fails (Err).
func (r *JSONLReader) All() iter.Seq[record.Input] {
	return func(yield func(record.Input) bool) {
		for in := range r.Reader.All() {
			if !yield(r.pages.completeHTML(in)) {
				return
			}
		}
	}
}

// ReadArticle reads a plain-text article of size bytes from r (record.ArticleText
// says how it is read) as the input record id of file name. An article over
// maxBytes (≤ 0: record.DefaultMaxBytes) is not read: it becomes a record
// with TooLong set.
func ReadArticle(r io.Reader, name, id string, size, maxBytes int64) (record.Input, error) {
	in := record.Input{File: name, Txt: true, ID: id}
	data, long, err := readWhole(r, size, maxBytes)
	in.Data, in.TooLong = data, long
	return in, err
}

// readWhole reads a whole file of size bytes, or, when it is longer than
// maxBytes, nothing and its length.
func readWhole(r io.Reader, size, maxBytes int64) ([]byte, int64, error) {
	if maxBytes <= 0 {
		maxBytes = record.DefaultMaxBytes
	}
	if size > maxBytes {
		return nil, size, nil
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, 0, err
	}
	if int64(len(data)) > maxBytes { // it grew since its size was taken
		return nil, int64(len(data)), nil
	}
	return data, 0, nil
}

// Pages makes input records of HTML pages. A page's article is extracted
// when its record is prepared (record.Input.Prepared), which record.Process
// does on the goroutine that analyses it: the reader only reads, and the
// pages of an archive are extracted on the workers, in parallel. Pages is
// safe for concurrent use.
type Pages struct {
	e        *htmlpage.Extractor
	maxBytes int64
}

// NewPages returns Pages for records of at most maxBytes (≤ 0:
// record.DefaultMaxBytes); a longer page or WARC payload is not read.
func NewPages(maxBytes int64) (*Pages, error) {
	if maxBytes <= 0 {
		maxBytes = record.DefaultMaxBytes
	}
	e, err := htmlpage.New()
	if err != nil {
		return nil, err
	}
	return &Pages{e: e, maxBytes: maxBytes}, nil
}

// pageRecord is the JSONL record of a page's article.
type pageRecord struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Fetched   time.Time `json:"fetched,omitzero"`
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Published page.Date `json:"published,omitzero"`
	Category  string    `json:"category,omitempty"`
	Text      string    `json:"text"`
}

// Page makes the input record in of an HTML page (pageURL, contentType and
// fetched may be empty): the page's bytes, and the extraction of its
// article as the record's Prepare work.
func (p *Pages) Page(in record.Input, body []byte, pageURL, contentType string, fetched time.Time) record.Input {
	in.Data = body
	// The closure keeps the small things; the body travels in Data, which
	// counts against the bytes in flight.
	in.Prepare = func(in record.Input) record.Input { return p.page(in, pageURL, contentType, fetched) }
	return in
}

// page extracts the article of the HTML page in in.Data into the record.
func (p *Pages) page(in record.Input, pageURL, contentType string, fetched time.Time) record.Input {
	body := in.Data
	in.Data = nil
	a, err := p.e.Extract(body, pageURL, contentType)
	if err != nil {
		in.Err = err
		return in
	}
	line, err := json.Marshal(pageRecord{ID: in.ID, URL: pageURL, Fetched: fetched, Title: a.Title, Byline: a.Byline,
		Published: a.Published, Category: a.Category, Text: a.Text})
	if err != nil {
		in.Err = err
		return in
	}
	in.Data = line
	return in
}

// ReadHTML reads an HTML page of size bytes from r as the input record id
// of file name; a page over the limit is not read (TooLong).
func (p *Pages) ReadHTML(r io.Reader, name, id string, size int64) (record.Input, error) {
	in := record.Input{File: name, ID: id}
	data, long, err := readWhole(r, size, p.maxBytes)
	if err != nil || long > 0 {
		in.TooLong = long
		return in, err
	}
	return p.Page(in, data, "", "", time.Time{}), nil
}

// WARC yields the HTML pages of the web archive name, read from r as
// stored, one record at a time: record n of the file has Line n and the
// WARC-Record-ID as its id. When extract reports false the page is passed
// over: its record holds its position only (vntext batch's --resume).
// Records that are not HTML pages are skipped and counted in the Stats. A
// record the file ends inside (a truncated file, plain or gzip) becomes
// the last record, an error record naming it (*warc.TruncatedError); a
// stream that cannot be read further ends with an error after its pages.
// more is false when yield stopped.
func (p *Pages) WARC(r io.Reader, name string, extract func() bool, yield func(record.Input) bool) (stats warc.Stats, more bool, err error) {
	wr, err := warc.NewReader(r, warc.WithMaxBody(p.maxBytes))
	if err != nil {
		return warc.Stats{}, false, fmt.Errorf("%s: %w", name, err)
	}
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			return wr.Stats(), true, nil
		}
		var cut *warc.TruncatedError
		if errors.As(err, &cut) {
			id := cut.RecordID
			if id == "" {
				id = fmt.Sprintf("%s@%d", name, cut.Offset)
			}
			if !yield(record.Input{File: name, Line: n, ID: id, Err: err}) {
				return wr.Stats(), false, nil
			}
			continue // io.EOF follows
		}
		if err != nil {
			return wr.Stats(), false, fmt.Errorf("%s: %w", name, err)
		}
		id := rec.RecordID
		if id == "" {
			id = fmt.Sprintf("%s@%d", name, rec.Offset)
		}
		in := record.Input{File: name, Line: n, ID: id}
		if extract == nil || extract() {
			in = p.Page(in, rec.Body, rec.TargetURI, rec.ContentType, rec.Date)
		}
		if !yield(in) {
			return wr.Stats(), false, nil
		}
	}
}

// completeHTML turns a JSONL record that gives "html" and no "text" into
// one with the article's "text" (and "title", "byline", "published",
// "category" when it has none) after its own members, which stay, when it
// is prepared. Other records are returned as they are.
func (p *Pages) completeHTML(in record.Input) record.Input {
	if in.Err != nil || in.TooLong > 0 || !bytes.Contains(in.Data, []byte(`"html"`)) {
		return in
	}
	in.Prepare = p.line
	return in
}

// line is completeHTML's work.
func (p *Pages) line(in record.Input) record.Input {
	var m map[string]json.RawMessage
	if json.Unmarshal(in.Data, &m) != nil || m["html"] == nil || m["text"] != nil {
		return in // not such a record: record.Parse says what is wrong
	}
	var html, pageURL string
	if err := json.Unmarshal(m["html"], &html); err != nil {
		in.Err = errors.New(`"html" must be a string`)
		return in
	}
	_ = json.Unmarshal(m["url"], &pageURL)
	a, err := p.e.Extract([]byte(html), pageURL, "")
	if err != nil {
		in.Err = err
		return in
	}
	// Members the record lacks, in this order; empty values stay out.
	var add [][2]string
	for _, kv := range [][2]string{{"title", a.Title}, {"byline", a.Byline}, {"published", a.Published.String()},
		{"category", a.Category}, {"text", a.Text}} {
		if m[kv[0]] == nil && (kv[1] != "" || kv[0] == "text") {
			add = append(add, kv)
		}
	}
	data := bytes.TrimRight(in.Data, " \t\r\n")
	line := append([]byte(nil), data[:len(data)-1]...) // less the closing brace
	for _, kv := range add {
		v, err := json.Marshal(kv[1])
		if err != nil {
			in.Err = err
			return in
		}
		line = append(line, `,"`+kv[0]+`":`...)
		line = append(line, v...)
	}
	in.Data = append(line, '}')
	return in
}
