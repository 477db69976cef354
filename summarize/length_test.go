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
	"Tỉnh đã chi 50 tỷ đồng để đền bù đất cho dự án. " +
	"Ông Trần Văn Khải, Giám đốc Sở Giao thông vận tải Quảng Bình, nói sở sẽ giám sát chặt chẽ chất lượng công trình. " +
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

func TestQuoteOnly(t *testing.T) {
	for _, tc := range []struct {
		sents []string
		want  []bool
	}{
		{[]string{"“Chúng tôi sẽ hoàn thành cây cầu đúng hạn.”"}, []bool{true}},
		{[]string{"\"Chúng tôi sẽ hoàn thành cây cầu đúng hạn\"."}, []bool{true}},
		{[]string{"“Chúng tôi sẽ hoàn thành đúng hạn”, ông Khải nói."}, []bool{false}},
		{[]string{"Ông Khải nói: “Chúng tôi sẽ hoàn thành đúng hạn.”"}, []bool{false}},
		{[]string{"Người dân gọi đây là “cây cầu mơ ước” của cả vùng."}, []bool{false}},
		// A quotation of three sentences: each is quotation only.
		{[]string{"“Cây cầu rất quan trọng.", "Người dân đã chờ nhiều năm.", "Chúng tôi sẽ làm ngay.”", "Ông Khải nói vậy."}, []bool{true, true, true, false}},
		// An unmatched quote mark is not a quotation for ever.
		{[]string{"“Cầu Nhật Lệ 3 được khởi công.", "Cầu dài 600 mét.", "Vốn 400 tỷ đồng.", "Nhà thầu cam kết.", "Tỉnh giám sát chặt.", "Dân vui mừng."}, []bool{true, true, true, true, false, false}},
	} {
		var q quoteState
		for i, s := range tc.sents {
			var got bool
			got, q = q.next(s)
			assert.Equal(t, tc.want[i], got, s)
		}
	}
	// In an article, a quotation alone is never chosen, however on topic.
	text := "“Cầu Nhật Lệ 3 khởi công hôm nay là niềm vui lớn của Quảng Bình.” " +
		"Trời hôm nay mưa nhỏ ở nhiều nơi trong tỉnh Quảng Bình."
	for _, opts := range [][]Option{{WithSentences(1)}, {WithMaxSyllables(45)}} {
		sum, err := mustNew(t, opts...).Summarize(context.Background(), Article{Title: "Khởi công cầu Nhật Lệ 3 ở Quảng Bình", Text: text})
		require.NoError(t, err)
		require.Len(t, sum.Sentences, 1)
		assert.Equal(t, 1, sum.Sentences[0].Index)
	}
}

// Captions, photo credits, bylines and datelines as news sites print them
// (written for this test) are never chosen, whatever the title.
func TestPageFurnitureNeverChosen(t *testing.T) {
	furniture := []string{
		"Ảnh: Trần Minh",
		"Hiện trường vụ cháy tại phường Đống Đa (Ảnh: Lê Hà).",
		"Cầu Nhật Lệ 3 nhìn từ trên cao. Ảnh: Minh Hải",
		"Cầu Nhật Lệ 3 nhìn từ trên cao. Lễ khởi công diễn ra sáng nay. (Ảnh: Minh Hải)",
		"Lãnh đạo tỉnh Quảng Bình bấm nút khởi công cầu Nhật Lệ 3",
		"Video: Toàn cảnh lễ khởi công cầu Nhật Lệ 3",
		"Minh Hải - Thu Trang",
		"Theo Tuổi Trẻ",
		"Quảng Bình, ngày 5/6/2024",
		"Nguồn: Sở Giao thông vận tải Quảng Bình",
		"Bài và ảnh: Lê Văn Tâm",
		"CẦU NHẬT LỆ 3 KHỞI CÔNG.",
		"Xem thêm: Cầu Nhật Lệ 3 khởi công.",
		"“Cầu Nhật Lệ 3 khởi công là niềm vui của Quảng Bình.”",
	}
	body := "Trời hôm nay mưa nhỏ ở nhiều nơi trong tỉnh, người dân vẫn ra đường đông đúc."
	for _, f := range furniture {
		text := f + "\n" + body
		for _, opts := range [][]Option{{WithSentences(1)}, {WithSentences(2)}, {WithMaxSyllables(200)}} {
			sum, err := mustNew(t, opts...).Summarize(context.Background(), Article{Title: "Khởi công cầu Nhật Lệ 3 ở Quảng Bình", Text: text})
			require.NoError(t, err)
			checkSummary(t, mustNew(t, opts...), text, sum)
			require.Len(t, sum.Sentences, 1, f)
			assert.Equal(t, body, sum.Sentences[0].Text, f)
		}
	}
}
