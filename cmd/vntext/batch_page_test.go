package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// warcRecord writes one WARC record.
func warcRecord(typ, id, uri, date, block string) string {
	h := "WARC/1.1\r\nWARC-Type: " + typ + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\nWARC-Date: " + date + "\r\n"
	if uri != "" {
		h += "WARC-Target-URI: " + uri + "\r\n"
	}
	return h + "Content-Type: application/http; msgtype=" + typ + "\r\nContent-Length: " + fmt.Sprint(len(block)) +
		"\r\n\r\n" + block + "\r\n\r\n"
}

// warcOf wraps an HTML page in a .warc.gz with a request before it and a
// non-HTML response after it, one gzip member per record.
func warcOf(t *testing.T, page []byte, uri string) []byte {
	t.Helper()
	recs := []string{
		warcRecord("request", "00000000-0000-0000-0000-000000000001", uri, "2024-02-11T08:00:00Z", "GET / HTTP/1.1\r\nHost: example.vn\r\n\r\n"),
		warcRecord("response", "00000000-0000-0000-0000-000000000002", uri, "2024-02-11T08:00:01Z",
			fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n", len(page))+string(page)),
		warcRecord("response", "00000000-0000-0000-0000-000000000003", "https://example.vn/a.css", "2024-02-11T08:00:02Z",
			"HTTP/1.1 200 OK\r\nContent-Type: text/css\r\nContent-Length: 4\r\n\r\na{} "),
	}
	var b bytes.Buffer
	for _, r := range recs {
		w := gzip.NewWriter(&b)
		_, err := w.Write([]byte(r))
		require.NoError(t, err)
		require.NoError(t, w.Close())
	}
	return b.Bytes()
}

// goldBody returns the gold article text of an evaluation page.
func goldBody(t *testing.T, file string) (title, body string) {
	t.Helper()
	f, err := os.Open("../../testdata/pages/html/gold.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g struct{ File, Title, Body string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &g))
		if g.File == file {
			return g.Title, g.Body
		}
	}
	t.Fatalf("%s not in gold.jsonl", file)
	return "", ""
}

type mention struct{ Type, Text string }

func mentionsOf(rec map[string]any) []mention {
	var out []mention
	list, _ := rec["entities"].([]any)
	for _, x := range list {
		e := x.(map[string]any)
		out = append(out, mention{e["type"].(string), e["text"].(string)})
	}
	return out
}

// An HTML page, the same page inside a WARC file, and a JSONL record giving
// its HTML all give the entities of the page's clean text.
func TestBatchHTMLAndWARC(t *testing.T) {
	const file = "p36.html"
	page, err := os.ReadFile("../../testdata/pages/html/" + file)
	require.NoError(t, err)
	title, body := goldBody(t, file)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "page.html"), page, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), warcOf(t, page, "https://example.vn/p36.html"), 0o644))
	clean, err := json.Marshal(map[string]string{"id": "clean", "title": title, "text": body})
	require.NoError(t, err)
	withHTML, err := json.Marshal(map[string]string{"id": "jsonl", "url": "https://example.vn/p36.html", "html": string(page)})
	require.NoError(t, err)

	const tasks = "--tasks=entities,page"
	code, recs, stderr := batchLines(t, []string{tasks, "-", filepath.Join(dir, "page.html"), filepath.Join(dir, "crawl.warc.gz")},
		string(clean)+"\n"+string(withHTML)+"\n")
	require.Equal(t, 0, code, stderr)
	require.Len(t, recs, 4)
	want := mentionsOf(recs[0])
	require.NotEmpty(t, want)
	for i, rec := range recs[1:] {
		assert.Equal(t, want, mentionsOf(rec), "record %d", i+1)
		assert.Equal(t, body, rec["text"], "record %d", i+1)
		assert.Equal(t, title, rec["title"], "record %d", i+1)
		assert.Equal(t, "Hoàng Nam", rec["byline"], "record %d", i+1)
		assert.Equal(t, "2024-08-22T11:35+07:00", rec["published"], "record %d", i+1)
		checkRecordSpans(t, rec)
	}
	assert.Equal(t, "https://example.vn/p36.html", recs[2+1]["url"])
	assert.Equal(t, "2024-02-11T08:00:01Z", recs[3]["fetched"])
	assert.Equal(t, "<urn:uuid:00000000-0000-0000-0000-000000000002>", recs[3]["id"])
	assert.NotContains(t, recs[1], "fetched")
	assert.Contains(t, recs[1], "html") // the input's members are kept

	// Without --quiet the closing lines count what the archive held.
	var out, errb bytes.Buffer
	require.Equal(t, 0, runBatch([]string{tasks, filepath.Join(dir, "crawl.warc.gz")}, nil, &out, &errb), errb.String())
	assert.Contains(t, errb.String(), "1 WARC file(s): 1 pages, 2 records skipped (not html 1, request 1)")
}

// A directory input is read for .txt, .html/.htm and .warc(.gz) files.
func TestBatchDirectoryPages(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile("../../testdata/pages/html/p13.html") // TCVN3
	require.NoError(t, err)
	seed, err := os.ReadFile("../../testdata/pages/seed.txt")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.htm"), page, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), seed, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.warc"), []byte(warcRecord("warcinfo", "1", "", "2024-01-01T00:00:00Z", "x")), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d.json"), []byte("{}"), 0o644))
	code, recs, stderr := batchLines(t, []string{"--tasks=officials,page", dir}, "")
	require.Equal(t, 0, code, stderr)
	require.Len(t, recs, 2)
	assert.Equal(t, "a.htm", recs[0]["id"])
	assert.Equal(t, "Những điều cần biết về Hồng Bàng", recs[0]["title"])
	assert.Equal(t, "Lan Hương", recs[0]["byline"])
	assert.Equal(t, "b.txt", recs[1]["id"])
	assert.Equal(t, "Hương Ly", recs[1]["byline"])
	assert.Equal(t, "Chính trị", recs[1]["category"])
	assert.Equal(t, "2024-02-11T15:00+07:00", recs[1]["published"])
	assert.NotEmpty(t, recs[1]["furniture"])
	for _, o := range recs[1]["officials"].([]any) {
		assert.NotContains(t, o.(map[string]any)["name"], "Ly")
	}
}

// A record whose HTML holds no article becomes an error record.
func TestBatchHTMLNoText(t *testing.T) {
	code, recs, _ := batchLines(t, []string{"--tasks=entities"}, `{"id":"x","html":"<html><nav>Trang chủ</nav></html>"}`+"\n"+`{"id":"y","html":5}`+"\n")
	assert.Equal(t, 1, code)
	require.Len(t, recs, 2)
	assert.Contains(t, recs[0]["error"], "no article text")
	assert.Contains(t, recs[1]["error"], `"html" must be a string`)
	_ = strings.TrimSpace
}

// A truncated web archive, plain or gzip, ends with an error record naming
// the record cut (never a page analysed in part, never one skipped in
// silence), the run fails, and the closing lines count it: the same
// records and counts from the .warc as from the .warc.gz.
func TestBatchWARCTruncated(t *testing.T) {
	page := "<html><head><title>Huế mở cửa Đại Nội</title></head><body><article><h1>Huế mở cửa Đại Nội</h1>" +
		"<p>Sáng 2/9, UBND tỉnh Thừa Thiên Huế mở cửa miễn phí Đại Nội. Ông Lê Văn Hòa, Giám đốc Trung tâm, đón khách.</p></article></body></html>"
	resp := func(id, uri string) string {
		return warcRecord("response", id, uri, "2024-09-02T08:00:00Z",
			fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(page))+page)
	}
	whole := []string{
		warcRecord("request", "00000000-0000-0000-0000-000000000001", "https://example.vn/a.html", "2024-09-02T08:00:00Z", "GET /a.html HTTP/1.1\r\nHost: example.vn\r\n\r\n"),
		resp("00000000-0000-0000-0000-000000000002", "https://example.vn/a.html"),
	}
	last := resp("00000000-0000-0000-0000-000000000003", "https://example.vn/b.html")
	for _, tc := range []struct {
		name, cut, id string
	}{
		{"in the page", last[:len(last)-60], `<urn:uuid:00000000-0000-0000-0000-000000000003>`},
		{"in the HTTP header", last[:strings.Index(last, "Content-Type: text/html")+10], `<urn:uuid:00000000-0000-0000-0000-000000000003>`},
		{"in the WARC header", last[:40], ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			plain := filepath.Join(dir, "crawl.warc")
			require.NoError(t, os.WriteFile(plain, []byte(strings.Join(whole, "")+tc.cut), 0o644))
			var gz bytes.Buffer
			for _, r := range whole {
				w := gzip.NewWriter(&gz)
				_, _ = w.Write([]byte(r))
				require.NoError(t, w.Close())
			}
			w := gzip.NewWriter(&gz)
			_, _ = w.Write([]byte(tc.cut))
			require.NoError(t, w.Flush()) // and no more: the member has no end
			zipped := filepath.Join(dir, "crawl.warc.gz")
			require.NoError(t, os.WriteFile(zipped, gz.Bytes(), 0o644))

			run := func(file string) (string, string) {
				var out, errb bytes.Buffer
				code := runBatch([]string{"--tasks", "entities", file}, nil, &out, &errb)
				assert.Equal(t, 1, code, errb.String())
				return strings.ReplaceAll(out.String(), file, "FILE"), errb.String()
			}
			out, errs := run(plain)
			zout, zerrs := run(zipped)
			assert.Equal(t, out, zout, "the .warc.gz gives the records of the .warc")
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			require.Len(t, lines, 2)
			assert.Contains(t, lines[0], `"id":"\u003curn:uuid:00000000-0000-0000-0000-000000000002\u003e"`)
			assert.NotContains(t, lines[0], `"error"`)
			var rec struct{ ID, File, Error string }
			require.NoError(t, json.Unmarshal([]byte(lines[1]), &rec))
			assert.Contains(t, rec.Error, "truncated")
			if tc.id != "" {
				assert.Equal(t, tc.id, rec.ID)
				assert.Contains(t, rec.Error, tc.id)
			} else {
				assert.Regexp(t, `^FILE@\d+$`, rec.ID)
			}
			for _, e := range []string{errs, zerrs} {
				assert.Contains(t, e, "1 of 2 records failed")
				assert.Contains(t, e, "1 WARC file(s): 1 pages, 1 truncated (an error record), 1 records skipped (request 1)")
				assert.Contains(t, e, "2 records written, 1 failed")
				assert.NotContains(t, e, "bad record")
				assert.NotContains(t, e, "reading input")
			}
		})
	}
}
