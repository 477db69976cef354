package main

import (
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/vntext/vntext/archive"
	"github.com/vntext/vntext/record"
)

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

// batchReader turns the sources into input records, one at a time,
// holding only the current record in memory. The first skip records are
// passed over (--resume) and reported to onSkip without being read into
// memory when they are .txt files.
type batchReader struct {
	sources   []batchSource
	maxBytes  int64
	skip      int
	check     *resumeCheck // --resume: the records passed over must be the output's
	seen      int
	bytesRead atomic.Int64 // bytes read from the sources, for progress
	skipped   atomic.Int64
	blank     atomic.Int64 // blank JSONL lines: not records, but counted

	// pages makes the records of HTML pages (files, archives, records
	// with "html"); their articles are extracted on the workers, when
	// record.Process prepares them, not here.
	pages *archive.Pages

	mu          sync.Mutex
	err         error
	lastSkipped *record.Input
	warc        warcCounts // what the WARC inputs held
}

// warcSeen reports what the WARC inputs held.
func (r *batchReader) warcSeen() warcCounts {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.warc
}

// skippedLast returns the last record passed over, if any.
func (r *batchReader) skippedLast() *record.Input {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.lastSkipped
}

func (r *batchReader) error() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

func (r *batchReader) fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.err = err
}

// all yields every record in order; a read error ends it (error).
func (r *batchReader) all() iter.Seq[record.Input] {
	return func(yield func(record.Input) bool) {
		emit := func(in record.Input) bool {
			r.seen++
			if r.seen <= r.skip {
				// Passed over: a page is not extracted, its id is checked.
				in.Prepare = nil
				if r.check != nil {
					if err := r.check.check(in); err != nil {
						r.fail(err)
						return false
					}
				}
				r.skipped.Add(1)
				in.Data = nil
				r.mu.Lock()
				r.lastSkipped = &in
				r.mu.Unlock()
				return true
			}
			return yield(in)
		}
		for _, src := range r.sources {
			var err error
			var more bool
			switch {
			case src.dir:
				more, err = r.dir(src.name, emit)
			case src.name != "" && archive.IsArticle(src.name):
				more, err = r.txtFile(src.name, fileID(src.name), emit)
			case src.name != "" && archive.IsHTML(src.name):
				more, err = r.htmlFile(src.name, fileID(src.name), emit)
			case src.name != "" && archive.IsWARC(src.name):
				more, err = r.warcFile(src.name, emit)
			default:
				more, err = r.jsonl(src, emit)
			}
			if err != nil {
				r.fail(err)
				return
			}
			if !more {
				return
			}
		}
	}
}

// fileID is the id of an article file named on the command line: its path
// as given, cleaned, so "./a.txt" and "a.txt" give the same id (a file
// found in a directory has its path inside that directory).
func fileID(name string) string {
	return filepath.ToSlash(filepath.Clean(name))
}

func (r *batchReader) dir(dir string, emit func(record.Input) bool) (bool, error) {
	files, err := txtFiles(dir)
	if err != nil {
		return false, err
	}
	for _, f := range files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			rel = f
		}
		id := filepath.ToSlash(rel)
		var more bool
		switch {
		case archive.IsHTML(f):
			more, err = r.htmlFile(f, id, emit)
		case archive.IsWARC(f):
			more, err = r.warcFile(f, emit)
		default:
			more, err = r.txtFile(f, id, emit)
		}
		if err != nil || !more {
			return more, err
		}
	}
	return true, nil
}

func (r *batchReader) txtFile(path, id string, emit func(record.Input) bool) (bool, error) {
	in, err := r.wholeFile(record.Input{File: path, Txt: true, ID: id}, func(f io.Reader, size int64) (record.Input, error) {
		return archive.ReadArticle(f, path, id, size, r.maxBytes)
	})
	if err != nil {
		return false, err
	}
	return emit(in), nil
}

// wholeFile reads the file in.File that is one record with read, which
// gets the open file and its size. A file passed over (--resume) is not
// read: in is its record.
func (r *batchReader) wholeFile(in record.Input, read func(f io.Reader, size int64) (record.Input, error)) (record.Input, error) {
	if r.seen < r.skip {
		return in, nil
	}
	f, err := os.Open(in.File)
	if err != nil {
		return in, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return in, err
	}
	if in, err = read(f, st.Size()); err != nil {
		return in, err
	}
	r.bytesRead.Add(st.Size())
	return in, nil
}

// countingReader counts the bytes read from the source file, so progress
// follows the file on disk even through gzip.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (r *batchReader) jsonl(src batchSource, emit func(record.Input) bool) (bool, error) {
	in := src.stdin
	if src.name != "" {
		f, err := os.Open(src.name)
		if err != nil {
			return false, err
		}
		defer f.Close()
		in = f
	}
	lines, err := r.pages.JSONL(countingReader{in, &r.bytesRead}, src.name)
	if err != nil {
		return false, fmt.Errorf("%s: %w", src.name, err)
	}
	for rec := range lines.All() {
		if !emit(rec) {
			r.blank.Add(int64(lines.Blank()))
			return false, nil
		}
	}
	r.blank.Add(int64(lines.Blank()))
	if err := lines.Err(); err != nil {
		return false, fmt.Errorf("%s: %w", sourceName(src.name), err)
	}
	return true, nil
}

func sourceName(name string) string {
	if name == "" {
		return "standard input"
	}
	return name
}
