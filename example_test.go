package vntext_test

import (
	"context"
	"fmt"
	"log"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/summarize"
)

func ExampleAnalyzer_Analyze() {
	a, err := vntext.New(vntext.WithTasks(vntext.TaskSentences | vntext.TaskSummary))
	if err != nil {
		log.Fatal(err)
	}
	res, err := a.Analyze(context.Background(), vntext.Doc{
		Title: "Tây Hồ tổ chức kỳ họp",
		Text:  "HĐND quận Tây Hồ tổ chức kỳ họp thứ 12. Các đại biểu thảo luận về ngân sách năm 2024.",
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range res.Sentences {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// 0-55 HĐND quận Tây Hồ tổ chức kỳ họp thứ 12.
	// 56-116 Các đại biểu thảo luận về ngân sách năm 2024.
}

// Offsets always index the caller's text, and every span's Text is the
// caller's own bytes, even when the stages saw a normalized copy: here the
// input is decomposed (NFD), as some systems store it.
func ExampleAnalyzer_Analyze_offsets() {
	a, err := vntext.New(vntext.WithTasks(vntext.TaskNormalize | vntext.TaskSentences))
	if err != nil {
		log.Fatal(err)
	}
	text := "Hà Nội mùa thu. Ha\u0300 No\u0323\u0302i đe\u0323p."
	res, err := a.Analyze(context.Background(), vntext.Doc{Text: text})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(text), len(res.Normalized))
	last := res.Sentences[len(res.Sentences)-1]
	fmt.Printf("%d-%d %+q %v\n", last.Start, last.End, last.Text, last.Text == text[last.Start:last.End])
	fmt.Println(res.Normalized)
	// Output:
	// 40 37
	// 20-40 "Ha\u0300 No\u0323\u0302i \u0111e\u0323p." true
	// Hà Nội mùa thu. Hà Nội đẹp.
}

func ExampleWithSummaryOptions() {
	a, err := vntext.New(
		vntext.WithTasks(vntext.TaskSummary),
		vntext.WithSummaryOptions(summarize.WithSentences(1)),
	)
	if err != nil {
		log.Fatal(err)
	}
	res, err := a.Analyze(context.Background(), vntext.Doc{Text: "Một câu duy nhất về Đà Nẵng."})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Summary.Text())
	// Output: Một câu duy nhất về Đà Nẵng.
}

func ExampleParseTasks() {
	t, err := vntext.ParseTasks("segment,entities,summary")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t)
	// Output: segmented,entities,summary
}

// New validates every option once, up front: a bad one is an error here,
// never a panic or a surprise in Analyze. The Analyzer it returns is
// immutable; share one across goroutines.
func ExampleNew() {
	if _, err := vntext.New(vntext.WithSummaryOptions(summarize.WithSentences(0))); err != nil {
		fmt.Println("error:", err)
	}
	a, err := vntext.New(vntext.WithTasks(vntext.TaskSegmented))
	if err != nil {
		log.Fatal(err)
	}
	res, err := a.Analyze(context.Background(), vntext.Doc{Text: "Thủ đô Hà Nội"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Segmented)
	// Output:
	// error: summarize: sentences must be ≥ 1
	// Thủ_đô Hà_Nội
}

// Two outlets tell one story; the second copies the first's lead, which
// the summary tells once and lists as an echo.
func ExampleAnalyzer_SummarizeGroup() {
	a, err := vntext.New(vntext.WithSummaryOptions(summarize.WithSentences(2)))
	if err != nil {
		log.Fatal(err)
	}
	g, err := a.SummarizeGroup(context.Background(), "cau-thuan-phuoc", []vntext.Doc{
		{ID: "a", Title: "Cầu Thuận Phước được sơn lại",
			Text: "Đà Nẵng bắt đầu sơn lại cầu Thuận Phước sau 15 năm khai thác. Công việc kéo dài ba tháng."},
		{ID: "b", Title: "Sơn lại cầu Thuận Phước",
			Text: "Đà Nẵng đã bắt đầu sơn lại cầu Thuận Phước sau 15 năm khai thác. Xe máy vẫn được đi qua cầu."},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, x := range g.Summary.Sentences {
		fmt.Printf("%s %d-%d %s echoes:%d\n", x.ID, x.Start, x.End, x.Text, len(x.Echoes))
	}
	// Output:
	// a 0-82 Đà Nẵng bắt đầu sơn lại cầu Thuận Phước sau 15 năm khai thác. echoes:1
	// b 88-125 Xe máy vẫn được đi qua cầu. echoes:0
}

// The README's example: who holds which office, every entity at its offsets,
// and what the places named before the 2025 reform became.
func ExampleAnalyzer_readme() {
	text := "Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và Phó Bí thư Quận ủy, Chủ tịch UBND " +
		"quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao, 33/33 phiếu. Kỳ họp diễn ra tại phường Quảng An."
	a, err := vntext.New()
	if err != nil {
		log.Fatal(err)
	}
	res, err := a.Analyze(context.Background(), vntext.Doc{Text: text})
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range res.Officials {
		for _, r := range o.Roles {
			fmt.Printf("%s: %s (%s)\n", o.Name, r.Text, r.Status)
		}
	}
	for _, e := range res.Entities {
		fmt.Printf("%-12s %3d-%3d %s\n", e.Type, e.Start, e.End, text[e.Start:e.End])
		for _, s := range e.Successors {
			fmt.Println("                     since 2025:", s.Name)
		}
	}
	// Output:
	// Lê Thị Thu Hằng: Bí thư Quận ủy (current)
	// Lê Thị Thu Hằng: Chủ tịch HĐND quận Tây Hồ (current)
	// Nguyễn Đình Khuyến: Phó Bí thư Quận ủy (current)
	// Nguyễn Đình Khuyến: Chủ tịch UBND quận Tây Hồ (current)
	// ORGANIZATION   9- 20 Quận ủy
	// ORGANIZATION  35- 57 HĐND quận Tây Hồ
	// PERSON        58- 78 Lê Thị Thu Hằng
	// ORGANIZATION  97-108 Quận ủy
	// ORGANIZATION 123-144 UBND quận Tây Hồ
	// PERSON       145-169 Nguyễn Đình Khuyến
	// RATIO        203-216 33/33 phiếu
	// LOCATION     245-265 phường Quảng An
	//                      since 2025: Phường Tây Hồ, Thành phố Hà Nội
}
