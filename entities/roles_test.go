package entities

import (
	"strings"
	"testing"
)

// Role status: the marker before a title gives the role its status and
// stays outside the role's text; one marker before a list of roles (comma
// or "kiêm") applies to each role of the list that has none of its own.
// Sentences written for the test: fictional people, real places.
func TestRoleStatus(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct{ text, want string }{
		{"Nguyên Chủ tịch UBND tỉnh Khánh Hòa Lê Văn Tâm dự lễ khánh thành.",
			"PERSON Lê Văn Tâm [Chủ tịch UBND tỉnh Khánh Hòa{former}]"},
		{"Buổi gặp mặt có cựu Bộ trưởng Bộ Y tế Trần Thị Hạnh.",
			"PERSON Trần Thị Hạnh [Bộ trưởng Bộ Y tế{former}]"},
		{"Gia đình cố Phó Thủ tướng Phan Văn Lộc dâng hương.",
			"PERSON Phan Văn Lộc [Phó Thủ tướng{late}]"},
		{"Quyền Giám đốc Sở Y tế Đỗ Minh Quang chủ trì cuộc họp.",
			"PERSON Đỗ Minh Quang [Giám đốc Sở Y tế{acting}]"},
		{"Sáng nay, quyền Chủ tịch UBND huyện Sóc Sơn Ngô Văn Đức kiểm tra đê.",
			"PERSON Ngô Văn Đức [Chủ tịch UBND huyện Sóc Sơn{acting}]"},
		{"Tân Bí thư Tỉnh ủy Lâm Đồng Phạm Quốc Hưng nhận nhiệm vụ.",
			"PERSON Phạm Quốc Hưng [Bí thư Tỉnh ủy Lâm Đồng{new}]"},
		{"Đương kim Chủ tịch UBND tỉnh Cà Mau Lâm Văn Bé phát biểu.",
			"PERSON Lâm Văn Bé [Chủ tịch UBND tỉnh Cà Mau]"},
		// One marker before a comma list: every role of the list.
		{"Nguyên Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Bình Hồ Văn Kiên về thăm trường.",
			"PERSON Hồ Văn Kiên [Bí thư Tỉnh ủy{former} | Chủ tịch UBND tỉnh Quảng Bình{former}]"},
		// "kiêm" after a marker keeps it.
		{"Quyền Chánh Văn phòng UBND tỉnh kiêm Giám đốc Sở Nội vụ Tô Văn Hòa ký văn bản.",
			"PERSON Tô Văn Hòa [Chánh Văn phòng UBND tỉnh{acting} | Giám đốc Sở Nội vụ{acting}]"},
		// In apposition: a role's own marker wins ("nay là" is current).
		{"Ông Bùi Văn Nam, nguyên Phó Chủ tịch UBND tỉnh Điện Biên, nay là Giám đốc Sở Xây dựng, nhận xét dự án chậm.",
			"PERSON Bùi Văn Nam [Phó Chủ tịch UBND tỉnh Điện Biên{former} | Giám đốc Sở Xây dựng]"},
		{"Bà Trương Thị Yến, Chủ tịch Hội Nông dân tỉnh, nguyên Bí thư Huyện ủy Đức Thọ, dự hội nghị.",
			"PERSON Trương Thị Yến [Chủ tịch Hội Nông dân tỉnh | Bí thư Huyện ủy Đức Thọ{former}]"},
	} {
		checkRendered(t, c.text, extract(x, c.text), []string{c.want}, nil)
	}
}

// Role statuses marshal as their GUIDELINES names and read back.
func TestRoleJSON(t *testing.T) {
	x := newTestExtractor(t)
	text := "Cựu Giám đốc Sở Tài chính Lê Thị Na dự họp."
	for _, e := range extract(x, text) {
		if e.Type != Person {
			continue
		}
		if len(e.Roles) != 1 {
			t.Fatalf("%+v", e)
		}
		r := e.Roles[0]
		if r.Status != StatusFormer || text[r.Start:r.End] != r.Text || r.Text != "Giám đốc Sở Tài chính" {
			t.Errorf("role %+v", r)
		}
		return
	}
	t.Errorf("no person in %q", text)
}

// An official is a person with at least one role written next to a
// mention: before the name (also fronted "với cương vị …, ông X", and
// titles stacked without a comma) or in apposition after it (comma, dash,
// parentheses, "đang là", "hiện là"). Suspects, patients, occupations,
// degrees and ranks alone, and predicates ("là", "giữ chức", "được bổ
// nhiệm làm") make persons, not officials.
func TestOfficialsHaveRoles(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text   string
		person string // a PERSON the text must have
		want   string // its official record: "name: role; role", or "" for none
	}{
		{"Đối tượng Trần Văn Tú bị bắt khi đang vận chuyển hàng cấm.", "Trần Văn Tú", ""},
		{"Bệnh nhân Lê Thị Mai đã được xuất viện sáng nay.", "Lê Thị Mai", ""},
		{"Bác sĩ Phạm Văn Long cho biết ca mổ kéo dài ba giờ.", "Phạm Văn Long", ""},
		{"Đại tá Hoàng Văn Dũng trao quà cho các gia đình.", "Hoàng Văn Dũng", ""},
		{"Tiến sĩ Đoàn Minh Thư trình bày tham luận.", "Đoàn Minh Thư", ""},
		{"Bà Vũ Thị Hoa là Phó Chủ tịch UBND huyện Gia Lâm.", "Vũ Thị Hoa", ""},
		{"Ông Đặng Văn Minh giữ chức Giám đốc Sở Nội vụ tỉnh Thái Bình từ năm 2020.", "Đặng Văn Minh", ""},
		{"Ông Lý Văn Sơn được bổ nhiệm làm Chánh Thanh tra tỉnh Lạng Sơn.", "Lý Văn Sơn", ""},
		{"Với cương vị Chủ tịch UBND tỉnh Ninh Bình, ông Đinh Văn Hải đã ký quyết định.", "Đinh Văn Hải",
			"Đinh Văn Hải: Chủ tịch UBND tỉnh Ninh Bình"},
		{"Với cương vị Trưởng Ban Chỉ đạo, ông Hà Quang Trường, Phó Chủ tịch UBND tỉnh Tuyên Quang, yêu cầu các xã báo cáo.", "Hà Quang Trường",
			"Hà Quang Trường: Trưởng Ban Chỉ đạo; Phó Chủ tịch UBND tỉnh Tuyên Quang"},
		{"Với tư cách là Giám đốc Sở Giáo dục và Đào tạo tỉnh Bến Tre, bà Nguyễn Thị Hồng phát biểu.", "Nguyễn Thị Hồng",
			"Nguyễn Thị Hồng: Giám đốc Sở Giáo dục và Đào tạo tỉnh Bến Tre"},
		{"Giám đốc Bảo tàng tỉnh Đồng Tháp, bà Lương Thị Yến, giới thiệu bộ sưu tập mới.", "Lương Thị Yến",
			"Lương Thị Yến: Giám đốc Bảo tàng tỉnh Đồng Tháp"},
		{"Trưởng Công an huyện Thanh Chương, trung tá Đậu Văn Hiếu, kể rằng tổ tuần tra có mặt từ nửa đêm.", "Đậu Văn Hiếu",
			"Đậu Văn Hiếu: Trưởng Công an huyện Thanh Chương"},
		{"Buổi tiếp có ông Lưu Quang Vinh, Đại sứ Việt Nam tại Hà Lan.", "Lưu Quang Vinh",
			"Lưu Quang Vinh: Đại sứ Việt Nam tại Hà Lan"},
		{"Ông Trịnh Văn Cường - Phó Giám đốc Sở Y tế tỉnh Hòa Bình - cho biết số ca bệnh giảm.", "Trịnh Văn Cường",
			"Trịnh Văn Cường: Phó Giám đốc Sở Y tế tỉnh Hòa Bình"},
		{"Theo bà Ngô Thị Lan (Phó Chủ tịch HĐND tỉnh Hà Nam), kỳ họp sẽ kéo dài hai ngày.", "Ngô Thị Lan",
			"Ngô Thị Lan: Phó Chủ tịch HĐND tỉnh Hà Nam"},
		{"Ông Mai Văn Khoa, đang là Phó Chủ tịch UBND huyện Kim Bôi, được điều động về tỉnh.", "Mai Văn Khoa",
			"Mai Văn Khoa: Phó Chủ tịch UBND huyện Kim Bôi"},
		{"Ông Tạ Văn Bình, hiện là Giám đốc Sở Công Thương tỉnh Yên Bái, cho biết giá điện tăng.", "Tạ Văn Bình",
			"Tạ Văn Bình: Giám đốc Sở Công Thương tỉnh Yên Bái"},
		{"Bí thư Tỉnh ủy Chủ tịch HĐND tỉnh Sơn La Lò Văn Tám dự họp.", "Lò Văn Tám",
			"Lò Văn Tám: Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh Sơn La"},
		{"Phó Chủ tịch UBND tỉnh Hà Tĩnh Võ Minh Tâm đi kiểm tra. Ông Tâm yêu cầu khắc phục ngay.", "Võ Minh Tâm",
			"Võ Minh Tâm: Phó Chủ tịch UBND tỉnh Hà Tĩnh"},
	} {
		ents := extract(x, c.text)
		found := false
		for _, e := range ents {
			found = found || e.Type == Person && e.Text == c.person
		}
		if !found {
			t.Errorf("%q: no PERSON %q in %q", c.text, c.person, render(ents))
		}
		var got []string
		for _, o := range x.OfficialsOf(ents) {
			var roles []string
			for _, r := range o.Roles {
				roles = append(roles, r.Text)
			}
			got = append(got, o.Name+": "+strings.Join(roles, "; "))
		}
		want := []string{}
		if c.want != "" {
			want = []string{c.want}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%q: officials %q, want %q", c.text, got, want)
		}
	}
}
