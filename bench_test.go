package vntext

import (
	"context"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/vntext/vntext/internal/synth"
)

// BenchmarkAnalyze runs the whole pipeline on a generated ~500-syllable
// article, one task set per sub-benchmark.
func BenchmarkAnalyze(b *testing.B) {
	title, text := synth.Article(rand.New(rand.NewPCG(1, 2)), 500)
	for _, bc := range []struct {
		name  string
		tasks Task
	}{
		{"all", AllTasks},
		{"batch-default", TaskSegmented | TaskEntities | TaskSummary | TaskPage},
		{"batch-without-page", TaskSegmented | TaskEntities | TaskSummary},
		{"normalize", TaskNormalize},
		{"keywords", TaskKeywords}, // alone: the split is not made twice
	} {
		a, err := New(WithTasks(bc.tasks))
		if err != nil {
			b.Fatal(err)
		}
		doc := Doc{Title: title, Text: text}
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Analyze(context.Background(), doc); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"-parallel", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := a.Analyze(context.Background(), doc); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// BenchmarkStageMemory reports, for each stage alone and for all of them,
// the bytes allocated per input byte (alloc-B/in-B) and the bytes the
// Result keeps per input byte (result-B/in-B), on 2 MB of generated news
// (eight windows): what a stage costs in memory, as a multiple of its
// input.
//
//	go test -run '^$' -bench StageMemory -benchtime 3x .
func BenchmarkStageMemory(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	var sb strings.Builder
	for sb.Len() < 2<<20 {
		_, text := synth.Article(r, 500)
		sb.WriteString(text)
		sb.WriteString("\n")
	}
	doc := Doc{Text: sb.String()}
	for _, t := range []Task{TaskNormalize, TaskSentences, TaskWords, TaskSegmented, TaskEntities, TaskOfficials, TaskSummary, TaskKeywords, AllTasks} {
		name := t.String()
		if t == AllTasks {
			name = "all"
		}
		a, err := New(WithTasks(t))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			var res Result
			for b.Loop() {
				if res, err = a.Analyze(context.Background(), doc); err != nil {
					b.Fatal(err)
				}
			}
			runtime.ReadMemStats(&after)
			in := float64(len(doc.Text))
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/in, "alloc-B/in-B")
			benchSink = res // a global: alive through the collections below
			runtime.GC()
			runtime.ReadMemStats(&before)
			benchSink = Result{}
			runtime.GC()
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(int64(before.HeapAlloc)-int64(after.HeapAlloc))/in, "result-B/in-B")
		})
	}
}

var benchSink Result

// BenchmarkAnalyzeLong runs the default pipeline on 3 MB texts, as
// "vntext analyze --json" does on a long file: an article repeated, one
// paragraph a line, and the same words on one line without a line break
// or a sentence end (a broken export), which the windows must cut between
// words.
//
//	go test -run '^$' -bench AnalyzeLong -benchtime 3x .
func BenchmarkAnalyzeLong(b *testing.B) {
	_, art := synth.Article(rand.New(rand.NewPCG(5, 6)), 500)
	lines := strings.Repeat(art+"\n", 3<<20/(len(art)+1))
	oneLine := strings.NewReplacer("\n", " ", ". ", " ", "? ", " ", "! ", " ").Replace(lines)
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct{ name, text string }{{"lines", lines}, {"one-line", oneLine}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Analyze(context.Background(), Doc{Text: bc.text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
