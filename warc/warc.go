// Package warc reads the HTML pages of web archives: WARC files (ISO
// 28500, the format of national web archives and Common Crawl), plain or
// gzip-compressed, record by record, with github.com/nlnwa/gowarc.
//
// A Reader hands out the response records whose HTTP payload is an HTML
// page, with the page's target URI and the capture's WARC-Date; every
// other record (warcinfo, request, metadata, revisit, a non-HTML or
// non-2xx response, a payload over the size limit, a record that does not
// parse) is skipped and counted in Stats, never fatal. Memory stays
// bounded: one record at a time, payloads capped, and gowarc spills large
// blocks to temporary files.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/nlnwa/gowarc"
)

// Record is one archived HTML page.
type Record struct {
	// RecordID is the WARC-Record-ID ("<urn:uuid:…>").
	RecordID string `json:"record_id,omitempty"`
	// TargetURI is the WARC-Target-URI: the page's address.
	TargetURI string `json:"url"`
	// Date is the WARC-Date: when the page was captured.
	Date time.Time `json:"fetched"`
	// ContentType is the HTTP Content-Type header (charset included).
	ContentType string `json:"content_type,omitempty"`
	// Body is the HTTP payload, de-chunked and decompressed.
	Body []byte `json:"-"`
	// Offset is the record's byte offset in the WARC stream (after
	// decompression, for a .warc.gz).
	Offset int64 `json:"offset"`
}

// Stats counts what a Reader read.
type Stats struct {
	// Pages is the number of HTML responses returned.
	Pages int `json:"pages"`
	// Skipped counts the other records by reason: the WARC-Type
	// ("warcinfo", "request", ...), "not html", "status", "too large",
	// "bad http", "bad record".
	Skipped map[string]int `json:"skipped,omitempty"`
}

// DefaultMaxBody is the default payload limit: 16 MiB, far above any news
// page, so that a stray video capture cannot exhaust memory.
const DefaultMaxBody = 16 << 20

// Option configures a Reader.
type Option func(*Reader) error

// WithMaxBody sets the largest payload read; bigger responses are skipped
// as "too large".
func WithMaxBody(n int64) Option {
	return func(r *Reader) error {
		if n < 1 {
			return errors.New("warc: max body must be ≥ 1")
		}
		r.maxBody = n
		return nil
	}
}

// Reader reads HTML pages from a WARC stream. It is not safe for
// concurrent use: it reads one record at a time.
type Reader struct {
	wf      *gowarc.WarcFileReader
	maxBody int64
	stats   Stats
	lastOff int64
	stuck   int
}

// guard wraps the stream gowarc reads. It hides the caller's Close from
// gowarc, which would close the stream when done (the stream belongs to
// the caller), and it stops gowarc's header parser, which on a header cut
// off by the end of the stream (or by a read error) asks for more forever
// (v1.6.0): past maxFailedReads failed reads in a row it panics, and
// Reader.next recovers.
type guard struct {
	r      io.Reader
	failed int
}

// maxFailedReads is far more failed reads in a row than any well-behaved
// parser makes.
const maxFailedReads = 64

func (g *guard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if n == 0 && err != nil {
		if g.failed++; g.failed > maxFailedReads {
			panic(errors.New("warc: parser kept reading past the end of the stream"))
		}
	} else {
		g.failed = 0
	}
	return n, err
}

// NewReader reads WARC records from r, gzip-compressed (one member per
// record, as archives write them) or not.
func NewReader(r io.Reader, opts ...Option) (*Reader, error) {
	wr := &Reader{maxBody: DefaultMaxBody, stats: Stats{Skipped: map[string]int{}}, lastOff: -1}
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("warc: nil option")
		}
		if err := o(wr); err != nil {
			return nil, err
		}
	}
	// A .warc.gz is decompressed here, all members as one stream, so that
	// every read gowarc makes reaches the guard (gowarc's own per-member
	// gzip reader would hide the end of a truncated member from it).
	br := bufio.NewReaderSize(r, 64<<10)
	var in io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: %w", err)
		}
		in = gz
	}
	// No validation: archives are read as they are, leniently and fast;
	// the HTTP payload is parsed below.
	wf, err := gowarc.NewWarcFileReaderFromStream(&guard{r: in}, 0, gowarc.WithNoValidation())
	if err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	wr.wf = wf
	return wr, nil
}

// Stats reports what was read so far.
func (r *Reader) Stats() Stats {
	s := r.stats
	s.Skipped = make(map[string]int, len(r.stats.Skipped))
	for k, v := range r.stats.Skipped {
		s.Skipped[k] = v
	}
	return s
}

// maxStuck is how many records in a row may fail at the same offset
// before the stream is given up as unreadable.
const maxStuck = 3

// Next returns the next HTML page, or io.EOF at the end of the stream.
// Any other error means the rest of the stream cannot be read (a truncated
// gzip member, a read error); records that merely do not parse are skipped.
func (r *Reader) Next() (Record, error) {
	for {
		rec, off, err := r.next()
		if errors.Is(err, errPanic) {
			r.stats.Skipped["bad record"]++
			return Record{}, err
		}
		if errors.Is(err, io.EOF) {
			return Record{}, io.EOF
		}
		if err != nil {
			r.stats.Skipped["bad record"]++
			if off == r.lastOff {
				if r.stuck++; r.stuck >= maxStuck {
					return Record{}, fmt.Errorf("warc: unreadable at offset %d: %w", off, err)
				}
			}
			r.lastOff = off
			continue
		}
		r.lastOff, r.stuck = off, 0
		if rec.Type() != gowarc.Response {
			r.stats.Skipped[rec.Type().String()]++
			continue
		}
		page, reason := r.page(rec)
		if reason != "" {
			r.stats.Skipped[reason]++
			continue
		}
		page.Offset = off
		r.stats.Pages++
		return page, nil
	}
}

// errPanic reports a record that crashed or looped the WARC library: its
// reader's state is lost, so the rest of the stream is given up.
var errPanic = errors.New("warc: malformed record")

// next calls gowarc, turning its panics on malformed input (seen on a
// version line with no version) and the guard's into errPanic.
func (r *Reader) next() (rec gowarc.WarcRecord, off int64, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, fmt.Errorf("%w at offset %d: %v", errPanic, r.lastOff, p)
		}
	}()
	rec, off, _, err = r.wf.Next()
	return rec, off, err
}

// page reads the HTTP response of a response record; reason says why it
// is not an HTML page.
func (r *Reader) page(rec gowarc.WarcRecord) (Record, string) {
	raw, err := rec.Block().RawBytes()
	if err != nil {
		return Record{}, "bad http"
	}
	resp, err := http.ReadResponse(bufio.NewReader(raw), nil)
	if err != nil {
		return Record{}, "bad http"
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Record{}, "status"
	}
	ct := resp.Header.Get("Content-Type")
	body, err := io.ReadAll(io.LimitReader(resp.Body, r.maxBody+1))
	if err != nil && len(body) == 0 {
		return Record{}, "bad http"
	}
	if int64(len(body)) > r.maxBody {
		return Record{}, "too large"
	}
	if body, err = decompress(body, resp.Header.Get("Content-Encoding"), r.maxBody); err != nil {
		return Record{}, "bad http"
	}
	if !isHTML(ct, body) {
		return Record{}, "not html"
	}
	out := Record{RecordID: rec.WarcHeader().Get(gowarc.WarcRecordID), TargetURI: rec.WarcHeader().Get(gowarc.WarcTargetURI),
		ContentType: ct, Body: body}
	out.TargetURI = strings.Trim(out.TargetURI, "<>") // WARC 1.0 writers put brackets around it
	if d, err := rec.Date(); err == nil {
		out.Date = d
	}
	return out, ""
}

// decompress undoes a gzip or deflate Content-Encoding (archives keep the
// payload as it was sent).
func decompress(b []byte, encoding string, limit int64) ([]byte, error) {
	var zr io.Reader
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return b, nil
	case "gzip", "x-gzip":
		g, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		zr = g
	case "deflate":
		zr = flate.NewReader(bytes.NewReader(b))
	default:
		return nil, fmt.Errorf("warc: content encoding %q", encoding)
	}
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(out)) > limit {
		return nil, errors.New("warc: payload too large")
	}
	return out, nil
}

// isHTML trusts the Content-Type when there is one, else sniffs.
func isHTML(contentType string, body []byte) bool {
	if contentType != "" {
		mt, _, err := mime.ParseMediaType(contentType)
		if err == nil {
			return mt == "text/html" || mt == "application/xhtml+xml"
		}
	}
	return strings.HasPrefix(http.DetectContentType(body), "text/html")
}
