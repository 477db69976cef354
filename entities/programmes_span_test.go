package entities

import "testing"

// Programme span boundaries: quotes, numbered documents, laws, plans with a
// horizon, projects with places and end points, generic mentions and
// acronyms, on sentences written for the test (fictional people, real
// places, invented numbers).
func TestProgrammeSpans(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		// A closing quote after a head opens nothing, and no quoted name
		// runs into the next sentence.
		{"closing quote after a head", "Bà Lan nói: “Tỉnh cần sớm đưa “vụ việc” này vào chương trình họp để ra một nghị quyết”. Ý kiến này được nhiều người ủng hộ. Ông Hùng nói: “Cần làm rõ”.",
			[]string{"PERSON Lan", "PERSON Hùng"}, []string{"PROGRAM . Ý kiến này được nhiều người ủng hộ. Ông Hùng nói:"}},
		{"quotes nested in a name", "Trường phát động cuộc thi “Em yêu “biển đảo” quê hương” trong học sinh.",
			[]string{"PROGRAM Em yêu “biển đảo” quê hương"}, []string{"PROGRAM Em yêu"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
