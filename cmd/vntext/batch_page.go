package main

import (
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/vntext/vntext/archive"
	"github.com/vntext/vntext/record"
	"github.com/vntext/vntext/warc"
)

// HTML pages and web archives in batch: .html/.htm files, JSONL records
// with an "html" member, and the HTML responses of .warc/.warc.gz files,
// made into input records by package archive (which the Beam pipeline
// uses too).

// isArticleFile: the files a directory input is read for.
func isArticleFile(name string) bool {
	return archive.IsArticle(name) || archive.IsHTML(name) || archive.IsWARC(name)
}

// warcCounts adds up the warc.Stats of the archives read.
type warcCounts struct {
	files, pages, truncated int
	skipped                 map[string]int
}

func (c *warcCounts) add(s warc.Stats) {
	c.files++
	c.pages += s.Pages
	c.truncated += s.Truncated
	if c.skipped == nil {
		c.skipped = map[string]int{}
	}
	for k, v := range s.Skipped {
		c.skipped[k] += v
	}
}

// String: "2 WARC file(s): 120 pages, 1 truncated (an error record), 361
// records skipped (request 120, ...)": pages and truncated records are in
// the output, the skipped ones are not.
func (c warcCounts) String() string {
	total := 0
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(c.skipped)) {
		total += c.skipped[k]
		parts = append(parts, fmt.Sprintf("%s %d", k, c.skipped[k]))
	}
	s := fmt.Sprintf("%d WARC file(s): %d pages, ", c.files, c.pages)
	if c.truncated > 0 {
		s += fmt.Sprintf("%d truncated (%s), ", c.truncated, plural(c.truncated, "an error record", "error records"))
	}
	s += fmt.Sprintf("%d records skipped", total)
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}

// htmlFile reads one .html/.htm page.
func (r *batchReader) htmlFile(path, id string, emit func(record.Input) bool) (bool, error) {
	in, err := r.wholeFile(record.Input{File: path, ID: id}, func(f io.Reader, size int64) (record.Input, error) {
		return r.pages.ReadHTML(f, path, id, size)
	})
	if err != nil {
		return false, err
	}
	return emit(in), nil
}

// warcFile emits the HTML pages of one archive, one record at a time
// (archive.Pages.WARC).
func (r *batchReader) warcFile(path string, emit func(record.Input) bool) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	stats, more, err := r.pages.WARC(countingReader{f, &r.bytesRead}, path, func() bool { return r.seen >= r.skip }, emit)
	if err == nil || stats.Pages > 0 || stats.Truncated > 0 || len(stats.Skipped) > 0 { // a file that is no WARC at all is not counted
		r.mu.Lock()
		r.warc.add(stats)
		r.mu.Unlock()
	}
	return more, err
}
