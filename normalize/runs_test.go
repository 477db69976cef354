package normalize

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vntext/vntext/internal/testenv"
)

// runsMatchWhole reports how the run-by-run passes differ from whole-text
// passes on s (text, error or any offset of the map), or "".
func runsMatchWhole(s string, c normConfig) string {
	for _, track := range []bool{false, true} {
		got, gm, gerr := normalizeText(s, c, track, true)
		want, wm, werr := normalizeText(s, c, track, false)
		if fmt.Sprint(gerr) != fmt.Sprint(werr) {
			return fmt.Sprintf("error %v, whole text %v", gerr, werr)
		}
		if got != want {
			return fmt.Sprintf("runs give\n %q\nwhole text gives\n %q", got, want)
		}
		if !track {
			continue
		}
		g, w := Normalized{Text: got, orig: gm, inLen: len(s)}, Normalized{Text: want, orig: wm, inLen: len(s)}
		for i := 0; i <= len(got); i++ {
			if g.Orig(i) != w.Orig(i) {
				return fmt.Sprintf("text %q: Orig(%d) = %d, whole text %d", got, i, g.Orig(i), w.Orig(i))
			}
		}
	}
	return ""
}

// runFragments are pieces of text the generator strings together: clean
// words and every kind of damage the stages repair.
var runFragments = []string{
	"Hà", "Nội", "là", "thủ", "đô", "của", "Việt", "Nam", "người", "dân", "và", "các", "cơ", "quan", "năm", "2024",
	"TP.", "HCM,", "(ảnh)", "\"trích\"", "'x'", "A.", "50%", "v.v.", "ông", "Đà", "Nẵng", "café", "São", "Paulo",
	" ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", "\r\n", " \n", "\t",
	"hòa", "thủy", "Khánh Hòa", "họat", "qúa", "gìa", "khủyu", "Thǎng", "\u201Cxin\u201D", "\u2013", "\u2026",
	"a\u00A0b", "\u00A0", "\u200B", "x\u200By", "\uFEFF", "\u00AD", "&amp;", "&nbsp;", "&#7879;", "&agrave;", "&lt;b&gt;",
	"&", ";", "Vie\u0302\u0323t", "e\u0301", "x\u0302", "\u0301", "Ã", "Ã ", "vÃ", "NGÃ", "Viá»‡t", "Ä‘Æ°á»\u009dng", "Ã©",
	"Ðông", "Ｈà", "\u0397À", "👨\u200D👩", "\u200D", "ǎ", "°C", "©", "€", "µ", "Xin chµo", "H\xB5 N\xE9i", "\xFF",
	"Vie^.t", "dda^u", "~", "`", "^", "中文", "ﬁ", "\u2028", "\x0B", "\x85", "ÃÂ", "º ", "»", "«", "Â ", "xÉ",
	"R & D", "&", "°", "\n°\n", "Paris – France", "&amp;lt;",
}

func genRunText(r *rand.Rand) string {
	var b strings.Builder
	n := 1 + r.IntN(40)
	for range n {
		if r.IntN(3) == 0 {
			b.WriteString(runFragments[r.IntN(16)]) // mostly clean words
		} else {
			b.WriteString(runFragments[r.IntN(len(runFragments))])
		}
		if r.IntN(4) != 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestRunsMatchWholeGenerated compares run-by-run and whole-text
// normalization on generated text mixing clean words with every kind of
// damage, in each tone style, with and without kept lines.
func TestRunsMatchWholeGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	fails := 0
	for i := range n {
		s := genRunText(r)
		c := testConfig(WithTone(ToneStyle(i%3 + 1)))
		c.keepLines = i%4 == 0
		var d dirtyRuns
		if scanText(s, &c, &d) == scanRuns {
			if out, _, next, ok := pipelineRuns(s, c, false, &d); ok && next == scanClean && !isNormal(out, &c) {
				if p, _, _ := pipeline(out, c, false); p != out {
					t.Errorf("%q: runs output %q claimed final, the pipeline gives %q", s, out, p)
				}
			}
		}
		if diff := runsMatchWhole(s, c); diff != "" {
			t.Errorf("%q (tone %v, keepLines %v):\n%s", s, c.tone, c.keepLines, diff)
			if fails++; fails > 5 {
				t.FailNow()
			}
		}
	}
}

// TestRunsMatchWholeReal compares run-by-run and whole-text normalization,
// text and offsets, on every title and text of VietNews dev and of the
// Wikipedia crawl (read from $VNTEXT_DATA; a sample under the race
// detector, see wikiStride), in the default configuration and with kept
// lines; VietNews also in the classic and keep tone styles.
func TestRunsMatchWholeReal(t *testing.T) {
	news := jsonlTexts(t, filepath.Join(testenv.DataDir(t, "sum", "vietnews"), "dev.jsonl"))
	wiki := jsonlTexts(t, filepath.Join(testenv.DataDir(t, "text", "viwiki"), "viwiki.jsonl.gz"))
	runs, texts := 0, 0
	check := func(corpus string, all []string, stride int, opts ...Option) {
		c := testConfig(opts...)
		for i := 0; i < len(all); i += stride {
			s := all[i]
			texts++
			var d dirtyRuns
			if scanText(s, &c, &d) == scanRuns {
				runs++
			}
			if diff := runsMatchWhole(s, c); diff != "" {
				t.Fatalf("%s text %d (tone %v, keepLines %v): %s", corpus, i, c.tone, c.keepLines, diff)
			}
		}
	}
	check("VietNews", news, 1)
	check("VietNews", news, 1, WithTone(ToneClassic))
	check("VietNews", news, 1, WithTone(ToneKeep))
	check("VietNews", news, 1, WithKeepLines())
	check("Wikipedia", wiki, wikiStride)
	check("Wikipedia", wiki, wikiStride, WithKeepLines())
	t.Logf("%d texts, %d of them repaired run by run, all equal to whole-text normalization", texts, runs)
}

// jsonlTexts returns the title and text of every record of a JSONL file
// (gzip-compressed when its name ends in .gz).
func jsonlTexts(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = z
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var texts []string
	for sc.Scan() {
		var a struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, a.Title, a.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return texts
}

// TestNewsTextRepairs checks the benchmarks' raw news (newsText): every
// change made to the Wikipedia excerpt is undone, the runs give what the
// whole text gives, and the result is a fixed point.
func TestNewsTextRepairs(t *testing.T) {
	news, want := newsText(t), Normalize(wikiText(t))
	if news == wikiText(t) {
		t.Fatal("newsText changed nothing")
	}
	if got := Normalize(news); got != want {
		t.Fatal("Normalize(newsText) differs from Normalize of the excerpt")
	}
	for _, s := range []string{news, want} {
		if diff := runsMatchWhole(s, defaultConfig); diff != "" {
			t.Fatal(diff)
		}
	}
}

// TestNormalTextAllocatesNothing checks the promise: already-normal
// text (the bundled article, the Wikipedia excerpt once normalized) is
// returned as it is, without allocating.
func TestNormalTextAllocatesNothing(t *testing.T) {
	for name, s := range map[string]string{"article": benchText(t), "wiki": Normalize(wikiText(t))} {
		if got := Normalize(s); got != s {
			t.Fatalf("%s: not a fixed point", name)
		}
		if n := testing.AllocsPerRun(10, func() { Normalize(s) }); n != 0 {
			t.Errorf("%s: %v allocations, want 0", name, n)
		}
	}
}
