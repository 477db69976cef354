package summarize

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClauseCuts(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // the clauses between the cuts
	}{
		{"Chiều 7/5, UBND tỉnh Nghệ An họp.", []string{"Chiều 7/5", "UBND tỉnh Nghệ An họp."}},
		{"Phiếu thu có số tiền 2,5 tỷ.", []string{"Phiếu thu có số tiền 2,5 tỷ."}},
		{"Chị Mai (41 tuổi, ngụ Hà Tĩnh) đến.", []string{"Chị Mai (41 tuổi, ngụ Hà Tĩnh) đến."}},
		{"Ông nói “vâng, được” rồi đi, về.", []string{"Ông nói “vâng, được” rồi đi", "về."}},
		{`Ông nói "vâng, được" rồi đi; về.`, []string{`Ông nói "vâng, được" rồi đi`, "về."}},
		{"Cầu Nhật Lệ 3 – cây cầu thứ ba – đã xong.", []string{"Cầu Nhật Lệ 3", "cây cầu thứ ba", "đã xong."}},
		{"Diễn viên Kim Yeol - eum — người Hàn Quốc — đến.", []string{"Diễn viên Kim Yeol - eum", "người Hàn Quốc", "đến."}},
		{"Sáng 5/6, ông Khải cho biết: hai, ba, bốn.", []string{"Sáng 5/6", "ông Khải cho biết: hai, ba, bốn."}},
		{"Huyện có: xã A, xã B.", []string{"Huyện có: xã A, xã B."}},
		{"a, b,c ,d,", []string{"a", "b,c ,d,"}},
		{"a, b, c, d, e, f, g, h, i, j.", []string{"a", "b", "c", "d", "e", "f", "g", "h, i, j."}},
		{"Một câu – ", []string{"Một câu – "}},
		// A dash between two names is a range or a pair.
		{"Tàu chạy tuyến Sài Gòn – Nha Trang, mỗi ngày hai chuyến.", []string{"Tàu chạy tuyến Sài Gòn – Nha Trang", "mỗi ngày hai chuyến."}},
		// A piece of a quotation that spans sentences has no parts.
		{`Chúng tôi sẽ làm, ông Khải nói" rồi đi.`, []string{`Chúng tôi sẽ làm, ông Khải nói" rồi đi.`}},
		{"Chúng tôi sẽ làm, làm ngay”, ông Khải nói.", []string{"Chúng tôi sẽ làm, làm ngay”, ông Khải nói."}},
		{"", []string{""}},
	} {
		cuts := clauseCuts(tc.in, nil)
		var got []string
		from := 0
		for _, c := range cuts {
			got = append(got, tc.in[from:c.end])
			from = c.next
		}
		got = append(got, tc.in[from:])
		assert.Equal(t, tc.want, got, tc.in)
	}
}

// partsText opens with a long sentence whose point comes after a time
// adverbial and before a tail of details; the people are fictional.
const partsText = "Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 bắc qua sông Nhật Lệ ở thành phố Đồng Hới, " +
	"nối phường Hải Thành với xã Bảo Ninh, với tổng vốn đầu tư hơn 400 tỷ đồng từ ngân sách tỉnh và ngân sách trung ương, " +
	"dự kiến hoàn thành sau hai năm thi công. " +
	"Ông Trần Văn Khải, người phụ trách dự án, nói các kỹ sư sẽ kiểm tra từng nhịp cầu. " +
	"Người dân hai bờ sông mong cây cầu sớm hoàn thành."

func TestParts(t *testing.T) {
	a := Article{Title: "Quảng Bình khởi công cầu Nhật Lệ 3", Text: partsText}
	ctx := context.Background()
	first := mustNew(t).Tokenizer().Sentences(partsText)[0]
	for _, tc := range []struct {
		name     string
		opts     []Option
		wantPart bool
	}{
		// The first sentence (66 syllables) does not fit 30: its part
		// about the bridge does, and is the summary.
		{"budget", []Option{WithMaxSyllables(30)}, true},
		{"characters", []Option{WithMaxChars(140)}, true},
		{"strict", []Option{WithMaxSyllables(30), WithStrictBudget()}, true},
		// A sentence count asks for whole sentences.
		{"count and budget", []Option{WithSentences(1), WithMaxSyllables(30)}, false},
		{"count", []Option{WithSentences(1)}, false},
	} {
		s := mustNew(t, tc.opts...)
		sum, err := s.Summarize(ctx, a)
		require.NoError(t, err, tc.name)
		checkSummary(t, s, a.Text, sum)
		require.NotEmpty(t, sum.Sentences, tc.name)
		x := sum.Sentences[0]
		assert.Equal(t, tc.wantPart, x.Part, "%s: %q", tc.name, sum.Text())
		if !tc.wantPart {
			continue
		}
		assert.False(t, sum.OverBudget, tc.name)
		assert.Equal(t, 0, x.Index, tc.name)
		assert.Contains(t, x.Text, "khởi công cầu Nhật Lệ 3", tc.name)
		assert.Less(t, len(x.Text), len(first.Text), tc.name)
		// A part ends before the comma that cuts it and starts after
		// the space.
		assert.False(t, strings.HasSuffix(x.Text, ",") || strings.HasPrefix(x.Text, " "), "%s: %q", tc.name, x.Text)
	}
}

// A cluster summary is of whole sentences, budget or not.
func TestClusterNoParts(t *testing.T) {
	s := mustNew(t, WithMaxSyllables(30))
	arts := []Article{{ID: "a", Title: "Quảng Bình khởi công cầu Nhật Lệ 3", Text: partsText}, {ID: "b", Text: partsText}}
	sum, err := s.SummarizeCluster(context.Background(), arts)
	require.NoError(t, err)
	checkCluster(t, arts, sum)
	for _, x := range sum.Sentences {
		assert.False(t, x.Part, x.Text)
	}
}

// partTexts returns the parts addParts offers for text (the first
// sentence of a one-sentence article, which is in the pool).
func partTexts(t *testing.T, text string) []string {
	t.Helper()
	s := mustNew(t, WithMaxSyllables(45))
	sents := s.Tokenizer().Sentences(text)
	st := getState()
	defer putState(st)
	require.NoError(t, s.score(context.Background(), st, Article{Text: text}, sents, nil))
	var out []string
	for i := len(sents); i < len(st.info); i++ {
		x := &st.info[i]
		require.True(t, x.part)
		w := sents[x.parent]
		out = append(out, w.Text[x.skip:len(w.Text)-x.cut])
	}
	return out
}

func TestPartRules(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not []string
	}{{
		// An opening adverbial clause is not offered alone; the clauses
		// after it are.
		text: "Trong cuộc họp báo chiều qua tại thành phố Vinh, ông Lê Văn Tám công bố kế hoạch xây dựng ba cây cầu mới.",
		want: []string{"ông Lê Văn Tám công bố kế hoạch xây dựng ba cây cầu mới."},
		not:  []string{"Trong cuộc họp báo chiều qua tại thành phố Vinh"},
	}, {
		// A quotation without its attribution is not a part; with it,
		// the sentence is whole and the attribution alone too short.
		text: "“Chúng tôi sẽ hoàn thành cây cầu trước mùa mưa năm sau, dù thời tiết thế nào”, ông Lê Văn Tám nói với người dân xã Nghi Phong.",
		want: []string{"ông Lê Văn Tám nói với người dân xã Nghi Phong."},
		not:  []string{"“Chúng tôi sẽ hoàn thành cây cầu trước mùa mưa năm sau, dù thời tiết thế nào”"},
	}, {
		// A clause that is not an adverbial opens a part alone.
		text: "Ông Lê Văn Tám đã làm việc ở xã Nghi Phong suốt ba mươi năm, nay ông về hưu tại quê nhà ở Nghệ An.",
		want: []string{"Ông Lê Văn Tám đã làm việc ở xã Nghi Phong suốt ba mươi năm", "nay ông về hưu tại quê nhà ở Nghệ An."},
	}} {
		got := partTexts(t, tc.text)
		for _, w := range tc.want {
			assert.Contains(t, got, w, tc.text)
		}
		for _, n := range tc.not {
			assert.NotContains(t, got, n, tc.text)
		}
	}
}

// TestPartStarts: the clauses a part may not start with, and the commas
// that are no clause boundary; the sentences are written for the test,
// the people fictional.
func TestPartStarts(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // every part of the sentence
	}{
		// A clause that opens with a predicate lost its subject; with a
		// conjunction it leans on the one before.
		{"Đoàn kiểm tra đã khám nghiệm hiện trường suốt buổi sáng, không phát hiện thêm dấu vết nào khác.",
			[]string{"Đoàn kiểm tra đã khám nghiệm hiện trường suốt buổi sáng"}},
		{"Anh Trần Văn Khải đồng ý ký vào biên bản ngay, nhưng anh Lê Văn Nam từ chối và bỏ đi.",
			[]string{"Anh Trần Văn Khải đồng ý ký vào biên bản ngay"}},
		// A capitalised clause after the cut is a subject.
		{"Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3.",
			[]string{"UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3."}},
		// An adverbial clause is not a part alone, wherever it stands.
		{"Theo các kỹ sư, ngoài việc kiểm tra từng nhịp cầu, đoàn còn đo độ lún của mố cầu.",
			[]string{"ngoài việc kiểm tra từng nhịp cầu, đoàn còn đo độ lún của mố cầu.", "đoàn còn đo độ lún của mố cầu."}},
		// Short list items and an address are no clauses of their own.
		{"Các sở, ban, ngành của Quảng Bình hoãn mọi hội nghị thường kỳ, dồn sức chống hạn.",
			[]string{"Các sở, ban, ngành của Quảng Bình hoãn mọi hội nghị thường kỳ"}},
		{"Công an quận Đống Đa, thành phố Hà Nội bắt giữ ba đối tượng trộm xe máy, thu nhiều tang vật.",
			[]string{"Công an quận Đống Đa, thành phố Hà Nội bắt giữ ba đối tượng trộm xe máy"}},
	} {
		got := partTexts(t, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}
