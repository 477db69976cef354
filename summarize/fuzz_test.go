package summarize

import (
	"context"
	"strings"
	"testing"
)

func FuzzSummarize(f *testing.F) {
	f.Add("Cầu Nhật Lệ", testText, 45, 0, 3)
	f.Add("Cầu Nhật Lệ", testText, 20, 0, 0)
	f.Add("", "Chiều 7/5, ông A nói (vâng, “dạ, thưa”) – rồi; đi, về: x, y. Tối, z, t, u, v, w, a, b, c, d.", 6, 30, 6)
	f.Add("", "Hà Nội. TP. HCM! Ông nói: “Xong.”\nẢnh: X", 5, 10, 1)
	f.Add("\xff", "\xff\xfe. \u0300a. b.", 0, 0, 2)
	s := map[[4]int]*Summarizer{}
	f.Fuzz(func(t *testing.T, title, text string, maxSyl, maxChars, sentences int) {
		// cfg[2] == 0: no sentence count, so a budget alone (parts).
		cfg := [4]int{abs(maxSyl) % 200, abs(maxChars) % 400, abs(sentences) % 6, abs(sentences) / 6 % 2}
		sm := s[cfg]
		if sm == nil {
			opts := []Option{WithMaxSyllables(cfg[0]), WithMaxChars(cfg[1])}
			if cfg[2] > 0 {
				opts = append(opts, WithSentences(cfg[2]))
			}
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

// SummarizeCluster and KeywordsOf with caller names: no panics, every
// span the caller's own text.
func FuzzSummarizeCluster(f *testing.F) {
	f.Add("Cầu Nhật Lệ", testText, "Khởi công", "TTO - Sáng 5/6, cầu khởi công. “Xong.”\nẢnh: X", 3, 0, 5)
	f.Add("", "\xff\xfe. \u0300a. b.", "", "", 1, 10, 0)
	s := mustNew(f, WithSentences(2))
	f.Fuzz(func(t *testing.T, t1, x1, t2, x2 string, nameStart, nameLen, n int) {
		arts := []Article{{ID: "1", Title: t1, Text: x1}, {ID: "2", Title: t2, Text: x2}}
		sum, err := s.SummarizeCluster(context.Background(), arts)
		if err != nil {
			t.Fatal(err)
		}
		checkCluster(t, arts, sum)
		names := []NameSpan{{Start: nameStart, End: nameStart + nameLen, Type: "X"}}
		for _, k := range keywordsOf(s, x1, KeywordInput{Title: t1, Names: names}, abs(n)%20) {
			if len(k.Mentions) == 0 || !strings.Contains(x1, k.Text) {
				t.Fatalf("keyword %q: no mention or not the text's own", k.Text)
			}
			for _, m := range k.Mentions {
				if m.Start < 0 || m.Start >= m.End || m.End > len(x1) {
					t.Fatalf("keyword %q: mention %v outside the text", k.Text, m)
				}
			}
		}
	})
}
