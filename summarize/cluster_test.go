package summarize

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/internal/sumeval"
)

// A story told by three outlets, written for this test (fictional people,
// real places): the second repeats the first's lead with small edits, the
// third paraphrases it and adds news.
var testCluster = []Article{
	{ID: "a", Title: "Quảng Bình khởi công cầu Nhật Lệ 3",
		Text: "TTO - Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 bắc qua sông Nhật Lệ, nối hai bờ thành phố Đồng Hới. " +
			"Cây cầu dài hơn 600 m, tổng vốn đầu tư khoảng 400 tỷ đồng từ ngân sách tỉnh. " +
			"Ông Trần Văn Khải, Giám đốc Sở Giao thông vận tải Quảng Bình, nói công trình sẽ hoàn thành sau hai năm thi công.\nMinh Hải"},
	{ID: "b", Title: "Khởi công cầu Nhật Lệ 3 ở Đồng Hới",
		Text: "(Dân trí) - Sáng 5/6, UBND tỉnh Quảng Bình đã khởi công cầu Nhật Lệ 3 bắc qua sông Nhật Lệ, nối hai bờ TP Đồng Hới. " +
			"Cầu dài hơn 600 m, tổng vốn đầu tư khoảng 400 tỷ đồng. " +
			"Nhiều hộ dân ven sông vẫn chưa nhận tiền bồi thường giải phóng mặt bằng.\nẢnh: Thu Trang"},
	{ID: "c", Title: "Cầu Nhật Lệ 3 chính thức được xây dựng",
		Text: "Cầu Nhật Lệ 3 nối hai bờ thành phố Đồng Hới đã được khởi công sáng 5/6. " +
			"Theo ông Trần Văn Khải, Giám đốc Sở Giao thông vận tải, công trình sẽ hoàn thành sau hai năm thi công. " +
			"Người dân hai bờ mong cây cầu sớm thông xe để đi lại thuận tiện."},
}

func checkCluster(t testing.TB, arts []Article, sum ClusterSummary) {
	t.Helper()
	for i, x := range sum.Sentences {
		require.True(t, 0 <= x.Article && x.Article < len(arts))
		text := arts[x.Article].Text
		require.True(t, 0 <= x.Start && x.Start <= x.End && x.End <= len(text))
		require.Equal(t, text[x.Start:x.End], x.Text)
		require.Equal(t, arts[x.Article].ID, x.ID)
		if i > 0 {
			p := sum.Sentences[i-1]
			require.True(t, p.Article < x.Article || p.Article == x.Article && p.Index < x.Index, "cluster order")
		}
		for _, e := range x.Echoes {
			require.True(t, 0 <= e.Article && e.Article < len(arts))
			require.True(t, 0 <= e.Start && e.Start <= e.End && e.End <= len(arts[e.Article].Text))
		}
	}
}

func TestSummarizeCluster(t *testing.T) {
	s := mustNew(t, WithSentences(3))
	sum, err := s.SummarizeCluster(context.Background(), testCluster)
	require.NoError(t, err)
	checkCluster(t, testCluster, sum)
	require.Len(t, sum.Sentences, 3)
	// Each fact once: the lead (in a or b), the length and cost (a or b),
	// the completion date (a or c); never two versions of one.
	facts := map[string]int{}
	for _, x := range sum.Sentences {
		switch {
		case strings.Contains(x.Text, "khởi công"):
			facts["lead"]++
		case strings.Contains(x.Text, "600 m"):
			facts["size"]++
		case strings.Contains(x.Text, "hai năm"):
			facts["date"]++
		default:
			facts[x.Text]++
		}
	}
	for f, n := range facts {
		assert.Equal(t, 1, n, "%s told %d times: %s", f, n, sum.Text())
	}
	// The lead is told by all three outlets: its sentence says so.
	for _, x := range sum.Sentences {
		if strings.Contains(x.Text, "khởi công") {
			assert.Len(t, x.Echoes, 2, "%+v", x.Echoes)
		}
	}
	// A datelines never opens a chosen sentence.
	for _, x := range sum.Sentences {
		assert.False(t, strings.HasPrefix(x.Text, "TTO") || strings.HasPrefix(x.Text, "(Dân trí)"), x.Text)
	}

	// One article: the same summary as Summarize gives, traced to it.
	one, err := s.SummarizeCluster(context.Background(), testCluster[:1])
	require.NoError(t, err)
	single, err := s.Summarize(context.Background(), testCluster[0])
	require.NoError(t, err)
	require.Len(t, one.Sentences, len(single.Sentences))
	for i, x := range one.Sentences {
		assert.Equal(t, single.Sentences[i], x.Sentence)
		assert.Equal(t, 0, x.Article)
	}

	// Budgets apply as for one article.
	b := mustNew(t, WithMaxSyllables(45))
	sum, err = b.SummarizeCluster(context.Background(), testCluster)
	require.NoError(t, err)
	checkCluster(t, testCluster, sum)
	require.NotEmpty(t, sum.Sentences)

	_, err = s.SummarizeCluster(context.Background(), nil)
	assert.ErrorIs(t, err, ErrEmptyCluster)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = s.SummarizeCluster(ctx, testCluster)
	assert.ErrorIs(t, err, context.Canceled)
	// A nil Summarizer works like New().
	nilSum, err := (*Summarizer)(nil).SummarizeCluster(context.Background(), testCluster)
	require.NoError(t, err)
	want, err := mustNew(t).SummarizeCluster(context.Background(), testCluster)
	require.NoError(t, err)
	assert.Equal(t, want, nilSum)
}

// outletEdit rewrites a sentence the way a second outlet copying it
// would, by one of four edits chosen by k: none, dropping the last clause,
// dropping parentheses, adding an attribution.
func outletEdit(s string, k int) string {
	switch k % 4 {
	case 1:
		if i := strings.LastIndex(s, ", "); i > len(s)/2 {
			return s[:i] + "."
		}
	case 2:
		if t := parenRE.ReplaceAllString(s, ""); t != s {
			return t
		}
	case 3:
		return "Theo nguồn tin, " + s
	}
	return s
}

var parenRE = regexp.MustCompile(` \([^()]*\)`)

// TestClusterNearDuplicates builds, from VietNews dev articles, clusters
// of two outlets' versions of a story: the article, and an overlapping
// one that copies its sentences from the second on (each lightly edited,
// see outletEdit) and adds the sentences of another article. It measures
// near-duplicate detection on sentence pairs across the two versions
// (copies against every other pair), how often a three-sentence cluster
// summary tells a fact twice, and the cluster summary's ROUGE against the
// first article's human summary beside the single-article summary's.
func TestClusterNearDuplicates(t *testing.T) {
	recs := devRecords(t)
	s := mustNew(t, WithSentences(3))
	tok := s.Tokenizer()
	var tp, fn, fp, tn, repeats, clusters, paraphrases, paraTwice int
	paraTh := []float64{dupOverlap, 0.6, 0.4}
	paraFound := make([]int, len(paraTh))
	var single, cluster sumeval.Mean
	for n, r := range recs {
		other := recs[(n+1)%len(recs)]
		sents := tok.Sentences(r.Text)
		if len(sents) < 4 {
			continue
		}
		var b strings.Builder
		copies := map[int]int{} // offset in b → original sentence index
		for i, x := range sents[1:] {
			copies[b.Len()] = i + 1
			b.WriteString(outletEdit(x.Text, n+i))
			b.WriteByte(' ')
		}
		b.WriteString(other.Text)
		arts := []Article{{ID: "1", Title: r.Title, Text: r.Text}, {ID: "2", Title: r.Title, Text: b.String()}}
		// Detection on pairs: every sentence of the copy against every
		// sentence of the original.
		second := tok.Sentences(arts[1].Text)
		st := getState()
		st.begin(len(r.Text)+b.Len(), len(sents)+len(second))
		s.addTitle(st, r.Title)
		st.closeTitles()
		require.NoError(t, s.addSentences(context.Background(), st, arts[0].Text, sents, nil))
		require.NoError(t, s.addSentences(context.Background(), st, arts[1].Text, second, nil))
		for j, y := range second {
			orig, copied := copies[y.Start]
			for i := range sents {
				if st.info[i].nsyl == 0 || st.info[len(sents)+j].nsyl == 0 {
					continue
				}
				dup := st.overlap(i, len(sents)+j) >= dupOverlap
				switch {
				case copied && orig == i && dup:
					tp++
				case copied && orig == i:
					fn++
				case dup:
					fp++
				default:
					tn++
				}
			}
		}
		putState(st)

		sum, err := s.SummarizeCluster(context.Background(), arts)
		require.NoError(t, err)
		checkCluster(t, arts, sum)
		clusters++
		// A fact told twice: a chosen sentence of the copy whose original
		// was chosen too.
		chosen := map[int]bool{}
		for _, x := range sum.Sentences {
			if x.Article == 0 {
				chosen[x.Index] = true
			}
		}
		for _, x := range sum.Sentences {
			if x.Article == 1 {
				if i, ok := copies[second[x.Index].Start]; ok && chosen[i] {
					repeats++
				}
			}
		}
		one, err := s.Summarize(context.Background(), arts[0])
		require.NoError(t, err)
		single.Add(sumeval.ROUGE(one.Text(), r.Summary))
		cluster.Add(sumeval.ROUGE(sum.Text(), r.Summary))

		// A paraphrased lead: a third outlet opens with the human summary
		// (a rewrite of the lead), then tells another story. Its match is
		// the article's sentence closest to it (ROUGE-1 F1 ≥ 0.5).
		best, bestR := -1, 0.5
		for i, x := range sents {
			if f := sumeval.ROUGE(x.Text, r.Summary).R1; f >= bestR {
				best, bestR = i, f
			}
		}
		if best < 0 {
			continue
		}
		third := Article{ID: "3", Title: other.Title, Text: r.Summary + "\n" + recs[(n+2)%len(recs)].Text}
		lead := len(tok.Sentences(r.Summary))
		arts = append(arts, third)
		sum, err = s.SummarizeCluster(context.Background(), arts)
		require.NoError(t, err)
		checkCluster(t, arts, sum)
		paraphrases++
		var orig, para bool
		for _, x := range sum.Sentences {
			orig = orig || x.Article == 0 && x.Index == best
			para = para || x.Article == 2 && x.Index < lead
		}
		if orig && para {
			paraTwice++
		}
		// Detection: the lead sentence against each sentence of the
		// paraphrase.
		thirdSents := tok.Sentences(third.Text)[:lead]
		st = getState()
		st.begin(len(r.Text)+len(r.Summary), len(sents)+lead)
		st.closeTitles()
		require.NoError(t, s.addSentences(context.Background(), st, r.Text, sents, nil))
		require.NoError(t, s.addSentences(context.Background(), st, r.Summary, thirdSents, nil))
		score := 0.0
		for k := range thirdSents {
			score = max(score, st.overlap(best, len(sents)+k))
		}
		putState(st)
		for i, th := range paraTh {
			if score >= th {
				paraFound[i]++
			}
		}
	}
	p, rec := float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1))
	t.Logf("%d clusters; near-duplicate pairs: precision %.3f, recall %.3f (%d copies, %d other pairs)", clusters, p, rec, tp+fn, fp+tn)
	t.Logf("cluster summaries telling a fact twice: %d of %d", repeats, clusters)
	sp, cp := single.Percent(), cluster.Percent()
	t.Logf("ROUGE-1/2/L against the first article's summary: single %.2f/%.2f/%.2f, cluster %.2f/%.2f/%.2f", sp.R1, sp.R2, sp.RL, cp.R1, cp.R2, cp.RL)
	t.Logf("paraphrased leads: %d clusters; overlap with the lead ≥ %.1f in %d, ≥ %.1f in %d, ≥ %.1f in %d; summaries with both: %d",
		paraphrases, paraTh[0], paraFound[0], paraTh[1], paraFound[1], paraTh[2], paraFound[2], paraTwice)
	assert.GreaterOrEqual(t, p, 0.93)
	assert.GreaterOrEqual(t, rec, 0.99)
	assert.LessOrEqual(t, repeats, clusters/200)
}
