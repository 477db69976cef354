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
		for _, r := range e.Roles {
			fmt.Printf(" [%s: %s]", r.Status, r.Text)
		}
		fmt.Println()
	}
	// Output:
	// ORGANIZATION "Quận ủy"
	// ORGANIZATION "HĐND quận Tây Hồ"
	// PERSON "Lê Thị Thu Hằng" [current: Bí thư Quận ủy] [current: Chủ tịch HĐND quận Tây Hồ]
	// ORGANIZATION "Quận ủy"
	// ORGANIZATION "UBND quận Tây Hồ"
	// PERSON "Nguyễn Đình Khuyến" [current: Phó Bí thư Quận ủy] [current: Chủ tịch UBND quận Tây Hồ]
	// RATIO "33/33 phiếu"
}

func ExampleExtractor_Officials() {
	x, err := entities.New()
	if err != nil {
		panic(err)
	}
	text := "Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và nguyên Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao, 33/33 phiếu. Bà Hằng cảm ơn bác sĩ Trần Văn Nam."
	offs, err := x.Officials(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, o := range offs {
		var roles []string
		for _, r := range o.Roles {
			roles = append(roles, r.Text+" ("+string(r.Status)+")")
		}
		fmt.Printf("%s: %s (%d mentions)\n", o.Name, strings.Join(roles, "; "), len(o.Mentions))
	}
	// Output:
	// Lê Thị Thu Hằng: Bí thư Quận ủy (current); Chủ tịch HĐND quận Tây Hồ (current) (2 mentions)
	// Nguyễn Đình Khuyến: Chủ tịch UBND quận Tây Hồ (former) (1 mentions)
}
