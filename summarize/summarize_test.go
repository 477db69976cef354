package summarize

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/internal/growth"
	"github.com/vntext/vntext/summarize/internal/syllable"
)

// A fictional article: the furniture lines around it must never be chosen.
const (
	testTitle = "Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông"
	testText  = "Ảnh: Minh Hải\n" +
		"Sáng 5/6, UBND tỉnh Quảng Bình tổ chức lễ khởi công cầu Nhật Lệ 3 bắc qua sông Nhật Lệ, nối hai bờ thành phố Đồng Hới. " +
		"Cây cầu dài hơn 600 m, có tổng vốn đầu tư khoảng 400 tỷ đồng từ ngân sách tỉnh. " +
		"Ông này cho biết công trình sẽ hoàn thành sau hai năm thi công. " +
		"Tuy nhiên, nhiều hộ dân vẫn chưa nhận tiền bồi thường giải phóng mặt bằng.\n" +
		"Giải phóng mặt bằng\n" +
		"Theo ông Trần Văn Khải, Giám đốc Sở Giao thông vận tải, việc bàn giao mặt bằng cho cầu Nhật Lệ 3 sẽ xong trong tháng 7. " +
		"IMG_2041.JPG nhìn từ trên cao. " +
		"(0) Bình luận\n" +
		"Đừng bỏ lỡ: những cây cầu đẹp nhất miền Trung.\n" +
		"© 2024 Báo Quảng Bình. Ghi rõ nguồn khi phát hành lại thông tin.\n" +
		"Minh Hải"
)

func mustNew(t testing.TB, opts ...Option) *Summarizer {
	t.Helper()
	s, err := New(opts...)
	require.NoError(t, err)
	return s
}

// checkSummary asserts the invariants every summary keeps.
func checkSummary(t testing.TB, s *Summarizer, text string, sum Summary) {
	t.Helper()
	prev := -1
	syl, chars := 0, 0
	for i, x := range sum.Sentences {
		require.True(t, 0 <= x.Start && x.Start <= x.End && x.End <= len(text), "offsets %d:%d of %d", x.Start, x.End, len(text))
		require.Equal(t, text[x.Start:x.End], x.Text)
		require.Greater(t, x.Index, prev, "article order")
		prev = x.Index
		if x.Part {
			// A part: only under a budget alone, inside its sentence and
			// shorter than it.
			require.Zero(t, s.cfg.sentences, "a part with a sentence count")
			sents := s.Tokenizer().Sentences(text)
			require.Less(t, x.Index, len(sents))
			whole := sents[x.Index]
			require.True(t, whole.Start <= x.Start && x.End <= whole.End && x.End-x.Start < whole.End-whole.Start, "part %q of %q", x.Text, whole.Text)
		}
		syl += syllable.Count(x.Text)
		if i > 0 {
			chars++
		}
		chars += utf8.RuneCountInString(x.Text)
	}
	over := s.cfg.maxSyllables > 0 && syl > s.cfg.maxSyllables || s.cfg.maxChars > 0 && chars > s.cfg.maxChars
	if over {
		require.True(t, sum.OverBudget, "over the budget without saying so")
		require.Len(t, sum.Sentences, 1, "only a single sentence may exceed the budget")
	} else {
		require.False(t, sum.OverBudget)
	}
	if s.cfg.sentences > 0 {
		require.LessOrEqual(t, len(sum.Sentences), s.cfg.sentences)
	}
}

func TestSummarize(t *testing.T) {
	s := mustNew(t, WithSentences(2), WithMaxSyllables(60))
	sum, err := s.Summarize(context.Background(), Article{Title: testTitle, Text: testText})
	require.NoError(t, err)
	checkSummary(t, s, testText, sum)
	require.NotEmpty(t, sum.Sentences)
	assert.True(t, strings.HasPrefix(sum.Sentences[0].Text, "Sáng 5/6, UBND tỉnh Quảng Bình"), sum.Text())
	for _, x := range sum.Sentences {
		assert.NotZero(t, x.Score)
	}
	assert.Equal(t, strings.Join([]string{sum.Sentences[0].Text, sum.Sentences[len(sum.Sentences)-1].Text}[:len(sum.Sentences)], " "), sum.Text())
}

// Furniture, headings, bylines and credits never enter a summary, however
// large the budget.
func TestNonSentencesNeverChosen(t *testing.T) {
	s := mustNew(t, WithSentences(20))
	sum, err := s.Summarize(context.Background(), Article{Title: testTitle, Text: testText})
	require.NoError(t, err)
	checkSummary(t, s, testText, sum)
	for _, x := range sum.Sentences {
		for _, bad := range []string{"Ảnh:", "IMG_", "Bình luận", "Đừng bỏ lỡ", "©", "Ghi rõ nguồn", "Minh Hải"} {
			assert.NotContains(t, x.Text, bad)
		}
		assert.NotEqual(t, "Giải phóng mặt bằng", x.Text)
	}
}

func TestFurnitureAndFragments(t *testing.T) {
	for _, tc := range []struct {
		text string
		junk bool
	}{
		{"Ảnh: Reuters", true},
		{"Ông Trần Văn Khải phát biểu tại hội nghị (Ảnh: Minh Hải).", true},
		{"Video: Cảnh sát giải cứu người dân khỏi đám cháy.", true},
		{"Nguồn: Bộ Y tế", true},
		{"(0) Bình luận", true},
		{"Đừng bỏ lỡ những tin nóng nhất trong ngày.", true},
		{"Xem thêm: Giá vàng hôm nay tăng mạnh.", true},
		{"© Bản quyền thuộc về Báo Mới.", true},
		{"Bản quyền thuộc về báo điện tử Quảng Bình.", true},
		{"Cầu Nhật Lệ 3 nhìn từ trên cao DJI_0042.jpg.", true},
		{"ĐỀN BÙ ĐẤT CHO DỰ ÁN CẦU NHẬT LỆ.", true},
		{"Sáng 5/6, UBND tỉnh Quảng Bình tổ chức lễ khởi công cầu Nhật Lệ 3.", false},
		{"Ông nói: “Chúng tôi sẽ hoàn thành đúng hạn.”", false},
		{"Hội nghị có 300 đại biểu tham dự, trong đó có ảnh hưởng của bão.", false},
		{"Trong bối cảnh: giá xăng tăng, người dân lo lắng.", false},
		{"Bình luận về vụ việc, luật sư cho rằng bị cáo phạm tội.", false},
		{"Theo dõi diễn biến mưa lũ, tỉnh đã sơ tán 300 hộ dân.", false},
		{"Bản quyền tác giả được pháp luật bảo hộ.", false},
		{"Bình luận (12)", true},
	} {
		assert.Equal(t, tc.junk, isFurniture(tc.text), tc.text)
	}
	for _, tc := range []struct {
		text     string
		fragment bool
	}{
		{"Giải phóng mặt bằng", true},                // heading: no final punctuation
		{"Minh Hải", true},                           // byline
		{"Quảng Bình, ngày 5/6/2024", true},          // dateline
		{"Theo Tuổi Trẻ.", true},                     // too short to be a statement
		{"Những khó khăn được nêu ra gồm:", true},    // introduces a list
		{"Ông nói: “Chúng tôi sẽ làm ngay.”", false}, // final punctuation inside quotes
		{"Cây cầu dài hơn 600 m, vốn 400 tỷ đồng!", false},
	} {
		assert.Equal(t, tc.fragment, isFragment(tc.text, syllable.Count(tc.text)), tc.text)
	}
}

func TestOpener(t *testing.T) {
	for _, tc := range []struct {
		text string
		want openerFlags
	}{
		{"Tuy nhiên, nhiều hộ dân chưa nhận tiền.", openerFlags{connective: true}},
		{"Ngoài ra, tỉnh còn hỗ trợ 10 tỷ đồng.", openerFlags{connective: true}},
		{"Ông cho biết công trình sẽ xong sớm.", openerFlags{pronoun: true}},
		{"Ông Trần Văn Khải cho biết công trình sẽ xong sớm.", openerFlags{}},
		{"Người này đã bị bắt giữ.", openerFlags{demonstrative: true}},
		{"“Chúng tôi sẽ làm ngay”, ông nói.", openerFlags{quote: true, pronoun: true}},
		{"“Việc này sẽ xong”, ông nói.", openerFlags{quote: true, connective: true, demonstrative: true}},
		{"Sáng 5/6, tỉnh khởi công cầu.", openerFlags{}},
		{"Cây cầu dài hơn 600 m.", openerFlags{}},
	} {
		var hashes []uint64
		var upper []bool
		for i := 0; len(hashes) < openerSyllables; {
			start, end, h := syllable.Next(tc.text, i)
			if start == len(tc.text) {
				break
			}
			hashes = append(hashes, h)
			upper = append(upper, syllable.IsUpperStart(tc.text, start))
			i = end
		}
		assert.Equal(t, tc.want, opener(tc.text, hashes, upper), tc.text)
	}
}

// Sentences that open with a connective or a bare pronoun lose to an
// otherwise similar self-contained sentence.
func TestOpenerPenalty(t *testing.T) {
	s := mustNew(t, WithSentences(1))
	text := "Trời hôm nay rất đẹp và mát mẻ ở nhiều nơi. " +
		"Tuy nhiên, cầu Nhật Lệ 3 được khởi công tại Đồng Hới. " +
		"Cầu Nhật Lệ 3 được khởi công tại Đồng Hới."
	sum, err := s.Summarize(context.Background(), Article{Title: "Khởi công cầu Nhật Lệ 3", Text: text})
	require.NoError(t, err)
	require.Len(t, sum.Sentences, 1)
	assert.Equal(t, "Cầu Nhật Lệ 3 được khởi công tại Đồng Hới.", sum.Sentences[0].Text)
}

func TestBudgets(t *testing.T) {
	for _, opts := range [][]Option{
		{WithMaxSyllables(25)},
		{WithMaxSyllables(25), WithStrictBudget()},
		{WithMaxChars(80), WithStrictBudget()},
		{WithMaxSyllables(45), WithSentences(1)},
		{WithMaxSyllables(1000), WithSentences(5)},
		{WithMaxChars(120)},
		{WithMaxChars(20)},
		{WithMaxSyllables(3)},
	} {
		s := mustNew(t, opts...)
		sum, err := s.Summarize(context.Background(), Article{Title: testTitle, Text: testText})
		require.NoError(t, err)
		checkSummary(t, s, testText, sum)
		require.NotEmpty(t, sum.Sentences)
	}
	// Strict: the first sentence fits too whenever one can.
	for _, b := range []int{10, 15, 20, 30} {
		s := mustNew(t, WithMaxSyllables(b), WithStrictBudget())
		sum, err := s.Summarize(context.Background(), Article{Title: testTitle, Text: testText})
		require.NoError(t, err)
		checkSummary(t, s, testText, sum)
		require.NotEmpty(t, sum.Sentences)
		if syllable.Count(sum.Text()) > b {
			for i, x := range s.cfg.tok.Sentences(testText) {
				n := syllable.Count(x.Text)
				assert.False(t, n <= b && !isFragment(x.Text, n) && !isFurniture(x.Text), "budget %d: sentence %d fits but was not used", b, i)
			}
		}
	}
	// A budget smaller than any sentence: one sentence, flagged.
	for _, strict := range []bool{false, true} {
		opts := []Option{WithMaxSyllables(3)}
		if strict {
			opts = append(opts, WithStrictBudget())
		}
		s := mustNew(t, opts...)
		sum, err := s.Summarize(context.Background(), Article{Title: testTitle, Text: testText})
		require.NoError(t, err)
		assert.True(t, sum.OverBudget)
		assert.Len(t, sum.Sentences, 1)
	}
}

func TestManySentences(t *testing.T) {
	text := longArticle(500)
	for _, n := range []int{10, MaxSentences} {
		s := mustNew(t, WithSentences(n))
		sum, err := s.Summarize(context.Background(), Article{Title: "Cầu Nhật Lệ", Text: text})
		require.NoError(t, err)
		checkSummary(t, s, text, sum)
		assert.Len(t, sum.Sentences, n)
	}
	for _, n := range []int{MaxSentences + 1, 1 << 40} {
		_, err := New(WithSentences(n))
		assert.Error(t, err)
	}
}

func TestOptionsValidated(t *testing.T) {
	for _, o := range []Option{nil, WithSentences(0), WithSentences(-1), WithMaxSyllables(-1), WithMaxChars(-1), WithBoost(nil), WithTokenizer(nil)} {
		_, err := New(o)
		assert.Error(t, err)
	}
}

// A Summarizer that New did not build (zero value, nil pointer) works like
// New().
func TestZeroSummarizer(t *testing.T) {
	want, err := mustNew(t).Summarize(context.Background(), Article{Text: testText})
	require.NoError(t, err)
	for _, s := range []*Summarizer{nil, {}} {
		got, err := s.Summarize(context.Background(), Article{Text: testText})
		require.NoError(t, err)
		assert.Equal(t, want, got)
		assert.Equal(t, keywords(mustNew(t), testText, 3), keywords(s, testText, 3))
	}
}

// keywords is s.Keywords without a deadline.
func keywords(s *Summarizer, text string, n int) []Keyword {
	kws, err := s.Keywords(context.Background(), text, n)
	if err != nil {
		panic(err)
	}
	return kws
}

// keywordsOf is s.KeywordsOf without a deadline.
func keywordsOf(s *Summarizer, text string, in KeywordInput, n int) []Keyword {
	kws, err := s.KeywordsOf(context.Background(), text, in, n)
	if err != nil {
		panic(err)
	}
	return kws
}

func TestBoost(t *testing.T) {
	base := mustNew(t, WithSentences(1))
	boosted := mustNew(t, WithSentences(1), WithBoost(func(s string) float64 {
		if strings.Contains(s, "Trần Văn Khải") {
			return 10
		}
		return 0
	}))
	a := Article{Title: testTitle, Text: testText}
	s1, err := base.Summarize(context.Background(), a)
	require.NoError(t, err)
	s2, err := boosted.Summarize(context.Background(), a)
	require.NoError(t, err)
	assert.NotContains(t, s1.Text(), "Trần Văn Khải")
	assert.Contains(t, s2.Text(), "Trần Văn Khải")
	// NaN and infinite boosts are ignored rather than poisoning the ranking.
	nan := mustNew(t, WithBoost(func(string) float64 { return mathNaN() }))
	s3, err := nan.Summarize(context.Background(), a)
	require.NoError(t, err)
	assert.Equal(t, s1.Sentences[0].Text, s3.Sentences[0].Text)
}

func TestEdgeInputs(t *testing.T) {
	s := mustNew(t, WithMaxSyllables(45))
	for _, text := range []string{
		"", "   \n\n ", ".!?", "\xff\xfe\xfd", "Hà Nội mưa lớn", "Ảnh: Reuters",
		strings.Repeat("a", 1<<16), "Cầu\x00 được\xff khởi công. Ông nói.\n\n",
		// One 2 MB line without a sentence end.
		strings.ReplaceAll(longArticle(30000), ".", ","),
		// Decomposed (NFD) Vietnamese scores like NFC and keeps offsets.
		"Ca\u0300u Nhâ\u0323t Lê\u0323 3 đươ\u0323c khơ\u0309i công ta\u0323i Đô\u0300ng Hơ\u0301i ho\u0302m nay.",
	} {
		sum, err := s.Summarize(context.Background(), Article{Title: "Cầu Nhật Lệ", Text: text})
		require.NoError(t, err)
		checkSummary(t, s, text, sum)
	}
	// Text without any full sentence still gets a summary from its fragments.
	sum, err := s.Summarize(context.Background(), Article{Text: "Hà Nội mưa lớn trên diện rộng"})
	require.NoError(t, err)
	require.Len(t, sum.Sentences, 1)
	// Furniture, bylines and datelines alone give nothing.
	sum, err = s.Summarize(context.Background(), Article{Text: "Ảnh: Reuters\n(0) Bình luận\nMinh Hải\nHà Nội, 5/6/2024"})
	require.NoError(t, err)
	assert.Empty(t, sum.Sentences)
}

func TestContextCanceled(t *testing.T) {
	s := mustNew(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.Summarize(ctx, Article{Text: testText})
	assert.ErrorIs(t, err, context.Canceled)
	// A long article notices the cancellation while scoring, too.
	text := longArticle(3000)
	_, err = s.summarize(ctx, Article{Text: text}, s.cfg.tok.Sentences(text), nil)
	assert.ErrorIs(t, err, context.Canceled)
}

// Results are deterministic and the Summarizer is safe for concurrent use.
func TestConcurrentDeterministic(t *testing.T) {
	s := mustNew(t, WithMaxSyllables(45))
	arts := []Article{{Title: testTitle, Text: testText}, {Text: testText}, {Title: "Cầu", Text: "Một câu thôi."}}
	want := make([]Summary, len(arts))
	for i, a := range arts {
		var err error
		want[i], err = s.Summarize(context.Background(), a)
		require.NoError(t, err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				a := arts[i%len(arts)]
				got, err := s.Summarize(context.Background(), a)
				assert.NoError(t, err)
				assert.Equal(t, want[i%len(arts)], got)
			}
		}()
	}
	wg.Wait()
}

// longArticle repeats varied sentences n times.
func longArticle(n int) string {
	parts := []string{
		"Cầu Nhật Lệ %d được khởi công tại Đồng Hới với vốn 400 tỷ đồng.",
		"Người dân phường %d mong cây cầu sớm hoàn thành để đi lại thuận tiện.",
		"Theo Sở Giao thông, mặt bằng đoạn %d sẽ được bàn giao trong tháng tới.",
		"Nhà thầu cam kết bảo đảm an toàn lao động trên công trường số %d.",
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Replace(parts[i%len(parts)], "%d", itoa(i), 1))
		b.WriteByte(' ')
	}
	return b.String()
}

func itoa(i int) string {
	var buf [20]byte
	n := len(buf)
	for {
		n--
		buf[n] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			return string(buf[n:])
		}
	}
}

// TestLinear: eight times the sentences cost less than twelve times the
// work (an n×n similarity matrix would cost sixty-four); the summaries stay
// valid at every size.
func TestLinear(t *testing.T) {
	s := mustNew(t, WithMaxSyllables(45))
	growth.Linear(t, "Summarize", func(k int) string { return longArticle(250 * k) }, func(text string) {
		a := Article{Title: "Khởi công cầu Nhật Lệ", Text: text}
		sum, err := s.Summarize(context.Background(), a)
		require.NoError(t, err)
		require.NotEmpty(t, sum.Sentences)
		checkSummary(t, s, a.Text, sum)
	})
}

func mathNaN() float64 {
	var zero float64
	return zero / zero
}

// Tone-mark placement (classic "hòa", modern "hoà") and letter case do not
// change the scores: live sites mix both styles.
func TestToneStyleFolded(t *testing.T) {
	s := mustNew(t, WithSentences(1))
	title := "Hòa Bình khởi công thủy điện mới"
	classic := "Thời tiết hôm nay mát mẻ ở nhiều nơi trên cả nước. Tỉnh Hòa Bình khởi công nhà máy thủy điện mới. Người dân vui mừng."
	modern := "Thời tiết hôm nay mát mẻ ở nhiều nơi trên cả nước. Tỉnh Hoà Bình khởi công nhà máy thuỷ điện mới. Người dân vui mừng."
	a, err := s.Summarize(context.Background(), Article{Title: title, Text: classic})
	require.NoError(t, err)
	b, err := s.Summarize(context.Background(), Article{Title: title, Text: modern})
	require.NoError(t, err)
	require.Len(t, a.Sentences, 1)
	require.Len(t, b.Sentences, 1)
	assert.Equal(t, a.Sentences[0].Index, b.Sentences[0].Index)
	assert.Equal(t, 1, a.Sentences[0].Index)
	assert.InDelta(t, a.Sentences[0].Score, b.Sentences[0].Score, 1e-12)
}

func TestDateline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"TTO - Sáng 5/6, tỉnh khởi công cầu.", "Sáng 5/6, tỉnh khởi công cầu."},
		{"(Dân trí) - Sáng 5/6, tỉnh khởi công cầu.", "Sáng 5/6, tỉnh khởi công cầu."},
		{"HÀ NỘI (Reuters) – Giá dầu tăng mạnh.", "Giá dầu tăng mạnh."},
		{"VOV.VN - Chiều nay, Quốc hội họp.", "Chiều nay, Quốc hội họp."},
		{"Việt Trinh - diễn viên nổi tiếng - vừa trở lại.", "Việt Trinh - diễn viên nổi tiếng - vừa trở lại."},
		{"Lê Diệu Hân - Á hậu Biển 2019 vừa chụp ảnh.", "Lê Diệu Hân - Á hậu Biển 2019 vừa chụp ảnh."},
		{"Giá vàng tăng 3 - 5%.", "Giá vàng tăng 3 - 5%."},
	} {
		assert.Equal(t, tc.want, tc.in[datelineLen(tc.in):], tc.in)
	}
	s := mustNew(t, WithSentences(1))
	text := "TTO - Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông."
	sum, err := s.Summarize(context.Background(), Article{Title: "Khởi công cầu Nhật Lệ 3", Text: text})
	require.NoError(t, err)
	require.Len(t, sum.Sentences, 1)
	assert.Equal(t, "Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông.", sum.Sentences[0].Text)
	checkSummary(t, s, text, sum)
}

// A text without a sentence end does not come back whole: the summary is
// cut to MaxSentenceChars after a word, still the text's own bytes.
func TestSummaryLengthLimit(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	text := strings.Repeat("Hà Nội mùa thu lá vàng rơi trên phố cổ ", 100000) // 4 MB, no sentence end
	sum, err := s.Summarize(context.Background(), Article{Text: text})
	require.NoError(t, err)
	require.Len(t, sum.Sentences, 1)
	x := sum.Sentences[0]
	assert.True(t, sum.OverBudget)
	assert.LessOrEqual(t, utf8.RuneCountInString(x.Text), MaxSentenceChars)
	assert.Greater(t, utf8.RuneCountInString(x.Text), MaxSentenceChars-20)
	assert.Equal(t, text[x.Start:x.End], x.Text)
	assert.True(t, strings.HasSuffix(x.Text, "cổ") || strings.HasSuffix(x.Text, "phố") || !strings.HasSuffix(x.Text, " "), x.Text[len(x.Text)-20:])

	// A news-length sentence is untouched.
	sum, err = s.Summarize(context.Background(), Article{Text: "Hà Nội mùa thu lá vàng rơi."})
	require.NoError(t, err)
	require.Len(t, sum.Sentences, 1)
	assert.False(t, sum.OverBudget)
}
