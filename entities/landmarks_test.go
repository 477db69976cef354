package entities

import (
	"testing"

	"github.com/vntext/vntext/internal/growth"
)

// Landmarks: a monument named with the title of whom it honours is one
// LOCATION with no PERSON inside (GUIDELINES, precedent 54); a heritage or
// nature site keeps its designation and its sentence-case name
// (precedent 36), and a body named after a site or a region ends with it.
// Sentences written for the test (real places and bodies, fictional
// people).
func TestLandmarksAndSites(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"temple of a king", "Du khách dâng hương tại đền vua Đinh Tiên Hoàng ở cố đô Hoa Lư.",
			[]string{"LOCATION đền vua Đinh Tiên Hoàng"}, []string{"PERSON Đinh Tiên Hoàng"}},
		{"statue of a king", "Tượng đài vua Quang Trung được khánh thành.",
			[]string{"LOCATION Tượng đài vua Quang Trung"}, []string{"PERSON Quang Trung"}},
		{"temple without a title", "Lễ hội tổ chức ở đền thờ Lê Đại Hành.", []string{"LOCATION đền thờ Lê Đại Hành"}, []string{"PERSON Lê Đại Hành"}},
		{"a mandarin's temple", "Con cháu dâng hương ở đền thờ Thái úy Tô Hiến Thành.",
			[]string{"LOCATION đền thờ Thái úy Tô Hiến Thành"}, []string{"PERSON Tô Hiến Thành"}},
		{"a clan's hall", "Con cháu về nhà thờ họ Trần dâng hương.", []string{"LOCATION nhà thờ họ Trần"}, []string{"PERSON Trần"}},
		{"the mausoleum", "Đoàn vào Lăng Chủ tịch Hồ Chí Minh.", []string{"LOCATION Lăng Chủ tịch Hồ Chí Minh"}, nil},
		{"a pagoda named with the Dharma", "Đại đức Thích Quảng Tâm trụ trì chùa Hoằng Pháp.",
			[]string{"LOCATION chùa Hoằng Pháp", "PERSON Thích Quảng Tâm"}, []string{"LOCATION Pháp"}},
		// Sites with their designation and sentence-case names.
		{"a nature reserve", "Đoàn thăm Khu bảo tồn thiên nhiên Kẻ Gỗ.",
			[]string{"LOCATION Khu bảo tồn thiên nhiên Kẻ Gỗ"}, []string{"LOCATION Kẻ Gỗ"}},
		{"a reserve named like a person", "Khu bảo tồn thiên nhiên Pù Mát nằm ở Nghệ An.",
			[]string{"LOCATION Khu bảo tồn thiên nhiên Pù Mát"}, []string{"PERSON Pù Mát"}},
		{"a karst plateau", "Cao nguyên đá Đồng Văn là công viên địa chất toàn cầu.",
			[]string{"LOCATION Cao nguyên đá Đồng Văn"}, []string{"PERSON Đồng Văn"}},
		{"a prison site", "Khu di tích Nhà tù Phú Quốc đón khách.",
			[]string{"LOCATION Khu di tích Nhà tù Phú Quốc"}, []string{"LOCATION Khu di tích Nhà"}},
		{"a heritage site in lower case", "Người dân sống quanh di tích Chùa Cầu.", []string{"LOCATION Chùa Cầu"}, nil},
		// Bodies named after a site or a region.
		{"rangers of a national park", "Ông Phan Văn Lực, Hạt trưởng Hạt Kiểm lâm Vườn quốc gia Vũ Quang, cho biết.",
			[]string{"ORGANIZATION Hạt Kiểm lâm Vườn quốc gia Vũ Quang", "PERSON Phan Văn Lực [Hạt trưởng Hạt Kiểm lâm Vườn quốc gia Vũ Quang]"},
			[]string{"PERSON Vũ Quang"}},
		{"a park's board before its director", "Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Pù Mát Nguyễn Văn Lâm cho biết.",
			[]string{"ORGANIZATION Ban Quản lý Khu bảo tồn thiên nhiên Pù Mát", "PERSON Nguyễn Văn Lâm [Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Pù Mát]"}, nil},
		{"a protection forest's board", "Ban Quản lý rừng phòng hộ Ngàn Sâu tổ chức tuần tra.",
			[]string{"ORGANIZATION Ban Quản lý rừng phòng hộ Ngàn Sâu"}, []string{"LOCATION Ngàn Sâu"}},
		{"an institute of a region", "Ông Lê Văn Tư, Viện trưởng Viện Lúa Đồng bằng sông Cửu Long, cho biết.",
			[]string{"ORGANIZATION Viện Lúa Đồng bằng sông Cửu Long", "PERSON Lê Văn Tư [Viện trưởng Viện Lúa Đồng bằng sông Cửu Long]"},
			[]string{"ORGANIZATION Viện Lúa Đồng"}},
		{"a region alone", "Lũ đầu mùa về Đồng bằng sông Cửu Long sớm.", []string{"LOCATION Đồng bằng sông Cửu Long"}, nil},
	} {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}

// Extract stays linear on chains of landmarks and of bodies named with
// lower-case words after their head: each read looks one level ahead
// (inLandmark, inLowerName), where a chain once doubled the work with
// every link ("đền vua Ban Quản lý …" took seconds for 40 links).
func TestLandmarksLinear(t *testing.T) {
	x := newTestExtractor(t)
	for name, in := range map[string]func(int) string{
		"monuments before bodies": growth.Repeat("đền vua Ban Quản lý ", 100),
		"statues before rangers":  growth.Repeat("tượng đài vua Hạt Kiểm lâm ", 100),
		"rangers of parks":        growth.Repeat("đền vua Hạt Kiểm lâm Vườn quốc gia ", 60),
		"sites":                   growth.Repeat("Khu bảo tồn thiên nhiên Nhà tù ", 80),
	} {
		growth.Linear(t, name, in, func(text string) { extract(x, text) })
	}
}
