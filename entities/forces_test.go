package entities

import "testing"

// Armed-forces units and their commanders: a region of the navy or the
// coast guard by its number, a service with its country, and the roles
// that name them. Sentences written for the test (fictional people, real
// units and countries).
func TestArmedForcesUnits(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"navy region with its command", "Đoàn công tác của Bộ Tư lệnh Vùng 1 Hải quân đã đến thăm đảo.",
			[]string{"ORGANIZATION Bộ Tư lệnh Vùng 1 Hải quân"}, []string{"ORGANIZATION Bộ Tư lệnh Vùng 1 Hải", "PERSON Hải"}},
		{"deputy commissar before the name", "Phó Chính ủy Vùng 5 Hải quân Nguyễn Văn Lộc phát biểu tại buổi lễ.",
			[]string{"ORGANIZATION Vùng 5 Hải quân", "PERSON Nguyễn Văn Lộc [Phó Chính ủy Vùng 5 Hải quân]"}, []string{"PERSON Hải"}},
		{"commander in apposition", "Chuẩn đô đốc Trần Văn Hùng, Tư lệnh Vùng 5 Hải quân, đã tiếp đoàn.",
			[]string{"PERSON Trần Văn Hùng [Tư lệnh Vùng 5 Hải quân]", "ORGANIZATION Vùng 5 Hải quân"}, nil},
		{"brigade of a region", "Đại tá Nguyễn Văn Tiến, Chính ủy Lữ đoàn 171 Vùng 2 Hải quân, trực ban trên tàu.",
			[]string{"PERSON Nguyễn Văn Tiến [Chính ủy Lữ đoàn 171 Vùng 2 Hải quân]"}, nil},
		{"coast guard region", "Ông Bùi Văn Khánh, Tư lệnh Vùng Cảnh sát biển 4, phát biểu.",
			[]string{"PERSON Bùi Văn Khánh [Tư lệnh Vùng Cảnh sát biển 4]", "ORGANIZATION Vùng Cảnh sát biển 4"}, nil},
		{"coast guard region, number last", "Bộ đội Biên phòng tỉnh An Giang phối hợp với Cảnh sát biển Vùng 2 tuần tra.",
			[]string{"ORGANIZATION Bộ đội Biên phòng tỉnh An Giang", "ORGANIZATION Cảnh sát biển Vùng 2"}, nil},
		{"military regions", "Tham dự có Thiếu tướng Lê Quang Minh, Tư lệnh Quân khu 7 và đại diện Bộ Tư lệnh Quân khu 9.",
			[]string{"PERSON Lê Quang Minh [Tư lệnh Quân khu 7]", "ORGANIZATION Bộ Tư lệnh Quân khu 9"}, nil},
		{"provincial command", "Chính ủy Bộ Chỉ huy Quân sự tỉnh Cà Mau, Đại tá Lâm Văn Nhã, trao quà.",
			[]string{"ORGANIZATION Bộ Chỉ huy Quân sự tỉnh Cà Mau", "PERSON Lâm Văn Nhã [Chính ủy Bộ Chỉ huy Quân sự tỉnh Cà Mau]"}, nil},
		// A service with its country is one body, also in a role, and a
		// rank after the comma leads to the holder (precedent 4).
		{"foreign navy in a role", "Phó Tư lệnh Hải quân Hoàng gia Campuchia, Chuẩn Đô đốc Sok Vanna, dẫn đầu đoàn.",
			[]string{"ORGANIZATION Hải quân Hoàng gia Campuchia", "PERSON Sok Vanna [Phó Tư lệnh Hải quân Hoàng gia Campuchia]"},
			[]string{"PERSON Hải", "LOCATION Campuchia"}},
		{"foreign navy", "Tàu của Hải quân Hoàng gia Campuchia cập cảng Sihanoukville.",
			[]string{"ORGANIZATION Hải quân Hoàng gia Campuchia"}, nil},
		{"air force and army", "Không quân Hoàng gia Thái Lan và Lục quân Hoa Kỳ tham gia diễn tập.",
			[]string{"ORGANIZATION Không quân Hoàng gia Thái Lan", "ORGANIZATION Lục quân Hoa Kỳ"},
			[]string{"LOCATION Thái Lan", "LOCATION Hoa Kỳ"}},
		{"people's navy", "Lực lượng Hải quân nhân dân Việt Nam và Cảnh sát biển Việt Nam phối hợp.",
			[]string{"ORGANIZATION Hải quân nhân dân Việt Nam", "ORGANIZATION Cảnh sát biển Việt Nam"}, nil},
		// A service alone after a title is its field, as a sector is.
		{"service as a title's field", "Thiếu tướng Lê Văn Hòa, Tư lệnh Hải quân, thăm đảo.",
			[]string{"PERSON Lê Văn Hòa [Tư lệnh Hải quân]"}, []string{"ORGANIZATION Hải quân"}},
		{"services alone", "Bộ chọn Lục quân thay vì Hải quân.",
			[]string{"ORGANIZATION Lục quân", "ORGANIZATION Hải quân"}, []string{"PERSON Hải"}},
	} {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
