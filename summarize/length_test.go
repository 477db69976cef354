package summarize

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/summarize/internal/syllable"
)

// lengthText has eight eligible sentences of different lengths (and
// furniture around them).
const lengthText = "Ảnh: Minh Hải\n" +
	"Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 bắc qua sông Nhật Lệ ở thành phố Đồng Hới. " +
	"Cây cầu dài hơn 600 mét. " +
	"Tổng vốn đầu tư của công trình khoảng 400 tỷ đồng, lấy từ ngân sách tỉnh và ngân sách trung ương. " +
	"Nhà thầu cam kết thi công xong trong hai năm. " +
	"Người dân hai bờ sông mong cây cầu sớm hoàn thành để đi lại thuận tiện hơn. " +
	"Tỉnh đã chi 50 tỷ đồng để giải phóng mặt bằng cho dự án. " +
	"Ông Trần Văn Khải, Giám đốc Sở Giao thông vận tải, cho biết sở sẽ giám sát chặt chẽ chất lượng công trình. " +
	"Cầu mới sẽ giảm tải cho cầu Nhật Lệ 1 và cầu Nhật Lệ 2.\n" +
	"Minh Hải"

// WithSentences(n) alone gives exactly n sentences, or every eligible one.
func TestExactSentences(t *testing.T) {
	a := Article{Title: "Khởi công cầu Nhật Lệ 3", Text: lengthText}
	for n := 1; n <= 10; n++ {
		s := mustNew(t, WithSentences(n))
		sum, err := s.Summarize(context.Background(), a)
		require.NoError(t, err)
		checkSummary(t, s, a.Text, sum)
		assert.Len(t, sum.Sentences, min(n, 8), "n=%d", n)
		assert.False(t, sum.OverBudget)
	}
	// The default is DefaultSentences.
	sum, err := mustNew(t).Summarize(context.Background(), a)
	require.NoError(t, err)
	assert.Len(t, sum.Sentences, DefaultSentences)
}

// A sentence count with a budget: n sentences whenever n fit together,
// else as many as fit, and never over the budget unless nothing fits.
func TestSentencesWithinBudget(t *testing.T) {
	a := Article{Title: "Khởi công cầu Nhật Lệ 3", Text: lengthText}
	s0 := mustNew(t)
	var lens []int // syllables of the eligible sentences
	for _, x := range s0.Tokenizer().Sentences(a.Text) {
		if n := syllable.Count(x.Text); !isFurniture(x.Text) && !isFragment(x.Text, n) {
			lens = append(lens, n)
		}
	}
	require.Len(t, lens, 8)
	// fit is how many of the shortest sentences the budget holds.
	fit := func(budget, n int) int {
		sorted := append([]int(nil), lens...)
		for i := range sorted {
			for j := i + 1; j < len(sorted); j++ {
				if sorted[j] < sorted[i] {
					sorted[i], sorted[j] = sorted[j], sorted[i]
				}
			}
		}
		k, used := 0, 0
		for _, l := range sorted[:min(n, len(sorted))] {
			if used+l > budget {
				break
			}
			used += l
			k++
		}
		return k
	}
	for _, budget := range []int{3, 5, 10, 20, 30, 45, 60, 100, 200} {
		for n := 1; n <= 5; n++ {
			for _, strict := range []bool{false, true} {
				opts := []Option{WithSentences(n), WithMaxSyllables(budget)}
				if strict {
					opts = append(opts, WithStrictBudget())
				}
				s := mustNew(t, opts...)
				sum, err := s.Summarize(context.Background(), a)
				require.NoError(t, err)
				checkSummary(t, s, a.Text, sum)
				name := fmt.Sprintf("budget %d, n %d, strict %v", budget, n, strict)
				if want := fit(budget, n); want > 0 {
					assert.Len(t, sum.Sentences, want, name)
					assert.LessOrEqual(t, syllable.Count(sum.Text()), budget, name)
				} else {
					assert.Len(t, sum.Sentences, 1, name)
					assert.True(t, sum.OverBudget, name)
				}
			}
		}
	}
	// The same with a character budget.
	for _, chars := range []int{20, 80, 150, 300} {
		s := mustNew(t, WithSentences(3), WithMaxChars(chars))
		sum, err := s.Summarize(context.Background(), a)
		require.NoError(t, err)
		checkSummary(t, s, a.Text, sum)
		if !sum.OverBudget {
			assert.LessOrEqual(t, len([]rune(sum.Text())), chars)
		}
	}
}

// A budget alone: the best summary within it, never a sentence that does
// not fit after the first.
func TestBudgetAlone(t *testing.T) {
	a := Article{Title: "Khởi công cầu Nhật Lệ 3", Text: lengthText}
	for _, budget := range []int{10, 25, 45, 80} {
		s := mustNew(t, WithMaxSyllables(budget))
		sum, err := s.Summarize(context.Background(), a)
		require.NoError(t, err)
		checkSummary(t, s, a.Text, sum)
		require.NotEmpty(t, sum.Sentences)
		if !sum.OverBudget {
			assert.LessOrEqual(t, syllable.Count(sum.Text()), budget)
		}
	}
	// A large budget lets several sentences in: it is not a sentence cap.
	sum, err := mustNew(t, WithMaxSyllables(200)).Summarize(context.Background(), a)
	require.NoError(t, err)
	assert.Greater(t, len(sum.Sentences), 1, sum.Text())
	assert.False(t, strings.Contains(sum.Text(), "Ảnh"))
}
