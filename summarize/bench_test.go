package summarize

import (
	"context"
	"testing"
)

// BenchmarkSummarizeDev summarizes every dev article once per round at the
// issue's 45-syllable budget, sentence splitting included. Reported:
// articles/s and allocations per article.
func BenchmarkSummarizeDev(b *testing.B) {
	recs := devRecords(b)
	s, err := New(WithMaxSyllables(devBudget))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	bytes := 0
	for _, r := range recs {
		bytes += len(r.Text) + len(r.Title)
	}
	b.SetBytes(int64(bytes / len(recs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := recs[i%len(recs)]
		if _, err := s.Summarize(ctx, Article{Title: r.Title, Text: r.Text}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
