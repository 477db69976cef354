package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// batchItem is one input record on its way through the pipeline.
type batchItem struct {
	seq  int    // position in the whole input, from 0
	file string // source name for error records; "" for standard input
	line int    // line number in the source (0 for a .txt file)
	// data is a JSONL line, or the raw bytes of a .txt article when txt.
	data []byte
	txt  bool
	id   string // the file's id when txt or html
	pos  int64  // input bytes consumed up to and including this record
	// html: data is an HTML page (a .html/.htm file or a WARC record); for
	// a WARC record, url, fetched and contentType come from the archive.
	html        bool
	url         string
	fetched     time.Time
	contentType string
}

// batchSource is one input: standard input, a JSONL file (maybe .gz), a .txt
// article, an HTML page (.html, .htm), a WARC file (.warc, .warc.gz) or a
// directory of those.
type batchSource struct {
	name  string // "" for standard input
	stdin io.Reader
	dir   bool
	size  int64 // bytes on disk, -1 when unknown
}

// batchSources checks the inputs before any work starts, so a typo fails at
// once instead of after an hour of processing.
func batchSources(args []string, stdin io.Reader) ([]batchSource, error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var out []batchSource
	for _, a := range args {
		if a == "-" {
			out = append(out, batchSource{stdin: stdin, size: readerSize(stdin)})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if st.IsDir() {
			size, err := txtTreeSize(a)
			if err != nil {
				return nil, err
			}
			out = append(out, batchSource{name: a, dir: true, size: size})
			continue
		}
		out = append(out, batchSource{name: a, size: st.Size()})
	}
	return out, nil
}

// readerSize is the size of standard input when it is a regular file
// (vntext batch < archive.jsonl), else -1.
func readerSize(r io.Reader) int64 {
	f, ok := r.(*os.File)
	if !ok {
		return -1
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return -1
	}
	return st.Size()
}

func isTxt(name string) bool { return strings.EqualFold(filepath.Ext(name), ".txt") }

// isArticleFile: the files a directory input is read for.
func isArticleFile(name string) bool { return isTxt(name) || isHTMLName(name) || isWARCName(name) }

func txtFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && isArticleFile(p) {
			files = append(files, p)
		}
		return nil
	})
	slices.Sort(files)
	return files, err
}

func txtTreeSize(dir string) (int64, error) {
	files, err := txtFiles(dir)
	var size int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			size += st.Size()
		}
	}
	return size, err
}

// batchReader turns the sources into items, one at a time, holding only the
// current record in memory.
type batchReader struct {
	sources []batchSource
	seq     int
	pos     int64
	// warc counts the pages and the skipped records of the WARC inputs.
	warc warcCounts
}

// each calls emit for every record in order and stops early when emit
// returns false. A read error ends the walk and is returned.
func (r *batchReader) each(emit func(*batchItem) bool) error {
	for _, src := range r.sources {
		var err error
		var more bool
		switch {
		case src.dir:
			more, err = r.dir(src.name, emit)
		case src.name != "" && (isTxt(src.name) || isHTMLName(src.name)):
			more, err = r.txtFile(src.name, src.name, emit)
		case src.name != "" && isWARCName(src.name):
			more, err = r.warcFile(src.name, emit)
		default:
			more, err = r.jsonl(src, emit)
		}
		if err != nil {
			return err
		}
		if !more {
			return nil
		}
	}
	return nil
}

func (r *batchReader) dir(dir string, emit func(*batchItem) bool) (bool, error) {
	files, err := txtFiles(dir)
	if err != nil {
		return false, err
	}
	for _, f := range files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			rel = f
		}
		read := func() (bool, error) { return r.txtFile(f, filepath.ToSlash(rel), emit) }
		if isWARCName(f) {
			read = func() (bool, error) { return r.warcFile(f, emit) }
		}
		if more, err := read(); err != nil || !more {
			return more, err
		}
	}
	return true, nil
}

func (r *batchReader) txtFile(path, id string, emit func(*batchItem) bool) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	r.pos += int64(len(data))
	html := isHTMLName(path)
	it := &batchItem{seq: r.seq, file: path, data: data, txt: !html, html: html, id: id, pos: r.pos}
	r.seq++
	return emit(it), nil
}

// countingReader counts the bytes read from the source file, so progress
// and ETA follow the file on disk even through gzip.
type countingReader struct {
	r io.Reader
	n *int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}

func (r *batchReader) jsonl(src batchSource, emit func(*batchItem) bool) (bool, error) {
	in := src.stdin
	if src.name != "" {
		f, err := os.Open(src.name)
		if err != nil {
			return false, err
		}
		defer f.Close()
		in = f
	}
	var in2 io.Reader = countingReader{in, &r.pos}
	gzipped := strings.HasSuffix(strings.ToLower(src.name), ".gz")
	if gzipped {
		gz, err := gzip.NewReader(in2)
		if err != nil {
			return false, fmt.Errorf("%s: %w", src.name, err)
		}
		defer gz.Close()
		in2 = gz
	}
	// ReadBytes, not a Scanner: a record may be a 50 MB line, and its buffer
	// is handed to a worker, so each line gets its own exactly sized slice.
	br := bufio.NewReaderSize(in2, 256<<10)
	for line := 1; ; line++ {
		data, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(data)) > 0 { // blank lines are not records
			pos := r.pos
			if !gzipped { // what bufio holds is not consumed yet
				pos -= int64(br.Buffered())
			}
			it := &batchItem{seq: r.seq, file: src.name, line: line, data: data, pos: pos}
			r.seq++
			if !emit(it) {
				return false, nil
			}
		}
		if errors.Is(err, io.EOF) {
			return true, nil
		}
		if err != nil {
			return false, fmt.Errorf("%s: %w", sourceName(src.name), err)
		}
	}
}

func sourceName(name string) string {
	if name == "" {
		return "standard input"
	}
	return name
}
