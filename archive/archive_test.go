package archive

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/record"
)

func gzipped(t *testing.T, parts ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, p := range parts { // one gzip member each
		zw := gzip.NewWriter(&b)
		_, err := zw.Write([]byte(p))
		require.NoError(t, err)
		require.NoError(t, zw.Close())
	}
	return b.Bytes()
}

func lines(t *testing.T, r *JSONLReader) []string {
	t.Helper()
	var out []string
	for in := range r.All() {
		out = append(out, strings.TrimSpace(string(in.Data)))
	}
	require.NoError(t, r.Err())
	return out
}

// A .gz name is gunzipped, every member of it; other names are read as
// they are, whatever their bytes.
func TestJSONL(t *testing.T) {
	p, err := NewPages(0)
	require.NoError(t, err)
	plain := "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n"
	r, err := p.JSONL(strings.NewReader(plain), "x.jsonl")
	require.NoError(t, err)
	assert.Equal(t, []string{`{"text":"a"}`, `{"text":"b"}`}, lines(t, r))
	assert.Equal(t, 1, r.Blank())

	gz := gzipped(t, "{\"text\":\"a\"}\n{\"text\":", "\"b\"}\n{\"text\":\"c\"}")
	r, err = p.JSONL(bytes.NewReader(gz), "dir/X.JSONL.GZ")
	require.NoError(t, err)
	assert.Equal(t, []string{`{"text":"a"}`, `{"text":"b"}`, `{"text":"c"}`}, lines(t, r))

	_, err = p.JSONL(strings.NewReader(plain), "x.jsonl.gz")
	assert.Error(t, err, "not gzip")
}

func TestReadArticle(t *testing.T) {
	assert.True(t, IsArticle("a/b.TXT"))
	assert.False(t, IsArticle("a.txt/b.jsonl"))

	in, err := ReadArticle(strings.NewReader("Tiêu đề\n\nThân bài."), "d/a.txt", "a.txt", 22, 0)
	require.NoError(t, err)
	assert.Equal(t, record.Input{Data: []byte("Tiêu đề\n\nThân bài."), File: "d/a.txt", Txt: true, ID: "a.txt"}, in)

	// Over the limit by its size: not read.
	in, err = ReadArticle(failingReader{}, "a.txt", "a", 11, 10)
	require.NoError(t, err)
	assert.Equal(t, record.Input{File: "a.txt", Txt: true, ID: "a", TooLong: 11}, in)

	// Grown past the limit since its size was taken: read no further.
	in, err = ReadArticle(strings.NewReader(strings.Repeat("x", 100)), "a.txt", "a", 5, 10)
	require.NoError(t, err)
	assert.Equal(t, int64(11), in.TooLong)
	assert.Nil(t, in.Data)
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { panic("read") }

const testPage = `<html><head><title>Cầu mới - Báo Mẫu</title></head><body><nav><a href="/">Trang chủ</a></nav>
<article><h1>Cầu mới</h1><p>Sáng 3/5, UBND tỉnh Nghệ An khởi công cầu mới qua sông Lam, dài hơn 500 m, vốn đầu tư khoảng 700 tỷ đồng.</p>
<p>Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình yêu cầu nhà thầu hoàn thành công trình trong năm 2026.</p></article></body></html>`

// A page is read, not extracted: its record carries the HTML and the
// extraction as Prepare work, which gives the article's JSONL record on
// any goroutine, the same on each.
func TestPagesDeferExtraction(t *testing.T) {
	p, err := NewPages(0)
	require.NoError(t, err)
	in := p.Page(record.Input{File: "c.warc", Line: 2, ID: "r2"}, []byte(testPage), "https://bao.example.vn/cau", "text/html", time.Time{})
	assert.Equal(t, testPage, string(in.Data), "the reader holds the page as read")
	require.NotNil(t, in.Prepare)

	want := in.Prepared()
	assert.Nil(t, want.Prepare)
	require.NoError(t, want.Err)
	assert.Contains(t, string(want.Data), `{"id":"r2","url":"https://bao.example.vn/cau","title":"Cầu mới - Báo Mẫu","text":"Sáng 3/5`)
	assert.Equal(t, "c.warc", want.File)
	assert.Equal(t, 2, want.Line)

	var wg sync.WaitGroup
	got := make([]record.Input, 4)
	for i := range got {
		wg.Go(func() { got[i] = in.Prepared() })
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, want, g)
	}

	// A page with no article becomes a record with its error.
	bad := p.Page(record.Input{ID: "x"}, []byte("<html><body></body></html>"), "", "", time.Time{}).Prepared()
	assert.Error(t, bad.Err)
	assert.Nil(t, bad.Data)

	// A JSONL record giving "html" is completed when prepared; others are
	// left alone.
	line, err := json.Marshal(map[string]string{"id": "h1", "html": testPage})
	require.NoError(t, err)
	r, err := p.JSONL(bytes.NewReader(append(line, "\n{\"text\":\"Hà Nội\"}\n"...)), "")
	require.NoError(t, err)
	var recs []record.Input
	for in := range r.All() {
		recs = append(recs, in)
	}
	require.Len(t, recs, 2)
	rec := recs[0]
	assert.Equal(t, append(line, '\n'), rec.Data)
	rec = rec.Prepared()
	assert.Contains(t, string(rec.Data), `,"title":"Cầu mới - Báo Mẫu","text":"Sáng 3/5`)
	assert.Nil(t, recs[1].Prepare)

	// One whose page has no article fails under its own id.
	line, err = json.Marshal(map[string]any{"id": 12, "html": "<html><body></body></html>"})
	require.NoError(t, err)
	r, err = p.JSONL(bytes.NewReader(line), "")
	require.NoError(t, err)
	for in := range r.All() {
		doc, err := record.Parse(in)
		assert.Error(t, err)
		assert.Equal(t, "12", doc.ID)
	}
}
