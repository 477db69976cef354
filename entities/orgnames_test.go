package entities

import (
	"strings"
	"testing"
)

// Bodies' names read to their end (issue 12): the department's sector
// whatever joins its parts, the place it serves, lower-case words, a
// committee's subject and the body it belongs to. Sentences written for
// the test: fictional people, real places and state bodies.
func TestOrganisationNamesToTheirEnd(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		// A sector the list knows, however its parts are joined.
		{"infrastructure office without its comma", "Bà Vương Thị Hậu, Trưởng phòng Kinh tế Hạ tầng và Đô thị huyện Mường Tè, ký tờ trình.",
			[]string{"ORGANIZATION phòng Kinh tế Hạ tầng và Đô thị huyện Mường Tè", "PERSON Vương Thị Hậu [Trưởng phòng Kinh tế Hạ tầng và Đô thị huyện Mường Tè]"},
			[]string{"PERSON Hạ tầng"}},
		{"environment department without its và", "Đoàn của Sở Tài nguyên Môi trường Lai Châu khảo sát bãi bồi.",
			[]string{"ORGANIZATION Sở Tài nguyên Môi trường Lai Châu"}, nil},
		{"sector in lower case", "Hôm qua Sở Khoa học công nghệ Bắc Kạn trao giải sáng tạo.",
			[]string{"ORGANIZATION Sở Khoa học công nghệ Bắc Kạn"}, nil},
		{"two departments stay two", "Sở Nội vụ và Tư pháp phối hợp kiểm tra.",
			[]string{"ORGANIZATION Sở Nội vụ"}, []string{"ORGANIZATION Sở Nội vụ và Tư pháp"}},
		// A province written bare after the name belongs to the body, also
		// where the gazetteer reads no place.
		{"university and its city", "Thầy Mai Xuân Định dạy ở Đại học Mỏ Hà Nội từ năm 1998.",
			[]string{"ORGANIZATION Đại học Mỏ Hà Nội"}, []string{"PERSON Hà Nội"}},
		{"province between the body and its director", "Giám đốc Sở Y tế Kon Tum Đỗ Thị Lan Anh đi kiểm tra.",
			[]string{"ORGANIZATION Sở Y tế Kon Tum", "PERSON Đỗ Thị Lan Anh [Giám đốc Sở Y tế Kon Tum]"}, nil},
		{"city after a lower-case sector", "Hằng năm Sở Nông nghiệp và Phát triển nông thôn Hà Nội mở lớp tập huấn.",
			[]string{"ORGANIZATION Sở Nông nghiệp và Phát triển nông thôn Hà Nội"}, []string{"PERSON Hà Nội", "LOCATION thôn Hà Nội"}},
		// A Party bloc is a body, not a neighbourhood "khối".
		{"party organisation of a bloc", "Hội nghị của Đảng bộ Khối Doanh nghiệp tỉnh Hà Giang kéo dài hai ngày.",
			[]string{"ORGANIZATION Đảng bộ Khối Doanh nghiệp tỉnh Hà Giang"}, []string{"LOCATION Khối Doanh"}},
		{"party committee of a provincial bloc before its secretary", "Bí thư Đảng ủy Khối Các cơ quan Cao Bằng Nông Văn Khải dự lễ.",
			[]string{"ORGANIZATION Đảng ủy Khối Các cơ quan Cao Bằng", "PERSON Nông Văn Khải [Bí thư Đảng ủy Khối Các cơ quan Cao Bằng]"}, nil},
		// An inspectorate's chief title holds the inspectorate.
		{"inspector general", "Phó Tổng Thanh tra Chính phủ Đinh Quang Vũ kết luận buổi làm việc.",
			[]string{"ORGANIZATION Thanh tra Chính phủ", "PERSON Đinh Quang Vũ [Phó Tổng Thanh tra Chính phủ]"}, []string{"ORGANIZATION Chính phủ"}},
		{"chief inspector of a province", "Chánh Thanh tra tỉnh Hà Giang Lò Văn Sủng ký kết luận.",
			[]string{"ORGANIZATION Thanh tra tỉnh Hà Giang", "PERSON Lò Văn Sủng [Chánh Thanh tra tỉnh Hà Giang]"}, []string{"LOCATION tỉnh Hà Giang"}},
		{"chief inspector of a ministry", "Bà Hứa Thị Mến, Phó Chánh Thanh tra Bộ Công Thương, trả lời.",
			[]string{"ORGANIZATION Thanh tra Bộ Công Thương", "PERSON Hứa Thị Mến [Phó Chánh Thanh tra Bộ Công Thương]"}, nil},
		{"an office is named by its body", "Chánh Văn phòng UBND tỉnh Lò Thị Mai chủ trì.",
			[]string{"ORGANIZATION UBND tỉnh", "PERSON Lò Thị Mai [Chánh Văn phòng UBND tỉnh]"}, nil},
		// Lower-case words after a head, closed by the unit or by a
		// qualifier; a lower-case sector may begin them.
		{"project board to its district", "Ông Hà Văn Tỉnh, Giám đốc Ban quản lý dự án nông nghiệp công nghệ cao huyện Mộc Châu, trả lời.",
			[]string{"ORGANIZATION Ban quản lý dự án nông nghiệp công nghệ cao huyện Mộc Châu",
				"PERSON Hà Văn Tỉnh [Giám đốc Ban quản lý dự án nông nghiệp công nghệ cao huyện Mộc Châu]"}, nil},
		{"centre to its qualifier", "Số liệu của Trung tâm lưu trữ hồ sơ địa chất trung ương cho thấy điều đó.",
			[]string{"ORGANIZATION Trung tâm lưu trữ hồ sơ địa chất trung ương"}, nil},
		{"an abbreviated qualifier in capitals only", "Ban Quản lý dự án đầu tư đã bàn giao mặt bằng.",
			nil, []string{"ORGANIZATION Ban Quản lý dự án đầu tư"}},
		{"a conference is no body", "Tại Hội nghị Trung ương lần thứ 8, Ban Chấp hành đã thảo luận.",
			nil, []string{"ORGANIZATION Hội nghị Trung ương"}},
		{"hyphen between lower-case words of a name", "Ông Lầu Văn Páo, Giám đốc Trung tâm bảo tồn - phát triển cây dược liệu tỉnh Lào Cai, giới thiệu.",
			[]string{"ORGANIZATION Trung tâm bảo tồn - phát triển cây dược liệu tỉnh Lào Cai",
				"PERSON Lầu Văn Páo [Giám đốc Trung tâm bảo tồn - phát triển cây dược liệu tỉnh Lào Cai]"}, nil},
		// "và" inside a name in sentence case.
		{"institute of research and transfer", "Viện Nghiên cứu và chuyển giao giống cây trồng vừa công bố báo cáo.",
			[]string{"ORGANIZATION Viện Nghiên cứu và chuyển giao giống cây trồng"}, nil},
		{"và before a clause's subject", "Viện Nghiên cứu và người dân cùng trồng rừng.",
			[]string{"ORGANIZATION Viện Nghiên cứu"}, []string{"ORGANIZATION Viện Nghiên cứu và người dân"}},
		// A committee's subject after "về" belongs to its name.
		{"steering committee and its subject", "Trưởng Ban chỉ đạo Trung ương về cải cách tư pháp Phùng Văn Lộc yêu cầu các tỉnh báo cáo.",
			[]string{"ORGANIZATION Ban chỉ đạo Trung ương về cải cách tư pháp", "PERSON Phùng Văn Lộc [Trưởng Ban chỉ đạo Trung ương về cải cách tư pháp]"}, nil},
		{"provincial steering committee and its list", "Ban Chỉ đạo tỉnh Điện Biên về phòng, chống tham nhũng, lãng phí họp quý ba.",
			[]string{"ORGANIZATION Ban Chỉ đạo tỉnh Điện Biên về phòng, chống tham nhũng"}, nil},
		{"committee on a subject", "Ông Giàng A Chử, Phó Chủ nhiệm Uỷ ban về người dân tộc thiểu số, phát biểu.",
			[]string{"ORGANIZATION Uỷ ban về người dân tộc thiểu số", "PERSON Giàng A Chử [Phó Chủ nhiệm Uỷ ban về người dân tộc thiểu số]"}, nil},
		{"working group and its owner", "Tổ công tác về gỡ vướng thủ tục đầu tư của Thủ tướng làm việc với Lai Châu.",
			[]string{"ORGANIZATION Tổ công tác về gỡ vướng thủ tục đầu tư của Thủ tướng"}, nil},
		{"what a fixed organ decides on", "Nghị quyết của Hội đồng Bảo an về việc gia hạn lệnh cấm vận được thông qua.",
			[]string{"ORGANIZATION Hội đồng Bảo an"}, nil},
		{"a steering committee's subject without về", "Ban chỉ đạo phòng, chống dịch bệnh cây trồng huyện Mường Nhé họp khẩn.",
			[]string{"ORGANIZATION Ban chỉ đạo phòng, chống dịch bệnh cây trồng huyện Mường Nhé"}, nil},
		{"về after a council is what it reports on", "UBND tỉnh báo cáo Hội đồng nhân dân tỉnh về phòng chống thiên tai.",
			[]string{"ORGANIZATION Hội đồng nhân dân tỉnh"}, nil},
		{"committee's subject with acronyms", "Uỷ ban Quốc gia về vắc xin HPV/HIV và bệnh truyền nhiễm trẻ em đã họp.",
			[]string{"ORGANIZATION Uỷ ban Quốc gia về vắc xin HPV/HIV và bệnh truyền nhiễm trẻ em"}, nil},
		// A school's name is read whole outside a role phrase, family
		// names and all; abbreviated school levels are heads too.
		{"school named with a family name inside", "Học sinh Trường THCS Yên Lạc Trung được tuyên dương.",
			[]string{"ORGANIZATION Trường THCS Yên Lạc Trung"}, nil},
		{"primary school abbreviated", "Cô giáo trường TH Lê Ngọc Hân được khen thưởng.",
			[]string{"ORGANIZATION trường TH Lê Ngọc Hân"}, []string{"PERSON Lê Ngọc Hân"}},
		{"continuing education centre", "Học viên Trung tâm Giáo dục thường xuyên Nguyễn Văn Cừ dự thi.",
			[]string{"ORGANIZATION Trung tâm Giáo dục thường xuyên Nguyễn Văn Cừ"}, nil},
		// Composed bodies: the standing committee of a body, an
		// investigation agency, a world organisation.
		{"standing committee of the assembly", "Thường vụ Quốc hội đã cho ý kiến về dự thảo.",
			[]string{"ORGANIZATION Thường vụ Quốc hội"}, []string{"ORGANIZATION Quốc hội"}},
		{"standing committee of a provincial party committee", "Thường vụ Tỉnh uỷ đã họp ba lần trong tháng.",
			[]string{"ORGANIZATION Thường vụ Tỉnh uỷ"}, nil},
		{"investigation agency of a province's police", "Cơ quan điều tra Công an tỉnh Lai Châu đã vào cuộc.",
			[]string{"ORGANIZATION Cơ quan điều tra Công an tỉnh Lai Châu"}, nil},
		{"world organisation in sentence case", "Tổ chức Khí tượng thế giới cảnh báo mùa hè nóng.",
			[]string{"ORGANIZATION Tổ chức Khí tượng thế giới"}, nil},
		// "báo" that reports to the police is no newspaper; the police's
		// own newspaper keeps its full name.
		{"reporting to the police", "Chị Lò Thị Ban đã trình báo Công an xã Sín Chải.",
			[]string{"ORGANIZATION Công an xã Sín Chải"}, []string{"ORGANIZATION báo Công an xã Sín Chải"}},
		{"press conference", "Tại buổi họp báo Chính phủ, người phát ngôn trả lời.",
			[]string{"ORGANIZATION Chính phủ"}, []string{"ORGANIZATION báo Chính phủ"}},
		{"the police's newspaper", "Phóng viên Báo Công an nhân dân có mặt ở hiện trường.",
			[]string{"ORGANIZATION Báo Công an nhân dân"}, nil},
		// A body's name ends where the body it belongs to begins, and
		// "và" before another body ends it too.
		{"standing office of a steering committee", "Văn phòng Thường trực Ban Chỉ đạo quốc gia về giảm nghèo gửi công văn.",
			[]string{"ORGANIZATION Văn phòng Thường trực Ban Chỉ đạo quốc gia về giảm nghèo"}, nil},
		{"two general departments", "Tổng cục Thống kê và Tổng cục Hải quan ký quy chế phối hợp.",
			[]string{"ORGANIZATION Tổng cục Thống kê", "ORGANIZATION Tổng cục Hải quan"}, nil},
		// "Trưởng ban Thường trực", "Phó ban thường trực": the standing
		// deputy's title, before the body.
		{"standing deputy head of a committee", "Phó Trưởng ban Thường trực Ban Chỉ đạo quốc gia về giảm nghèo Sùng Thị Dua phát biểu.",
			[]string{"ORGANIZATION Ban Chỉ đạo quốc gia về giảm nghèo", "PERSON Sùng Thị Dua [Phó Trưởng ban Thường trực Ban Chỉ đạo quốc gia về giảm nghèo]"}, nil},
		{"standing deputy head of a party board", "Trưởng ban Thường trực Ban Dân vận Tỉnh uỷ Sơn La Cầm Văn Pọm phát biểu.",
			[]string{"ORGANIZATION Ban Dân vận Tỉnh uỷ Sơn La", "PERSON Cầm Văn Pọm [Trưởng ban Thường trực Ban Dân vận Tỉnh uỷ Sơn La]"}, nil},
		{"standing deputy in lower case", "Ông Lý Văn Hìn, Phó ban thường trực Ban Tôn giáo Chính phủ, dự lễ.",
			[]string{"ORGANIZATION Ban Tôn giáo Chính phủ", "PERSON Lý Văn Hìn [Phó ban thường trực Ban Tôn giáo Chính phủ]"}, nil},
		// An organ of a body, also written in lower case, before the body.
		{"school board of a secondary school", "Ban giám hiệu trường THCS Ngọc Lâm đã họp phụ huynh.",
			[]string{"ORGANIZATION Ban giám hiệu trường THCS Ngọc Lâm"}, nil},
		{"company board in lower case", "Chủ tịch HĐQT công ty Hoà Lâm Lê Văn Dũng cho biết.",
			[]string{"ORGANIZATION HĐQT công ty Hoà Lâm", "PERSON Lê Văn Dũng [Chủ tịch HĐQT công ty Hoà Lâm]"}, nil},
		{"party committee in lower case", "Bí thư đảng uỷ Sở Xây dựng Vàng A Dình phát biểu.",
			[]string{"ORGANIZATION đảng uỷ Sở Xây dựng", "PERSON Vàng A Dình [Bí thư đảng uỷ Sở Xây dựng]"}, nil},
		{"party board in lower case", "Ông Vàng A Dình được bổ sung vào ban cán sự đảng UBND tỉnh Lai Châu.",
			[]string{"ORGANIZATION ban cán sự đảng UBND tỉnh Lai Châu"}, nil},
		{"inspection in lower case is no body", "Qua thanh tra Bộ Xây dựng phát hiện nhiều sai phạm.",
			[]string{"ORGANIZATION Bộ Xây dựng"}, []string{"ORGANIZATION thanh tra Bộ Xây dựng"}},
		// A count after a name is no part of it; a name's own number is.
		{"amount after a school", "Quỹ trao cho Trường mầm non Hoạ Mi 12 triệu đồng.",
			[]string{"ORGANIZATION Trường mầm non Hoạ Mi"}, nil},
		{"amount after a department", "Sở Y tế 3 triệu đồng, Sở Tài chính 5 triệu đồng.",
			[]string{"ORGANIZATION Sở Y tế", "ORGANIZATION Sở Tài chính"}, nil},
		{"a school's number", "Trường Tiểu học Lê Lợi 2 vừa khai giảng.",
			[]string{"ORGANIZATION Trường Tiểu học Lê Lợi 2"}, nil},
		// Two sectors joined by "và" before the unit are one body's.
		{"sub-department of two sectors", "Chi cục Trồng trọt và Bảo vệ thực vật Sơn La khuyến cáo nông dân.",
			[]string{"ORGANIZATION Chi cục Trồng trọt và Bảo vệ thực vật Sơn La"}, nil},
		{"its head", "Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Sơn La Lường Văn Ơn cho biết.",
			[]string{"PERSON Lường Văn Ơn [Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Sơn La]"}, nil},
		{"two departments of a province after a quantifier", "Các Sở Nội vụ và Tư pháp tỉnh Điện Biên phối hợp.",
			[]string{"ORGANIZATION Sở Nội vụ"}, []string{"ORGANIZATION Sở Nội vụ và Tư pháp tỉnh Điện Biên"}},
		// An acronym written in parts between a name and its unit.
		{"acronym in parts", "Ông Lò Văn Hặc, Phó giám đốc Sở Kế hoạch và Đầu tư (KH & ĐT) tỉnh Sơn La, trả lời.",
			[]string{"ORGANIZATION Sở Kế hoạch và Đầu tư (KH & ĐT) tỉnh Sơn La",
				"PERSON Lò Văn Hặc [Phó giám đốc Sở Kế hoạch và Đầu tư (KH & ĐT) tỉnh Sơn La]"}, nil},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}

// A working group's owner is read one level deep: a chain of groups each
// "của" the next gives bounded names, not one name whose reading recursed
// once per group (a long enough line overflowed the stack).
func TestGroupOwnerOneLevel(t *testing.T) {
	x := newTestExtractor(t)
	unit := "Tổ công tác về gỡ vướng thủ tục của "
	for _, e := range extract(x, strings.Repeat(unit, 2000)) {
		if len(e.Text) > 2*len(unit) {
			t.Fatalf("%s of %d bytes: the owner was read past one level", e.Type, len(e.Text))
		}
	}
}
