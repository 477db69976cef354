package entities

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkExtractArticle runs Extract over a self-written news article
// (the tokenizer's test article), repeated as one long text, so that every
// rule, the person and organisation repeats and the lower-case pair index
// run as they do on real news.
func BenchmarkExtractArticle(b *testing.B) {
	raw, err := os.ReadFile("../normalize/testdata/norm_article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw)+"\n", 8)
	x := newTestExtractor(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		extract(x, text)
	}
	b.ReportMetric(float64(len(strings.Fields(text)))*float64(b.N)/b.Elapsed().Seconds(), "syllables/s")
}
