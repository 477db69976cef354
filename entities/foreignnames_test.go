package entities

import "testing"

// Foreign given names joined by a hyphen, written with or without spaces,
// are one name, and a foreign person's name after a body's is no part of
// the body (issue 12, class 3). Sentences written for the test.
func TestForeignHyphenatedNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"hyphenated given name after an honorific", "Ông Jean-Claude Juncker cho biết EU sẽ hỗ trợ.",
			[]string{"PERSON Jean-Claude Juncker"}, []string{"PERSON Jean"}},
		{"hyphenated given name and a two-word family name", "Bộ trưởng Ngoại giao Pháp Jean-Yves Le Drian thăm Hà Nội.",
			[]string{"PERSON Jean-Yves Le Drian [Bộ trưởng Ngoại giao Pháp]"}, nil},
		{"a body's name ends before its holder", "Chủ tịch Ủy ban châu Âu Jean-Claude Juncker phát biểu tại hội nghị.",
			[]string{"ORGANIZATION Ủy ban châu Âu", "PERSON Jean-Claude Juncker [Chủ tịch Ủy ban châu Âu]"},
			[]string{"ORGANIZATION Ủy ban châu Âu Jean-Claude Juncker"}},
		{"hyphen spaced as tokenized text writes it", "Thủ tướng Pháp gặp Chủ tịch Ủy ban châu Âu Jean - Claude Juncker tại Brussels.",
			[]string{"ORGANIZATION Ủy ban châu Âu", "PERSON Jean - Claude Juncker [Chủ tịch Ủy ban châu Âu]"}, nil},
		{"a sentence-case body before a foreign holder", "Ngân hàng Thế giới Jean-Marc Dupont cho biết.",
			[]string{"ORGANIZATION Ngân hàng Thế giới", "PERSON Jean-Marc Dupont"}, nil},
		{"a Korean given name after a family name that is a head word", "Theo Liên hợp quốc, Tổng thư ký Ban Ki-moon kêu gọi ngừng bắn.",
			[]string{"PERSON Ban Ki-moon [Tổng thư ký]"}, []string{"ORGANIZATION Ban Ki"}},
		{"a Korean given name ends the name", "Ông Moon Jae-in và ông Kim Jong-un ký tuyên bố chung.",
			[]string{"PERSON Moon Jae-in", "PERSON Kim Jong-un"}, nil},
		// A spaced hyphen between places stays a place's.
		{"a province of two names", "Tỉnh Thừa Thiên - Huế đón khách.",
			[]string{"LOCATION Tỉnh Thừa Thiên - Huế"}, nil},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
