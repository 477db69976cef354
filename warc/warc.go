// Package warc reads the HTML pages of web archives: WARC files (ISO
// 28500, the format of national web archives and Common Crawl), plain or
// gzip-compressed, record by record, with github.com/nlnwa/gowarc.
//
// A Reader hands out the response records whose HTTP payload is an HTML
// page, with the page's target URI and the capture's WARC-Date; every
// other record (warcinfo, request, metadata, revisit, a non-HTML or
// non-2xx response, a payload over the size limit, a record that does not
// parse) is skipped and counted in Stats, never fatal. A record that the
// stream ends inside (a file cut short, plain or gzip alike) is reported,
// never skipped in silence nor handed out in part: Next returns a
// *TruncatedError for it. Memory stays bounded: one record at a time,
// payloads capped, and gowarc spills large blocks to temporary files.
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
	// Truncated is the number of records the stream ended inside
	// (TruncatedError): 0 or 1.
	Truncated int `json:"truncated,omitempty"`
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

// TruncatedError reports a record that the stream ends inside: a WARC
// file cut short (an interrupted download or copy), plain or gzip. The
// record is not handed out, not even in part, and the stream ends with
// it: Next returns io.EOF next.
type TruncatedError struct {
	// RecordID, Type and TargetURI are those of the record's WARC header;
	// all "" when the stream ends inside that header.
	RecordID, Type, TargetURI string
	// Offset is where the record starts in the stream (after
	// decompression, for a .warc.gz); -1 when that is not known (a header
	// that made the WARC library fail).
	Offset int64
	// Got and Want are the bytes of the record's block present and
	// declared (Content-Length); both 0 when the header is cut.
	Got, Want int64
}

func (e *TruncatedError) Error() string {
	if e.RecordID == "" && e.Want == 0 {
		if e.Offset < 0 {
			return "warc: the stream ends inside the header of its last record: the file is truncated"
		}
		return fmt.Sprintf("warc: the stream ends inside the header of the record at offset %d: the file is truncated", e.Offset)
	}
	what := e.Type
	if e.TargetURI != "" {
		what += " " + e.TargetURI
	}
	return fmt.Sprintf("warc: record %s (%s, at offset %d) is cut off: the stream ends after %d of its %d bytes; the file is truncated",
		e.RecordID, what, e.Offset, e.Got, e.Want)
}

// Reader reads HTML pages from a WARC stream. It is not safe for
// concurrent use: it reads one record at a time.
type Reader struct {
	wf      *gowarc.WarcFileReader
	in      *guard
	maxBody int64
	stats   Stats
	lastOff int64
	stuck   int
	// badAt is the offset of the last record read when it did not parse
	// or had no length (else -1), and badReason what it was counted as:
	// if the stream ends right after it, it was cut off.
	badAt     int64
	badReason string
	done      bool // a truncated record ended the stream
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
	// end is the stream's first failed read: io.EOF at its end,
	// io.ErrUnexpectedEOF for a gzip stream cut short, or a read error.
	end error
	// n counts the bytes read; tail holds the last of them, to tell a
	// record cut within its first bytes from a stray line feed at the end.
	n    int64
	tail [4]byte // the last min(n, 4) bytes, at its end
}

// cutRecord reports whether the left last bytes of the stream, which
// gowarc did not make a record of, are the start of one: "WARC/" or more
// (gowarc skips anything else up to a record), or the first bytes of it.
func (g *guard) cutRecord(left int64) bool {
	magic := "WARC/"
	if left >= int64(len(magic)) {
		return true
	}
	return left > 0 && left <= min(g.n, 4) && strings.HasPrefix(magic, string(g.tail[4-left:]))
}

// truncated reports whether the stream ended early or at its end (not a
// read error, which is no truncation).
func (g *guard) truncated() bool {
	return errors.Is(g.end, io.EOF) || errors.Is(g.end, io.ErrUnexpectedEOF)
}

// maxFailedReads is far more failed reads in a row than any well-behaved
// parser makes.
const maxFailedReads = 64

func (g *guard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && g.end == nil {
		g.end = err
	}
	g.n += int64(n)
	for _, b := range p[max(0, n-4):n] {
		copy(g.tail[:], g.tail[1:])
		g.tail[3] = b
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		// A .warc.gz cut short ends where its decompression stops, as
		// the .warc cut there would: gowarc sees the same stream.
		err = io.EOF
	}
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
	wr := &Reader{maxBody: DefaultMaxBody, stats: Stats{Skipped: map[string]int{}}, lastOff: -1, badAt: -1}
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
	// every block is raw bytes (SkipParseBlock), the HTTP payload is
	// parsed below.
	wr.in = &guard{r: in}
	wf, err := gowarc.NewWarcFileReaderFromStream(wr.in, 0, gowarc.WithNoValidation())
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
// A record that the stream ends inside gives a *TruncatedError (and the
// stream ends there). Any other error means the rest of the stream cannot
// be read (a read error, a record that crashed the parser); records that
// merely do not parse are skipped.
func (r *Reader) Next() (Record, error) {
	for {
		if r.done {
			return Record{}, io.EOF
		}
		rec, off, err := r.next()
		switch {
		case errors.Is(err, errPanic) && r.in.truncated():
			// gowarc was still reading a header when the stream ended.
			return Record{}, r.truncate(nil, -1, 0)
		case errors.Is(err, errPanic):
			r.stats.Skipped["bad record"]++
			return Record{}, err
		case errors.Is(err, io.EOF):
			// The stream ends: after a record that did not parse, or
			// with bytes left that start one, it ends inside a header.
			if r.badAt >= 0 {
				if r.stats.Skipped[r.badReason]--; r.stats.Skipped[r.badReason] == 0 {
					delete(r.stats.Skipped, r.badReason)
				}
				return Record{}, r.truncate(nil, r.badAt, 0)
			}
			if r.in.cutRecord(r.in.n - off) {
				return Record{}, r.truncate(nil, off, 0)
			}
			return Record{}, io.EOF
		case err != nil:
			r.stats.Skipped["bad record"]++
			r.badAt, r.badReason = off, "bad record"
			if off == r.lastOff {
				if r.stuck++; r.stuck >= maxStuck {
					return Record{}, fmt.Errorf("warc: unreadable at offset %d: %w", off, err)
				}
			}
			r.lastOff = off
			continue
		}
		r.lastOff, r.stuck, r.badAt = off, 0, -1
		raw, err := rec.Block().RawBytes()
		if err != nil {
			r.stats.Skipped["bad record"]++
			continue
		}
		block := &countReader{r: raw}
		var page Record
		reason := rec.Type().String()
		if rec.Type() == gowarc.Response {
			page, reason = r.page(rec, block)
		}
		// The block is read to its end, to know whether it is all there
		// (gowarc would skip what is left anyway).
		if _, err := io.Copy(io.Discard, block); err != nil && !r.in.truncated() {
			return Record{}, fmt.Errorf("warc: reading the record at offset %d: %w", off, err)
		}
		want, err := rec.WarcHeader().GetInt64(gowarc.ContentLength)
		if err == nil && block.n < want {
			return Record{}, r.truncate(rec, off, block.n)
		}
		if err != nil {
			// No Content-Length, so no block: a malformed record, or a
			// header cut short by the end of the stream if nothing
			// follows it.
			if reason == "" {
				reason = "bad record"
			}
			r.stats.Skipped[reason]++
			r.badAt, r.badReason = off, reason
			continue
		}
		if reason != "" {
			r.stats.Skipped[reason]++
			continue
		}
		page.Offset = off
		r.stats.Pages++
		return page, nil
	}
}

// truncate ends the stream at a record it ends inside: rec (nil when its
// header is cut) at offset off, of which got bytes of the block are there.
func (r *Reader) truncate(rec gowarc.WarcRecord, off, got int64) error {
	r.done = true
	r.stats.Truncated++
	e := &TruncatedError{Offset: off, Got: got}
	if rec != nil {
		h := rec.WarcHeader()
		e.RecordID, e.Type = h.Get(gowarc.WarcRecordID), rec.Type().String()
		e.TargetURI = strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")
		e.Want, _ = h.GetInt64(gowarc.ContentLength)
	}
	return e
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
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

// page reads the HTTP response of a response record from its block raw;
// reason says why it is not an HTML page.
func (r *Reader) page(rec gowarc.WarcRecord, raw io.Reader) (Record, string) {
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
