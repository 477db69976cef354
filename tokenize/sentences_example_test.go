package tokenize_test

import (
	"fmt"

	"github.com/vntext/vntext/tokenize"
)

func ExampleTokenizer_Sentences() {
	tk, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	text := "Cầu Vàm Xáng thông xe\n" +
		"Sáng 11/02/2024, UBND TP. Cần Thơ khánh thành cầu. GS.TS. Lê Văn Hùng đánh giá cao chất lượng. " +
		"Ông Phạm Văn C. ở H. Phong Điền nói: “Giờ đi chợ rất nhanh.” Tổng vốn 1.234,5 tỷ đồng..."
	for _, s := range tk.Sentences(text) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// 0-26 Cầu Vàm Xáng thông xe
	// 27-85 Sáng 11/02/2024, UBND TP. Cần Thơ khánh thành cầu.
	// 86-140 GS.TS. Lê Văn Hùng đánh giá cao chất lượng.
	// 141-222 Ông Phạm Văn C. ở H. Phong Điền nói: “Giờ đi chợ rất nhanh.”
	// 223-259 Tổng vốn 1.234,5 tỷ đồng...
}

func ExampleWithAbbreviations() {
	tk, err := tokenize.New(tokenize.WithAbbreviations("BVĐK."))
	if err != nil {
		panic(err)
	}
	for _, s := range tk.Sentences("Bệnh nhân được chuyển lên BVĐK. Hà Tĩnh. Sức khỏe đã ổn định.") {
		fmt.Println(s.Text)
	}
	// Output:
	// Bệnh nhân được chuyển lên BVĐK. Hà Tĩnh.
	// Sức khỏe đã ổn định.
}
