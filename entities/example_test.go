package entities_test

import (
	"fmt"
	"strings"

	"github.com/vntext/vntext/entities"
)

func ExampleExtractor_Extract() {
	x, err := entities.New()
	if err != nil {
		panic(err)
	}
	text := "Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao, 33/33 phiếu."
	for _, e := range x.Extract(text) {
		fmt.Printf("%s %q", e.Type, e.Text)
		if len(e.Roles) > 0 {
			fmt.Printf(" %s", strings.Join(e.Roles, "; "))
		}
		fmt.Println()
	}
	// Output:
	// ORGANIZATION "Quận ủy"
	// ORGANIZATION "HĐND quận Tây Hồ"
	// PERSON "Lê Thị Thu Hằng" Bí thư Quận ủy; Chủ tịch HĐND quận Tây Hồ
	// ORGANIZATION "Quận ủy"
	// ORGANIZATION "UBND quận Tây Hồ"
	// PERSON "Nguyễn Đình Khuyến" Phó Bí thư Quận ủy; Chủ tịch UBND quận Tây Hồ
	// RATIO "33/33 phiếu"
}

func ExampleExtractor_Officials() {
	x, err := entities.New()
	if err != nil {
		panic(err)
	}
	text := "Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao, 33/33 phiếu. Bà Hằng cảm ơn các đại biểu."
	for _, o := range x.Officials(text) {
		fmt.Printf("%s: %s (%d mentions)\n", o.Name, strings.Join(o.Roles, "; "), len(o.Mentions))
	}
	// Output:
	// Lê Thị Thu Hằng: Bí thư Quận ủy; Chủ tịch HĐND quận Tây Hồ (2 mentions)
	// Nguyễn Đình Khuyến: Phó Bí thư Quận ủy; Chủ tịch UBND quận Tây Hồ (1 mentions)
}
