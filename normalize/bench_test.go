package normalize

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/testenv"
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
func BenchmarkCleanRatio(b *testing.B) { benchRatio(b, []string{benchText(b)}, normalizeDefault) }

// wikiText is the Wikipedia excerpt (SOURCES.md): real text as
// crawled, which needs repair here and there (old-style tone marks, runs of
// blank lines, dashes).
func wikiText(tb testing.TB) string {
	b, err := os.ReadFile("testdata/viwiki_excerpt.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// newsText is the Wikipedia excerpt made to look like raw news as archives
// hold it, deterministically, line by line: every eighth line decomposed
// (NFD, as Mac-made pages are), the next but one with curly quotes and en
// dashes, then one written as HTML (&amp;, &quot;, a numeric reference for
// each ế and ộ), then one with no-break spaces after commas and a doubled
// space; the lines between are left as crawled.
func newsText(tb testing.TB) string {
	lines := strings.Split(wikiText(tb), "\n")
	html := strings.NewReplacer("&", "&amp;", `"`, "&quot;", "ế", "&#7871;", "ộ", "&#7897;")
	for k, l := range lines {
		switch k % 8 {
		case 0:
			l = norm.NFD.String(l)
		case 2:
			l = strings.ReplaceAll(curlyQuotes(l), " - ", " \u2013 ")
		case 4:
			l = html.Replace(l)
		case 6:
			l = strings.ReplaceAll(l, ", ", ",\u00A0")
			l = strings.Replace(l, ". ", ".  ", 1)
		}
		lines[k] = l
	}
	return strings.Join(lines, "\n")
}

// curlyQuotes turns straight double quotes into opening and closing curly
// ones, by position.
func curlyQuotes(s string) string {
	var b strings.Builder
	open := true
	for _, r := range s {
		if r == '"' {
			r = '\u201D'
			if open {
				r = '\u201C'
			}
			open = !open
		}
		b.WriteRune(r)
	}
	return b.String()
}

// BenchmarkWikiRatio is BenchmarkCleanRatio on the Wikipedia excerpt, as one
// document; WikiMapRatio adds the offset map. WikiNewsRatio runs the raw
// news made of it (newsText), WikiNormalRatio the excerpt once normalized,
// which Normalize returns as it is. The plain Normalize benchmarks on the
// same three texts report Normalize's own allocations.
func BenchmarkWikiRatio(b *testing.B) { benchRatio(b, []string{wikiText(b)}, normalizeDefault) }

func BenchmarkWikiMapRatio(b *testing.B) {
	benchRatio(b, []string{wikiText(b)}, func(s string) string { return NormalizeWithMap(s).Text })
}

func BenchmarkWikiNewsRatio(b *testing.B) { benchRatio(b, []string{newsText(b)}, normalizeDefault) }

func BenchmarkWikiNormalRatio(b *testing.B) {
	benchRatio(b, []string{Normalize(wikiText(b))}, normalizeDefault)
}

func BenchmarkNormalizeWiki(b *testing.B) { benchNormalize(b, wikiText(b), normalizeDefault) }

func BenchmarkNormalizeWikiNews(b *testing.B) { benchNormalize(b, newsText(b), normalizeDefault) }

func BenchmarkNormalizeWikiNormal(b *testing.B) {
	benchNormalize(b, Normalize(wikiText(b)), normalizeDefault)
}

// vietNewsTexts returns the texts of the VietNews dev articles (evaluation
// data, read from $VNTEXT_DATA at run time and never committed).
func vietNewsTexts(tb testing.TB) []string {
	f, err := os.Open(filepath.Join(testenv.DataDir(tb, "sum", "vietnews"), "dev.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// BenchmarkVietNewsRatio normalizes every VietNews dev article in turn (the
// way a batch run does); the NFC side does the same. VietNewsDocRatio
// joins the first articles with blank lines into one document of 252 KB,
// the size the issue measured.
func BenchmarkVietNewsRatio(b *testing.B) { benchRatio(b, vietNewsTexts(b), normalizeDefault) }

func BenchmarkVietNewsMapRatio(b *testing.B) {
	benchRatio(b, vietNewsTexts(b), func(s string) string { return NormalizeWithMap(s).Text })
}

func BenchmarkVietNewsDocRatio(b *testing.B) {
	var doc strings.Builder
	for _, t := range vietNewsTexts(b) {
		if doc.Len() >= 252<<10 {
			break
		}
		doc.WriteString(t)
		doc.WriteString("\n\n")
	}
	benchRatio(b, []string{doc.String()}, normalizeDefault)
}

// benchRatio times f and norm.NFC.String alternately on the same texts, so
// both see the same machine load, and reports both speeds and their ratio
// (nfc/normalize: how many times faster f is than NFC alone). The ratio is
// the median of the ratios of single iterations, so that a pause that hits
// one side of one iteration (the machine is shared) does not move it.
func benchRatio(b *testing.B, texts []string, f func(string) string) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	var tNorm, tNFC time.Duration
	ratios := make([]float64, 0, 1<<12) // before b.Loop: not counted
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		for _, t := range texts {
			_ = f(t)
		}
		t1 := time.Now()
		for _, t := range texts {
			_ = norm.NFC.String(t)
		}
		t2 := time.Now()
		tNorm += t1.Sub(t0)
		tNFC += t2.Sub(t1)
		if len(ratios) < cap(ratios) {
			ratios = append(ratios, float64(t2.Sub(t1))/float64(max(t1.Sub(t0), 1)))
		}
	}
	slices.Sort(ratios)
	mb := float64(n) * float64(b.N) / 1e6
	b.ReportMetric(ratios[len(ratios)/2], "nfc/normalize")
	b.ReportMetric(mb/tNorm.Seconds(), "normalize-MB/s")
	b.ReportMetric(mb/tNFC.Seconds(), "nfc-MB/s")
}
