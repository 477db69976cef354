package entities

import "testing"

// Classes of (person, role) pairs, each with several sentences written for
// the test (fictional people, real places and bodies): want lists rendered
// entities the text must give, absent those it must not.
func TestRoleClasses(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		class, text  string
		want, absent []string
	}{
		// A body named by its type alone after a title stays in the role
		// as written (a company's board, "nhà trường", "công ty") and is no
		// ORGANIZATION; "kiêm" then opens the next role.
		{"anaphor", "Bà Lò Thị Vân, Chủ tịch HĐQT kiêm Giám đốc Quỹ tín dụng nhân dân Mường Lay, kể lại.",
			[]string{"PERSON Lò Thị Vân [Chủ tịch HĐQT | Giám đốc Quỹ tín dụng nhân dân Mường Lay]"}, []string{"ORGANIZATION HĐQT"}},
		{"anaphor", "Hiệu trưởng nhà trường, bà Quách Thị Mận, trao học bổng cho 20 em.",
			[]string{"PERSON Quách Thị Mận [Hiệu trưởng nhà trường]"}, nil},
		{"anaphor", "Cơ quan điều tra triệu tập ông Hồ Văn Khiêm, Giám đốc công ty, để làm rõ.",
			[]string{"PERSON Hồ Văn Khiêm [Giám đốc công ty]"}, nil},
		{"anaphor", "Lễ tưởng niệm cố Giám đốc bệnh viện Lương Văn Đạt diễn ra sáng qua.",
			[]string{"PERSON Lương Văn Đạt [Giám đốc bệnh viện{late}]"}, nil},
		{"anaphor", "Bà Tô Thị Nguyệt, nguyên Chủ tịch Hội đồng thành viên, nay là cố vấn, dự lễ.",
			[]string{"PERSON Tô Thị Nguyệt [Chủ tịch Hội đồng thành viên{former}]"}, nil},
		// Titles stacked without a comma: a second title that names a body
		// or an anaphor opens a role, also after a title with nothing after
		// it; "Bí thư" there is a title, not the sector of "Ban Bí thư".
		{"stacked", "Tỉnh ủy viên Bí thư Huyện ủy Mường Tè Lò Văn Phới trao quà.",
			[]string{"PERSON Lò Văn Phới [Tỉnh ủy viên | Bí thư Huyện ủy Mường Tè]"}, nil},
		{"stacked", "Ông Vàng A Sử, Huyện ủy viên Bí thư Đảng ủy xã Sín Chéng, cho biết.",
			[]string{"PERSON Vàng A Sử [Huyện ủy viên | Bí thư Đảng ủy xã Sín Chéng]"}, nil},
		{"stacked", "Phó Bí thư Đảng ủy Hiệu trưởng nhà trường Đinh Quang Lợi phát biểu khai mạc.",
			[]string{"PERSON Đinh Quang Lợi [Phó Bí thư Đảng ủy | Hiệu trưởng nhà trường]"}, nil},
		{"stacked", "Bí thư Đảng ủy Chủ tịch HĐQT Phan Văn Thịnh báo cáo kết quả kinh doanh.",
			[]string{"PERSON Phan Văn Thịnh [Bí thư Đảng ủy | Chủ tịch HĐQT]"}, nil},
		// The office holder's name right after a role that ends in a unit
		// word: a unit of another level does not swallow it (a town is
		// called Đinh Văn, a commune Vũ Minh), and a place the gazetteer
		// reads from the last syllable of the role ("nông thôn",
		// "thành phố") does not either.
		{"name after unit", "Phó Chủ tịch UBND tỉnh Đinh Văn Hào kiểm tra công trình.",
			[]string{"PERSON Đinh Văn Hào [Phó Chủ tịch UBND tỉnh]"}, []string{"ORGANIZATION UBND tỉnh Đinh"}},
		{"name after unit", "Quyền Chánh Văn phòng UBND tỉnh Vũ Minh Khôi ký công văn.",
			[]string{"PERSON Vũ Minh Khôi [Chánh Văn phòng UBND tỉnh{acting}]"}, nil},
		{"name after unit", "Theo Chánh Văn phòng Sở Nông nghiệp và Phát triển nông thôn Hà Văn Lượng, tỉnh đã cấp giống.",
			[]string{"PERSON Hà Văn Lượng [Chánh Văn phòng Sở Nông nghiệp và Phát triển nông thôn]"}, nil},
		{"name after unit", "Chủ tịch HĐND thành phố Trương Thị Mỹ Lệ phát biểu bế mạc kỳ họp.",
			[]string{"PERSON Trương Thị Mỹ Lệ [Chủ tịch HĐND thành phố]"}, nil},
		{"name after unit", "Đại biểu HĐND thành phố Khúc Thị Huyền chất vấn Giám đốc Sở Xây dựng.",
			[]string{"PERSON Khúc Thị Huyền [Đại biểu HĐND thành phố]"}, nil},
		// A known unit of the head's level stays a place.
		{"name after unit", "Đoàn công tác làm việc tại huyện Lệ Thủy và huyện Quảng Ninh.",
			[]string{"LOCATION huyện Lệ Thủy"}, nil},
	} {
		checkRendered(t, c.class+": "+c.text, extract(x, c.text), c.want, c.absent)
	}
}
