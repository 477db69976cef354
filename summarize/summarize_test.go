package summarize

import (
	"context"
	"fmt"
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
			// A part: inside its sentence and shorter than it; with a
			// sentence count, only the sentence without its leading
			// connective.
			sents := s.Tokenizer().Sentences(text)
			require.Less(t, x.Index, len(sents))
			whole := sents[x.Index]
			require.True(t, whole.Start <= x.Start && x.End <= whole.End && x.End-x.Start < whole.End-whole.Start, "part %q of %q", x.Text, whole.Text)
			if s.cfg.sentences > 0 {
				require.Equal(t, whole.End, x.End, "a part with a sentence count")
				require.NotZero(t, connectiveLead(whole.Text[datelineLen(whole.Text):]), "a part with a sentence count: %q", x.Text)
			}
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

// openerOf is opener on the first syllables of text.
func openerOf(text string) openerFlags {
	var hashes []uint64
	var upper []bool
	for i := 0; len(hashes) < openerSyllables; {
		start, end, h := syllable.Next(text, i)
		if start == len(text) {
			break
		}
		hashes = append(hashes, h)
		upper = append(upper, syllable.IsUpperStart(text, start))
		i = end
	}
	return opener(text, hashes, upper)
}

func TestOpener(t *testing.T) {
	for _, tc := range []struct {
		text string
		want openerFlags
	}{
		{"Tuy nhiên, nhiều hộ dân chưa nhận tiền.", openerFlags{connective: true}},
		{"Ngoài ra, tỉnh còn hỗ trợ 10 tỷ đồng.", openerFlags{connective: true}},
		{"Ông cho biết công trình sẽ xong sớm.", openerFlags{pronoun: true, titled: true}},
		{"Họ cho biết công trình sẽ xong sớm.", openerFlags{pronoun: true}},
		{"Tôi cho rằng công trình sẽ xong sớm.", openerFlags{pronoun: true, self: true}},
		{"Ông Trần Văn Khải cho biết công trình sẽ xong sớm.", openerFlags{}},
		{"Cô gái 18 tuổi được cứu sống.", openerFlags{}},
		{"Thị trường vàng giảm mạnh.", openerFlags{}},
		{"Người này đã bị bắt giữ.", openerFlags{demonstrative: true}},
		{"Đây là lần đầu tỉnh tổ chức lễ hội.", openerFlags{connective: true, refers: true}},
		{"“Chúng tôi sẽ làm ngay”, ông nói.", openerFlags{quote: true, pronoun: true, self: true}},
		{"“Việc này sẽ xong”, ông nói.", openerFlags{quote: true, connective: true, demonstrative: true, refers: true}},
		{"Sáng 5/6, tỉnh khởi công cầu.", openerFlags{}},
		{"Cây cầu dài hơn 600 m.", openerFlags{}},
	} {
		assert.Equal(t, tc.want, openerOf(tc.text), tc.text)
	}
}

// What a sentence needs to read right out of context: which openings
// lean on the sentence before, which connectives a summary can leave out,
// and which sentences name someone a pronoun can point back to.
func TestLeaning(t *testing.T) {
	for _, tc := range []struct {
		text  string
		leans bool
		lead  string // the connective left out, when the rest reads alone
	}{
		{"Tuy nhiên, nhiều hộ dân ở xã Tân Lập chưa nhận tiền.", true, "Tuy nhiên, "},
		{"Bên cạnh đó tỉnh hỗ trợ thêm 10 tỷ đồng cho các hộ.", true, "Bên cạnh đó "},
		{"Do đó, ông cho biết công trình sẽ xong sớm hơn.", true, ""}, // the rest leans in turn
		{"Tuy vậy, dự án chậm.", true, ""},                            // the rest is too short
		{"Đây là lần đầu tiên tỉnh tổ chức lễ hội pháo hoa.", true, ""},
		{"Ông cho biết công trình sẽ xong sớm hơn dự kiến.", true, ""},
		{"Bà nói dự án sẽ hoàn thành trong năm nay.", true, ""},
		{"Tôi cho rằng dự án sẽ hoàn thành trong năm nay.", false, ""},
		{"“Chúng tôi sẽ làm ngay trong tháng này”, ông nói.", false, ""},
		{"Ông Trần Văn Khải cho biết công trình sẽ xong sớm.", false, ""},
		{"Cậu bé 12 tuổi được người dân cứu sống kịp thời.", false, ""},
	} {
		assert.Equal(t, tc.leans, openerOf(tc.text).leans(), tc.text)
		assert.Equal(t, tc.lead, tc.text[:connectiveLead(tc.text)], tc.text)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Chủ tịch UBND tỉnh Trần Văn Khải dự lễ khởi công.", true},
		{"Phát biểu tại buổi lễ, ông Khải đánh giá cao nhà thầu.", true},
		{"Thủ tướng Canada Mark Evans khai mạc diễn đàn kinh tế.", true},
		{"Công trình dài 1,2 km, dự kiến hoàn thành vào quý IV/2026.", false},
		{"Người dân phấn khởi vì dự án được triển khai.", false},
	} {
		assert.Equal(t, tc.want, namesSomeone(tc.text), tc.text)
	}
}

// A sentence that leans on the one before it (a connective, "Đây là", a
// bare pronoun) is chosen only with it, or, for a connective whose rest
// reads alone, without the connective; a pronoun after a sentence that
// names no one is never chosen while anything else can be.
func TestLeaningSentences(t *testing.T) {
	for _, tc := range []struct {
		name  string
		title string
		text  string
		opts  []Option
		never []string // never the start of a summary sentence
		alone []string // only right after the sentence before it
		want  []string // summary sentences with opts, in order
	}{
		{"pronoun without a name before it", "Quảng Bình khởi công cầu Nhật Lệ 3",
			"Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 tại thành phố Đồng Hới. " +
				"Cầu Nhật Lệ 3 dài 600 m, vốn đầu tư 400 tỷ đồng từ ngân sách tỉnh. " +
				"Ông cho biết cầu Nhật Lệ 3 là công trình trọng điểm của tỉnh Quảng Bình. " +
				"Nhà thầu cam kết thi công cầu Nhật Lệ 3 ba ca mỗi ngày để về đích sớm. " +
				"Người dân Đồng Hới mong cầu sớm hoàn thành.",
			[]Option{WithSentences(3)}, []string{"Ông cho biết"}, nil, nil},
		{"pronoun with the person named before it", "Cầu Nhật Lệ 3 dài 600 m khởi công trong tháng này",
			"Sáng 5/6, UBND tỉnh Quảng Bình tổ chức lễ khởi công tại thành phố Đồng Hới. " +
				"Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh Trần Văn Khải đánh giá cao nhà thầu. " +
				"Ông cho biết cầu Nhật Lệ 3 dài 600 m sẽ khởi công trong tháng này. " +
				"Người dân Đồng Hới phấn khởi.",
			[]Option{WithSentences(2)}, nil, []string{"Ông cho biết"},
			[]string{"Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh Trần Văn Khải đánh giá cao nhà thầu.", "Ông cho biết cầu Nhật Lệ 3 dài 600 m sẽ khởi công trong tháng này."}},
		{"connective left out", "Quảng Bình khởi công cầu Nhật Lệ 3",
			"Trời hôm nay rất đẹp và mát mẻ ở nhiều nơi trong tỉnh. " +
				"Tuy nhiên, cầu Nhật Lệ 3 được khởi công tại Đồng Hới.",
			[]Option{WithSentences(1)}, nil, []string{"Tuy nhiên"}, []string{"cầu Nhật Lệ 3 được khởi công tại Đồng Hới."}},
		{"connective kept with the sentence before", "Quảng Bình khởi công cầu Nhật Lệ 3",
			"Tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 tại Đồng Hới. " +
				"Tuy nhiên, cầu Nhật Lệ 3 chậm khởi công so với kế hoạch. " +
				"Người dân mong trời đẹp.",
			[]Option{WithSentences(2)}, nil, []string{"Tuy nhiên"},
			[]string{"Tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 tại Đồng Hới.", "Tuy nhiên, cầu Nhật Lệ 3 chậm khởi công so với kế hoạch."}},
		{"back-reference", "Quảng Bình khởi công cầu Nhật Lệ 3",
			"Trời hôm nay rất đẹp và mát mẻ ở nhiều nơi trong tỉnh. " +
				"Đây là lần đầu cầu Nhật Lệ 3 được khởi công tại Quảng Bình. " +
				"Nhà thầu bắt đầu thi công cầu Nhật Lệ 3 ở Đồng Hới.",
			[]Option{WithSentences(1)}, nil, []string{"Đây là"}, nil},
	} {
		for k, opts := range [][]Option{tc.opts, {WithMaxSyllables(45)}} {
			s := mustNew(t, opts...)
			sum, err := s.Summarize(context.Background(), Article{Title: tc.title, Text: tc.text})
			require.NoError(t, err)
			checkSummary(t, s, tc.text, sum)
			for i, x := range sum.Sentences {
				for _, bad := range tc.never {
					assert.False(t, strings.HasPrefix(x.Text, bad), "%s: %q", tc.name, x.Text)
				}
				if i > 0 && sum.Sentences[i-1].Index == x.Index-1 {
					continue
				}
				for _, bad := range tc.alone {
					assert.False(t, strings.HasPrefix(x.Text, bad), "%s: %q without the sentence before", tc.name, x.Text)
				}
			}
			if tc.want != nil && k == 0 {
				var got []string
				for _, x := range sum.Sentences {
					got = append(got, x.Text)
				}
				assert.Equal(t, tc.want, got, tc.name)
			}
		}
	}
}

// Identical or near-identical sentences (a text that repeats itself, a
// sentence copied with one word changed) are never both in a summary,
// however many copies there are.
func TestNoRepeatedSentences(t *testing.T) {
	para := "UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 tại thành phố Đồng Hới. " +
		"Cầu Nhật Lệ 3 dài 600 m, vốn đầu tư 400 tỷ đồng từ ngân sách tỉnh. " +
		"Giám đốc Sở Giao thông Trần Văn Khải cho biết cầu sẽ xong sau hai năm. " +
		"Người dân thành phố Đồng Hới mong cây cầu sớm hoàn thành. "
	edited := strings.Replace(para, "hai năm", "ba năm", 1)
	for _, text := range []string{
		strings.Repeat(para, 3),
		para + edited + para,
		strings.Repeat(para+"\n\n", 500),
	} {
		for _, opts := range [][]Option{{WithSentences(3)}, {WithMaxSyllables(60)}, {WithSentences(3), WithMaxSyllables(80)}} {
			s := mustNew(t, opts...)
			sum, err := s.Summarize(context.Background(), Article{Title: "Khởi công cầu Nhật Lệ 3", Text: text})
			require.NoError(t, err)
			checkSummary(t, s, text, sum)
			if s.cfg.sentences > 0 {
				assert.Len(t, sum.Sentences, 3)
			}
			for i, x := range sum.Sentences {
				for _, y := range sum.Sentences[:i] {
					assert.Less(t, similarity(x.Text, y.Text), 0.8, "%q and %q", y.Text, x.Text)
				}
			}
		}
	}
}

// similarity is the share of the longer text's syllables the other has.
func similarity(a, b string) float64 {
	set := func(s string) map[uint64]bool {
		m := map[uint64]bool{}
		for i := 0; ; {
			start, end, h := syllable.Next(s, i)
			if start == len(s) {
				return m
			}
			m[h] = true
			i = end
		}
	}
	x, y := set(a), set(b)
	shared := 0
	for h := range x {
		if y[h] {
			shared++
		}
	}
	return float64(shared) / float64(max(len(x), len(y)))
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
	text := variedArticle(500)
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

// variedArticle is an article of n sentences, each a combination of a
// subject, a predicate and a place that the sentences before it (up to
// 512) do not repeat: unlike longArticle's, no two are copies of each
// other.
func variedArticle(n int) string {
	subjects := []string{"Cầu Nhật Lệ", "Nhà thầu", "Người dân", "Sở Giao thông", "Ban quản lý dự án", "UBND tỉnh", "Đội thi công", "Công nhân"}
	predicates := []string{"khởi công đoạn tuyến mới", "hoàn thành phần móng trụ", "bàn giao mặt bằng sạch", "kiểm tra chất lượng bê tông",
		"đề nghị bổ sung vốn đầu tư", "tổ chức phân luồng giao thông", "lắp đặt hệ thống chiếu sáng", "trồng thêm cây xanh hai bên đường"}
	places := []string{"tại Đồng Hới", "ở Lệ Thủy", "ở Bố Trạch", "tại Quảng Trạch", "ở Tuyên Hóa", "tại Minh Hóa", "ở Ba Đồn", "tại Quảng Ninh"}
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s %s %s. ", subjects[i%8], predicates[i/8%8], places[i/64%8])
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

func TestDisplay(t *testing.T) {
	for _, tc := range []struct {
		x    Sentence
		want string
	}{
		{Sentence{Text: "cầu dài 600 m."}, "cầu dài 600 m."}, // a whole sentence as written
		{Sentence{Text: "cầu dài 600 m.", Part: true}, "Cầu dài 600 m."},
		{Sentence{Text: "tại trụ sở UBND thành phố", Part: true}, "Tại trụ sở UBND thành phố…"},
		{Sentence{Text: "12 hộ dân chưa nhận tiền", Part: true}, "12 hộ dân chưa nhận tiền…"},
		{Sentence{Text: "“đây là dự án lớn”, ông nói.", Part: true}, "“Đây là dự án lớn”, ông nói."},
		{Sentence{Text: "ưu tiên ngư dân!”", Part: true}, "Ưu tiên ngư dân!”"},
		{Sentence{Part: true}, ""},
	} {
		assert.Equal(t, tc.want, tc.x.Display(), tc.x.Text)
	}
	sum := Summary{Sentences: []Sentence{{Text: "Tỉnh khởi công cầu."}, {Text: "nhiều hộ chưa nhận tiền", Part: true}}}
	assert.Equal(t, "Tỉnh khởi công cầu. Nhiều hộ chưa nhận tiền…", sum.Display())
	assert.Equal(t, "Tỉnh khởi công cầu. nhiều hộ chưa nhận tiền", sum.Text())
}
