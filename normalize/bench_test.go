package normalize

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// benchText is the bundled article repeated to about 50 KB: clean NFC text
// that Normalize must return unchanged.
func benchText(tb testing.TB) string {
	b, err := os.ReadFile("testdata/norm_article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	a := strings.TrimSpace(string(b))
	return strings.Repeat(a+"\n\n", 15) + a
}

// encodeTCVN3 writes s in TCVN3 bytes (capitals VN3 lacks use the
// lower-case code, as .VnTime text did).
func encodeTCVN3(s string) string {
	rev := map[rune]byte{}
	for b := 0xFF; b >= 0x80; b-- {
		rev[tcvn3Table[b]] = byte(b)
	}
	var out []byte
	for _, r := range s {
		switch c, ok := rev[r]; {
		case r < utf8.RuneSelf:
			out = append(out, byte(r))
		case ok:
			out = append(out, c)
		default:
			out = append(out, rev[[]rune(strings.ToLower(string(r)))[0]])
		}
	}
	return string(out)
}

func TestBenchArticleIsNormal(t *testing.T) {
	s := benchText(t)
	if got := Normalize(s); got != s {
		t.Fatal("the benchmark article is not a fixed point of Normalize")
	}
	if !isNormal(s, &normConfig{tone: ToneModern}) {
		t.Fatal("the benchmark article misses the fast path")
	}
	if got := Normalize(norm.NFD.String(s)); got != s {
		t.Fatal("NFD article does not normalize back")
	}
	if got := Normalize(encodeTCVN3(s)); strings.ToLower(got) != strings.ToLower(s) {
		t.Fatal("TCVN3 article does not decode back")
	}
}

func benchNormalize(b *testing.B, s string, f func(string) string) {
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = f(s)
	}
}

func normalizeDefault(s string) string { return Normalize(s) }

// BenchmarkNormalizeClean and BenchmarkNFCClean are the README's speed
// ratio: the full normalizer against norm.NFC alone on the same clean text.
func BenchmarkNormalizeClean(b *testing.B) { benchNormalize(b, benchText(b), normalizeDefault) }

func BenchmarkNFCClean(b *testing.B) { benchNormalize(b, benchText(b), norm.NFC.String) }

func BenchmarkNormalizeWithMapClean(b *testing.B) {
	benchNormalize(b, benchText(b), func(s string) string { return NormalizeWithMap(s).Text })
}

func BenchmarkNormalizeNFD(b *testing.B) {
	benchNormalize(b, norm.NFD.String(benchText(b)), normalizeDefault)
}

func BenchmarkNFCNFD(b *testing.B) { benchNormalize(b, norm.NFD.String(benchText(b)), norm.NFC.String) }

func BenchmarkNormalizeTCVN3Auto(b *testing.B) {
	benchNormalize(b, encodeTCVN3(benchText(b)), normalizeDefault)
}

func BenchmarkNormalizeTCVN3Given(b *testing.B) {
	n, _ := New(WithEncoding(TCVN3))
	benchNormalize(b, encodeTCVN3(benchText(b)), func(s string) string { out, _ := n.Normalize(s); return out })
}

// BenchmarkNormalizeClassic rewrites every modern-style word (hoà → hòa).
func BenchmarkNormalizeClassic(b *testing.B) {
	n, _ := New(WithTone(ToneClassic))
	benchNormalize(b, benchText(b), func(s string) string { out, _ := n.Normalize(s); return out })
}

func BenchmarkFold(b *testing.B) {
	benchNormalize(b, benchText(b), func(s string) string { return Fold(s) })
}

// curlyText is the article with curly quotes and en dashes, as most news
// sites write them: the normalizer has to rewrite it.
func curlyText(tb testing.TB) string {
	s := benchText(tb)
	s = strings.ReplaceAll(s, ` "`, " \u201C")
	s = strings.ReplaceAll(s, `",`, "\u201D,")
	return strings.ReplaceAll(s, "-", "\u2013")
}

func BenchmarkNormalizeCurlyQuotes(b *testing.B) { benchNormalize(b, curlyText(b), normalizeDefault) }

// BenchmarkCleanRatio times Normalize and norm.NFC.String alternately on the
// same clean article, so both see the same machine load; the README's ratio
// is its nfc/normalize metric (how many times faster Normalize is).
func BenchmarkCleanRatio(b *testing.B) {
	s := benchText(b)
	var tNorm, tNFC time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		_ = Normalize(s)
		t1 := time.Now()
		_ = norm.NFC.String(s)
		t2 := time.Now()
		tNorm += t1.Sub(t0)
		tNFC += t2.Sub(t1)
	}
	mb := float64(len(s)) * float64(b.N) / 1e6
	b.ReportMetric(tNFC.Seconds()/tNorm.Seconds(), "nfc/normalize")
	b.ReportMetric(mb/tNorm.Seconds(), "normalize-MB/s")
	b.ReportMetric(mb/tNFC.Seconds(), "nfc-MB/s")
}
