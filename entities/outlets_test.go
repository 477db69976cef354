package entities

import "testing"

// News outlets cited as a source are bodies also when the text writes
// their name in capitals, as outlets write their own name (issue 12,
// class 2): a coined name in capitals after "Theo" ("VNEXPRESS"), and a
// run of Vietnamese words in capitals after a source cue, between "Như"
// and the report's verb, or between "Theo" and a comma, even where the
// words also name a commune. Acronyms and personal names in capitals stay
// what they were. Sentences written for the test.
func TestOutletsInCapitals(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"coined name in capitals", "Theo VNEXPRESS, công trình đã được nghiệm thu.",
			[]string{"ORGANIZATION VNEXPRESS"}, nil},
		{"source cue before words in capitals", "Nguồn tin của NGƯỜI LAO ĐỘNG cho biết.",
			[]string{"ORGANIZATION NGƯỜI LAO ĐỘNG"}, nil},
		{"answering an outlet", "Trả lời DÂN TRÍ, ông Lê Văn Hòa cho biết sẽ xử lý.",
			[]string{"ORGANIZATION DÂN TRÍ", "PERSON Lê Văn Hòa"}, nil},
		{"an outlet whose name is also a commune's", "Như TIỀN PHONG đã đưa tin, cây cầu bị sập hôm 3-9.",
			[]string{"ORGANIZATION TIỀN PHONG"}, []string{"LOCATION TIỀN PHONG"}},
		{"outlet in sentence case after its head", "Theo báo Người lao động, nhiều công nhân đã nghỉ việc.",
			[]string{"ORGANIZATION báo Người lao động"}, nil},
		// Not outlets.
		{"a personal name in capitals", "Theo NGUYỄN VĂN AN, vụ việc xảy ra từ năm ngoái.",
			nil, []string{"ORGANIZATION NGUYỄN VĂN AN"}},
		{"an acronym is no coined name", "Theo TTXVN, đoàn đã đến Hà Nội.",
			nil, []string{"PERSON TTXVN"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
