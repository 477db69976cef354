package summarize

import (
	"context"
	"testing"
)

func FuzzSummarize(f *testing.F) {
	f.Add("Cầu Nhật Lệ", testText, 45, 0, 3)
	f.Add("", "Hà Nội. TP. HCM! Ông nói: “Xong.”\nẢnh: X", 5, 10, 1)
	f.Add("\xff", "\xff\xfe. \u0300a. b.", 0, 0, 2)
	s := map[[4]int]*Summarizer{}
	f.Fuzz(func(t *testing.T, title, text string, maxSyl, maxChars, sentences int) {
		cfg := [4]int{abs(maxSyl) % 200, abs(maxChars) % 400, 1 + abs(sentences)%5, abs(sentences) % 2}
		sm := s[cfg]
		if sm == nil {
			opts := []Option{WithMaxSyllables(cfg[0]), WithMaxChars(cfg[1]), WithSentences(cfg[2])}
			if cfg[3] == 1 {
				opts = append(opts, WithStrictBudget())
			}
			sm = mustNew(t, opts...)
			s[cfg] = sm
		}
		sum, err := sm.Summarize(context.Background(), Article{Title: title, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		checkSummary(t, sm, text, sum)
		for _, k := range keywords(sm, text, 5) {
			if k.Text == "" {
				t.Fatal("empty keyword")
			}
		}
	})
}

func abs(x int) int {
	if x < 0 {
		if x == -x {
			return 0 // math.MinInt
		}
		return -x
	}
	return x
}
