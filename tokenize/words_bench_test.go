package tokenize

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/vntext/vntext/internal/testenv"
	"github.com/vntext/vntext/tokenize/internal/lexicon"
	"github.com/vntext/vntext/tokenize/internal/wseg"
)

// wordsBenchText is the bundled article repeated to about 1 MB.
func wordsBenchText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/article_ws.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return strings.Repeat(string(b)+"\n", 1<<20/len(b)+1)
}

func countKind(toks []Token, k Kind) int {
	n := 0
	for _, t := range toks {
		if t.Kind == k {
			n++
		}
	}
	return n
}

// BenchmarkWords segments the whole text in one call.
func BenchmarkWords(b *testing.B) {
	t, err := New()
	if err != nil {
		b.Fatal(err)
	}
	text := wordsBenchText(b)
	syl := countKind(t.Tokens(text), Syllable)
	sentences := len(t.Sentences(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := testenv.CPUTime()
	for b.Loop() {
		t.Words(text)
	}
	reportRates(b, syl, testenv.CPUTime()-c0)
	b.ReportMetric(testing.AllocsPerRun(1, func() { t.Words(text) })/float64(sentences), "allocs/sentence")
}

// reportRates reports syllables per wall-clock second and per CPU second.
func reportRates(b *testing.B, syl int, cpu time.Duration) {
	b.ReportMetric(float64(syl)*float64(b.N)/b.Elapsed().Seconds(), "syllables/s")
	if cpu > 0 {
		b.ReportMetric(float64(syl)*float64(b.N)/cpu.Seconds(), "syllables/cpu-s")
	}
}

// BenchmarkWordsPerLine segments line by line, the way the CLI and most
// callers do; allocs/op is per line (a paragraph of several sentences).
func BenchmarkWordsPerLine(b *testing.B) {
	t, err := New()
	if err != nil {
		b.Fatal(err)
	}
	text := wordsBenchText(b)
	lines := strings.Split(text, "\n")
	syl := countKind(t.Tokens(text), Syllable)
	sentences := len(t.Sentences(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	b.ResetTimer()
	c0 := testenv.CPUTime()
	for b.Loop() {
		for _, l := range lines {
			t.Words(l)
		}
	}
	b.StopTimer()
	reportRates(b, syl, testenv.CPUTime()-c0)
	runtime.ReadMemStats(&m1)
	b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/float64(b.N)/float64(sentences), "allocs/sentence")
}

// BenchmarkWordsParallel runs BenchmarkWordsPerLine's work on all cores.
func BenchmarkWordsParallel(b *testing.B) {
	t, err := New()
	if err != nil {
		b.Fatal(err)
	}
	text := wordsBenchText(b)
	lines := strings.Split(text, "\n")
	syl := countKind(t.Tokens(text), Syllable)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, l := range lines {
				t.Words(l)
			}
		}
	})
	b.ReportMetric(float64(syl)*float64(b.N)/b.Elapsed().Seconds(), "syllables/s")
}

// BenchmarkModelLoad parses the embedded model, as New does once per
// process, and reports the heap it keeps.
func BenchmarkModelLoad(b *testing.B) {
	b.ReportAllocs()
	var m *wseg.Model
	c0 := testenv.CPUTime()
	for b.Loop() {
		var err error
		m, err = wseg.Load(lexicon.Model(), canonicalSyllable)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if cpu := testenv.CPUTime() - c0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
	b.ReportMetric(float64(modelHeap(b)), "heap-bytes")
	runtime.KeepAlive(m)
}

// modelHeap measures the live heap that one loaded model adds.
func modelHeap(tb testing.TB) uint64 {
	tb.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m, err := wseg.Load(lexicon.Model(), canonicalSyllable)
	if err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(m)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}

// TestModelMemory keeps the loaded model within its memory budget.
func TestModelMemory(t *testing.T) {
	const budget = 30 << 20
	if h := modelHeap(t); h > budget {
		t.Fatalf("model heap %d bytes > budget %d", h, budget)
	} else {
		t.Logf("model heap: %.1f MB", float64(h)/(1<<20))
	}
}
