package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/vntext/vntext/page"
	"github.com/vntext/vntext/record"
	"github.com/vntext/vntext/warc"
)

// HTML pages and web archives in batch: .html/.htm files, JSONL records
// with an "html" member, and the HTML responses of .warc/.warc.gz files.
// The reader extracts each page's article (htmlpage) and hands the
// pipeline a JSONL record of it: {"id", "url"?, "fetched"?, "title",
// "byline"?, "published"?, "category"?, "text"}, which record.Parse reads
// like any other. A page with no article becomes an error record.

func isWARCName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// isArticleFile: the files a directory input is read for.
func isArticleFile(name string) bool {
	return record.IsArticle(name) || isHTMLName(name) || isWARCName(name)
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

// String: "2 WARC file(s): 120 pages, 361 records skipped (request 120, ...)".
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

// pageInput extracts the article of an HTML page into the input record in.
func (r *batchReader) pageInput(in record.Input, body []byte, pageURL, contentType string, fetched time.Time) record.Input {
	a, err := r.pages.Extract(body, pageURL, contentType)
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

// htmlFile reads one .html/.htm page.
func (r *batchReader) htmlFile(path, id string, emit func(record.Input) bool) (bool, error) {
	in := record.Input{File: path, ID: id}
	if r.seen < r.skip {
		return emit(in), nil // passed over: not read
	}
	st, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	if st.Size() > r.maxBytes {
		in.TooLong = st.Size()
		r.bytesRead.Add(st.Size())
		return emit(in), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	r.bytesRead.Add(int64(len(data)))
	return emit(r.pageInput(in, data, "", "", time.Time{})), nil
}

// warcFile emits the HTML pages of one archive, one record at a time. A
// record that is not an HTML page is skipped and counted; a stream that
// cannot be read further ends the file with an error, after its pages.
func (r *batchReader) warcFile(path string, emit func(record.Input) bool) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	wr, err := warc.NewReader(countingReader{f, &r.bytesRead}, warc.WithMaxBody(r.maxBytes))
	if err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	defer func() {
		r.mu.Lock()
		r.warc.add(wr.Stats())
		r.mu.Unlock()
	}()
	for n := 1; ; n++ {
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
		in := record.Input{File: path, Line: n, ID: id}
		if r.seen >= r.skip {
			in = r.pageInput(in, rec.Body, rec.TargetURI, rec.ContentType, rec.Date)
		}
		if !emit(in) {
			return false, nil
		}
	}
}

// htmlLine turns a JSONL record that gives "html" and no "text" into one
// with the article's "text" (and "title", "byline", "published",
// "category" when it has none) after its own members, which stay.
func (r *batchReader) htmlLine(in record.Input) record.Input {
	if in.Err != nil || in.TooLong > 0 || !bytes.Contains(in.Data, []byte(`"html"`)) {
		return in
	}
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
	a, err := r.pages.Extract([]byte(html), pageURL, "")
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
