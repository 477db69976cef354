package tokenize

import (
	"strings"
	"testing"
)

func BenchmarkSentences(b *testing.B) {
	tk, text := loadNewsArticle1MB(b)
	n := len(tk.Sentences(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tk.Sentences(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkSentencesParallel(b *testing.B) {
	tk, text := loadNewsArticle1MB(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			tk.Sentences(text)
		}
	})
}

// BenchmarkLongLine50MB runs both splitters over the article repeated to
// 50 MB with its line breaks replaced by spaces: one single line.
func BenchmarkLongLine50MB(b *testing.B) {
	tk, text := loadNewsArticle1MB(b)
	line := strings.ReplaceAll(strings.Repeat(text, 50), "\n", " ")
	b.Run("Sentences", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		b.ReportAllocs()
		for b.Loop() {
			tk.Sentences(line)
		}
	})
	b.Run("Tokens", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		b.ReportAllocs()
		for b.Loop() {
			tk.Tokens(line)
		}
	})
}
