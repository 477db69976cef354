package entities

import "testing"

// Religious bodies and clergy: a Buddhist Sangha's boards named with the
// Sangha and its province, a bishop's office and diocese, a church with
// its region; a dharma name keeps "Thích" (corpus b003) and a Catholic's
// saint's name is part of the name. Sentences written for the test
// (fictional people, real bodies and places).
func TestReligiousBodiesAndClergy(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"the Sangha", "Giáo hội Phật giáo Việt Nam tổ chức đại lễ.",
			[]string{"ORGANIZATION Giáo hội Phật giáo Việt Nam"}, []string{"ORGANIZATION hội Phật giáo Việt Nam"}},
		{"its executive council in a role", "Hòa thượng Thích Thanh Quang, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, chứng minh buổi lễ.",
			[]string{"PERSON Thích Thanh Quang [Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam]",
				"ORGANIZATION Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"}, nil},
		{"a provincial board in a role", "Thượng tọa Thích Minh Đạo, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hà Tĩnh, phát biểu.",
			[]string{"PERSON Thích Minh Đạo [Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hà Tĩnh]",
				"ORGANIZATION Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hà Tĩnh"},
			[]string{"ORGANIZATION Ban Trị sự Giáo"}},
		{"a provincial board", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Bình trao quà.",
			[]string{"ORGANIZATION Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Bình"}, nil},
		{"bishops' offices", "Đoàn đã thăm Tòa Giám mục Vinh và Tòa Giám mục Xuân Lộc.",
			[]string{"ORGANIZATION Tòa Giám mục Vinh", "ORGANIZATION Tòa Giám mục Xuân Lộc"}, []string{"PERSON Vinh", "PERSON Xuân Lộc"}},
		{"a bishop of a diocese", "Giám mục Giáo phận Vinh Nguyễn Văn Tâm chủ sự thánh lễ.",
			[]string{"ORGANIZATION Giáo phận Vinh", "PERSON Nguyễn Văn Tâm [Giám mục Giáo phận Vinh]"}, nil},
		{"the bishops' conference", "Hội đồng Giám mục Việt Nam ra thư chung.",
			[]string{"ORGANIZATION Hội đồng Giám mục Việt Nam"}, nil},
		{"a church with its region", "Hội thánh Tin lành Việt Nam (miền Bắc) có trụ sở tại Hà Nội.",
			[]string{"ORGANIZATION Hội thánh Tin lành Việt Nam (miền Bắc)"}, []string{"LOCATION miền Bắc"}},
		{"its president", "Mục sư Trần Văn Thiện, Hội trưởng Hội thánh Tin lành Việt Nam (miền Nam), gửi lời chúc.",
			[]string{"PERSON Trần Văn Thiện [Hội trưởng Hội thánh Tin lành Việt Nam (miền Nam)]"}, nil},
		{"a saint's name after a bishop's title", "Giám mục Giuse Nguyễn Văn Hòa, Chủ tịch Ủy ban Bác ái Xã hội, tham dự.",
			[]string{"PERSON Giuse Nguyễn Văn Hòa [Giám mục | Chủ tịch Ủy ban Bác ái Xã hội]"}, []string{"ORGANIZATION Giuse"}},
		{"a saint's name without a cue", "Thánh lễ do Giuse Nguyễn Văn Hòa chủ sự.",
			[]string{"PERSON Giuse Nguyễn Văn Hòa"}, []string{"PERSON Nguyễn Văn Hòa"}},
		{"a priest", "Linh mục Phêrô Lê Văn Hòa cho biết giáo xứ đã quyên góp 200 triệu đồng.",
			[]string{"PERSON Phêrô Lê Văn Hòa"}, nil},
		{"a dharma name alone", "Đại đức Thích Quảng Tâm dâng hương.", []string{"PERSON Thích Quảng Tâm"}, nil},
	} {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
