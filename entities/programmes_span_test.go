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
		{"straight quotes spaced out", "Bà con rất vui khi bộ đội tổ chức chương trình \" Tết biên giới - Ấm lòng dân bản \", khẳng định tình quân dân.",
			[]string{"PROGRAM Tết biên giới - Ấm lòng dân bản"}, nil},
		{"straight closing quote after a head", "Bà Lan nói: \"Tỉnh cần đưa vụ việc vào chương trình họp để ra một nghị quyết\". Ý kiến này được ủng hộ. Ông Hùng nói: \"Cần làm rõ\".",
			[]string{"PERSON Hùng"}, []string{"PROGRAM . Ý kiến này được ủng hộ. Ông Hùng nói:"}},
		// Numbered documents: a code spaced out or missing its slash, words
		// that say what the document is about before "số", the year a
		// circular was issued.
		{"code without its slash", "Căn cứ Quyết định số 35 QĐ - UBND ngày 3/2/2020 của UBND xã Tân Lập, các hộ phải di dời.",
			[]string{"PROGRAM Quyết định số 35 QĐ - UBND"}, []string{"PROGRAM Quyết định số 35"}},
		{"code split from its digits", "Công an tỉnh Nghệ An ban hành văn bản số 512 / CAT - PC 03 gửi UBND tỉnh.",
			[]string{"PROGRAM văn bản số 512 / CAT - PC 03"}, nil},
		{"minutes of a violation", "Phòng Cảnh sát giao thông đã lập Biên bản vi phạm hành chính số 22/BB-VPHC đối với tài xế.",
			[]string{"PROGRAM Biên bản vi phạm hành chính số 22/BB-VPHC"}, nil},
		{"decision on a fine", "Ông Lò Văn Tâm bị xử phạt theo quyết định xử phạt vi phạm hành chính số 12/QĐ-XPVPHC của UBND huyện.",
			[]string{"PROGRAM quyết định xử phạt vi phạm hành chính số 12/QĐ-XPVPHC"}, nil},
		{"circular and its year", "Việc thu phí thực hiện theo điều 5 thông tư 23 năm 2018 của Bộ Tài chính.",
			[]string{"PROGRAM thông tư 23"}, nil},
		{"certificate", "UBND phường có giấy Xác nhận số 45 về nguồn gốc đất của gia đình ông Lê Văn Tám.",
			[]string{"PROGRAM giấy Xác nhận số 45"}, []string{"PERSON Xác"}},
		{"a line's number is no document's", "Công trình nằm sát dự án tuyến đường sắt đô thị số 2 Nam Thăng Long - Trần Hưng Đạo.",
			nil, []string{"PROGRAM dự án tuyến đường sắt đô thị số 2"}},
		{"years of a plan count", "Xã lập kế hoạch 5 năm 2021-2025 cho các thôn.",
			nil, []string{"PROGRAM kế hoạch 5"}},
		// Laws: the law's own head after "quy định", a capitalised first
		// word, no occasion after the name, no common word.
		{"law after quy định", "Người lao động được hưởng chế độ theo quy định Luật bảo hiểm xã hội 2014.",
			[]string{"PROGRAM Luật bảo hiểm xã hội 2014"}, []string{"PROGRAM quy định Luật bảo hiểm xã hội"}},
		{"law named with Các", "Quốc hội vừa thông qua luật Các tổ chức tín dụng sửa đổi trong kỳ họp.",
			[]string{"PROGRAM luật Các tổ chức tín dụng"}, nil},
		{"occasion after a law", "Dự thảo Luật giáo dục lần này bổ sung nhiều điều mới.",
			[]string{"PROGRAM Luật giáo dục"}, []string{"PROGRAM Luật giáo dục lần"}},
		{"ordinal after a resolution stays", "Chi bộ tổ chức học tập Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI trong tháng.",
			[]string{"PROGRAM Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI"}, nil},
		{"jurists' association", "Đại hội Hội Luật gia tỉnh Nghệ An lần thứ V diễn ra tại Vinh.",
			nil, []string{"PROGRAM Luật gia tỉnh Nghệ An lần thứ V"}},
		{"liberation is a common word", "Nhiều tuyến phố được lát đá như Lê Duẩn, Giải Phóng, Trần Phú.",
			nil, []string{"PROGRAM Giải Phóng"}},
		// A horizon written without "năm" closes a plan's title.
		{"horizon without năm", "Thành phố lập đồ án điều chỉnh Quy hoạch chung TP. Huế đến năm 2030, tầm nhìn đến 2045 và nhiều đồ án khác.",
			[]string{"PROGRAM Quy hoạch chung TP. Huế đến năm 2030, tầm nhìn đến 2045"}, nil},
		// Projects: a name in title case takes no clause after it, a route
		// keeps its end points, a place closes a name before "và".
		{"where after a project", "Sở triển khai dự án Lúa - Tôm trên địa bàn xã Tân Lập để bảo vệ đất.",
			[]string{"PROGRAM dự án Lúa - Tôm", "LOCATION xã Tân Lập"}, nil},
		{"when after a project", "Đoàn kiểm tra làm việc về dự án Vinfast Hải Phòng trong tuần qua.",
			[]string{"PROGRAM dự án Vinfast Hải Phòng"}, nil},
		{"route end points", "UBND huyện thực hiện dự án Đầu tư xây dựng đường từ Quốc lộ 1 đến cảng Cửa Lò tại xã Nghi Thiết.",
			[]string{"PROGRAM dự án Đầu tư xây dựng đường từ Quốc lộ 1 đến cảng Cửa Lò", "LOCATION xã Nghi Thiết"}, nil},
		{"no route in a time", "Xã thực hiện Kế hoạch tiêm chủng mở rộng từ tháng 3 đến tháng 5.",
			nil, []string{"PROGRAM Kế hoạch tiêm chủng mở rộng từ tháng 3 đến tháng 5"}},
		{"verb after a place", "Bộ Y tế hưởng ứng Chương trình Sức khỏe Việt Nam và tuyên dương các bác sĩ trẻ.",
			[]string{"PROGRAM Chương trình Sức khỏe Việt Nam"}, nil},
		{"province after a foreign name", "Tỉnh xử lý các vi phạm liên quan đến dự án Formosa Hà Tĩnh, sẽ công khai kết quả.",
			[]string{"PROGRAM dự án Formosa Hà Tĩnh"}, []string{"PERSON Hà Tĩnh"}},
		{"launched, not a cave", "Tỉnh phát động Chương trình Sức khỏe cộng đồng, kêu gọi người dân hưởng ứng.",
			[]string{"PROGRAM Chương trình Sức khỏe cộng đồng"}, nil},
		{"urban railway line", "Công trình nằm sát dự án tuyến đường sắt đô thị số 2 Nam Thăng Long - Trần Hưng Đạo. Nhà thầu đã hoàn thành.",
			[]string{"PROGRAM dự án tuyến đường sắt đô thị số 2 Nam Thăng Long - Trần Hưng Đạo"}, nil},
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
		{"acronym before khác", "Trong khi tất cả các dự án BOT khác đều đã giảm phí.",
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
		{"acronym defines a description", "Hai nước ký biên bản về chương trình hợp tác và đào tạo quân sự của Canada (CMTC). Theo đó CMTC giúp đào tạo sĩ quan.",
			[]string{"PROGRAM chương trình hợp tác và đào tạo quân sự", "PROGRAM CMTC"}, []string{"PERSON CMTC"}},
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
