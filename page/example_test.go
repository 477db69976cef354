package page_test

import (
	"fmt"

	"github.com/vntext/vntext/page"
)

func ExampleParse() {
	text := "Chính trị\n" +
		"Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu\n" +
		"Hương Ly 11/02/2024 15:00\n" +
		"(0) Bình luận\n" +
		"Sáng 11/2, HĐND quận Tây Hồ tổ chức kỳ họp chuyên đề lấy phiếu tín nhiệm.\n" +
		"© 2024 Bản quyền thuộc về báo điện tử.\n"
	p := page.Parse(text)
	fmt.Println(p.Category.Text)
	fmt.Println(p.Title.Text)
	fmt.Println(p.Byline.Text, p.Published)
	for _, s := range p.Body {
		fmt.Println("body:", s.Text)
	}
	for _, s := range p.Furniture {
		fmt.Printf("%s: %s\n", s.Kind, s.Text)
	}
	// Output:
	// Chính trị
	// Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu
	// Hương Ly 2024-02-11T15:00+07:00
	// body: Sáng 11/2, HĐND quận Tây Hồ tổ chức kỳ họp chuyên đề lấy phiếu tín nhiệm.
	// category: Chính trị
	// headline: Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu
	// dateline: Hương Ly 11/02/2024 15:00
	// comments: (0) Bình luận
	// footer: © 2024 Bản quyền thuộc về báo điện tử.
}

func ExampleParseDate() {
	for _, s := range []string{"Thứ hai, 11/2/2024 - 15:00 (GMT+7)", "15:00 ngày 11/02/2024", "11-02-2024"} {
		d, _ := page.ParseDate(s)
		fmt.Println(d)
	}
	// Output:
	// 2024-02-11T15:00+07:00
	// 2024-02-11T15:00+07:00
	// 2024-02-11
}
