package normalize

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func streamNormalize(t *testing.T, in string, oneByte bool, opts ...Option) string {
	t.Helper()
	n, err := New(opts...)
	require.NoError(t, err)
	var r io.Reader = strings.NewReader(in)
	if oneByte {
		r = iotest.OneByteReader(r)
	}
	out, err := io.ReadAll(transform.NewReader(r, n.Transformer()))
	require.NoError(t, err)
	return string(out)
}

func TestTransformerMatchesNormalize(t *testing.T) {
	article := benchText(t)
	long := strings.Repeat("Thủ tướng hòa giải   ", 8000) // one line longer than chunkMax
	cases := map[string]string{
		"article":     article,
		"nfd":         norm.NFD.String(article),
		"tcvn3":       encodeTCVN3(article),
		"messy":       "\n\n  Hà\u00A0Nội \r\n\r\n\r\n\r\n“hòa” – Viá»‡t  \n\n",
		"long line":   long,
		"blank lines": strings.Repeat("dòng\n\n\n\n", 5000),
		"empty":       "",
	}
	for name, in := range cases {
		for _, opts := range [][]Option{nil, {WithTone(ToneClassic)}, {WithKeepLines()}} {
			want := normWith(in, opts...)
			assert.Equal(t, want, streamNormalize(t, in, false, opts...), name)
		}
	}
	// Byte-at-a-time input and tiny destination buffers.
	in := cases["messy"] + "\n" + article[:2000]
	assert.Equal(t, Normalize(in), streamNormalize(t, in, true))
	n, _ := New()
	got, _, err := transform.String(n.Transformer(), in)
	require.NoError(t, err)
	assert.Equal(t, Normalize(in), got)
}

func TestTransformerStrict(t *testing.T) {
	n, err := New(WithStrict(), WithEncoding(UTF8))
	require.NoError(t, err)
	in := strings.Repeat("Hà Nội\n", 5000) + "x\xFFy"
	_, err = io.ReadAll(transform.NewReader(strings.NewReader(in), n.Transformer()))
	var ie *InvalidUTF8Error
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, strings.Index(in, "\xFF"), ie.Offset)
}

func TestTransformerReset(t *testing.T) {
	n, _ := New()
	tr := n.Transformer()
	var buf bytes.Buffer
	w := transform.NewWriter(&buf, tr)
	_, _ = w.Write([]byte("hòa  bình\n"))
	require.NoError(t, w.Close())
	assert.Equal(t, "hoà bình", buf.String())
	tr.Reset()
	out, _, err := transform.String(tr, "  thủy ")
	require.NoError(t, err)
	assert.Equal(t, "thuỷ", out)
}

func TestTransformerMixedStream(t *testing.T) {
	in := strings.Repeat("Hà Nội hôm nay trời nắng.\n", 2000) + "Xin chµo, ®©y lµ mét dßng ch÷\nH\xB5 N\xE9i l\xB5 th\xF1 \xAE\xAB\n"
	assert.Equal(t, Normalize(in), streamNormalize(t, in, false))
	assert.True(t, strings.HasSuffix(Normalize(in), "Xin chào, đây là một dòng chữ\nHà Nội là thủ đô"))
}
