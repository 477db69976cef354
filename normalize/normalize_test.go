package normalize

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vntext/vntext/internal/letters"
	"github.com/vntext/vntext/internal/testenv"
	"golang.org/x/text/transform"
)

func TestToneStyles(t *testing.T) {
	cases := []struct{ in, classic, modern, keep string }{
		{"hoà bình", "hòa bình", "hoà bình", "hoà bình"},
		{"hòa bình", "hòa bình", "hoà bình", "hòa bình"},
		{"Uỷ ban", "Ủy ban", "Uỷ ban", "Uỷ ban"},
		{"họat động", "hoạt động", "hoạt động", "hoạt động"},
		{"qúa", "quá", "quá", "quá"},
		{"gìa", "già", "già", "già"},
		{"gìn giữ", "gìn giữ", "gìn giữ", "gìn giữ"},
		{"lựơng", "lượng", "lượng", "lượng"},
		{"thủơ", "thuở", "thuở", "thuở"},
		{"khủyu", "khuỷu", "khuỷu", "khuỷu"},
		{"Đắk Lắk café", "Đắk Lắk café", "Đắk Lắk café", "Đắk Lắk café"},
		{"HÒAN", "HOÀN", "HOÀN", "HOÀN"},
		{"Thǎng Long, nǐ hǎo", "Thăng Long, nǐ hǎo", "Thăng Long, nǐ hǎo", "Thăng Long, nǐ hǎo"},
	}
	for _, c := range cases {
		assert.Equal(t, c.classic, normWith(c.in, WithTone(ToneClassic)), c.in)
		assert.Equal(t, c.modern, normWith(c.in, WithTone(ToneModern)), c.in)
		assert.Equal(t, c.keep, normWith(c.in, WithTone(ToneKeep)), c.in)
		assert.Equal(t, c.modern, Normalize(c.in), "default is modern: %s", c.in)
	}
}

func TestNormalizeReturnsInputWhenClean(t *testing.T) {
	for _, s := range []string{
		"", "Hà Nội", "Thủ tướng Phạm Minh Chính phát biểu.\n\nĐoạn hai.",
		"Is it true? Yes.", "Đội tuyển España gặp São Paulo FC", "Chúc mừng năm mới 🎉", "R&D",
	} {
		got := Normalize(s)
		require.Equal(t, s, got)
		if len(s) > 0 {
			assert.True(t, unsafeSame(got, s), "Normalize(%q) must return its input", s)
		}
	}
}

// unsafeSame reports whether a and b share their bytes (no copy was made).
func unsafeSame(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

func TestNormalizeAllocs(t *testing.T) {
	s := strings.Repeat("Thủ tướng Phạm Minh Chính phát biểu tại hội nghị về chuyển đổi số quốc gia. ", 20)
	s = strings.TrimSpace(s)
	n := testing.AllocsPerRun(20, func() { _ = Normalize(s) })
	assert.Zero(t, n)
	n = testing.AllocsPerRun(20, func() { _ = NormalizeWithMap(s) })
	assert.Zero(t, n)
}

func TestStrict(t *testing.T) {
	n, err := New(WithStrict(), WithEncoding(UTF8))
	require.NoError(t, err)
	_, err = n.Normalize("Hà Nội \xFF ngày")
	var ie *InvalidUTF8Error
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, len("Hà Nội "), ie.Offset)
	assert.Contains(t, err.Error(), "offset 10")

	out, err := n.Normalize("Hà  Nội")
	require.NoError(t, err)
	assert.Equal(t, "Hà Nội", out)

	// Default: one U+FFFD per broken sequence, nothing dropped.
	assert.Equal(t, "Huế \uFFFD", Normalize("Huế \xE1\xBB"))
	assert.Equal(t, "a\uFFFD\uFFFDb", Normalize("a\xFF\xFEb"))
}

func TestNewNormalizerValidates(t *testing.T) {
	_, err := New(WithTone(ToneStyle(9)))
	assert.Error(t, err)
	_, err = New(WithEncoding(Encoding(42)))
	assert.Error(t, err)
	_, err = New(nil)
	assert.Error(t, err)
}

func TestParseNames(t *testing.T) {
	for _, name := range []string{"auto", "utf-8", "tcvn3", "vni", "viqr", "vps", "viscii", "cp1258"} {
		e, err := ParseEncoding(name)
		require.NoError(t, err)
		assert.Equal(t, name, e.String())
	}
	_, err := ParseEncoding("latin9")
	assert.Error(t, err)
	for _, name := range []string{"classic", "modern", "keep"} {
		s, err := ParseToneStyle(name)
		require.NoError(t, err)
		assert.Equal(t, name, s.String())
	}
	_, err = ParseToneStyle("old")
	assert.Error(t, err)
}

// A zero Normalizer behaves as New() does (modern tone style).
func TestZeroNormalizer(t *testing.T) {
	var zero Normalizer
	def, err := New()
	require.NoError(t, err)
	for _, in := range []string{"Khánh Hòa, thủy lợi", "H\xB5 N\xE9i", "Huế \xFF"} {
		want, _ := def.Normalize(in)
		got, err := zero.Normalize(in)
		require.NoError(t, err)
		assert.Equal(t, want, got, "%q", in)
		var b strings.Builder
		_, err = io.Copy(&b, transform.NewReader(strings.NewReader(in), zero.Transformer()))
		require.NoError(t, err)
		assert.Equal(t, want, b.String(), "Transformer %q", in)
	}
}

func TestKeepLines(t *testing.T) {
	in := "\n  dòng 1 \r\n\n\n\ndòng  2\n"
	assert.Equal(t, "dòng 1\n\ndòng 2", Normalize(in))
	assert.Equal(t, "\ndòng 1\n\n\n\ndòng 2\n", normWith(in, WithKeepLines()))
}

func TestOffsetMap(t *testing.T) {
	in := "  Vie\u0302\u0323t&nbsp;Nam \u201Chòa\u201D Ä‘Æ°á»\u009dng"
	n := normMapWith(in, WithTone(ToneModern))
	require.Equal(t, `Việt Nam "hoà" đường`, n.Text)
	checkMap(t, in, n)
	// "Nam" starts where the input's "Nam" starts.
	i := strings.Index(n.Text, "Nam")
	assert.Equal(t, strings.Index(in, "Nam"), n.Orig(i))
	j := strings.Index(n.Text, "đường")
	assert.Equal(t, strings.Index(in, "Ä‘"), n.Orig(j))
	assert.Equal(t, len(in), n.Orig(len(n.Text)))

	// Legacy input: offsets point at the raw bytes.
	raw := "H\xB5 N\xE9i"
	n = NormalizeWithMap(raw)
	require.Equal(t, "Hà Nội", n.Text)
	checkMap(t, raw, n)
	assert.Equal(t, 3, n.Orig(strings.Index(n.Text, "N")))
}

func checkMap(t *testing.T, in string, n Normalized) {
	t.Helper()
	prev := 0
	for i := 0; i <= len(n.Text); i++ {
		o := n.Orig(i)
		if o < prev || o > len(in) {
			t.Fatalf("Orig(%d) = %d after %d (input length %d)", i, o, prev, len(in))
		}
		prev = o
	}
	if n.Orig(len(n.Text)) != len(in) {
		t.Fatalf("Orig(len) = %d, want %d", n.Orig(len(n.Text)), len(in))
	}
}

func TestDetectConfidence(t *testing.T) {
	d := Detect([]byte("H\xB5 N\xE9i l\xB5 th\xF1 \xAE\xAB c\xF1a n\xAD\xEDc"))
	assert.Equal(t, TCVN3, d.Encoding)
	assert.Greater(t, d.Confidence, 0.8)
	d = Detect([]byte("Hà Nội là thủ đô"))
	assert.Equal(t, Detection{Encoding: UTF8, Confidence: 1}, d)
	// Decode leaves the Windows-1258 combining tone for Normalize to compose.
	dec := Decode([]byte("Vi\xEA\xF2t Nam"), CP1258)
	assert.Equal(t, "Vi\u00EA\u0323t Nam", dec)
	assert.Equal(t, "Việt Nam", Normalize(dec))
}

// TestDetectVietNews runs detection and the normalizer over every article of
// the VietNews dev set: no article may be taken for a legacy encoding, and
// every change Normalize makes must be one of the named clean-ups.
func TestDetectVietNews(t *testing.T) {
	path := filepath.Join(testenv.DataDir(t, "sum", "vietnews"), "dev.jsonl")
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	articles, changed, fast := 0, 0, 0
	reasons := map[string]int{}
	for sc.Scan() {
		var a struct{ Title, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
		for _, s := range []string{a.Title, a.Text} {
			articles++
			if d := Detect([]byte(s)); d.Encoding != UTF8 || d.Misread {
				t.Errorf("false positive: %+v on %.80q", d, s)
			}
			c := testConfig(WithTone(ToneKeep))
			if isNormal(s, &c) {
				fast++
				if p, _, _ := pipeline(s, c, false); p != s {
					t.Errorf("fast path accepted a text the pipeline changes: %.100q", s)
				}
			}
			out := normWith(s, WithTone(ToneKeep))
			if out == s {
				continue
			}
			changed++
			r := changeReason(s, out)
			reasons[r]++
			if r == "other" {
				t.Errorf("unexplained change:\n in  %.200q\n out %.200q", s, out)
			}
		}
	}
	require.NoError(t, sc.Err())
	t.Logf("%d titles+texts, %d on the fast path, %d changed by Normalize(ToneKeep): %v", articles, fast, changed, reasons)
}

// changeReason names what Normalize changed, for TestDetectVietNews.
func changeReason(in, out string) string {
	a, b := strings.Fields(in), strings.Fields(out)
	if len(a) != len(b) {
		return "space"
	}
	for i := range a {
		x, y := a[i], b[i]
		switch {
		case x == y:
			continue
		case strings.Map(dropInvisible, x) == y:
			return "invisible"
		case strings.ContainsAny(x, "“”‘’–—…«»"):
			return "punct"
		case strings.ContainsAny(x, "Ðð"):
			return "lookalike"
		case len(x) == len(y) && stripMarks(x) == stripMarks(y):
			return "tone-fix"
		}
		return "other"
	}
	return "space"
}

func dropInvisible(r rune) rune {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0xAD, 0xFEFF, 0x2060:
		return -1
	}
	return r
}

// stripMarks removes tone marks only (not vowel modifiers) without normalizing.
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range s {
		if v := letters.Vowel(r); v != 0 {
			l, _ := letters.DecodeLetter(r)
			l.Tone = 0
			r = l.Rune()
		}
		b.WriteRune(r)
	}
	return b.String()
}

// normWith is Normalize with options, through a Normalizer.
func normWith(s string, opts ...Option) string {
	n, err := New(opts...)
	if err != nil {
		panic(err)
	}
	out, _ := n.Normalize(s)
	return out
}

// normMapWith is NormalizeWithMap with options, through a Normalizer.
func normMapWith(s string, opts ...Option) Normalized {
	n, err := New(opts...)
	if err != nil {
		panic(err)
	}
	out, _ := n.NormalizeWithMap(s)
	return out
}

// testConfig is the configuration New builds from opts.
func testConfig(opts ...Option) normConfig {
	n, err := New(opts...)
	if err != nil {
		panic(err)
	}
	return n.cfg
}
