package entities

import "testing"

// TestPlaceAndNameClasses checks, class by class, places the rules once read
// as persons or cut short, and names the press hides behind initials, on
// sentences written for it (fictional people, real places). want lists
// rendered entities ("TYPE text") that must be returned, dont those that
// must not.
func TestPlaceAndNameClasses(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name       string
		text       string
		want, dont []string
	}{
		// A place that ends a disease's name is no place mention.
		{"swine fever", "Dịch tả lợn châu Phi đã lan tới 12 xã của tỉnh Thái Bình.",
			[]string{"LOCATION tỉnh Thái Bình"}, []string{"LOCATION châu Phi"}},
		{"swine fever, southern word", "Trạm thú y lập chốt chặn dịch tả heo Châu Phi ở huyện Củ Chi.",
			[]string{"LOCATION huyện Củ Chi"}, []string{"LOCATION Châu Phi"}},
		{"encephalitis", "Trẻ em được tiêm vắc xin viêm não Nhật Bản miễn phí tại trạm y tế xã.",
			nil, []string{"LOCATION Nhật Bản"}},
		{"the country itself stays", "Các chuyên gia Nhật Bản giúp tỉnh phòng bệnh cúm gia cầm.",
			[]string{"LOCATION Nhật Bản"}, nil},

		// Initials in groups, spaced or not, are one name.
		{"spaced initials", "Hôm qua, công an đã bắt anh N. Q. H. (29 tuổi) về hành vi trộm cắp.",
			[]string{"PERSON N. Q. H."}, []string{"PERSON N."}},
		{"glued then spaced initials", "Sáng nay, chị T.T. M. cho biết con chị vẫn chưa về nhà.",
			[]string{"PERSON T.T. M."}, nil},
		{"spaced then glued initials", "Theo lời khai, ông P. V.K. đã nhận 20 triệu đồng.",
			[]string{"PERSON P. V.K."}, []string{"PERSON P."}},
		{"two-letter initial", "Cháu Th. H. được đưa đi cấp cứu.",
			[]string{"PERSON Th. H."}, nil},
		{"ward abbreviation still a ward", "Cửa hàng ở P. Bến Nghé, Q. 1 đã đóng cửa.",
			[]string{"LOCATION P. Bến Nghé", "LOCATION Q. 1"}, nil},
	} {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
