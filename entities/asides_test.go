package entities

import (
	"testing"
	"unicode/utf8"
)

// What stands between a name and its roles in apposition, roles joined by
// "đồng thời là", predicates, and temperature units (sentences written for
// the test: fictional people, real places).
func TestAsidesAndJoins(t *testing.T) {
	x := newTestExtractor(t)
	model, err := New(WithBuiltinModel(true))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name       string
		text       string
		want, dont []string
	}{
		// A remark on a photo between the name and the comma.
		{"photo", "Ông Đặng Văn Khánh (ảnh), Chủ tịch UBND tỉnh Hà Giang, cho biết.",
			[]string{"PERSON Đặng Văn Khánh [Chủ tịch UBND tỉnh Hà Giang]"}, nil},
		{"middle", "Bà Lò Thị Mai (giữa), Phó Chủ tịch UBND huyện Mèo Vạc, trao quà.",
			[]string{"PERSON Lò Thị Mai [Phó Chủ tịch UBND huyện Mèo Vạc]"}, nil},
		{"right", "Ông Hoàng Văn Tùng (bên phải), Giám đốc Sở Du lịch tỉnh Điện Biên, thăm bản.",
			[]string{"PERSON Hoàng Văn Tùng [Giám đốc Sở Du lịch tỉnh Điện Biên]"}, nil},
		{"second from the left", "Bà Vi Thị Hằng (thứ hai từ trái sang) - Bí thư Huyện ủy Bảo Lạc - tặng hoa.",
			[]string{"PERSON Vi Thị Hằng [Bí thư Huyện ủy Bảo Lạc]"}, nil},
		{"role in parentheses stays", "Ông Lục Văn Sinh (Chủ tịch UBND xã Lũng Cú), cho biết.",
			[]string{"PERSON Lục Văn Sinh [Chủ tịch UBND xã Lũng Cú]"}, nil},
		{"remark and no role", "Ông Lục Văn Sinh (ảnh), nông dân xã Lũng Cú, kể lại.",
			[]string{"PERSON Lục Văn Sinh"}, []string{"PERSON Lục Văn Sinh [xã Lũng Cú]"}},
		// A footnote mark or an emoji.
		{"footnote", "Ông Ma Văn Dũng*, Phó Giám đốc Sở Tài chính, giải thích.",
			[]string{"PERSON Ma Văn Dũng [Phó Giám đốc Sở Tài chính]"}, nil},
		{"emoji", "Bà Hà Thị Nhung 👉, Chủ tịch Hội Phụ nữ huyện Đồng Văn, phát biểu.",
			[]string{"PERSON Hà Thị Nhung [Chủ tịch Hội Phụ nữ huyện Đồng Văn]"}, nil},
		{"emoji with a selector", "Ông Nông Văn Tiến ❤️, Bí thư Đảng ủy xã Lũng Cú, dự lễ.",
			[]string{"PERSON Nông Văn Tiến [Bí thư Đảng ủy xã Lũng Cú]"}, nil},
		// A hometown, like an age.
		{"hometown", "Ông Trần Văn Lợi, quê Nghệ An, Phó Giám đốc Sở Nội vụ tỉnh Lâm Đồng, cho biết.",
			[]string{"PERSON Trần Văn Lợi [Phó Giám đốc Sở Nội vụ tỉnh Lâm Đồng]"}, nil},
		{"age and hometown", "Bà Phạm Thị Nga, 50 tuổi, quê ở Thái Bình, Chủ tịch Hội Nông dân xã Tân Lập, kể lại.",
			[]string{"PERSON Phạm Thị Nga [Chủ tịch Hội Nông dân xã Tân Lập]"}, nil},
		{"hometown in parentheses", "Ông Đinh Văn Cường (quê Hà Tĩnh), Trưởng Công an xã Yên Thường, cho biết.",
			[]string{"PERSON Đinh Văn Cường [Trưởng Công an xã Yên Thường]"}, nil},
		{"hometown and no role", "Anh Lý Văn Tài, quê Cao Bằng, làm thuê ở Hà Nội.",
			[]string{"PERSON Lý Văn Tài"}, []string{"PERSON Lý Văn Tài [Cao Bằng]"}},
		// A residence, like a hometown; the place is still a place.
		{"residence", "Ông Lê Văn Tư, trú tại xã Tân Lập, Chủ tịch Hội Nông dân xã, cho biết.",
			[]string{"PERSON Lê Văn Tư [Chủ tịch Hội Nông dân xã]", "LOCATION xã Tân Lập"}, nil},
		{"residence with parents", "Bà Nguyễn Thị Hoa, trú ở thôn Đông, xã Yên Thường, huyện Gia Lâm, Bí thư Chi bộ thôn Đông, phát biểu.",
			[]string{"PERSON Nguyễn Thị Hoa [Bí thư Chi bộ thôn Đông]", "LOCATION huyện Gia Lâm"}, nil},
		{"permanent residence and age", "Ông Hà Văn Sơn, 61 tuổi, thường trú tại phường Hải Châu, Bí thư Đảng ủy phường, kể lại.",
			[]string{"PERSON Hà Văn Sơn [Bí thư Đảng ủy phường]", "LOCATION phường Hải Châu"}, nil},
		{"ngụ in parentheses", "Ông Lương Văn Hải (ngụ huyện Củ Chi), Phó Chủ tịch UBND xã Tân Thạnh Đông, cho biết.",
			[]string{"PERSON Lương Văn Hải [Phó Chủ tịch UBND xã Tân Thạnh Đông]", "LOCATION huyện Củ Chi"}, nil},
		{"residence and no role", "Anh Vàng A Páo, trú tại xã Lũng Cú, làm nương.",
			[]string{"PERSON Vàng A Páo", "LOCATION xã Lũng Cú"}, []string{"PERSON Vàng A Páo [xã Lũng Cú]"}},

		// Roles joined by "đồng thời là", "kiêm" and "và là" continue the
		// apposition (GUIDELINES: apposition like "hiện là"; "kiêm" like a comma).
		{"at once", "Ông Lê Văn Thành, Chủ tịch UBND tỉnh Hà Giang, đồng thời là Bí thư Tỉnh ủy, phát biểu.",
			[]string{"PERSON Lê Văn Thành [Chủ tịch UBND tỉnh Hà Giang | Bí thư Tỉnh ủy]"}, nil},
		{"at once without là", "Bà Trịnh Thị Thu, Giám đốc Sở Y tế, đồng thời Bí thư Đảng ủy xã Tân Lập, chủ trì.",
			[]string{"PERSON Trịnh Thị Thu [Giám đốc Sở Y tế | Bí thư Đảng ủy xã Tân Lập]"}, nil},
		{"comma kiêm", "Ông Vũ Đức Hạnh, Phó Chủ tịch UBND huyện Sóc Sơn, kiêm Trưởng Ban Chỉ huy quân sự huyện, kiểm tra.",
			[]string{"PERSON Vũ Đức Hạnh [Phó Chủ tịch UBND huyện Sóc Sơn | Trưởng Ban Chỉ huy quân sự huyện]"}, nil},
		{"former at once", "Ông Đào Văn Bảy, nguyên Chủ tịch UBND huyện Đông Anh, đồng thời là Bí thư Huyện ủy, về thăm.",
			[]string{"PERSON Đào Văn Bảy [Chủ tịch UBND huyện Đông Anh{former} | Bí thư Huyện ủy{former}]"}, nil},
		{"và là", "Ông Kiều Văn Lâm, Giám đốc Sở Xây dựng và là Phó Bí thư Huyện ủy Gia Lâm, phát biểu.",
			[]string{"PERSON Kiều Văn Lâm [Giám đốc Sở Xây dựng | Phó Bí thư Huyện ủy Gia Lâm]"}, nil},
		{"before the name", "Chủ tịch UBND tỉnh, đồng thời là Bí thư Tỉnh ủy Hà Giang Lê Văn Thành dự họp.",
			[]string{"PERSON Lê Văn Thành [Chủ tịch UBND tỉnh | Bí thư Tỉnh ủy Hà Giang]"}, nil},
		// Predicates give no role (GUIDELINES, Rulings).
		{"là", "Ông Cao Văn Phúc là Chủ tịch UBND xã Tân Lập.",
			[]string{"PERSON Cao Văn Phúc"}, []string{"PERSON Cao Văn Phúc [Chủ tịch UBND xã Tân Lập]"}},
		{"hiện là as a predicate", "Ông Cao Văn Phúc hiện là Chủ tịch UBND xã Tân Lập.",
			[]string{"PERSON Cao Văn Phúc"}, []string{"PERSON Cao Văn Phúc [Chủ tịch UBND xã Tân Lập]"}},
		{"hiện là in apposition", "Ông Cao Văn Phúc, hiện là Chủ tịch UBND xã Tân Lập, cho biết.",
			[]string{"PERSON Cao Văn Phúc [Chủ tịch UBND xã Tân Lập]"}, nil},
		{"giữ chức", "Bà Mai Thị Lụa giữ chức Phó Giám đốc Sở Tư pháp.",
			[]string{"PERSON Mai Thị Lụa"}, []string{"PERSON Mai Thị Lụa [Phó Giám đốc Sở Tư pháp]"}},
		{"được bầu làm", "Ông Tạ Văn Hùng được bầu làm Chủ tịch HĐND huyện Gia Lâm.",
			[]string{"PERSON Tạ Văn Hùng"}, []string{"PERSON Tạ Văn Hùng [Chủ tịch HĐND huyện Gia Lâm]"}},
		{"được bổ nhiệm giữ chức", "Bà Lã Thị Duyên được bổ nhiệm giữ chức Giám đốc Sở Tài chính.",
			[]string{"PERSON Lã Thị Duyên"}, []string{"PERSON Lã Thị Duyên [Giám đốc Sở Tài chính]"}},
		{"đồng thời là as a predicate", "Ông Cao Văn Phúc đồng thời là Bí thư Đảng ủy xã Tân Lập.",
			[]string{"PERSON Cao Văn Phúc"}, []string{"PERSON Cao Văn Phúc [Bí thư Đảng ủy xã Tân Lập]"}},

		// A unit after a number is no person.
		{"degrees C", "Trưa nay Hà Nội nắng nóng 35 độ C.", nil, []string{"PERSON C.", "PERSON C"}},
		{"range of degrees", "Nhiệt độ ở Sa Pa từ 22-24 độ C. Đêm trời lạnh.", nil, []string{"PERSON C.", "PERSON C"}},
		{"decimal degrees F", "Ở Mỹ, nhiệt độ lên 98,6 độ F, trời oi.", nil, []string{"PERSON F.", "PERSON F"}},
		{"degree sign", "Nước sôi ở 100 °C.", nil, []string{"PERSON C.", "PERSON C"}},
		{"degree sign attached", "Ngoài trời 40°C, người dân hạn chế ra đường.", nil, []string{"PERSON C"}},
	} {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
		// With the model, spans may differ; a decoration or a unit is
		// never part of or a person.
		for _, e := range extract(model, c.text) {
			if e.Type == Person && (e.Text == "C." || e.Text == "C" || e.Text == "F." || e.Text == "F") {
				t.Errorf("%s (model): %q", c.name, e.Text)
			}
			if r, _ := utf8.DecodeLastRuneInString(e.Text); r == '👉' || r == '\ufe0f' || r == '*' {
				t.Errorf("%s (model): %q ends with a decoration", c.name, e.Text)
			}
		}
	}
}
