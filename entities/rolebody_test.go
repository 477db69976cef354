package entities

import "testing"

// Roles whose body or unit runs on after the title, read to their end (issue
// 12), on sentences written for the test (fictional people, real places and
// bodies): want lists rendered entities the text must give, absent those it
// must not.
func TestRoleBodyClasses(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		class, text  string
		want, absent []string
	}{
		// The head of a residential unit or a village written before the
		// holder's name: the unit ends at its number or its own words, the
		// name after it is the holder's (corpus precedent 85).
		{"residential unit", "Trưởng khu phố 4 Đào Thị Lựu cho biết khu phố đã nạo vét cống.",
			[]string{"PERSON Đào Thị Lựu [Trưởng khu phố 4]", "LOCATION khu phố 4"}, []string{"LOCATION khu phố 4 Đào Thị Lựu"}},
		{"residential unit", "Sáng qua, tổ trưởng tổ dân phố số 9 Kim Văn Hạnh cho biết các hộ đã ký cam kết.",
			[]string{"PERSON Kim Văn Hạnh [tổ trưởng tổ dân phố số 9]", "LOCATION tổ dân phố số 9"}, nil},
		{"residential unit", "Trưởng khu vực 7 Âu Thị Nở cho biết nhiều hộ đã nhận đất tái định cư.",
			[]string{"PERSON Âu Thị Nở [Trưởng khu vực 7]"}, nil},
		{"residential unit", "Khối trưởng khối 11 Lê Văn Chắt cho biết khối đã dọn vỉa hè.",
			[]string{"PERSON Lê Văn Chắt [Khối trưởng khối 11]"}, nil},
		{"residential unit", "Trưởng xóm Đồng Chùa Nông Văn Pắn cho biết cả xóm góp tiền làm đường.",
			[]string{"PERSON Nông Văn Pắn [Trưởng xóm Đồng Chùa]", "LOCATION xóm Đồng Chùa"}, nil},
		{"residential unit", "Trưởng buôn Ea Sar Y Blăk Êban cho biết buôn có 30 hộ làm cà phê.",
			[]string{"PERSON Y Blăk Êban [Trưởng buôn Ea Sar]", "LOCATION buôn Ea Sar"}, nil},
		// A street or a unit named after a person stays whole.
		{"residential unit", "Cửa hàng nằm trên đường Lê Văn Lương, gần khu phố 3.",
			[]string{"LOCATION đường Lê Văn Lương", "LOCATION khu phố 3"}, nil},
		{"residential unit", "Đoàn đại biểu vào Lăng Chủ tịch Hồ Chí Minh viếng Bác.",
			[]string{"LOCATION Lăng Chủ tịch Hồ Chí Minh"}, nil},
		// A brand after a title names the body, with the branch's place:
		// a Vietnamese full name, the place of a branch, a comma and an
		// honorific, or an acronym ending the phrase show it is no
		// foreign person's name.
		{"brand branch", "Giám đốc Vietinbank Quảng Bình Thái Văn Lộc cho biết ngân hàng đã giãn nợ.",
			[]string{"PERSON Thái Văn Lộc [Giám đốc Vietinbank Quảng Bình]", "ORGANIZATION Vietinbank Quảng Bình"}, []string{"PERSON Vietinbank Quảng Bình"}},
		{"brand branch", "Quyền Giám đốc Mobifone Gia Lai, ông Tiêu Văn Lạc, cho biết nhà mạng đã khóa thuê bao.",
			[]string{"PERSON Tiêu Văn Lạc [Giám đốc Mobifone Gia Lai{acting}]"}, nil},
		{"brand branch", "Dự hội nghị có bà Quang Thị Duyên, Giám đốc Sacombank Bình Định; ông Lò Văn Thắm.",
			[]string{"PERSON Quang Thị Duyên [Giám đốc Sacombank Bình Định]"}, nil},
		{"brand branch", "Quyền Giám đốc Agribank chi nhánh tỉnh Hà Giang, ông Sầm Văn Pủ, cho biết.",
			[]string{"PERSON Sầm Văn Pủ [Giám đốc Agribank chi nhánh tỉnh Hà Giang{acting}]", "ORGANIZATION Agribank chi nhánh tỉnh Hà Giang"}, nil},
		{"brand branch", "Tổng giám đốc Bamboo Airways, ông Đỗ Văn Luyện, cho biết hãng sẽ thuê thêm tàu bay.",
			[]string{"PERSON Đỗ Văn Luyện [Tổng giám đốc Bamboo Airways]"}, nil},
		{"brand branch", "Bà Triệu Thị Nghĩa, cựu Phó Tổng giám đốc PVN, tới dự buổi lễ.",
			[]string{"PERSON Triệu Thị Nghĩa [Phó Tổng giám đốc PVN{former}]", "ORGANIZATION PVN"}, nil},
		// A foreign person's name after a title stays a person, and an
		// acronym after the last syllable of a common word names no body.
		{"brand branch", "Tổng thống Macron cho biết Pháp sẽ gửi thêm viện trợ.",
			[]string{"PERSON Macron [Tổng thống]"}, nil},
		{"brand branch", "Năm nay tăng trưởng GDP đạt 7%, bà Lữ Thị Hoa, Chủ tịch HĐQT, cho biết.",
			[]string{"PERSON Lữ Thị Hoa [Chủ tịch HĐQT]"}, []string{"ORGANIZATION GDP", "ORGANIZATION HĐQT"}},
		// "các" inside the lower-case words of a body's name after a
		// title, when a unit closes them.
		{"plural in name", "Ông Giáp Văn Tiến, Giám đốc Ban quản lý dự án xây dựng các công trình thủy lợi tỉnh Bắc Giang, cho biết.",
			[]string{"PERSON Giáp Văn Tiến [Giám đốc Ban quản lý dự án xây dựng các công trình thủy lợi tỉnh Bắc Giang]"}, nil},
		{"plural in name", "Trưởng Ban quản lý các chợ thành phố Vinh Khổng Văn Tư kiểm tra quầy hàng.",
			[]string{"PERSON Khổng Văn Tư [Trưởng Ban quản lý các chợ thành phố Vinh]", "ORGANIZATION Ban quản lý các chợ thành phố Vinh"}, nil},
		// Without a title the words stay a clause.
		{"plural in name", "Công ty đã thi công các công trình tỉnh Bắc Giang giao.",
			nil, []string{"ORGANIZATION Công ty đã thi công các công trình tỉnh Bắc Giang"}},
	} {
		checkRendered(t, c.class+": "+c.text, extract(x, c.text), c.want, c.absent)
	}
}
