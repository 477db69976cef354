// Quickstart: analyze one article with the one-call pipeline.
//
//	go run ./examples/quickstart
package main

import (
	"context"
	"fmt"
	"log"

	"github.com/vntext/vntext"
)

const article = `Sáng 12/3/2024, UBND tỉnh Hà Giang tổ chức hội nghị sơ kết Chương trình mục tiêu quốc gia nước sạch vùng cao. ` +
	`Chủ tịch UBND tỉnh Hà Giang Trần Minh Khôi cho biết 68 xã của tỉnh đã đạt chuẩn nông thôn mới. ` +
	`Tại huyện Đồng Văn, tỷ lệ hộ nghèo giảm còn 29,5%. ` +
	`Ông Khôi yêu cầu các sở, ngành công khai kết quả thẩm định trên Cổng thông tin điện tử của tỉnh.`

func main() {
	// One Analyzer per process: it is safe for concurrent use, and its
	// built-in data is loaded once.
	a, err := vntext.New()
	if err != nil {
		log.Fatal(err)
	}
	res, err := a.Analyze(context.Background(), vntext.Doc{Title: "Hà Giang sơ kết nông thôn mới", Text: article})
	if err != nil {
		log.Fatal(err)
	}

	fmt.Println("Summary:")
	for _, s := range res.Summary.Sentences {
		fmt.Printf("  [%d:%d] %s\n", s.Start, s.End, s.Text)
	}
	fmt.Println("Officials:")
	for _, o := range res.Officials {
		fmt.Printf("  %s — %v\n", o.Name, o.Roles)
	}
	fmt.Println("Entities:")
	for _, e := range res.Entities {
		// Offsets index the text as given: article[e.Start:e.End].
		fmt.Printf("  %-12s %q at %d:%d\n", e.Type, e.Text, e.Start, e.End)
	}
	fmt.Println("Keywords:")
	for _, k := range res.Keywords {
		// Normalized is the form to show; Text is the article's own bytes.
		fmt.Printf("  %s (%.2f)\n", k.Normalized, k.Score)
	}
	fmt.Println("Segmented:")
	fmt.Println(" ", res.Segmented)
}
