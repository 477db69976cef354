package summarize_test

import (
	"context"
	"fmt"

	"github.com/vntext/vntext/summarize"
)

func ExampleSummarizer_Summarize() {
	s, err := summarize.New(summarize.WithMaxSyllables(45))
	if err != nil {
		panic(err)
	}
	text := "Ảnh: Minh Hải\n" +
		"Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông Nhật Lệ. " +
		"Cây cầu dài hơn 600 m, có tổng vốn đầu tư khoảng 400 tỷ đồng. " +
		"Tuy nhiên, nhiều hộ dân vẫn chưa nhận tiền bồi thường."
	sum, err := s.Summarize(context.Background(), summarize.Article{Title: "Quảng Bình khởi công cầu Nhật Lệ 3", Text: text})
	if err != nil {
		panic(err)
	}
	// Under a budget alone, a sentence may come without its leading time
	// adverbial: Part says so, and Text is still text[Start:End].
	for _, x := range sum.Sentences {
		fmt.Printf("%d [%d:%d] part=%t %s\n", x.Index, x.Start, x.End, x.Part, x.Text)
	}
	// Output:
	// 1 [29:121] part=true UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông Nhật Lệ.
}

// A sentence that leans on the one before it comes without its leading
// connective when that one is not in the summary; Display shows a part as
// a reader should see it, with a capital (and an ellipsis when it stops
// short), while Text stays the article's bytes.
func ExampleSentence_Display() {
	s, err := summarize.New(summarize.WithSentences(1))
	if err != nil {
		panic(err)
	}
	text := "Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông Nhật Lệ. " +
		"Tuy nhiên, nhiều hộ dân ở phường Đức Ninh vẫn chưa nhận tiền bồi thường."
	sum, err := s.Summarize(context.Background(), summarize.Article{Title: "Nhiều hộ dân chưa nhận tiền bồi thường", Text: text})
	if err != nil {
		panic(err)
	}
	x := sum.Sentences[0]
	fmt.Printf("part=%t\n%s\n%s\n", x.Part, x.Text, x.Display())
	fmt.Println(summarize.Sentence{Text: "tại trụ sở UBND thành phố Hà Nội", Part: true}.Display())
	// Output:
	// part=true
	// nhiều hộ dân ở phường Đức Ninh vẫn chưa nhận tiền bồi thường.
	// Nhiều hộ dân ở phường Đức Ninh vẫn chưa nhận tiền bồi thường.
	// Tại trụ sở UBND thành phố Hà Nội…
}

func ExampleSummarizer_Keywords() {
	s, err := summarize.New()
	if err != nil {
		panic(err)
	}
	text := "Ông Trần Văn Khải, Chủ tịch UBND huyện Đông Sơn, thăm trường học sáng 5/9. " +
		"Ông Khải cho biết UBND huyện sẽ hỗ trợ nhà trường xây thêm phòng học.\n" +
		"Ảnh: Minh Hải"
	kws, err := s.Keywords(context.Background(), text, 3)
	if err != nil {
		panic(err)
	}
	for _, k := range kws {
		fmt.Println(k.Text, k.Kind, k.Mentions)
	}
	// Output:
	// Trần Văn Khải name [{5 23} {102 108}]
	// Đông Sơn name [{51 62}]
}

// Options are checked when the Summarizer is built.
func ExampleNew() {
	_, err := summarize.New(summarize.WithMaxSyllables(-1))
	fmt.Println(err)
	// Output: summarize: max syllables must be ≥ 0
}

// Two outlets tell the same story: the summary tells each fact once and
// says which article each sentence comes from, and where else it is told.
func ExampleSummarizer_SummarizeCluster() {
	s, err := summarize.New(summarize.WithSentences(2))
	if err != nil {
		panic(err)
	}
	arts := []summarize.Article{
		{ID: "tto", Title: "Quảng Bình khởi công cầu Nhật Lệ 3",
			Text: "TTO - Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông Nhật Lệ. " +
				"Cây cầu dài hơn 600 m, vốn đầu tư khoảng 400 tỷ đồng."},
		{ID: "dt", Title: "Khởi công cầu Nhật Lệ 3",
			Text: "Sáng 5/6, UBND tỉnh Quảng Bình đã khởi công cầu Nhật Lệ 3 nối hai bờ sông Nhật Lệ. " +
				"Nhiều hộ dân ven sông chưa nhận tiền bồi thường."},
	}
	sum, err := s.SummarizeCluster(context.Background(), arts)
	if err != nil {
		panic(err)
	}
	for _, x := range sum.Sentences {
		fmt.Printf("%s [%d:%d] %s (+%d)\n", x.ID, x.Start, x.End, x.Text, len(x.Echoes))
	}
	// Output:
	// tto [6:109] Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông Nhật Lệ. (+1)
	// dt [109:173] Nhiều hộ dân ven sông chưa nhận tiền bồi thường. (+0)
}
