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
		{"straight quotes spaced out", "Đồn Biên phòng Mường Nhé mở chương trình \" Tết biên giới - Xuân về bản xa \", mời cả thôn cùng dự.",
			[]string{"PROGRAM Tết biên giới - Xuân về bản xa"}, nil},
		{"straight closing quote after a head", "Bà Lan nói: \"Tỉnh cần đưa vụ việc vào chương trình họp để ra một nghị quyết\". Ý kiến này được ủng hộ. Ông Hùng nói: \"Cần làm rõ\".",
			[]string{"PERSON Hùng"}, []string{"PROGRAM . Ý kiến này được ủng hộ. Ông Hùng nói:"}},
		// Numbered documents: a code spaced out or missing its slash, words
		// that say what the document is about before "số", the year a
		// circular was issued.
		{"code without its slash", "Căn cứ Quyết định số 35 QĐ - UBND ngày 3/2/2020 của UBND xã Tân Lập, các hộ phải di dời.",
			[]string{"PROGRAM Quyết định số 35 QĐ - UBND"}, []string{"PROGRAM Quyết định số 35"}},
		{"code split from its digits", "Công an tỉnh Nghệ An ban hành văn bản số 512 / CAT - PC 03 gửi UBND tỉnh.",
			[]string{"PROGRAM văn bản số 512 / CAT - PC 03"}, nil},
		{"minutes of a violation", "Tổ tuần tra ghi ngay Biên bản kiểm tra tài sản số 22/BB-KTTS lúc nửa đêm.",
			[]string{"PROGRAM Biên bản kiểm tra tài sản số 22/BB-KTTS"}, nil},
		{"decision on a fine", "Ông Lò Văn Tâm phải nộp tiền theo quyết định phạt tiền chủ xe số 12/QĐ-PT của UBND huyện.",
			[]string{"PROGRAM quyết định phạt tiền chủ xe số 12/QĐ-PT"}, nil},
		{"circular and its year", "Mức giá trông xe được tính như khoản 2 thông tư 23 năm 2018 ban hành trước đó.",
			[]string{"PROGRAM thông tư 23"}, nil},
		{"certificate", "UBND phường có giấy Xác nhận số 45 về nguồn gốc đất của gia đình ông Lê Văn Tám.",
			[]string{"PROGRAM giấy Xác nhận số 45"}, []string{"PERSON Xác"}},
		{"a line's number is no document's", "Ngôi nhà bị nứt vì thi công dự án tuyến đường sắt nhẹ số 3 Văn Cao - Hòa Lạc gần đó.",
			nil, []string{"PROGRAM dự án tuyến đường sắt nhẹ số 3"}},
		{"years of a plan count", "Xã lập kế hoạch 5 năm 2021-2025 cho các thôn.",
			nil, []string{"PROGRAM kế hoạch 5"}},
		// Laws: the law's own head after "quy định", a capitalised first
		// word, no occasion after the name, no common word.
		{"law after quy định", "Mức đóng được tính dựa vào quy định Luật Việc làm 2013 cho từng người.",
			[]string{"PROGRAM Luật Việc làm 2013"}, []string{"PROGRAM quy định Luật Việc làm"}},
		{"law named with Các", "Ngân hàng hướng dẫn khách hàng về luật Các công cụ chuyển nhượng, có hiệu lực đã lâu.",
			[]string{"PROGRAM luật Các công cụ chuyển nhượng"}, nil},
		{"occasion after a law", "Bản sửa Luật Đất đai lần này gọn hơn bản cũ.",
			[]string{"PROGRAM Luật Đất đai"}, []string{"PROGRAM Luật Đất đai lần"}},
		{"ordinal after a resolution stays", "Chi bộ tổ chức học tập Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI trong tháng.",
			[]string{"PROGRAM Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI"}, nil},
		{"jurists' association", "Đại hội Hội Luật gia tỉnh Nghệ An lần thứ V diễn ra tại Vinh.",
			nil, []string{"PROGRAM Luật gia tỉnh Nghệ An lần thứ V"}},
		{"liberation is a common word", "Nhiều tuyến phố được lát đá như Lê Duẩn, Giải Phóng, Trần Phú.",
			nil, []string{"PROGRAM Giải Phóng"}},
		// A horizon written without "năm" closes a plan's title.
		{"horizon without năm", "Sở Xây dựng trình Quy hoạch chung TP. Huế đến năm 2035, tầm nhìn đến 2060 và hai đề án nhỏ.",
			[]string{"PROGRAM Quy hoạch chung TP. Huế đến năm 2035, tầm nhìn đến 2060"}, nil},
		// A title that lists items keeps them up to its period; without
		// a period the words after the comma are the clause's.
		{"items before the period", "Ngành văn hóa bám sát Chiến lược phát triển văn hóa, nghệ thuật Việt Nam đến năm 2030 trong nhiều năm.",
			[]string{"PROGRAM Chiến lược phát triển văn hóa, nghệ thuật Việt Nam đến năm 2030"}, nil},
		{"two commas before the period", "Huyện Bảo Lạc lồng ghép Chương trình phòng, chống đuối nước, tai nạn trẻ em giai đoạn 2021-2025 vào kế hoạch năm.",
			[]string{"PROGRAM Chương trình phòng, chống đuối nước, tai nạn trẻ em giai đoạn 2021-2025"}, nil},
		{"a clause after the comma", "Xã Tân Lập phổ biến Luật Đất đai, hướng dẫn người dân làm thủ tục đến năm 2025.",
			[]string{"PROGRAM Luật Đất đai"}, nil},
		// A treaty names its subject after "về".
		{"treaty and its subject", "Hai nước cam kết xử lý tranh chấp theo Công ước Liên hợp quốc về Luật Biển năm 1982 và thông lệ chung.",
			[]string{"PROGRAM Công ước Liên hợp quốc về Luật Biển năm 1982"}, []string{"PROGRAM Luật Biển năm 1982"}},
		{"về before a place", "Đoàn doanh nghiệp mang Hiệp định EVFTA về Đà Nẵng giới thiệu tuần sau.",
			[]string{"PROGRAM Hiệp định EVFTA", "LOCATION Đà Nẵng"}, nil},
		// Projects: a name in title case takes no clause after it, a route
		// keeps its end points, a place closes a name before "và".
		{"where after a project", "Nông dân góp vốn vào dự án Lúa - Tôm trên địa bàn huyện Cần Giờ từ vụ này.",
			[]string{"PROGRAM dự án Lúa - Tôm", "LOCATION huyện Cần Giờ"}, nil},
		{"when after a project", "Đoàn kiểm tra làm việc về dự án Vinfast Hải Phòng trong tuần qua.",
			[]string{"PROGRAM dự án Vinfast Hải Phòng"}, nil},
		{"route end points", "UBND huyện thực hiện dự án Đầu tư xây dựng đường từ Quốc lộ 1 đến cảng Cửa Lò tại xã Nghi Thiết.",
			[]string{"PROGRAM dự án Đầu tư xây dựng đường từ Quốc lộ 1 đến cảng Cửa Lò", "LOCATION xã Nghi Thiết"}, nil},
		{"no route in a time", "Xã thực hiện Kế hoạch tiêm chủng mở rộng từ tháng 3 đến tháng 5.",
			nil, []string{"PROGRAM Kế hoạch tiêm chủng mở rộng từ tháng 3 đến tháng 5"}},
		{"verb after a place", "Bộ Y tế hưởng ứng Chương trình Sức khỏe Việt Nam và tuyên dương các bác sĩ trẻ.",
			[]string{"PROGRAM Chương trình Sức khỏe Việt Nam"}, nil},
		{"province after a foreign name", "Đoàn thanh tra công bố kết luận về dự án Lotte Hà Tĩnh, nêu ba sai sót.",
			[]string{"PROGRAM dự án Lotte Hà Tĩnh"}, []string{"PERSON Hà Tĩnh"}},
		{"launched, not a cave", "Tỉnh phát động Chương trình Sức khỏe cộng đồng, kêu gọi người dân hưởng ứng.",
			[]string{"PROGRAM Chương trình Sức khỏe cộng đồng"}, nil},
		{"urban railway line", "Hộ dân khiếu nại về dự án tuyến đường sắt nhẹ số 4 Nam Thăng Long - Trần Hưng Đạo. Sở sẽ trả lời.",
			[]string{"PROGRAM dự án tuyến đường sắt nhẹ số 4 Nam Thăng Long - Trần Hưng Đạo"}, nil},
		{"city after a work", "Ủy ban đẩy nhanh dự án đường Vành đai 4 Hải Phòng theo tiến độ.",
			[]string{"PROGRAM dự án đường Vành đai 4 Hải Phòng"}, []string{"LOCATION Hải Phòng"}},
		{"a work as the second end point", "Nhà thầu đang thi công dự án đường Hoàng Văn Thụ - cầu Đá ở thành phố.",
			[]string{"PROGRAM dự án đường Hoàng Văn Thụ - cầu Đá"}, []string{"LOCATION cầu Đá"}},
		{"no work after the dash", "Nhà thầu đang thi công dự án cầu Rạch Miễu 2 - đường dẫn phía bắc ở tỉnh.",
			[]string{"PROGRAM dự án cầu Rạch Miễu 2"}, nil},
		// A colon after "chủ đề" quotes the theme up to the next comma.
		{"theme after a colon", "Ngày hội năm nay có chủ đề: Chung tay bảo vệ nguồn nước sạch, hướng tới phát triển bền vững.",
			[]string{"PROGRAM Chung tay bảo vệ nguồn nước sạch"}, nil},
		{"quoted theme after a colon", "Ngày hội năm nay có chủ đề: “Chung tay bảo vệ nguồn nước sạch”.",
			[]string{"PROGRAM Chung tay bảo vệ nguồn nước sạch"}, nil},
		// A kind of instrument is no name: an acronym after a plural or
		// before "khác", a capitalised head and lower-case words after
		// "các", the second of two sectors in a body's name.
		{"acronym after a plural", "Tỉnh chỉ chọn các dự án FDI tốt, không gây ô nhiễm.",
			nil, []string{"PROGRAM dự án FDI tốt", "PROGRAM dự án FDI"}},
		{"acronym before khác", "Bộ yêu cầu rà soát lại các dự án BOT khác trên cả nước.",
			nil, []string{"PROGRAM dự án BOT khác", "PROGRAM dự án BOT"}},
		{"acronym before khác alone", "Tỉnh không cấp phép thêm dự án BOT khác trên quốc lộ này.",
			nil, []string{"PROGRAM dự án BOT khác", "PROGRAM dự án BOT"}},
		{"acronym and a lower-case word", "Thí sinh dự kỳ thi THPT quốc gia 2026 tại 40 điểm thi.",
			[]string{"PROGRAM kỳ thi THPT quốc gia"}, nil},
		{"plans after các", "Các hội đã ban hành các Kế hoạch tuyên truyền, giáo dục pháp luật.",
			nil, []string{"PROGRAM Kế hoạch tuyên truyền"}},
		{"second of two sectors", "Phòng tài chính - kế hoạch Quỳnh Lưu không chuyển tiền cho trường.",
			nil, []string{"PROGRAM kế hoạch Quỳnh Lưu"}},
		// A lower-case description named by an acronym in parentheses, and
		// the acronym alone afterwards.
		{"acronym defines a description", "Trường ký thỏa thuận tham gia chương trình trao đổi giảng viên và nghiên cứu của Australia (CAPEX). Nhờ CAPEX, bốn giảng viên đã sang Sydney.",
			[]string{"PROGRAM chương trình trao đổi giảng viên và nghiên cứu", "PROGRAM CAPEX"}, []string{"PERSON CAPEX"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}

// TestRepeatedProgrammeAcronym counts the mentions of an acronym defined
// after a programme.
func TestRepeatedProgrammeAcronym(t *testing.T) {
	x := newTestExtractor(t)
	text := "Trường tham gia chương trình trao đổi sinh viên châu Á (ASEX) từ năm ngoái. Nhờ ASEX, 12 sinh viên đã sang Nhật Bản."
	n := 0
	for _, e := range extract(x, text) {
		if e.Type == Program && e.Text == "ASEX" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("ASEX mentions: got %d, want 2 in %q", n, render(extract(x, text)))
	}
}
