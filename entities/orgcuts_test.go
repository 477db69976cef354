package entities

import "testing"

// Bodies' names that the rules cut short (issue 12, class 1): at a spaced
// hyphen or dash between the parts of a name, at "và", at a comma of a
// list inside the name, and at lower-case words after a sector that the
// unit's own name narrows. And the readings that must stay cut: a
// ministry's sector is its whole name, a Party board's too, and a verb
// after the name begins the clause. Sentences written for the test:
// fictional people, real places and bodies.
func TestOrganisationNamesNotCut(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		// A spaced hyphen or en dash between the parts of a name.
		{"radio and television station with a hyphen", "Hôm qua Đài Phát thanh - Truyền hình tỉnh Cà Mau đưa tin về vụ việc.",
			[]string{"ORGANIZATION Đài Phát thanh - Truyền hình tỉnh Cà Mau"}, []string{"LOCATION tỉnh Cà Mau"}},
		{"radio and television station with an en dash", "Bà Mai Thu Hà, Giám đốc Đài Phát thanh – Truyền hình Lạng Sơn, cho biết kế hoạch.",
			[]string{"ORGANIZATION Đài Phát thanh – Truyền hình Lạng Sơn", "PERSON Mai Thu Hà [Giám đốc Đài Phát thanh – Truyền hình Lạng Sơn]"}, nil},
		{"two names joined, each in sentence case", "Năm nay Trường Đại học Mỏ - Địa chất tuyển sinh hai ngành mới.",
			[]string{"ORGANIZATION Trường Đại học Mỏ - Địa chất"}, nil},
		// A field written with a capital and a lower-case word, then the holder.
		{"national economics, then the rector", "Hiệu trưởng Trường Đại học Kinh tế Quốc dân Trần Văn Bình phát biểu khai mạc.",
			[]string{"ORGANIZATION Trường Đại học Kinh tế Quốc dân", "PERSON Trần Văn Bình [Hiệu trưởng Trường Đại học Kinh tế Quốc dân]"},
			[]string{"PERSON Quốc"}},
		// "và" inside a fixed phrase of the name.
		{"small and medium enterprises", "Ông Lò Văn Tâm, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Sơn La, đề xuất giảm thuế.",
			[]string{"ORGANIZATION Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Sơn La", "PERSON Lò Văn Tâm [Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Sơn La]"}, nil},
		{"và after a sector, then a capitalised part", "Ông Vũ Minh Tuấn, Tổng Biên tập báo Nhà báo và Công luận, trao giải.",
			[]string{"ORGANIZATION báo Nhà báo và Công luận"}, nil},
		{"a long name with và and a unit", "Trung tâm Nghiên cứu thực nghiệm và Chuyển giao tiến bộ kỹ thuật tỉnh Gia Lai vừa bàn giao giống lúa.",
			[]string{"ORGANIZATION Trung tâm Nghiên cứu thực nghiệm và Chuyển giao tiến bộ kỹ thuật tỉnh Gia Lai"}, nil},
		// A comma inside the name, the words closed by the unit.
		{"list of duties inside a board's name", "Ông Đinh Văn Hòa, Trưởng ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Kon Tum, chủ trì.",
			[]string{"ORGANIZATION ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Kon Tum",
				"PERSON Đinh Văn Hòa [Trưởng ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Kon Tum]"}, nil},
		{"list of fields inside a centre's name", "Ông Hà Sỹ Đồng, Giám đốc Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Quảng Trị, giới thiệu.",
			[]string{"ORGANIZATION Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Quảng Trị"}, nil},
		{"a comma before another body stays a list", "Trung tâm Y tế, bệnh viện huyện Đô Lương cùng tham gia.",
			nil, []string{"ORGANIZATION Trung tâm Y tế, bệnh viện huyện Đô Lương"}},
		// Lower-case words after a field the unit's name narrows.
		{"ministry department in apposition", "Ông Hồ Quang Lâm, Vụ trưởng Vụ Chính sách tiền tệ (Ngân hàng Nhà nước), trả lời.",
			[]string{"ORGANIZATION Vụ Chính sách tiền tệ", "PERSON Hồ Quang Lâm [Vụ trưởng Vụ Chính sách tiền tệ]"}, nil},
		{"ministry department before a predicate", "Vụ Chính sách tiền tệ vừa gửi báo cáo lên lãnh đạo ngân hàng.",
			[]string{"ORGANIZATION Vụ Chính sách tiền tệ"}, nil},
		{"department and its ministry after a comma", "Bà Lê Thị Nga, Vụ trưởng Vụ Kinh tế đối ngoại, Bộ Kế hoạch và Đầu tư, dự họp.",
			[]string{"ORGANIZATION Vụ Kinh tế đối ngoại", "ORGANIZATION Bộ Kế hoạch và Đầu tư"}, nil},
		{"college and its province", "Trường Cao đẳng Công nghiệp cao su tỉnh Bình Phước tuyển sinh năm nay.",
			[]string{"ORGANIZATION Trường Cao đẳng Công nghiệp cao su tỉnh Bình Phước"}, nil},
		{"two sectors of a faculty", "Khoa Chăn nuôi Thú y của học viện tuyển sinh khóa mới.",
			[]string{"ORGANIZATION Khoa Chăn nuôi Thú y"}, nil},
		// What stays cut.
		{"a ministry's sector is its whole name", "Sở Y tế kiểm tra, xử lý các cơ sở vi phạm.",
			[]string{"ORGANIZATION Sở Y tế"}, []string{"ORGANIZATION Sở Y tế kiểm tra"}},
		{"a Party board's sector is its whole name", "Hội nghị kiến nghị Ban Bí thư xem xét, kết luận trách nhiệm.",
			[]string{"ORGANIZATION Ban Bí thư"}, []string{"ORGANIZATION Ban Bí thư xem xét"}},
		{"a Party board before another instrument", "Thực hiện Chỉ thị 05 của Ban Bí thư và Luật Phòng, chống tham nhũng.",
			[]string{"ORGANIZATION Ban Bí thư"}, []string{"ORGANIZATION Ban Bí thư và Luật Phòng"}},
		{"a board and its holder after the unit", "Phó Chủ tịch UBND huyện, Trưởng Ban An toàn giao thông huyện Đặng Văn Hải yêu cầu xử lý.",
			[]string{"ORGANIZATION Ban An toàn giao thông huyện", "PERSON Đặng Văn Hải [Phó Chủ tịch UBND huyện | Trưởng Ban An toàn giao thông huyện]"}, nil},
		{"a company's sector is read by its own rule", "Ông Lê Văn Hùng, Tổng giám đốc Công ty cổ phần Đầu tư hạ tầng Phú Thịnh, cho biết.",
			nil, []string{"ORGANIZATION Công ty cổ phần Đầu tư hạ tầng"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}

// The army's corps and services are bodies named after their head
// ("Binh chủng", "Quân chủng"), not a person "Binh" or "Quân"; a compound
// whose first or last syllable is a stop word goes on in the name
// ("phòng không", "không quân"), and a verb a body does ends it.
// Sentences written for the test.
func TestMilitaryServicesAreBodies(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"corps and its commander", "Ông Ngô Bá Sơn, Tư lệnh Binh chủng Hóa học, kiểm tra đơn vị.",
			[]string{"ORGANIZATION Binh chủng Hóa học", "PERSON Ngô Bá Sơn [Tư lệnh Binh chủng Hóa học]"}, []string{"PERSON Binh"}},
		{"service before its commander's name", "Tư lệnh Quân chủng Hải quân Trần Thanh Nghiêm thăm đảo.",
			[]string{"ORGANIZATION Quân chủng Hải quân", "PERSON Trần Thanh Nghiêm [Tư lệnh Quân chủng Hải quân]"}, []string{"PERSON Quân"}},
		{"two parts joined by a dash", "Ông Lê Huy Vịnh, Tư lệnh Quân chủng Phòng không – Không quân, kiểm tra trực ban.",
			[]string{"ORGANIZATION Quân chủng Phòng không – Không quân"}, nil},
		{"a verb after the name", "Binh chủng Đặc công kỷ niệm ngày truyền thống.",
			[]string{"ORGANIZATION Binh chủng Đặc công"}, []string{"ORGANIZATION Binh chủng Đặc công kỷ niệm"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
