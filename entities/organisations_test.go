package entities

import "testing"

// Organisation spans by GUIDELINES' classes, on sentences written for the
// test (fictional people and companies, real places and state bodies).
func TestOrganisationClasses(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		// A company's own name follows its sector.
		{"corporation after a sector", "Tổng công ty Xây dựng Hồng Lĩnh đã bàn giao công trình.",
			[]string{"ORGANIZATION Tổng công ty Xây dựng Hồng Lĩnh"}, []string{"LOCATION Hồng Lĩnh"}},
		{"joint-stock company after two sectors", "Công ty cổ phần Đầu tư Hạ tầng Minh Phát bị xử phạt 200 triệu đồng.",
			[]string{"ORGANIZATION Công ty cổ phần Đầu tư Hạ tầng Minh Phát"}, []string{"PERSON Minh Phát"}},
		{"company after a sector before its director", "Giám đốc Công ty Xây dựng Hồng Lĩnh Lê Văn Sang cho biết.",
			[]string{"ORGANIZATION Công ty Xây dựng Hồng Lĩnh", "PERSON Lê Văn Sang [Giám đốc Công ty Xây dựng Hồng Lĩnh]"}, nil},
		// A state organ's sector ends its name.
		{"elliptical list of departments", "Sở Nội vụ và Tư pháp phối hợp kiểm tra.",
			[]string{"ORGANIZATION Sở Nội vụ"}, nil},
		{"department before a person", "Giám đốc Sở Tài chính Nguyễn Văn An ký quyết định.",
			[]string{"ORGANIZATION Sở Tài chính", "PERSON Nguyễn Văn An [Giám đốc Sở Tài chính]"}, nil},
		// Investigation agencies keep their head and the police they belong to.
		{"investigation agency", "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An vừa mời ông Lê Văn Tú lên làm việc.",
			[]string{"ORGANIZATION Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An"}, nil},
		{"investigation agency abbreviated", "Cơ quan CSĐT Công an TP Đà Nẵng vừa bắt tạm giam Trần Thị Hoa.",
			[]string{"ORGANIZATION Cơ quan CSĐT Công an TP Đà Nẵng"}, nil},
		// Bodies with a fixed name that holds a title or sector word.
		{"council of ministers", "Hội đồng Bộ trưởng ban hành quyết định năm 1985.",
			[]string{"ORGANIZATION Hội đồng Bộ trưởng"}, nil},
		{"general staff", "Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam chỉ đạo diễn tập.",
			[]string{"ORGANIZATION Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam"}, nil},
		{"the Party's full name", "Đảng Cộng sản Việt Nam lãnh đạo Nhà nước.",
			[]string{"ORGANIZATION Đảng Cộng sản Việt Nam"}, nil},
		// A number closes a body's name; after "khu vực N" the province a
		// regional court serves belongs to it too.
		{"regional court", "Tòa án nhân dân khu vực 3 - Hà Nội xét xử vụ án.",
			[]string{"ORGANIZATION Tòa án nhân dân khu vực 3 - Hà Nội"}, nil},
		{"regional audit office", "Kiểm toán Nhà nước khu vực IV công bố kết quả.",
			[]string{"ORGANIZATION Kiểm toán Nhà nước khu vực IV"}, nil},
		{"numbered project board", "Giám đốc Ban Quản lý dự án 6 Trần Văn Hiếu cho biết.",
			[]string{"ORGANIZATION Ban Quản lý dự án 6", "PERSON Trần Văn Hiếu [Giám đốc Ban Quản lý dự án 6]"}, nil},
		{"numbered team", "Đội trưởng Đội Quản lý thị trường số 11 Phạm Văn Cường kiểm tra.",
			[]string{"ORGANIZATION Đội Quản lý thị trường số 11", "PERSON Phạm Văn Cường [Đội trưởng Đội Quản lý thị trường số 11]"}, nil},
		{"a count after a body", "Sở Y tế 3 năm liền dẫn đầu khối thi đua.",
			[]string{"ORGANIZATION Sở Y tế"}, []string{"ORGANIZATION Sở Y tế 3"}},
		// Departments whose sector holds "và".
		{"department of culture and sports", "Phó Giám đốc Sở Văn hóa và Thể thao Lê Thị Ngọc trả lời.",
			[]string{"ORGANIZATION Sở Văn hóa và Thể thao", "PERSON Lê Thị Ngọc [Phó Giám đốc Sở Văn hóa và Thể thao]"}, nil},
		{"district office", "Trưởng phòng Văn hóa và Thông tin huyện Lý Sơn Trần Văn Tư phát biểu.",
			[]string{"ORGANIZATION phòng Văn hóa và Thông tin huyện Lý Sơn", "PERSON Trần Văn Tư [Trưởng phòng Văn hóa và Thông tin huyện Lý Sơn]"}, nil},
		// Lower-case heads after a title and before a unit or a name
		// (GUIDELINES: the head is included).
		{"hospital ward", "Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh Phú Thọ Hà Thị Lan cho biết.",
			[]string{"ORGANIZATION khoa Nhi Bệnh viện Đa khoa tỉnh Phú Thọ", "PERSON Hà Thị Lan [Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh Phú Thọ]"}, nil},
		{"khoa học is no ward", "Khoa học và công nghệ là động lực phát triển.",
			nil, []string{"ORGANIZATION Khoa học và công nghệ"}},
		{"industrial zones board", "Trưởng ban Quản lý các khu công nghiệp tỉnh Quảng Ngãi Lê Văn Sáu ký văn bản.",
			[]string{"ORGANIZATION ban Quản lý các khu công nghiệp tỉnh Quảng Ngãi"}, nil},
		{"district hospital", "Người bệnh được chuyển đến bệnh viện huyện Ba Tơ.",
			[]string{"ORGANIZATION bệnh viện huyện Ba Tơ"}, []string{"LOCATION huyện Ba Tơ"}},
		{"kindergarten", "Các cháu ở trường mầm non Sơn Ca được tặng quà.",
			[]string{"ORGANIZATION trường mầm non Sơn Ca"}, []string{"PERSON Sơn Ca"}},
		{"museum and its director", "Theo Giám đốc Bảo tàng tỉnh Quảng Nam Trần Thị Mai Hoa, bảo tàng sẽ mở cửa.",
			[]string{"ORGANIZATION Bảo tàng tỉnh Quảng Nam", "PERSON Trần Thị Mai Hoa [Giám đốc Bảo tàng tỉnh Quảng Nam]"}, nil},
		// The seat after "tại" belongs to an embassy, a chamber or an
		// office that names a country, and to a high court; elsewhere
		// "tại" says where something happens.
		{"embassy", "Đại sứ quán Việt Nam tại Hàn Quốc tổ chức lễ kỷ niệm.",
			[]string{"ORGANIZATION Đại sứ quán Việt Nam tại Hàn Quốc"}, []string{"LOCATION Việt Nam"}},
		{"foreign chamber and its acronym", "Hai bên ký kết với Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam (JBAV) hôm qua.",
			[]string{"ORGANIZATION Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam", "ORGANIZATION JBAV"}, nil},
		{"high court", "Tòa án nhân dân cấp cao tại Đà Nẵng mở phiên tòa hôm nay.",
			[]string{"ORGANIZATION Tòa án nhân dân cấp cao tại Đà Nẵng"}, nil},
		{"tại where a ministry meets", "Bộ Công Thương Việt Nam tại Hà Nội tổ chức hội nghị xúc tiến.",
			[]string{"ORGANIZATION Bộ Công Thương Việt Nam", "LOCATION Hà Nội"}, nil},
		{"ambassador is a title", "Đại sứ Việt Nam tại Chile Trần Văn Hữu tiếp đoàn.",
			[]string{"PERSON Trần Văn Hữu [Đại sứ Việt Nam tại Chile]"}, nil},
		// A sector word in lower case after a capitalised head is the
		// clause's verb ("Sở tổ chức hội nghị").
		{"sector word as a verb", "Sở tổ chức hội nghị tổng kết vào cuối tháng.",
			nil, []string{"ORGANIZATION Sở tổ chức"}},
		// A company's name may go on in lower case after its sector, to its
		// number or a proper name.
		{"company name in lower case to its number", "Tổng công ty Xây dựng công trình giao thông 8 vừa trúng gói thầu số 3.",
			[]string{"ORGANIZATION Tổng công ty Xây dựng công trình giao thông 8"}, nil},
		{"company name in lower case to a proper name", "Công ty TNHH Xây dựng và thương mại Minh Khang bị xử phạt.",
			[]string{"ORGANIZATION Công ty TNHH Xây dựng và thương mại Minh Khang"}, nil},
		{"a clause after a company's sector", "Công ty cổ phần Xây dựng đã bàn giao 20 căn hộ.",
			nil, []string{"ORGANIZATION Công ty cổ phần Xây dựng đã bàn giao 20"}},
		// A company named after a pass or a site is a company; a territory
		// after a generic body stays a place.
		{"company named after a pass", "Tập đoàn Đèo Cả đề xuất mở rộng hầm.",
			[]string{"ORGANIZATION Tập đoàn Đèo Cả"}, []string{"LOCATION Đèo Cả"}},
		{"company named after a site", "Công ty Hải Vân thi công nút giao.",
			[]string{"ORGANIZATION Công ty Hải Vân"}, nil},
		{"territory after a generic body", "Một công ty Đài Loan vừa khánh thành nhà máy ở Bắc Giang.",
			[]string{"LOCATION Đài Loan"}, []string{"ORGANIZATION công ty Đài Loan", "ORGANIZATION Đài Loan"}},
		{"territory alone", "Nhiều lao động sang Đài Loan làm việc theo hợp đồng.",
			[]string{"LOCATION Đài Loan"}, []string{"ORGANIZATION Đài Loan"}},
		// Agencies known by their acronym, alone or with the country of
		// their office.
		{"agency with its office", "Bà Trần Thị Hạnh làm việc với USAID tại Việt Nam về dự án.",
			[]string{"ORGANIZATION USAID tại Việt Nam"}, []string{"LOCATION Việt Nam"}},
		{"unknown acronym with its office", "Đại diện VKFA tại Việt Nam tham dự lễ ký.",
			[]string{"ORGANIZATION VKFA tại Việt Nam"}, nil},
		{"agency alone", "Dự án do JICA tài trợ đã hoàn thành.",
			[]string{"ORGANIZATION JICA"}, nil},
		{"summit where, not an office", "Hội nghị APEC tại Hà Nội thu hút nhiều doanh nghiệp.",
			[]string{"ORGANIZATION APEC", "LOCATION Hà Nội"}, nil},
		// A brand or short name in parentheses after a company's name is a
		// second mention, like an acronym.
		{"brand in parentheses", "Công ty cổ phần Thực phẩm Sông Lam (Lamfood) tăng lợi nhuận.",
			[]string{"ORGANIZATION Công ty cổ phần Thực phẩm Sông Lam", "ORGANIZATION Lamfood"}, nil},
		{"two-word brand in parentheses", "Ngân hàng TMCP Phương Bắc (Bac Bank) giảm lãi suất.",
			[]string{"ORGANIZATION Bac Bank"}, nil},
		{"place in parentheses", "Công ty cổ phần Thực phẩm Sông Lam (Nghệ An) tăng lợi nhuận.",
			[]string{"LOCATION Nghệ An"}, []string{"ORGANIZATION Nghệ An"}},
		// The Party organisation or an organ of a body named with it.
		{"party organisation of a university", "Đảng bộ Trường Đại học Vinh tổ chức đại hội.",
			[]string{"ORGANIZATION Đảng bộ Trường Đại học Vinh"}, nil},
		{"party organisation of a hospital", "Đảng bộ Bệnh viện Đa khoa tỉnh Yên Bái kết nạp 12 đảng viên mới.",
			[]string{"ORGANIZATION Đảng bộ Bệnh viện Đa khoa tỉnh Yên Bái"}, nil},
		{"standing body of a council", "Thường trực HĐND tỉnh Quảng Ngãi họp phiên thường kỳ.",
			[]string{"ORGANIZATION Thường trực HĐND tỉnh Quảng Ngãi"}, []string{"ORGANIZATION HĐND tỉnh Quảng Ngãi"}},
		{"standing body of a committee", "Thường trực Tỉnh ủy nghe Ban Thường vụ Huyện ủy Tư Nghĩa báo cáo.",
			[]string{"ORGANIZATION Thường trực Tỉnh ủy", "ORGANIZATION Ban Thường vụ Huyện ủy Tư Nghĩa"}, nil},
		{"standing title before a council", "Phó Chủ tịch Thường trực HĐND tỉnh Lê Văn Minh phát biểu.",
			[]string{"ORGANIZATION HĐND tỉnh", "PERSON Lê Văn Minh [Phó Chủ tịch Thường trực HĐND tỉnh]"}, []string{"ORGANIZATION Thường trực HĐND tỉnh"}},
		{"company board", "Chủ tịch HĐQT Tập đoàn Hòa Bình Lê Văn Tâm cho biết.",
			[]string{"ORGANIZATION HĐQT Tập đoàn Hòa Bình", "PERSON Lê Văn Tâm [Chủ tịch HĐQT Tập đoàn Hòa Bình]"}, nil},
		{"board alone", "HĐQT đã thông qua phương án phát hành cổ phiếu.",
			nil, []string{"ORGANIZATION HĐQT"}},
		// Clubs: a head or a club word; a place named for its club stays a
		// place (precedent 82 of the corpus).
		{"club word after the name", "Hà Nội FC thua Nam Định 0-1 trên sân nhà.",
			[]string{"ORGANIZATION Hà Nội FC", "LOCATION Nam Định"}, nil},
		{"club head", "CLB Công an Hà Nội dẫn đầu bảng xếp hạng.",
			[]string{"ORGANIZATION CLB Công an Hà Nội"}, nil},
		// Full names of mass organisations, specialised schools, portals and
		// cooperatives named after their sector.
		{"youth union's full name", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Hà Giang ra quân tình nguyện.",
			[]string{"ORGANIZATION Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Hà Giang"}, []string{"PERSON Hồ Chí Minh"}},
		{"specialised school", "Trường THPT chuyên Nguyễn Bỉnh Khiêm đạt ba giải nhất.",
			[]string{"ORGANIZATION Trường THPT chuyên Nguyễn Bỉnh Khiêm"}, nil},
		{"government portal", "Cổng Thông tin điện tử Chính phủ đăng toàn văn nghị định.",
			[]string{"ORGANIZATION Cổng Thông tin điện tử Chính phủ"}, nil},
		{"cooperative after its sector", "Hợp tác xã Nông nghiệp Phước Hưng liên kết tiêu thụ lúa.",
			[]string{"ORGANIZATION Hợp tác xã Nông nghiệp Phước Hưng"}, nil},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
