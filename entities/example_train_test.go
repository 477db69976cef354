package entities_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/vntext/vntext/entities"
)

// Train a model from a few annotated sentences (CoNLL, IOB2), then extract
// with it. A real model wants thousands of sentences.
func ExampleTrain() {
	var conll strings.Builder
	for _, name := range []string{"Lê Văn An", "Trần Thị Bình", "Phạm Minh Cường", "Hoàng Thu Dung", "Vũ Đình Khuyến", "Bùi Ngọc Lan"} {
		for _, place := range []string{"Khánh Hòa", "Nghệ An", "Cao Bằng"} {
			conll.WriteString("Ông O\n")
			for i, w := range strings.Fields(name) {
				fmt.Fprintf(&conll, "%s %s-PER\n", w, map[bool]string{true: "B", false: "I"}[i == 0])
			}
			conll.WriteString("về O\n")
			for i, w := range strings.Fields(place) {
				fmt.Fprintf(&conll, "%s %s-LOC\n", w, map[bool]string{true: "B", false: "I"}[i == 0])
			}
			conll.WriteString(". O\n\n")
		}
	}
	train, err := entities.ReadExamples(strings.NewReader(conll.String()), entities.FormatCoNLL)
	if err != nil {
		panic(err)
	}
	var model bytes.Buffer
	report, err := entities.Train(context.Background(), &model, train, entities.TrainSeed(1))
	if err != nil {
		panic(err)
	}
	fmt.Println(report.Types, report.Mentions)
	x, err := entities.New(entities.WithModel(&model))
	if err != nil {
		panic(err)
	}
	ents, err := x.Extract(context.Background(), "Ông Đỗ Hữu Tâm về Lâm Đồng.")
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
		fmt.Printf("%s %q\n", e.Type, e.Text)
	}
	// Output:
	// [LOCATION PERSON] 36
	// PERSON "Đỗ Hữu Tâm"
	// LOCATION "Lâm Đồng"
}
