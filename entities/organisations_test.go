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
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
