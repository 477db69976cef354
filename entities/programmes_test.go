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
		// A title runs to its period across the prepositions and verbs it
		// holds; a tense, a copula or a number before the period is the
		// clause's.
		{"title with a link word before its period", "Tỉnh triển khai Chương trình chuyển đổi số gắn với cải cách hành chính giai đoạn 2024-2026 tại 12 xã.",
			[]string{"PROGRAM Chương trình chuyển đổi số gắn với cải cách hành chính giai đoạn 2024-2026"}, nil},
		{"title with và and sáng tạo before its period", "Chương trình phát triển nghề thủ công và đổi mới sáng tạo giai đoạn 2026-2030 vừa được thông qua.",
			[]string{"PROGRAM Chương trình phát triển nghề thủ công và đổi mới sáng tạo giai đoạn 2026-2030"}, nil},
		{"title until a year", "Đề án phát triển kinh tế tập thể gắn với du lịch cộng đồng đến năm 2030 đã được phê duyệt.",
			[]string{"PROGRAM Đề án phát triển kinh tế tập thể gắn với du lịch cộng đồng đến năm 2030"}, nil},
		{"period and vision", "UBND huyện ban hành Kế hoạch phát triển làng nghề giai đoạn 2021-2025, tầm nhìn đến năm 2035 vào tuần trước.",
			[]string{"PROGRAM Kế hoạch phát triển làng nghề giai đoạn 2021-2025, tầm nhìn đến năm 2035"}, nil},
		{"a clause before the period", "Chương trình hỗ trợ thợ gốm được triển khai giai đoạn 2021-2025.",
			nil, []string{"PROGRAM Chương trình hỗ trợ thợ gốm được triển khai giai đoạn 2021-2025"}},
		// A national programme's whole title takes only its period; the
		// clause after it stays out.
		{"rural programme and a clause", "Huyện về đích Chương trình xây dựng nông thôn mới sớm hai năm.",
			[]string{"PROGRAM Chương trình xây dựng nông thôn mới"}, nil},
		{"rural programme lower case", "Nhờ chương trình xây dựng nông thôn mới, đường làng ở xã Tân Lập được mở rộng.",
			[]string{"PROGRAM chương trình xây dựng nông thôn mới", "LOCATION xã Tân Lập"}, nil},
		{"ethnic minorities programme and where", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại tỉnh Kon Tum có nhiều chuyển biến.",
			[]string{"PROGRAM Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "LOCATION tỉnh Kon Tum"}, nil},
		{"poverty programme with its period", "Hai huyện về đích sớm Chương trình MTQG giảm nghèo bền vững giai đoạn 2026-2030 nhờ vốn lồng ghép.",
			[]string{"PROGRAM Chương trình MTQG giảm nghèo bền vững giai đoạn 2026-2030"}, nil},
		{"MTQG", "Chương trình MTQG xây dựng nông thôn mới được triển khai đồng bộ.",
			[]string{"PROGRAM Chương trình MTQG xây dựng nông thôn mới"}, nil},
		// A name known whole after the head ends the title: the words after
		// it are the clause's.
		{"OCOP and a clause", "Chương trình OCOP giúp nông dân xã Phước Sơn tăng thu nhập.",
			[]string{"PROGRAM Chương trình OCOP", "LOCATION xã Phước Sơn"}, nil},
		{"OCOP and another instrument", "Tỉnh đẩy nhanh Chương trình OCOP và Đề án phát triển du lịch giai đoạn 2021-2025.",
			[]string{"PROGRAM Chương trình OCOP", "PROGRAM Đề án phát triển du lịch giai đoạn 2021-2025"}, nil},
		{"time after an inner preposition", "Tỉnh sẽ khởi công dự án cao tốc Gia Nghĩa - Chơn Thành trong năm nay.",
			[]string{"PROGRAM dự án cao tốc Gia Nghĩa - Chơn Thành"}, nil},
		// A project named by its work and end points keeps every end point
		// and the number of its part.
		{"end point holding a family name", "Nhà thầu đẩy nhanh dự án cao tốc Khánh Hòa - Buôn Ma Thuột trước mùa mưa.",
			[]string{"PROGRAM dự án cao tốc Khánh Hòa - Buôn Ma Thuột"}, []string{"PERSON Ma Thuột"}},
		{"power line and its circuit number", "Dự án Đường dây 500kV mạch 3 Quảng Trạch - Phố Nối đã đóng điện.",
			[]string{"PROGRAM Dự án Đường dây 500kV mạch 3 Quảng Trạch - Phố Nối"}, nil},
		{"power line lower case", "Dự án đường dây 220kV Lai Châu - Tân Uyên vượt tiến độ.",
			[]string{"PROGRAM Dự án đường dây 220kV Lai Châu - Tân Uyên"}, nil},
		{"capitalised project head before a road", "Dự án đường cao tốc Biên Hòa - Vũng Tàu được khởi công.",
			[]string{"PROGRAM Dự án đường cao tốc Biên Hòa - Vũng Tàu"}, nil},
		// A document of two kinds keeps both; the body that issued it is an
		// organisation of its own.
		{"notice of conclusions", "Thông báo kết luận số 318-TB/TU của Ban Thường vụ Tỉnh ủy được gửi các huyện.",
			[]string{"PROGRAM Thông báo kết luận số 318-TB/TU", "ORGANIZATION Ban Thường vụ Tỉnh ủy"}, nil},
		{"conclusions without a number", "Huyện triển khai kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ.",
			[]string{"ORGANIZATION Ban Thường vụ Tỉnh ủy"}, []string{"PROGRAM kết luận"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
