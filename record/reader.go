package record

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"iter"
)

// DefaultMaxBytes is the default limit on one record's length: longer
// records become error records without being held in memory. 8 MiB is
// eighty times a long news article, and keeps a batch run under 200 MB
// (docs/RELIABILITY.md); raise it for books.
const DefaultMaxBytes = 8 << 20

// Reader reads JSONL records, one per line; blank lines (empty or white
// space alone) are not records, and Blank counts them.
type Reader struct {
	br       *bufio.Reader
	name     string
	maxBytes int64
	line     int
	blank    int
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
			switch {
			case long > 0 || len(bytes.TrimSpace(data)) > 0:
				if !yield(Input{Data: data, File: r.name, Line: r.line, TooLong: long}) {
					return
				}
			case err == nil || len(data) > 0: // not the empty end after a final line feed
				r.blank++
			}
			if err != nil {
				return // io.EOF
			}
		}
	}
}

// Err is the read error that ended All, if any.
func (r *Reader) Err() error { return r.err }

// Blank is the number of blank lines read so far: lines that are not
// records, which a summary of the run should still account for.
func (r *Reader) Blank() int { return r.blank }

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
