package entities

import "testing"

// Titles that are the object of a verb of holding an office are a
// predicate, not roles, also when fronted before a comma and the name
// (GUIDELINES: "giữ chức …", "bổ nhiệm làm …"; issue 12, class 4); a
// fronted title after "với cương vị" or alone stays a role, and so does a
// title after a verb whose object is the holder. Sentences written for
// the test: real places, fictional people.
func TestTitlesHeldAreNoRoles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"when doing the job", "Lúc còn làm Chánh Văn phòng Tỉnh ủy Phú Yên, ông Trần Văn Hải hay xuống cơ sở.",
			[]string{"PERSON Trần Văn Hải", "ORGANIZATION Tỉnh ủy Phú Yên"}, []string{"PERSON Trần Văn Hải [Chánh Văn phòng Tỉnh ủy Phú Yên]"}},
		{"holding a list of offices", "Suốt những năm giữ cương vị Tỉnh ủy viên, Bí thư Tỉnh đoàn Quảng Nam, ông Lê Văn Phúc đã vi phạm.",
			[]string{"PERSON Lê Văn Phúc"}, []string{"PERSON Lê Văn Phúc [Bí thư Tỉnh đoàn Quảng Nam]", "PERSON Lê Văn Phúc [Tỉnh ủy viên | Bí thư Tỉnh đoàn Quảng Nam]"}},
		{"while holding the post", "Khi giữ chức Giám đốc Sở Công Thương, ông Đỗ Minh Quân đã ký nhiều hợp đồng.",
			[]string{"PERSON Đỗ Minh Quân"}, []string{"PERSON Đỗ Minh Quân [Giám đốc Sở Công Thương]"}},
		// Still roles.
		{"in the capacity of", "Với cương vị Chủ tịch UBND tỉnh, ông Nguyễn Văn Bình chỉ đạo khắc phục.",
			[]string{"PERSON Nguyễn Văn Bình [Chủ tịch UBND tỉnh]"}, nil},
		{"a fronted title and a rank", "Trưởng Công an huyện Hoằng Hóa, thượng tá Lê Đình Tuấn, cho biết.",
			[]string{"PERSON Lê Đình Tuấn [Trưởng Công an huyện Hoằng Hóa]"}, nil},
		{"electing the holder", "Kỳ họp bầu Trưởng Công an huyện Giao Thủy, thượng tá Vũ Văn Lâm, làm Ủy viên UBND huyện.",
			[]string{"PERSON Vũ Văn Lâm [Trưởng Công an huyện Giao Thủy]"}, nil},
		{"apposition after the name", "Ông Trần Văn Hải, Bí thư Quận ủy quận 5, phát biểu.",
			[]string{"PERSON Trần Văn Hải [Bí thư Quận ủy quận 5]"}, nil},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}

// Fused titles of a unit's head ("unit + trưởng") are roles like "Vụ
// trưởng": the army's unit commanders, the local military command's,
// a regional audit chief's, a ship's officers (corpus precedent 71) and a
// hamlet's head. Sentences written for the test.
func TestFusedUnitTitles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"division commander", "Sư đoàn trưởng Sư đoàn 5 Nguyễn Văn Hùng báo cáo tình hình.",
			[]string{"PERSON Nguyễn Văn Hùng [Sư đoàn trưởng Sư đoàn 5]"}},
		{"regiment commander in apposition", "Ông Lê Văn Toàn, Trung đoàn trưởng Trung đoàn 88, cho biết đơn vị đã sẵn sàng.",
			[]string{"PERSON Lê Văn Toàn [Trung đoàn trưởng Trung đoàn 88]"}},
		{"ship's captain", "Thuyền trưởng Phạm Văn Lực khai báo với biên phòng.",
			[]string{"PERSON Phạm Văn Lực [Thuyền trưởng]"}},
		{"regional audit chief", "Ông Đỗ Văn Tài, Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV, trình bày báo cáo.",
			[]string{"PERSON Đỗ Văn Tài [Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV]", "ORGANIZATION Kiểm toán Nhà nước khu vực IV"}},
		{"commune military commander", "Ông Lý A Sang, Xã đội trưởng xã Pa Vệ Sủ, dẫn đường.",
			[]string{"PERSON Lý A Sang [Xã đội trưởng xã Pa Vệ Sủ]", "LOCATION xã Pa Vệ Sủ"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, nil)
	}
}
