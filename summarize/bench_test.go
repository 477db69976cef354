package summarize

import (
	"context"
	"testing"
)

// BenchmarkSummarizeDev summarizes every dev article once per round at the
// issue's 45-syllable budget, sentence splitting included. Reported:
// articles/s (wall), articles per CPU-second, allocations per article. Run
// with -cpu 1 for the one-core figure.
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
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		r := recs[i%len(recs)]
		if _, err := s.Summarize(ctx, Article{Title: r.Title, Text: r.Text}); err != nil {
			b.Fatal(err)
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu > 0 {
		// Articles per second of CPU time: the single-core rate on an idle
		// machine, independent of how many other jobs share the cores.
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}

// BenchmarkSummarizeLong shows time per sentence staying flat from 1,000 to
// 10,000 sentences (linear time); compare the cpu-ns/sentence metric.
func BenchmarkSummarizeLong(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		a := Article{Title: "Khởi công cầu Nhật Lệ", Text: longArticle(n)}
		s, err := New(WithMaxSyllables(devBudget))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(a.Text)))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if _, err := s.Summarize(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
			cpu := cpuTime() - cpu0
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/sentence")
			if cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/sentence")
			}
		})
	}
}
