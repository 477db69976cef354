package entities

import "testing"

// Diplomatic and representative roles with "tại" and the place where the
// envoy or the mission sits, which GUIDELINES counts as part of the role;
// a mission is one ORG with its seat (corpus precedents 11 and 66), a role
// that names no organ gives its country and city as places. Sentences
// written for the test (fictional people, real places and bodies).
func TestEnvoysAndMissions(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"ambassador in apposition", "Ông Nguyễn Hữu Tâm, Đại sứ Việt Nam tại Nhật Bản, đã gặp đại diện doanh nghiệp.",
			[]string{"PERSON Nguyễn Hữu Tâm [Đại sứ Việt Nam tại Nhật Bản]", "LOCATION Việt Nam", "LOCATION Nhật Bản"}, nil},
		{"plenipotentiary", "Ông Lê Quốc Hùng, Đại sứ đặc mệnh toàn quyền Việt Nam tại Thái Lan, dự lễ.",
			[]string{"PERSON Lê Quốc Hùng [Đại sứ đặc mệnh toàn quyền Việt Nam tại Thái Lan]"}, nil},
		// A city abroad the gazetteer does not know still seats the envoy.
		{"consul general before the name", "Tổng Lãnh sự Việt Nam tại Sihanoukville Trần Thị Mai Hương tiếp đoàn.",
			[]string{"PERSON Trần Thị Mai Hương [Tổng Lãnh sự Việt Nam tại Sihanoukville]", "LOCATION Sihanoukville"}, nil},
		{"consul general of two words", "Ông Trần Văn An, Tổng Lãnh sự Việt Nam tại Khon Kaen, tiếp đoàn.",
			[]string{"PERSON Trần Văn An [Tổng Lãnh sự Việt Nam tại Khon Kaen]", "LOCATION Khon Kaen"}, []string{"PERSON Khon Kaen"}},
		{"consulate with its seat", "Tổng Lãnh sự quán Việt Nam tại Sihanoukville trao quà cho bà con.",
			[]string{"ORGANIZATION Tổng Lãnh sự quán Việt Nam tại Sihanoukville"}, nil},
		// Counsellors, attachés and secretaries of an embassy.
		{"trade counsellor of an embassy", "Bà Kim Soo-jin, Tham tán thương mại Đại sứ quán Hàn Quốc tại Việt Nam, cho biết.",
			[]string{"PERSON Kim Soo-jin [Tham tán thương mại Đại sứ quán Hàn Quốc tại Việt Nam]", "ORGANIZATION Đại sứ quán Hàn Quốc tại Việt Nam"}, nil},
		{"minister counsellor", "Bà Trịnh Thu Hà, Tham tán Công sứ Đại sứ quán Việt Nam tại Hàn Quốc, phát biểu.",
			[]string{"PERSON Trịnh Thu Hà [Tham tán Công sứ Đại sứ quán Việt Nam tại Hàn Quốc]"}, nil},
		{"defence attaché", "Đại tá Chea Sokha, Tùy viên quốc phòng Campuchia tại Việt Nam, dự lễ.",
			[]string{"PERSON Chea Sokha [Tùy viên quốc phòng Campuchia tại Việt Nam]", "LOCATION Campuchia", "LOCATION Việt Nam"}, nil},
		{"first secretary", "Ông Đỗ Minh Quý, Bí thư thứ nhất Đại sứ quán Việt Nam tại Lào, tham dự.",
			[]string{"PERSON Đỗ Minh Quý [Bí thư thứ nhất Đại sứ quán Việt Nam tại Lào]"}, nil},
		{"consul of a consulate", "Ông Phan Văn Thịnh, Lãnh sự Tổng Lãnh sự quán Việt Nam tại Osaka, cho biết.",
			[]string{"PERSON Phan Văn Thịnh [Lãnh sự Tổng Lãnh sự quán Việt Nam tại Osaka]", "ORGANIZATION Tổng Lãnh sự quán Việt Nam tại Osaka"}, nil},
		// Representative offices at home and trade offices abroad.
		{"foreign ministry's office", "Ông Lê Minh Quân, Trưởng Cơ quan đại diện Bộ Ngoại giao tại TP HCM, phát biểu.",
			[]string{"PERSON Lê Minh Quân [Trưởng Cơ quan đại diện Bộ Ngoại giao tại TP HCM]", "ORGANIZATION Cơ quan đại diện Bộ Ngoại giao tại TP HCM"},
			[]string{"ORGANIZATION Bộ Ngoại giao"}},
		{"trade office", "Ông Giang Văn Đức, Trưởng Thương vụ Việt Nam tại Thái Lan, cho biết.",
			[]string{"PERSON Giang Văn Đức [Trưởng Thương vụ Việt Nam tại Thái Lan]", "ORGANIZATION Thương vụ Việt Nam tại Thái Lan"}, nil},
		{"delegation of a union", "Bà Anna Berg, Trưởng Phái đoàn Liên minh châu Âu tại Việt Nam, phát biểu.",
			[]string{"PERSON Anna Berg [Trưởng Phái đoàn Liên minh châu Âu tại Việt Nam]", "ORGANIZATION Phái đoàn Liên minh châu Âu tại Việt Nam"}, nil},
		// The seat ends before the holder's name.
		{"embassy before a name", "Đại sứ quán Việt Nam tại Lào Nguyễn Bá Hùng cho biết.",
			[]string{"ORGANIZATION Đại sứ quán Việt Nam tại Lào", "PERSON Nguyễn Bá Hùng"}, nil},
		// Alone, a mission's head word names none (precedent 66).
		{"trade office alone", "Thương vụ đã gửi văn bản cho các doanh nghiệp.", nil, []string{"ORGANIZATION Thương vụ"}},
	} {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
