package record

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"iter"
	"path"
	"strings"
)

// DefaultMaxBytes is the default limit on one record's length: longer
// records become error records without being held in memory. 8 MiB is
// eighty times a long news article, and keeps a batch run under 200 MB
// (docs/RELIABILITY.md); raise it for books.
const DefaultMaxBytes = 8 << 20

// Reader reads JSONL records, one per line; blank lines are not records.
type Reader struct {
	br       *bufio.Reader
	name     string
	maxBytes int64
	line     int
	err      error
}

// NewReader reads records from r; name is the input's name for error
// records ("" for standard input). Lines longer than maxBytes (≤ 0:
// DefaultMaxBytes) are skipped to their end and come out as an Input with
// TooLong set.
func NewReader(r io.Reader, name string, maxBytes int64) *Reader {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), name: name, maxBytes: maxBytes}
}

// All yields the records in order until the input ends or fails (Err).
func (r *Reader) All() iter.Seq[Input] {
	return func(yield func(Input) bool) {
		for r.err == nil {
			data, long, err := r.readLine()
			r.line++
			if err != nil && !errors.Is(err, io.EOF) {
				r.err = err
				return
			}
			if long > 0 || len(bytes.TrimSpace(data)) > 0 {
				if !yield(Input{Data: data, File: r.name, Line: r.line, TooLong: long}) {
					return
				}
			}
			if err != nil {
				return // io.EOF
			}
		}
	}
}

// Err is the read error that ended All, if any.
func (r *Reader) Err() error { return r.err }

// Line is the number of the last line read.
func (r *Reader) Line() int { return r.line }

// readLine returns the next line with its line feed, or, for a line over
// the limit, its length (the line itself is read and dropped).
func (r *Reader) readLine() ([]byte, int64, error) {
	var buf []byte
	var long int64 // bytes of a line over the limit, counted as dropped
	over := false
	for {
		frag, err := r.br.ReadSlice('\n')
		if !over && int64(len(buf)+len(frag)) > r.maxBytes {
			over, long, buf = true, int64(len(buf)), nil
		}
		if over {
			long += int64(len(frag))
		} else {
			buf = append(buf, frag...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if over {
			return nil, long, err
		}
		return buf, 0, err
	}
}

// NewFileReader reads the records of the JSONL file name from r, which
// gives the file's bytes as stored: a name ending in .gz (in any case) is
// gunzipped, every member of a multi-member file. Other arguments are
// those of NewReader.
func NewFileReader(r io.Reader, name string, maxBytes int64) (*Reader, error) {
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		gz, err := gzip.NewReader(r)
		if err != nil {
			return nil, err
		}
		r = gz
	}
	return NewReader(r, name, maxBytes), nil
}

// IsArticle says whether the file name is a saved article (.txt, in any
// case) rather than JSONL.
func IsArticle(name string) bool { return strings.EqualFold(path.Ext(name), ".txt") }

// ReadArticle reads a saved article of size bytes from r (SplitTitle says
// how it is read) as the input record id of file name. An article over
// maxBytes (≤ 0: DefaultMaxBytes) is not read: it becomes a record with
// TooLong set.
func ReadArticle(r io.Reader, name, id string, size, maxBytes int64) (Input, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	in := Input{File: name, Txt: true, ID: id}
	if size > maxBytes {
		in.TooLong = size
		return in, nil
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return Input{}, err
	}
	if int64(len(data)) > maxBytes { // it grew since its size was taken
		in.TooLong = int64(len(data))
		return in, nil
	}
	in.Data = data
	return in, nil
}
