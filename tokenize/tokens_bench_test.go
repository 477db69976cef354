package tokenize

import (
	"os"
	"strings"
	"sync"
	"testing"
)

// newsArticle1MB is testdata/articles/news-vi.txt repeated to about 1 MB
// (shared by the benchmarks of this package).
var newsArticle1MB = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile("../testdata/articles/news-vi.txt")
	if err != nil {
		return "", err
	}
	return strings.Repeat(string(b)+"\n", (1<<20)/(len(b)+1)+1), nil
})

func loadNewsArticle1MB(b *testing.B) (*Tokenizer, string) {
	b.Helper()
	text, err := newsArticle1MB()
	if err != nil {
		b.Fatal(err)
	}
	tk, err := New()
	if err != nil {
		b.Fatal(err)
	}
	return tk, text
}

func countSyllableTokens(toks []Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == Syllable {
			n++
		}
	}
	return n
}

func BenchmarkTokens(b *testing.B) {
	tk, text := loadNewsArticle1MB(b)
	syllables := countSyllableTokens(tk.Tokens(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tk.Tokens(text)
	}
	b.ReportMetric(float64(syllables)*float64(b.N)/b.Elapsed().Seconds(), "syllables/s")
}

// BenchmarkAppendTokens tokenizes sentence by sentence into a reused
// buffer, as the word segmenter does.
func BenchmarkAppendTokens(b *testing.B) {
	tk, text := loadNewsArticle1MB(b)
	sents := tk.Sentences(text)
	syllables := countSyllableTokens(tk.Tokens(text))
	buf := make([]Token, 0, 256)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			buf = tk.AppendTokens(buf[:0], s.Text)
		}
	}
	b.ReportMetric(float64(syllables)*float64(b.N)/b.Elapsed().Seconds(), "syllables/s")
}

func BenchmarkTokensParallel(b *testing.B) {
	tk, text := loadNewsArticle1MB(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		buf := make([]Token, 0, len(text)/5)
		for pb.Next() {
			buf = tk.AppendTokens(buf[:0], text)
		}
	})
}
