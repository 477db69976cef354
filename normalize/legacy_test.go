package normalize

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/vntext/vntext/internal/letters"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// legacyEncoder writes NFC text in a legacy encoding, for round trips. It
// is built from the decoding tables, so it tests that decoding and
// detection work on text other than the vectors.
type legacyEncoder func(s string) string

func reverseTable(t *[256]rune) map[rune]byte {
	rev := map[rune]byte{}
	for b := 255; b >= 0; b-- {
		if _, ok := rev[t[b]]; !ok || b >= 0x80 {
			rev[t[b]] = byte(b)
		}
	}
	for b := 0; b < 0x80; b++ {
		if t[b] == rune(b) {
			rev[rune(b)] = byte(b)
		}
	}
	return rev
}

func singleByteEncoder(t *[256]rune) legacyEncoder {
	rev := reverseTable(t)
	return func(s string) string {
		var out []byte
		for _, r := range s {
			c, ok := rev[r]
			if !ok {
				c, ok = rev[[]rune(strings.ToLower(string(r)))[0]] // capitals the code page lacks
			}
			if !ok {
				c = '?'
			}
			out = append(out, c)
		}
		return string(out)
	}
}

func vniEncoder() legacyEncoder {
	pairs := map[rune]uint16{}
	for i, r := range vniPairRunes {
		pairs[r] = vniPairKeys[i]
	}
	single := reverseTable(&vniTable)
	return func(s string) string {
		var out []byte
		for _, r := range s {
			if k, ok := pairs[r]; ok {
				out = append(out, byte(k>>8), byte(k))
			} else {
				out = append(out, single[r])
			}
		}
		return string(out)
	}
}

func viqrEncoder(s string) string {
	seq := map[rune]string{}
	for i, r := range viqrRunes {
		seq[r] = viqrSeqs[i]
	}
	var b strings.Builder
	prevVowel := false
	for _, r := range s {
		if q, ok := seq[r]; ok {
			b.WriteString(q)
			prevVowel = true
			continue
		}
		if prevVowel && strings.ContainsRune("^(+'`?~.", r) {
			b.WriteByte('\\') // a literal mark after a vowel
		}
		b.WriteRune(r)
		l, _ := letters.DecodeLetter(r)
		prevVowel = l.Base >= 0 && r < utf8.RuneSelf && normASCII[r]&ncVowel != 0
	}
	return b.String()
}

func cp1258Encoder(s string) string {
	rev := reverseTable(&cp1258Table)
	var out []byte
	for _, r := range s {
		if c, ok := rev[r]; ok {
			out = append(out, c)
			continue
		}
		// Base letter (precomposed when the code page has it) + tone byte.
		var base, tone []rune
		for _, x := range norm.NFD.String(string(r)) {
			switch x {
			case 0x300, 0x301, 0x303, 0x309, 0x323:
				tone = append(tone, x)
			default:
				base = append(base, x)
			}
		}
		for _, x := range norm.NFC.String(string(base)) + string(tone) {
			out = append(out, rev[x])
		}
	}
	return string(out)
}

// asCP1252 shows bytes the way a Windows-1252 reader did.
func asCP1252(b string) string {
	var sb strings.Builder
	for i := 0; i < len(b); i++ {
		sb.WriteRune(cp1252Table[b[i]])
	}
	return sb.String()
}

// TestLegacyRoundTrip encodes each paragraph and sentence of the bundled
// article in every legacy encoding and checks Detect and Normalize.
func TestLegacyRoundTrip(t *testing.T) {
	raw, err := os.ReadFile("testdata/norm_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range strings.Split(strings.TrimSpace(string(raw)), "\n\n") {
		texts = append(texts, p)
		for _, sent := range strings.SplitAfter(p, ". ") {
			if len([]rune(sent)) > 40 {
				texts = append(texts, strings.TrimSpace(sent))
			}
		}
	}
	encoders := []struct {
		enc      Encoding
		encode   legacyEncoder
		lossyCap bool // capitals the code page lacks come back lower-case
	}{
		{TCVN3, singleByteEncoder(&tcvn3Table), true},
		{VNI, vniEncoder(), false},
		{VISCII, singleByteEncoder(&visciiTable), false},
		{VPS, singleByteEncoder(&vpsTable), true},
		{CP1258, cp1258Encoder, false},
		{VIQR, viqrEncoder, false},
	}
	detected, total := 0, 0
	for _, e := range encoders {
		for _, text := range texts {
			want := Normalize(text)
			b := e.encode(text)
			check := func(got string, how string) {
				if e.lossyCap {
					got, want = strings.ToLower(got), strings.ToLower(want)
				}
				assert.Equal(t, want, got, "%v %s: %.60q", e.enc, how, text)
			}
			check(normWith(b, WithEncoding(e.enc)), "given")
			total++
			if d := Detect([]byte(b)); d.Encoding == e.enc && !d.Misread {
				detected++
				check(Normalize(b), "auto")
			} else {
				t.Errorf("%v: detected %+v on %.60q", e.enc, d, text)
			}
			if e.enc == TCVN3 || e.enc == VNI || e.enc == VISCII {
				m := asCP1252(b)
				total++
				if d := Detect([]byte(m)); d.Encoding == e.enc && d.Misread {
					detected++
					check(Normalize(m), "misread auto")
				} else {
					t.Errorf("%v misread: detected %+v on %.60q", e.enc, d, m)
				}
			}
		}
	}
	t.Logf("legacy round trips: %d/%d detected", detected, total)
}

// TestNoFalseDetection: clean text in Vietnamese, English and other Latin
// languages must stay UTF-8.
func TestNoFalseDetection(t *testing.T) {
	for _, s := range []string{
		"Is it true? Yes (really). I'm sure you're right, e.g. in C++ or f(x) = a^2 + b^2.",
		"Use the `go` tool; it costs ~50 USD (see notes).",
		"Don't panic... We'll see. She'd go.",
		"Café Müller in Köln, São Paulo, España, Zürich, Ørsted, Łódź, naïve façade.",
		"Giá bán lẻ là 1.250.000 đồng/chiếc, tăng 3,5%.",
		"Nhiệt độ 35°C, độ ẩm 80%, diện tích 120 m², ½ số hộ.",
		"© 2024 Báo Điện tử — Bản quyền thuộc về tòa soạn ®",
		"Tổng thống Putin thăm Москва; tia γ và α-amylase.",
	} {
		d := Detect([]byte(s))
		assert.Equal(t, UTF8, d.Encoding, s)
		assert.False(t, d.Misread, s)
	}
}

func TestMixedDocument(t *testing.T) {
	in := "Hà Nội hôm nay trời nắng\nXin chµo, ®©y lµ mét dßng ch÷\nH\xB5 N\xE9i l\xB5 th\xF1 \xAE\xAB\nCuối cùng \xFF"
	want := "Hà Nội hôm nay trời nắng\nXin chào, đây là một dòng chữ\nHà Nội là thủ đô\nCuối cùng \uFFFD"
	assert.Equal(t, want, Normalize(in))
	n := NormalizeWithMap(in)
	assert.Equal(t, want, n.Text)
	checkMap(t, in, n)
	assert.Equal(t, strings.Index(in, "H\xB5"), n.Orig(strings.Index(want, "Hà Nội là")))

	strict, _ := New(WithStrict())
	_, err := strict.Normalize(in)
	assert.ErrorContains(t, err, "offset "+strconv.Itoa(strings.Index(in, "\xFF")))
}

// TestDetectShortPhrases: two- and three-word phrases of the article in
// each raw legacy encoding. Short strings can be valid in two code pages,
// so this is a rate, not a guarantee; it must stay at or above 90%.
func TestDetectShortPhrases(t *testing.T) {
	raw, err := os.ReadFile("testdata/norm_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	var phrases []string
	for _, p := range strings.FieldsFunc(string(raw), func(r rune) bool { return strings.ContainsRune(",.;:\n\"", r) }) {
		f := strings.Fields(p)
		for k := 0; k+2 <= len(f); k += 2 {
			phrases = append(phrases, strings.Join(f[k:min(k+3, len(f))], " "))
		}
	}
	encoders := map[Encoding]legacyEncoder{
		TCVN3: singleByteEncoder(&tcvn3Table), VNI: vniEncoder(), VISCII: singleByteEncoder(&visciiTable),
		VPS: singleByteEncoder(&vpsTable), CP1258: cp1258Encoder,
	}
	ok, n := 0, 0
	for _, e := range []Encoding{TCVN3, VNI, VISCII, VPS, CP1258} {
		encOK, encN := 0, 0
		for _, s := range phrases {
			b := encoders[e](s)
			if b == s {
				continue
			}
			encN++
			if strings.EqualFold(Normalize(b), Normalize(s)) {
				encOK++
			}
		}
		t.Logf("%-7v %d/%d phrases decoded right", e, encOK, encN)
		ok, n = ok+encOK, n+encN
	}
	t.Logf("all: %d/%d", ok, n)
	if ok*10 < n*9 {
		t.Errorf("short-phrase detection fell to %d/%d", ok, n)
	}
}

func TestWordScoreCommon(t *testing.T) {
	assert.Equal(t, 1.5, wordScore("Người"))
	assert.Equal(t, 1.5, wordScore("ĐƯỜNG"))
	assert.Equal(t, 1.0, wordScore("Sồng"))
	assert.Equal(t, -2.0, wordScore("quỪc"))
}

func TestDetectLongInput(t *testing.T) {
	// No spaces: the sample is cut at a byte count, which must not split
	// a UTF-8 sequence whatever the alignment.
	long := strings.Repeat("TiếngViệtlàngônngữchínhthức", 2000)
	for k := 0; k < 4; k++ {
		assert.Equal(t, UTF8, Detect([]byte(strings.Repeat("x", k)+long)).Encoding, k)
	}
	raw := singleByteEncoder(&tcvn3Table)(long)
	assert.Equal(t, TCVN3, Detect([]byte(raw)).Encoding)
}

// An Encoding value outside the constants must not drop the input: Decode
// reads it as AutoDetect (as Normalize does), Detection.Decode as UTF-8.
func TestDecodeUnknownEncoding(t *testing.T) {
	in := []byte("Hà Nội \xFF")
	assert.Equal(t, "Hà Nội \uFFFD", Decode(in, Encoding(200)))
	assert.Equal(t, "Hà Nội \uFFFD", Detection{Encoding: Encoding(200)}.Decode(in))
	assert.Equal(t, "Hà Nội", Decode([]byte("H\xB5 N\xE9i"), Encoding(200)), "auto-detected TCVN3")
}

// TestShortLegacyLines: a line with one or two non-ASCII characters is
// legacy text only when they make a Vietnamese word with confidence (three
// letters or more, or a common syllable); a stray symbol is left alone. The
// fast path's scan and the pipeline must agree either way.
func TestShortLegacyLines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"0ò0ộ\n°", "0ò0ộ\n°"},
		{"°", "°"},
		{"n°", "n°"},
		{"Hà Nội\n°", "Hà Nội\n°"},
		{"Nhiệt độ\n25°", "Nhiệt độ\n25°"},
		{"Số nhà\nN° 5", "Số nhà\nN° 5"},
		{"Việt Nam\n© ®", "Việt Nam\n© ®"},
		{"Việt Nam\nµ", "Việt Nam\nµ"},
		{"Bản đồ\n5 µm", "Bản đồ\n5 µm"},
		{"Dòng một\n¸\nDòng ba", "Dòng một\n¸\nDòng ba"},
		// Evidence: a word of three letters or more, or a common syllable.
		{"Việt Nam\nXin chµo", "Việt Nam\nXin chào"},
		{"Việt Nam\nChµo", "Việt Nam\nChào"},
		{"Việt Nam\nH\xB5 N\xE9i", "Việt Nam\nHà Nội"},
		{"Dòng một\nXin chµo\nDòng ba", "Dòng một\nXin chào\nDòng ba"},
	} {
		c := testConfig()
		assert.Equal(t, tc.want, Normalize(tc.in), "%q", tc.in)
		p, _, _ := pipeline(tc.in, c, false)
		assert.Equal(t, tc.want, p, "pipeline %q", tc.in)
		// The fast path may send text to the pipeline, never skip its work.
		assert.False(t, tc.want != tc.in && isNormal(tc.in, &c), "fast path accepted %q", tc.in)
		assert.Empty(t, runsMatchWhole(tc.in, c), "%q", tc.in)
	}
}

// TestVIQRLeavesASCIIAlone: detected VIQR is decoded line by line and word
// by word; lines without VIQR evidence, URLs, e-mail addresses and words
// whose marks make no syllable stay as written, and so does an ellipsis.
func TestVIQRLeavesASCIIAlone(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"To^i la` ngu+o+`i Vie^.t Nam.\nXem https://vnexpress.net/thoi-su?page=2.html, e.g. Go.",
			"Tôi là người Việt Nam.\nXem https://vnexpress.net/thoi-su?page=2.html, e.g. Go."},
		{"Ba.n te^n gi`? Anh ta ddi ra\\.", "Bạn tên gì? Anh ta đi ra."},
		{"Vie^.t Nam\nWhy? See the docs, e.g. ra.", "Việt Nam\nWhy? See the docs, e.g. ra."},
		{"Ho.c sinh ho.c ba`i... Ca'c ba.n ddi dda^u\\?", "Học sinh học bài... Các bạn đi đâu?"},
		{"Co^ Thi. Hoa la`m vie^.c o+? Vu. Tha^n, tho^i\\.", "Cô Thị Hoa làm việc ở Vụ Thân, thôi."},
		{"Thu+ gu+?i ve^` ten.ho@vi.du.vn hay www.vi-du.vn/ho.c nhe'.", "Thư gửi về ten.ho@vi.du.vn hay www.vi-du.vn/ho.c nhé."},
		{"Ho.. ddi ro^`i, co`n ai\\?", "Họ. đi rồi, còn ai?"},
		{"Anh ddi ho\\.c.", "Anh đi ho.c."}, // an escaped mark is literal (RFC 1456)
		{"Vie^.t Nam, e.g. (xem link).", "Việt Nam, e.g. (xem link)."},
	} {
		assert.Equal(t, tc.want, Normalize(tc.in), "%q", tc.in)
		n := NormalizeWithMap(tc.in)
		checkMap(t, tc.in, n)
		// A stream detects VIQR once and decodes it the same way.
		out, _, err := transform.String(new(Normalizer).Transformer(), tc.in)
		assert.NoError(t, err)
		assert.Equal(t, tc.want, out, "stream %q", tc.in)
	}
}
