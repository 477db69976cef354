package tokenize

import "testing"

func BenchmarkSentences(b *testing.B) {
	tk, text := loadBenchArticle(b)
	n := len(tk.Sentences(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tk.Sentences(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkSentencesParallel(b *testing.B) {
	tk, text := loadBenchArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			tk.Sentences(text)
		}
	})
}
