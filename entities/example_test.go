package entities_test

import (
	"context"
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
	ents, err := x.Extract(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
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
	offs, err := x.Officials(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, o := range offs {
		fmt.Printf("%s: %s (%d mentions)\n", o.Name, strings.Join(o.Roles, "; "), len(o.Mentions))
	}
	// Output:
	// Lê Thị Thu Hằng: Bí thư Quận ủy; Chủ tịch HĐND quận Tây Hồ (2 mentions)
	// Nguyễn Đình Khuyến: Phó Bí thư Quận ủy; Chủ tịch UBND quận Tây Hồ (1 mentions)
}
