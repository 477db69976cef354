package entities

import "testing"

// Programme spans by GUIDELINES' classes, on sentences written for the
// test (fictional people, real places, invented instrument numbers).
func TestProgrammeClasses(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		// Two instruments joined by "và" are two mentions.
		{"two laws", "Dự thảo được xây dựng theo Luật Đầu tư 2020 và Luật Xây dựng 2014.",
			[]string{"PROGRAM Luật Đầu tư 2020", "PROGRAM Luật Xây dựng 2014"}, nil},
		{"resolution and plan", "Huyện triển khai Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI và Kế hoạch số 14-KH/HU của Huyện ủy.",
			[]string{"PROGRAM Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI", "PROGRAM Kế hoạch số 14-KH/HU"}, nil},
		{"programme and decree", "Tỉnh lồng ghép Chương trình khuyến công địa phương và Nghị định 45/2023/NĐ-CP trong năm nay.",
			[]string{"PROGRAM Chương trình khuyến công địa phương", "PROGRAM Nghị định 45/2023/NĐ-CP"}, nil},
		// A law keeps its year, also after a lower-case word; other
		// programmes drop "năm N".
		{"law year after lower case", "Các hành vi này bị xử lý theo Luật Đầu tư công 2019.",
			[]string{"PROGRAM Luật Đầu tư công 2019"}, nil},
		{"code with năm", "Vụ án được truy tố theo Bộ luật Tố tụng hình sự năm 2015 hiện hành.",
			[]string{"PROGRAM Bộ luật Tố tụng hình sự năm 2015"}, nil},
		{"programme year dropped", "Xã có thêm 5 sản phẩm đạt Chương trình OCOP năm 2025.",
			[]string{"PROGRAM Chương trình OCOP"}, []string{"PROGRAM Chương trình OCOP năm 2025"}},
		{"law after a year stops", "Ông Hồ Văn Lực bị xử lý vì làm trái Luật Đất đai 2013 và gây thiệt hại lớn.",
			[]string{"PROGRAM Luật Đất đai 2013"}, nil},
		{"phòng, chống", "Tỉnh tổ chức tuyên truyền Luật Phòng, chống ma túy 2021 cho học sinh.",
			[]string{"PROGRAM Luật Phòng, chống ma túy 2021"}, nil},
		{"law amended", "Quốc hội thảo luận dự thảo Luật Đất đai sửa đổi tại kỳ họp.",
			[]string{"PROGRAM Luật Đất đai"}, []string{"PROGRAM Luật Đất đai sửa đổi"}},
		// A period and a vision are part of a plan's title.
		{"vision", "Chính phủ vừa thông qua Quy hoạch tỉnh Quảng Trị thời kỳ 2021-2030, tầm nhìn đến năm 2050 trong tháng này.",
			[]string{"PROGRAM Quy hoạch tỉnh Quảng Trị thời kỳ 2021-2030, tầm nhìn đến năm 2050"}, nil},
		{"until a year", "Thành phố ban hành Chương trình phát triển đô thị thành phố Vinh đến năm 2030 vào tháng 3.",
			[]string{"PROGRAM Chương trình phát triển đô thị thành phố Vinh đến năm 2030"}, nil},
		// Numbered documents of every kind, with number and code.
		{"inspection conclusion", "Kết luận thanh tra số 118/KL-TTr nêu rõ nhiều sai phạm.",
			[]string{"PROGRAM Kết luận thanh tra số 118/KL-TTr"}, []string{"PERSON Kết"}},
		{"indictment", "Theo Cáo trạng số 27/CT-VKS, các bị can đã chiếm đoạt tiền.",
			[]string{"PROGRAM Cáo trạng số 27/CT-VKS"}, nil},
		{"minutes", "Hai bên đã ký biên bản số 09/BB-UBND về việc bàn giao mặt bằng.",
			[]string{"PROGRAM biên bản số 09/BB-UBND"}, []string{"ORGANIZATION UBND"}},
		{"official letter", "Sở đã có công văn 412 gửi các huyện.",
			[]string{"PROGRAM công văn 412"}, nil},
		{"decision with code", "Quyết định số 705/QĐ-UBND được ký ngày hôm qua.",
			[]string{"PROGRAM Quyết định số 705/QĐ-UBND"}, []string{"ORGANIZATION UBND"}},
		// A lower-case verb that is also a programme head does not take the
		// body after it.
		{"verb before a body", "Theo kết luận Ban Thường vụ Tỉnh ủy Quảng Bình, ông Lê Văn Hào bị cách chức.",
			[]string{"ORGANIZATION Ban Thường vụ Tỉnh ủy Quảng Bình"}, []string{"PROGRAM kết luận Ban Thường vụ"}},
		// Treaties and charters, and an acronym in parentheses as a second
		// mention.
		{"treaty", "Hai nước ký Hiệp ước Hữu nghị và Hợp tác năm 1977.",
			[]string{"PROGRAM Hiệp ước Hữu nghị và Hợp tác năm 1977"}, nil},
		{"charter", "Các nước cam kết tôn trọng Hiến chương Liên Hợp Quốc.",
			[]string{"PROGRAM Hiến chương Liên Hợp Quốc"}, nil},
		{"acronym after a programme", "Doanh nghiệp tận dụng Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) để xuất khẩu.",
			[]string{"PROGRAM Hiệp định Đối tác Kinh tế Toàn diện Khu vực", "PROGRAM RCEP"}, []string{"ORGANIZATION RCEP"}},
		// Constitution, Party statute and OCOP alone.
		{"constitution alone", "Mọi công dân phải tuân thủ Hiến pháp và pháp luật.",
			[]string{"PROGRAM Hiến pháp"}, nil},
		{"party statute", "Đảng viên vi phạm Điều lệ Đảng sẽ bị kỷ luật.",
			[]string{"PROGRAM Điều lệ Đảng"}, nil},
		{"OCOP alone", "Huyện có 32 sản phẩm OCOP được công nhận.",
			[]string{"PROGRAM OCOP"}, nil},
		// A national target programme in lower case.
		{"national programme lower case", "Ba thôn vùng cao nhận thêm vốn chương trình mục tiêu phát triển rừng bền vững từ tháng sau.",
			[]string{"PROGRAM chương trình mục tiêu phát triển rừng bền vững"}, nil},
		// dự án + a named work.
		{"project of a bridge", "Tỉnh đẩy nhanh dự án cầu Rạch Miễu 2 trong năm nay.",
			[]string{"PROGRAM dự án cầu Rạch Miễu 2"}, nil},
		{"project of a coastal road", "Nhà thầu thi công dự án đường ven biển Quảng Ngãi - Bình Định.",
			[]string{"PROGRAM dự án đường ven biển Quảng Ngãi - Bình Định"}, nil},
		// Qualifiers after an unquoted name are dropped.
		{"term dropped", "Đảng bộ quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI nhiệm kỳ 2025-2030 tới đảng viên.",
			[]string{"PROGRAM Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI"}, nil},
		{"session dropped", "Chi bộ học tập Nghị quyết Trung ương 8 (khóa XIII) trong tháng.",
			[]string{"PROGRAM Nghị quyết Trung ương 8"}, nil},
		// Quoted names after a head noun; an unquoted theme after "chủ đề:".
		{"quoted contest", "Trường phát động cuộc thi \"Em yêu biển đảo quê hương\" trong học sinh.",
			[]string{"PROGRAM Em yêu biển đảo quê hương"}, nil},
		{"olympiad", "Học sinh Lào Cai giành huy chương tại kỳ thi Olympic Hóa học quốc tế năm 2024.",
			[]string{"PROGRAM kỳ thi Olympic Hóa học quốc tế"}, nil},
		// A law whose name lists two items keeps the second up to its year.
		{"law listing two items", "Sở Y tế tập huấn Luật Khám bệnh, chữa bệnh 2023 cho cán bộ xã.",
			[]string{"PROGRAM Luật Khám bệnh, chữa bệnh 2023"}, nil},
		{"comma without a year", "Tỉnh phổ biến Luật Đất đai, hướng dẫn người dân làm thủ tục.",
			[]string{"PROGRAM Luật Đất đai"}, nil},
		// A place inside a programme's name belongs to it.
		{"city inside a resolution", "Chi bộ học tập Nghị quyết Đại hội Đảng bộ thành phố Hải Phòng lần thứ XVI trong tháng.",
			[]string{"PROGRAM Nghị quyết Đại hội Đảng bộ thành phố Hải Phòng lần thứ XVI"}, nil},
		// Quoted names after a contest or a yearly theme.
		{"yearly theme", "Phường chọn chủ đề năm 2026 \"Phường xanh, sạch, đẹp\" cho các hoạt động.",
			[]string{"PROGRAM Phường xanh, sạch, đẹp"}, nil},
		{"contest", "Bệnh viện tổ chức hội thi \"Dược sĩ trẻ tài năng\" vào tháng sau.",
			[]string{"PROGRAM Dược sĩ trẻ tài năng"}, []string{"ORGANIZATION Bệnh viện tổ chức"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
