package entities

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// lineBreakTexts cover every span builder: roles before and after names,
// names, places, organisations, programmes, addresses and numbers
// (sentences written for the test: fictional people, real places).
var lineBreakTexts = []string{
	exampleSentence,
	"Ông Nguyễn Văn An, Chủ tịch UBND huyện Sóc Sơn, nói.",
	"Bí thư Đảng ủy xã Sóc Sơn Phạm Quang Vinh, nguyên Chủ tịch UBND huyện Sóc Sơn, phát biểu.",
	"Bà Nông Thị Vân (52 tuổi), Phó Chủ tịch Hội Nông dân huyện Bảo Lạc, kể lại.",
	"Giám đốc Sở Tài chính tỉnh Quảng Nam (cũ) Phan Văn Tài phát biểu.",
	"Với cương vị Chủ tịch UBND tỉnh, ông Trần Văn Bình kiểm tra đê.",
	"Trưởng phòng Kế hoạch thuộc Sở Nông nghiệp và Môi trường tỉnh Nghệ An Lê Văn Sáu nói thêm.",
	"Đại sứ Việt Nam tại Nhật Bản Hồ Thị Lan dự lễ.",
	"Chánh Văn phòng HĐND, UBND huyện Cần Giờ Phan Văn Tư phát biểu.",
	"Phó Chủ tịch UBND tỉnh H'Hương Byă và ông Thào A Chứ dự họp.",
	"Công ty cổ phần Khoáng sản Hòa Bình (KHB) làm việc với Sở Công Thương tỉnh Lào Cai.",
	"Đề án phát triển chè sạch giai đoạn 2021 - 2025 được làm thử ở phường Hải Châu I, quận 7 và thị xã Sơn Tây.",
	"Phong trào “Chi bộ 4 tốt” và Nghị quyết số 18-NQ/TW được quán triệt tại số 12 Lê Lợi, phường Bến Nghé, Quận 1, TP.HCM.",
	"Thượng tá Hà Văn Long, Trưởng Công an huyện Mường Tè, cho biết anh Vũ Văn Toàn, 30 tuổi, trú tại xã Yên Thường, bị thương.",
	"Xã đã xong việc sắp xếp lại các thôn. Ảnh: Ngọc Vũ",
	"Trung tâm Khuyến nông tỉnh Tuyên Quang làm việc cùng Bệnh viện Bạch Mai và Trường Đại học Bách khoa Hà Nội.",
	"CHỦ TỊCH UBND TỈNH NGHỆ AN NGUYỄN VĂN THẮM VÀ PHÓ CHỦ TỊCH UBND TỈNH NGHỆ AN LÊ VĂN BÌNH DỰ HỌP.",
	"Tiến Dụng, Nhật Tân, Thanh Hải và Lê Văn Bình cùng tham dự giải Hạ Long Heritage Marathon.",
}

// lineBreaks are the ways a text breaks a line.
var lineBreaks = []string{"\n", "\n\n", "\r\n", "\n\n\n", " \n "}

// No entity, role or unit runs across a line break: a heading, a byline
// or a paragraph ends every phrase. Property test: line breaks put at
// random in place of spaces, with and without the built-in model.
func TestNoSpanCrossesLineBreak(t *testing.T) {
	plain := newTestExtractor(t)

	model, err := New(WithBuiltinModel(true))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(12, 12))
	for _, base := range lineBreakTexts {
		words := strings.Split(base, " ")
		for range 40 {
			var b strings.Builder
			for k, w := range words {
				if k > 0 {
					if rng.IntN(4) == 0 {
						b.WriteString(lineBreaks[rng.IntN(len(lineBreaks))])
					} else {
						b.WriteByte(' ')
					}
				}
				b.WriteString(w)
			}
			text := b.String()
			for _, x := range []*Extractor{plain, model} {
				checkNoLineBreak(t, text, extract(x, text))
			}
		}
	}
}

// checkNoLineBreak fails when an entity, a role or a unit of ents holds
// a line break.
func checkNoLineBreak(t *testing.T, text string, ents []Entity) {
	t.Helper()
	for _, e := range ents {
		if strings.ContainsAny(e.Text, "\r\n") || strings.ContainsAny(e.Unit, "\r\n") {
			t.Errorf("%s %q crosses a line in %q", e.Type, e.Text, text)
		}
		for _, r := range e.Roles {
			if strings.ContainsAny(r.Text, "\r\n") {
				t.Errorf("role %q of %q crosses a line in %q", r.Text, e.Text, text)
			}
		}
	}
}

// The case a new user met: a name and a role broken by blank lines.
func TestRoleAcrossBlankLine(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text       string
		want, dont []string
	}{
		{"Ông Nguyễn\n\n\nVăn An, Chủ tịch\n\nUBND huyện Sóc Sơn nói.",
			[]string{"ORGANIZATION UBND huyện Sóc Sơn"}, []string{"PERSON Văn An [Chủ tịch\n\nUBND huyện Sóc Sơn]"}},
		{"Bà Lê Thị Hoa, Giám đốc Sở Du lịch\ntỉnh Hà Giang, cho biết.",
			[]string{"PERSON Lê Thị Hoa [Giám đốc Sở Du lịch]"}, nil},
	} {
		checkRendered(t, c.text, extract(x, c.text), c.want, c.dont)
	}
}

// A byline is one line: the line before it is no part of it.
func TestBylineIsOneLine(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Xã đã xong việc sắp xếp lại các thôn.\nTrung Sơn", []string{"PERSON Trung Sơn"}},
		{"Xã đã xong việc sắp xếp lại các thôn.\nHà\nTrung Sơn", nil},
		{"Xã đã xong việc sắp xếp lại các thôn. Minh\nTrung Sơn", nil},
	} {
		ents := extract(x, c.text)
		checkRendered(t, c.text, ents, c.want, nil)
		checkNoLineBreak(t, c.text, ents)
	}
}
