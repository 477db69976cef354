package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// record writes one WARC record.
func record(typ, uri, date, contentType, block string) string {
	h := "WARC/1.1\r\nWARC-Type: " + typ + "\r\nWARC-Record-ID: <urn:uuid:" + fmt.Sprintf("%08x", len(block)+len(uri)) +
		"-0000-0000-0000-000000000000>\r\nWARC-Date: " + date + "\r\n"
	if uri != "" {
		h += "WARC-Target-URI: " + uri + "\r\n"
	}
	return h + "Content-Type: " + contentType + "\r\nContent-Length: " + fmt.Sprint(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
}

func httpResponse(status, headers, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + fmt.Sprint(len(body)) + "\r\n\r\n" + body
}

const page = "<html><body><h1>Huế mở cửa Đại Nội</h1><p>Đại Nội mở cửa miễn phí.</p></body></html>"

func gzipped(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, _ = w.Write([]byte(s))
	_ = w.Close()
	return b.String()
}

func chunked(s string) string {
	return fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(s), s)
}

// archive holds every kind of record a crawl writes around its pages.
func archive() []string {
	const d = "2024-02-11T08:00:00Z"
	return []string{
		record("warcinfo", "", d, "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n"),
		record("request", "https://example.vn/a.html", d, "application/http; msgtype=request", "GET /a.html HTTP/1.1\r\nHost: example.vn\r\n\r\n"),
		record("response", "https://example.vn/a.html", d, "application/http; msgtype=response",
			httpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page)),
		record("metadata", "https://example.vn/a.html", d, "application/warc-fields", "outlinks: https://example.vn/b.html\r\n"),
		record("response", "https://example.vn/logo.png", d, "application/http; msgtype=response",
			httpResponse("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n")),
		record("response", "https://example.vn/missing.html", d, "application/http; msgtype=response",
			httpResponse("404 Not Found", "Content-Type: text/html\r\n", "<html>không tìm thấy</html>")),
		record("response", "https://example.vn/b.html", "2024-02-12T09:30:00Z", "application/http; msgtype=response",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"+chunked(gzipped(page))),
		record("revisit", "https://example.vn/a.html", d, "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n"),
		record("response", "<https://example.vn/c.html>", d, "application/http; msgtype=response",
			httpResponse("200 OK", "", page)),
	}
}

func readAll(t *testing.T, in io.Reader) ([]Record, Stats) {
	t.Helper()
	r, err := NewReader(in)
	require.NoError(t, err)
	var out []Record
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		out = append(out, rec)
	}
	return out, r.Stats()
}

func check(t *testing.T, recs []Record, st Stats) {
	t.Helper()
	require.Len(t, recs, 3)
	assert.Equal(t, "https://example.vn/a.html", recs[0].TargetURI)
	assert.Equal(t, "2024-02-11T08:00:00Z", recs[0].Date.UTC().Format("2006-01-02T15:04:05Z07:00"))
	assert.Equal(t, "text/html; charset=utf-8", recs[0].ContentType)
	assert.Equal(t, "https://example.vn/b.html", recs[1].TargetURI)
	assert.Equal(t, "https://example.vn/c.html", recs[2].TargetURI)
	for _, r := range recs {
		assert.Equal(t, page, string(r.Body), r.TargetURI)
	}
	assert.Equal(t, 3, st.Pages)
	assert.Equal(t, map[string]int{"warcinfo": 1, "request": 1, "metadata": 1, "revisit": 1, "not html": 1, "status": 1}, st.Skipped)
}

func TestReader(t *testing.T) {
	recs, st := readAll(t, strings.NewReader(strings.Join(archive(), "")))
	check(t, recs, st)
}

// A .warc.gz holds one gzip member per record.
func TestReaderGzip(t *testing.T) {
	var b strings.Builder
	for _, r := range archive() {
		b.WriteString(gzipped(r))
	}
	recs, st := readAll(t, strings.NewReader(b.String()))
	check(t, recs, st)
	assert.Greater(t, recs[1].Offset, recs[0].Offset)
}

// Garbage between records is skipped, never fatal.
func TestReaderGarbage(t *testing.T) {
	a := archive()
	in := strings.Join(a[:3], "") + "this is not a record\r\n\r\n" + strings.Join(a[3:], "")
	recs, _ := readAll(t, strings.NewReader(in))
	assert.Len(t, recs, 3)
}

func TestReaderLimits(t *testing.T) {
	r, err := NewReader(strings.NewReader(strings.Join(archive(), "")), WithMaxBody(10))
	require.NoError(t, err)
	_, err = r.Next()
	assert.ErrorIs(t, err, io.EOF)
	assert.Equal(t, 3, r.Stats().Skipped["too large"])
	_, err = NewReader(strings.NewReader(""), WithMaxBody(0))
	assert.Error(t, err)
	_, err = NewReader(strings.NewReader(""), nil)
	assert.Error(t, err)
}

func TestReaderEmpty(t *testing.T) {
	recs, st := readAll(t, strings.NewReader(""))
	assert.Empty(t, recs)
	assert.Zero(t, st.Pages)
}

func FuzzReader(f *testing.F) {
	f.Add([]byte(strings.Join(archive(), "")))
	f.Add([]byte(gzipped(archive()[2])))
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999\r\n\r\nshort"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := NewReader(bytes.NewReader(b), WithMaxBody(1<<16))
		if err != nil {
			return
		}
		for range 1000 {
			rec, err := r.Next()
			if err != nil {
				return
			}
			if int64(len(rec.Body)) > 1<<16 {
				t.Fatal("body over the limit")
			}
		}
		t.Fatal("more than 1000 records from a short input")
	})
}

// A record that crashes the WARC library ends the stream with an error, not
// a panic.
func TestReaderMalformed(t *testing.T) {
	r, err := NewReader(strings.NewReader(archive()[2] + "WARC/\n0"))
	require.NoError(t, err)
	_, err = r.Next()
	require.NoError(t, err)
	_, err = r.Next()
	assert.Error(t, err)
	assert.NotErrorIs(t, err, io.EOF)
	assert.Equal(t, 1, r.Stats().Skipped["bad record"])
}

// A header cut off by the end of the stream ends it with an error, not a
// hang.
func TestReaderTruncatedHeader(t *testing.T) {
	cut := gzipped("WARC/1.1\r\nWARC-Type: response\r\nWARC-Dat")
	r, err := NewReader(strings.NewReader(archive()[2] + cut))
	require.NoError(t, err)
	_, err = r.Next()
	require.NoError(t, err)
	_, err = r.Next()
	assert.Error(t, err)
}

func BenchmarkReader(b *testing.B) {
	var sb strings.Builder
	for range 200 {
		sb.WriteString(gzipped(strings.Join(archive(), "")))
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := NewReader(strings.NewReader(in))
		if err != nil {
			b.Fatal(err)
		}
		for {
			if _, err := r.Next(); err != nil {
				break
			}
		}
	}
}

// cutRead reads a stream to its end: the pages, the *TruncatedError if
// one came (then io.EOF must follow), and the stats.
func cutRead(t *testing.T, in []byte) ([]Record, *TruncatedError, Stats) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(in))
	if err != nil {
		return nil, &TruncatedError{Offset: -1}, Stats{} // a gzip header cut off
	}
	var pages []Record
	var trunc *TruncatedError
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return pages, trunc, r.Stats()
		}
		require.Nil(t, trunc, "nothing but io.EOF after a truncated record")
		if err == nil {
			pages = append(pages, rec)
			continue
		}
		require.ErrorAs(t, err, &trunc, "no other error")
	}
}

// A file cut anywhere, plain or gzip, gives the pages before the cut whole,
// then one *TruncatedError for the record cut, then io.EOF: no page is
// handed out in part, no record skipped in silence, and a .warc.gz cut
// gives what the same .warc cut where its decompression stops.
func TestReaderTruncated(t *testing.T) {
	recs := archive()
	full := strings.Join(recs, "")
	var starts []int // record i is full[starts[i]:starts[i+1]]
	n := 0
	for _, r := range recs {
		starts = append(starts, n)
		n += len(r)
	}
	starts = append(starts, n)
	idOf := func(i int) string {
		_, rest, _ := strings.Cut(recs[i], "WARC-Record-ID: ")
		id, _, _ := strings.Cut(rest, "\r\n")
		return id
	}
	step := 1 // every byte: about 5,000 readers, a few seconds
	if testing.Short() {
		step = 7
	}
	plain := make([][]Record, len(full)+1)
	plainCut := make([]*TruncatedError, len(full)+1)
	for k := 0; k <= len(full); k++ { // every byte: the gzip cuts below need them all
		pages, trunc, st := cutRead(t, []byte(full[:k]))
		plain[k], plainCut[k] = pages, trunc
		assert.Zero(t, st.Skipped["bad record"], "cut at %d", k)
		i := 0
		for starts[i+1] <= k && i < len(recs)-1 {
			i++
		}
		for _, p := range pages {
			assert.Equal(t, page, string(p.Body), "cut at %d: a page is whole", k)
			assert.Less(t, p.Offset, int64(k))
		}
		at := k - starts[i]
		if k == len(full) || at < len("WARC/") || at >= len(recs[i])-len("\r\n\r\n") {
			// Between records (a cut in the end marker or the first bytes
			// of "WARC/" cannot be told from one).
			continue
		}
		require.NotNil(t, trunc, "cut at %d, inside record %d", k, i)
		assert.Equal(t, 1, st.Truncated)
		if trunc.RecordID != "" {
			assert.Equal(t, idOf(i), trunc.RecordID, "cut at %d", k)
			assert.Equal(t, int64(starts[i]), trunc.Offset, "cut at %d", k)
			assert.Contains(t, trunc.Error(), idOf(i))
		} else {
			assert.Contains(t, []int64{int64(starts[i]), -1}, trunc.Offset, "cut at %d", k)
		}
		assert.Contains(t, trunc.Error(), "truncated")
	}

	var gz bytes.Buffer
	for _, r := range recs {
		gz.WriteString(gzipped(r))
	}
	g := gz.Bytes()
	for k := 0; k < len(g); k += step {
		pages, trunc, st := cutRead(t, g[:k])
		assert.Zero(t, st.Skipped["bad record"], "gzip cut at %d", k)
		// What the cut file decompresses to.
		var d bytes.Buffer
		if zr, err := gzip.NewReader(bytes.NewReader(g[:k])); err == nil {
			_, _ = io.Copy(&d, zr)
		}
		want, wantCut := plain[d.Len()], plainCut[d.Len()]
		require.Len(t, pages, len(want), "gzip cut at %d", k)
		for j := range pages {
			assert.Equal(t, want[j].Offset, pages[j].Offset)
		}
		if wantCut != nil {
			require.NotNil(t, trunc, "gzip cut at %d", k)
			if trunc.RecordID != "" || wantCut.RecordID == "" {
				assert.Equal(t, *wantCut, *trunc, "gzip cut at %d", k)
			}
		} else if trunc != nil {
			// Cut inside a member's trailer: the records are whole, but
			// the file is not.
			assert.Empty(t, trunc.RecordID, "gzip cut at %d", k)
		}
	}
}

// A malformed record in the middle of a file, however small the file, is
// skipped and counted: it is not taken for the end of a truncated file.
func TestReaderMalformedMiddle(t *testing.T) {
	a := archive()
	for _, bad := range []string{
		"WARC/1.1\r\nnot a header\r\n\r\n",
		"WARC/1.1\r\nWARC-Type: response\r\n\r\n\r\n\r\n", // no Content-Length
		"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\nabc\r\n\r\n",
	} {
		recs, st := readAll(t, strings.NewReader(strings.Join(a[:3], "")+bad+strings.Join(a[3:], "")))
		assert.Len(t, recs, 3, "%q", bad)
		assert.Zero(t, st.Truncated, "%q", bad)
	}
}
