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
		{"swine fever", "Thêm ba xã của tỉnh Thái Bình có đàn lợn nhiễm dịch tả lợn châu Phi.",
			[]string{"LOCATION tỉnh Thái Bình"}, []string{"LOCATION châu Phi"}},
		{"swine fever, southern word", "Trạm thú y huyện Củ Chi tiêu hủy đàn heo nghi nhiễm tả heo Châu Phi.",
			[]string{"ORGANIZATION Trạm thú y huyện Củ Chi"}, []string{"LOCATION Châu Phi"}},
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

		// Roads and numbered local units.
		{"road codes glued to their head", "Xe khách đi trên QL1A rồi rẽ sang QL14 và ĐT741 để về Phước Long.",
			[]string{"LOCATION QL1A", "LOCATION QL14", "LOCATION ĐT741"}, nil},
		{"road code after a street head", "Cảnh sát dựng chốt trên đường 1A, đoạn qua thị trấn Cái Nước.",
			[]string{"LOCATION đường 1A"}, nil},
		{"numbers listed after a road", "Mưa lũ làm sạt lở Quốc lộ 6, 279 ở nhiều điểm.",
			[]string{"LOCATION Quốc lộ 6"}, []string{"LOCATION Quốc lộ 6, 279"}},
		{"numbered residential group and team", "Gia đình bà Vi Thị Hoa ở tổ 5, còn anh Lù Văn Sáng ở Đội 7, xã Thanh Xương.",
			[]string{"LOCATION tổ 5", "LOCATION Đội 7", "LOCATION xã Thanh Xương"}, nil},
		{"a group that counts", "Xã lập tổ 3 người để trực đê.", nil, []string{"LOCATION tổ 3"}},
		{"numbered canal", "Chiếc ghe bị chìm trên kênh 3-2 gần chợ xã.", []string{"LOCATION kênh 3-2"}, nil},

		// Landmarks and facilities keep their type word.
		{"new urban area", "Nhiều hộ dân chuyển đến khu đô thị mới Nam Thăng Long.",
			[]string{"LOCATION khu đô thị mới Nam Thăng Long"}, []string{"LOCATION Nam Thăng Long"}},
		{"temporary housing and resettlement line", "Người dân ở khu tạm cư Bình Khánh và tuyến dân cư Tân Hòa được hỗ trợ.",
			[]string{"LOCATION khu tạm cư Bình Khánh", "LOCATION tuyến dân cư Tân Hòa"}, nil},
		{"embankment", "Nước sông tràn qua bờ kè Hương Trà vào chiều qua.",
			[]string{"LOCATION bờ kè Hương Trà"}, []string{"LOCATION Hương Trà"}},
		{"reservoir and dam", "Mực nước hồ thủy điện Hòa Bình xuống thấp, còn đập Dầu Tiếng vẫn an toàn.",
			[]string{"LOCATION hồ thủy điện Hòa Bình", "LOCATION đập Dầu Tiếng"}, nil},
		{"military airfield", "Bộ Quốc phòng nâng cấp sân bay quân sự Biên Hòa.",
			[]string{"LOCATION sân bay quân sự Biên Hòa"}, nil},
		{"statue after an area word", "Hàng nghìn người đi bộ quanh khu vực Tượng đài Lý Thái Tổ mỗi sáng.",
			[]string{"LOCATION Tượng đài Lý Thái Tổ"}, []string{"LOCATION khu vực Tượng"}},
		{"lake after an area word", "Đoàn đi dạo ở khu vực hồ Hoàn Kiếm.",
			[]string{"LOCATION hồ Hoàn Kiếm"}, []string{"LOCATION khu vực hồ Hoàn Kiếm"}},

		// Regions are no provinces; an area of a region keeps its head.
		{"provinces of a region", "Mưa to ở các tỉnh Bắc Trung Bộ và các tỉnh Tây Nguyên.",
			[]string{"LOCATION Bắc Trung Bộ", "LOCATION Tây Nguyên"}, []string{"LOCATION tỉnh Bắc Trung Bộ"}},
		{"province of the same shape stays", "Đoàn công tác làm việc với tỉnh Tây Ninh.", []string{"LOCATION tỉnh Tây Ninh"}, nil},
		{"area of a region", "Khu vực miền Tây Nam Bộ và khu vực Duyên hải miền Trung có mưa rào.",
			[]string{"LOCATION Khu vực miền Tây Nam Bộ", "LOCATION khu vực Duyên hải miền Trung"}, []string{"LOCATION miền Trung"}},
		{"delta after an area word", "Hội nghị bàn về nông nghiệp vùng Đồng bằng sông Cửu Long.",
			[]string{"LOCATION Đồng bằng sông Cửu Long"}, nil},

		// A street named after a person in an address is a place.
		{"house number after a locative", "Vết nứt xuất hiện tại số 52 Lê Lợi, gần công trường nhà ga.",
			[]string{"LOCATION Lê Lợi"}, []string{"PERSON Lê Lợi"}},
		{"house number after địa chỉ", "Công ty đặt trụ sở ở địa chỉ 47 Trần Quang Khải từ năm 2015.",
			[]string{"LOCATION Trần Quang Khải"}, []string{"PERSON Trần Quang Khải"}},
		{"a player's number", "Đội khách có số 7 Trần Văn An ghi bàn.",
			[]string{"PERSON Trần Văn An"}, []string{"LOCATION Trần Văn An"}},

		// Names of the Central Highlands with the male prefix Y.
		{"Y names in a list", "Nhóm gồm Lê Văn Hải (25 tuổi), Y Bhăm Niê (27 tuổi) và Y Kông Kđoh (30 tuổi).",
			[]string{"PERSON Y Bhăm Niê", "PERSON Y Kông Kđoh"}, nil},
		{"Y name after a comma", "Thời điểm này, Y Kông Kđoh chở bạn về buôn.",
			[]string{"PERSON Y Kông Kđoh"}, nil},
		{"a letter Y is no name", "Bà con được phát vitamin Y Tế cấp.", nil, []string{"PERSON Y Tế"}},
	} {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
