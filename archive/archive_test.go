package archive

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

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

func lines(t *testing.T, r *record.Reader) []string {
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
func TestNewJSONLReader(t *testing.T) {
	plain := "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n"
	r, err := NewJSONLReader(strings.NewReader(plain), "x.jsonl", 0)
	require.NoError(t, err)
	assert.Equal(t, []string{`{"text":"a"}`, `{"text":"b"}`}, lines(t, r))

	gz := gzipped(t, "{\"text\":\"a\"}\n{\"text\":", "\"b\"}\n{\"text\":\"c\"}")
	r, err = NewJSONLReader(bytes.NewReader(gz), "dir/X.JSONL.GZ", 0)
	require.NoError(t, err)
	assert.Equal(t, []string{`{"text":"a"}`, `{"text":"b"}`, `{"text":"c"}`}, lines(t, r))

	_, err = NewJSONLReader(strings.NewReader(plain), "x.jsonl.gz", 0)
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
