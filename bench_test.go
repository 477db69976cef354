package vntext

import (
	"context"
	"math/rand/v2"
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
		{"batch-default", TaskWords | TaskEntities | TaskSummary | TaskPage},
		{"batch-without-page", TaskWords | TaskEntities | TaskSummary},
		{"normalize", TaskNormalize},
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
