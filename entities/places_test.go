package entities

import (
	"strings"
	"testing"
)

// placeString renders a LOCATION as "text@level", with "#code" when the
// gazetteer resolved it to one unit and a lone "#" when it did not.
func placeString(e Entity) string {
	return e.Text + "@" + string(e.Level) + "#" + e.Code
}

// TestPlaces checks, on sentences written for it (fictional people, real
// places), every LOCATION Extract returns, in text order: its span, its
// level and its code. A wanted place written without "#" is checked for
// span and level only; "X@other#" says it must carry no code. absent lists
// entities ("TYPE text") that must not be returned.
func TestPlaces(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		// Numbered units.
		{"numbered district", "Ông Phạm Quang Hiếu ngụ quận 7, TP.HCM cho biết nước đã rút.",
			[]string{"quận 7@district#778", "TP.HCM@province"}, nil},
		{"numbered ward of a named city", "Tại Phường 3 của thành phố Vũng Tàu, người dân đã dọn vệ sinh.",
			[]string{"Phường 3@commune#26512", "thành phố Vũng Tàu@district#747"}, nil},
		{"numbered ward and its district", "Người dân phường 11, quận 6 được hỗ trợ gạo.",
			[]string{"phường 11@commune#27364", "quận 6@district#775"}, nil},
		{"numbers listed after a numbered ward", "Các phường 1, 2 và 4 của quận 3 được sắp xếp lại.",
			[]string{"phường 1@commune#27160", "quận 3@district#770"}, nil},
		{"numbers then a name", "Sở đề nghị các quận 4, 8 và Bình Thạnh rà soát điểm ngập.",
			[]string{"quận 4@district#773", "Bình Thạnh@district#765"}, nil},
		{"a number that counts", "Tại phường 5, 10 hộ dân bị ngập.",
			[]string{"phường 5@commune"}, nil},
		// Roman numerals name another unit than the name before them.
		{"Roman numeral", "Đội văn nghệ của phường Hải Châu I và phường Thạch Thang đạt giải nhất.",
			[]string{"phường Hải Châu I@commune#", "phường Thạch Thang@commune#20233"}, nil},
		{"Roman numerals in a list", "Các phường Hải Châu I, Hải Châu II và Thạch Thang tham gia hội diễn.",
			[]string{"phường Hải Châu I@commune#", "Hải Châu II@commune#", "Thạch Thang@commune#20233"}, nil},
		{"letters telling units apart", "Các huyện Phú Tân A và Phú Tân B được lập năm 1968.",
			[]string{"huyện Phú Tân A@district#", "Phú Tân B@district#"}, nil},
		{"streets listed after a classifier", "Phường lập chốt trên các tuyến phố Điện Biên Phủ, Hùng Vương và Hoàng Diệu.",
			[]string{"phố Điện Biên Phủ@other#", "Hùng Vương@other#", "Hoàng Diệu@other#"}, []string{"PERSON Hoàng Diệu"}},
		{"list after a colon under a site head", "Thị trấn gồm các khu phố: Cam Phúc, Cam Bình và Cam Lộc.",
			[]string{"Cam Phúc@other#", "Cam Bình@other#", "Cam Lộc@other#"}, nil},
		{"numbered zone", "Các khu công nghiệp Quế Võ III, Gia Bình II và Yên Phong được ưu tiên.",
			[]string{"khu công nghiệp Quế Võ III@other#", "Gia Bình II@other#", "Yên Phong@other#"},
			[]string{"PERSON Yên Phong"}},
		// One head word before a list goes with the first item only.
		{"list of wards", "Các phường Bến Nghé, Bến Thành và Đa Kao đã hoàn thành chỉ tiêu.",
			[]string{"phường Bến Nghé@commune#26740", "Bến Thành@commune#26743", "Đa Kao@commune#26737"}, nil},
		{"list after a colon", "Tỉnh có 4 huyện: Châu Thành, Kế Sách, Long Phú và Mỹ Tú.",
			[]string{"Châu Thành@district#942", "Kế Sách@district#943", "Long Phú@district#946", "Mỹ Tú@district#944"}, nil},
		{"list of bridges", "Các cầu Long Biên, Chương Dương và Vĩnh Tuy được kiểm tra định kỳ.",
			[]string{"cầu Long Biên@other#", "Chương Dương@other#", "Vĩnh Tuy@other#"}, nil},
		{"list after a capitalised quantifier", "Thị xã gồm Các Phường: Phú Hữu, Phú Đông và Vĩnh Thanh.",
			[]string{"Phú Hữu@commune", "Phú Đông@commune", "Vĩnh Thanh@commune"}, nil},
		{"provinces listed after a province", "Dự án đi qua Hà Nội, Hưng Yên và Bắc Ninh.",
			[]string{"Hà Nội@province#01", "Hưng Yên@province#33", "Bắc Ninh@province"}, nil},
		{"bare name of several levels", "Đoàn công tác về Sóc Sơn kiểm tra đê.",
			[]string{"Sóc Sơn@district"}, nil},
		{"places abroad", "Đoàn đến thành phố New York, thủ đô Viêng Chăn và tỉnh Savannakhet.",
			[]string{"thành phố New York@other#", "thủ đô Viêng Chăn@other#", "tỉnh Savannakhet@other#"}, nil},
		{"unit abroad before its head's name", "Thống đốc tỉnh Wakayama Kenji Morishita và Thị trưởng thành phố Milan Giulia Ferraro dự lễ.",
			[]string{"tỉnh Wakayama@other#", "thành phố Milan@other#"}, []string{"PERSON Wakayama Kenji Morishita"}},
		{"highland district spelled otherwise", "Đoàn công tác đến huyện M'Drăk kiểm tra.",
			[]string{"huyện M'Drăk@district"}, nil},
		{"city the lists do not know", "Thành phố Nhơn Trạch mới được thành lập.",
			[]string{"Thành phố Nhơn Trạch@district#"}, nil},
		// Parents named nearby decide between same-named units, in either
		// period and across the merger.
		{"ward named like a former province", "Năm nay phường Thái Bình dẫn đầu tỉnh Hưng Yên về thu ngân sách.",
			[]string{"phường Thái Bình@commune#13225", "tỉnh Hưng Yên@province#33"}, nil},
		{"province named in the article", "Phường Thái Bình có 12 tổ dân phố. Năm nay phường dẫn đầu tỉnh Hưng Yên về thu ngân sách.",
			[]string{"Phường Thái Bình@commune#13225", "tỉnh Hưng Yên@province#33"}, nil},
		{"ward of a city", "Người dân phường Hải Dương, thành phố Hải Phòng đã nhận gạo cứu trợ.",
			[]string{"phường Hải Dương@commune#10525", "thành phố Hải Phòng@province#31"}, nil},
		{"list of wards named like provinces", "Các phường Nam Định, Thành Nam và Hồng Quang của tỉnh Ninh Bình ra mắt.",
			[]string{"phường Nam Định@commune#13669", "Thành Nam@commune#13699", "Hồng Quang@commune#13984", "tỉnh Ninh Bình@province#37"}, nil},
		{"province closing a chain", "Người dân phường Trần Lãm, Thái Bình đã dọn vệ sinh.",
			[]string{"phường Trần Lãm@commune#12454", "Thái Bình@province#34"}, nil},
		{"ward named like a province inside a list", "Từ ngày 1-7-2025, các phường Trần Lãm, Thái Bình và Trần Hưng Đạo của tỉnh Hưng Yên đi vào hoạt động.",
			[]string{"phường Trần Lãm@commune#12454", "Thái Bình@commune#13225", "Trần Hưng Đạo@commune#12452", "tỉnh Hưng Yên@province#33"}, nil},
		{"former province read as the ward", "Ngày 2-7-2025, phường Bắc Giang, tỉnh Bắc Ninh ra mắt. Tại Bắc Giang, người dân phấn khởi.",
			[]string{"phường Bắc Giang@commune#07210", "tỉnh Bắc Ninh@province#24", "Bắc Giang@commune#07210"}, nil},
		{"commune before 2025", "Xã Tân Phú, huyện Đức Hòa, tỉnh Long An đạt chuẩn nông thôn mới.",
			[]string{"Xã Tân Phú@commune#27961", "huyện Đức Hòa@district#802", "tỉnh Long An@province#80"}, nil},
		{"commune after 2025", "Xã Tân Phú, tỉnh Đồng Nai đạt chuẩn nông thôn mới.",
			[]string{"Xã Tân Phú@commune#26116", "tỉnh Đồng Nai@province#75"}, nil},
		// Roads, bridges, water, landmarks and sites: level other, no code.
		{"road, bridge, river, lake", "Lũ dâng qua cầu Long Biên, sông Hồng và hồ Hoàn Kiếm.",
			[]string{"cầu Long Biên@other#", "sông Hồng@other#", "hồ Hoàn Kiếm@other#"}, nil},
		{"airport, station, bus station", "Hành khách đi từ ga Hà Nội, bến xe Mỹ Đình và sân bay Tân Sơn Nhất.",
			[]string{"ga Hà Nội@other#", "bến xe Mỹ Đình@other#", "sân bay Tân Sơn Nhất@other#"}, nil},
		{"ports", "Tàu cập cảng Cái Lân rồi sang bến cảng Tiên Sa.",
			[]string{"cảng Cái Lân@other#", "bến cảng Tiên Sa@other#"}, nil},
		{"markets", "Người dân mua sắm ở chợ Đồng Xuân và chợ phiên Bắc Hà.",
			[]string{"chợ Đồng Xuân@other#", "chợ phiên Bắc Hà@other#"}, nil},
		{"monuments", "Đoàn dâng hương tại Lăng Chủ tịch Hồ Chí Minh và tượng đài Lý Thái Tổ.",
			[]string{"Lăng Chủ tịch Hồ Chí Minh@other#", "tượng đài Lý Thái Tổ@other#"},
			[]string{"PERSON Thái Tổ", "LOCATION Hồ Chí Minh"}},
		{"relics and old towns", "Ông Đỗ Minh Khải đến thăm Khu di tích Kim Liên và phố cổ Hội An.",
			[]string{"Khu di tích Kim Liên@other#", "phố cổ Hội An@other#"}, nil},
		{"designated site", "Khu di tích quốc gia đặc biệt Côn Sơn - Kiếp Bạc đón 1 triệu khách.",
			[]string{"Khu di tích quốc gia đặc biệt Côn Sơn - Kiếp Bạc@other#"}, nil},
		{"beaches, cable cars, mountains", "Du khách đi cáp treo Bà Nà, tắm ở bãi Sau và leo núi Bà Đen.",
			[]string{"cáp treo Bà Nà@other#", "bãi Sau@other#", "núi Bà Đen@other#"},
			[]string{"PERSON Nà", "PERSON Sau"}},
		{"mountain range named like a person", "Du khách thăm Vườn quốc gia Cúc Phương và dãy Hoàng Liên Sơn.",
			[]string{"Vườn quốc gia Cúc Phương@other#", "dãy Hoàng Liên Sơn@other#"}, []string{"PERSON Hoàng Liên Sơn"}},
		{"zones keep their province", "Khu kinh tế Đông Nam Nghệ An và khu công nghiệp VSIP Nghệ An thu hút lao động.",
			[]string{"Khu kinh tế Đông Nam Nghệ An@other#", "khu công nghiệp VSIP Nghệ An@other#"}, nil},
		{"metro line", "Khách muốn đi metro số 5 Văn Cao - Hoà Lạc phải chờ thêm.",
			[]string{"metro số 5 Văn Cao - Hoà Lạc@other#"}, nil},
		{"ring road and capital region", "Tuyến đường Vành đai 4 - Vùng Thủ đô được khởi công.",
			[]string{"đường Vành đai 4@other#", "Vùng Thủ đô@other#"}, nil},
		{"residential group", "Ông Lương Văn Tùng ngụ tổ dân phố số 9, phường Hàng Trống, quận Hoàn Kiếm.",
			[]string{"tổ dân phố số 9@other#", "phường Hàng Trống@commune#00070", "quận Hoàn Kiếm@district#002"}, nil},
		{"sites named by their unit", "Lễ an táng tại Nghĩa trang liệt sĩ huyện Thọ Xuân; lễ viếng ở Nhà tang lễ tỉnh; xe đón ở bến xe thị xã Hồng Lĩnh.",
			[]string{"Nghĩa trang liệt sĩ huyện Thọ Xuân@other#", "Nhà tang lễ tỉnh@other#", "bến xe thị xã Hồng Lĩnh@other#"}, nil},
		{"numbered station", "Đội tuần tra của Trạm 14 trực đêm trên quốc lộ 9.",
			[]string{"Trạm 14@other#", "quốc lộ 9@other#"}, nil},
		{"border", "Tình hình trên tuyến biên giới Việt Nam - Lào qua huyện Kỳ Sơn ổn định.",
			[]string{"biên giới Việt Nam - Lào@other#", "huyện Kỳ Sơn@district"}, nil},
		{"region before its country", "Bình Dương là tỉnh thuộc vùng Đông Nam Bộ Việt Nam.",
			[]string{"Bình Dương@province", "vùng Đông Nam Bộ@other#", "Việt Nam@country#"}, nil},
		{"quantity after a name", "Kim ngạch qua cửa khẩu quốc tế Móng Cái 4 tháng đầu năm tăng 12%.",
			[]string{"cửa khẩu quốc tế Móng Cái@other#"}, nil},
		{"a visit is no organisation's name", "Đoàn thăm Phủ Chủ tịch và Trung tâm Hội nghị quốc gia.",
			[]string{"Phủ Chủ tịch@other#", "Trung tâm Hội nghị quốc gia@other#"}, []string{"ORGANIZATION Đoàn thăm Phủ Chủ tịch"}},
		{"bridge named like a football cue", "Xe buýt sẽ chạy qua cầu Thủ Thiêm 2 từ tháng sau.",
			[]string{"cầu Thủ Thiêm 2@other#"}, []string{"PERSON Thiêm"}},
		{"alley and the street it leaves", "Chung cư nằm cuối ngõ 13 Lĩnh Nam, gần hẻm 12 đường Trần Phú.",
			[]string{"ngõ 13@other#", "Lĩnh Nam@other#", "hẻm 12@other#", "đường Trần Phú@other#"}, nil},
		{"road surface and roadside", "Xã đề nghị sửa mặt đường quốc lộ 19 và lắp đèn dọc đường Quang Trung.",
			[]string{"quốc lộ 19@other#", "đường Quang Trung@other#"}, nil},
		{"tunnel, ferry, airfield", "Xe qua hầm đường bộ Hải Vân, phà Bình Khánh rồi tới phi trường Liên Khương.",
			[]string{"hầm đường bộ Hải Vân@other#", "phà Bình Khánh@other#", "phi trường Liên Khương@other#"}, nil},
		{"a palace is no organisation's name", "Hội thảo đề nghị tu bổ điện Thái Hòa.",
			[]string{"điện Thái Hòa@other#"}, []string{"ORGANIZATION Hội thảo đề nghị tu bổ điện Thái Hòa"}},
		{"a visit is no organisation", "Đoàn khách tham quan chợ Bến Thành vào buổi sáng.",
			[]string{"chợ Bến Thành@other#"}, []string{"ORGANIZATION Đoàn khách tham quan chợ Bến Thành"}},
		{"sides of a border", "Đông giáp quận Tây Hồ, Tây Nam giáp huyện Đan Phượng; trụ sở cách 40 km về phía Tây Nam.",
			[]string{"quận Tây Hồ@district#003", "huyện Đan Phượng@district"}, nil},
		{"regions", "Lao động từ Bắc vào Nam làm việc ở vùng Tây Bắc.",
			[]string{"Bắc@other#", "Nam@other#", "vùng Tây Bắc@other#"}, nil},
		{"streams, river mouths, capes", "Nước từ ngòi Phát chảy ra cửa Bồ Đề rồi vòng qua mũi Cà Mau.",
			[]string{"ngòi Phát@other#", "cửa Bồ Đề@other#", "mũi Cà Mau@other#"}, nil},
		// Countries, one syllable or more, official names, and Đài Loan.
		{"country after a title", "Bộ trưởng Quốc phòng Indonesia, ông Lương Chí Dũng, dự họp.",
			[]string{"Indonesia@country#"}, []string{"PERSON Indonesia"}},
		{"official names of countries", "Đoàn của Cộng hòa Ireland, CHDCND Triều Tiên và Vương quốc Anh dự hội nghị.",
			[]string{"Cộng hòa Ireland@country#", "CHDCND Triều Tiên@country#", "Vương quốc Anh@country#"}, nil},
		{"states of the past", "Thời Việt Nam Cộng hòa, vùng này thuộc tỉnh Gia Định; Đế quốc Ba Tư từng rộng lớn.",
			[]string{"Việt Nam Cộng hòa@country#", "tỉnh Gia Định@province", "Đế quốc Ba Tư@country#"}, nil},
		{"one-syllable countries", "Ông Hà Văn Sơn sang Lào công tác, sau đó đi Nga và Mỹ.",
			[]string{"Lào@country#", "Nga@country#", "Mỹ@country#"}, nil},
		{"countries in a list", "Kim ngạch xuất khẩu sang Đức, Pháp và Ý đều tăng.",
			[]string{"Đức@country#", "Pháp@country#", "Ý@country#"}, nil},
		{"countries after titles", "Thủ tướng Úc và Tổng thống Pháp đã điện đàm.",
			[]string{"Úc@country#", "Pháp@country#"}, nil},
		{"country naming people or money", "Hai du khách người Pháp đổi đô la Úc ở sân bay Nội Bài.",
			[]string{"Pháp@country#", "Úc@country#", "sân bay Nội Bài@other#"}, nil},
		{"country inside a noun phrase", "Ông Phạm Văn Hải, Việt kiều Pháp, về thăm quê.",
			[]string{"Pháp@country#"}, nil},
		{"pair of short forms as a modifier", "Quan hệ Việt - Mỹ và quan hệ Việt - Trung phát triển tốt đẹp.",
			nil, []string{"PERSON Việt", "LOCATION Việt", "LOCATION Mỹ"}},
		{"country before a foreign name", "Vận động viên Úc Liam Carter về nhất, vượt đại diện Kenya Daniel Kiprono.",
			[]string{"Úc@country#", "Kenya@country#"}, []string{"PERSON Úc Liam Carter", "PERSON Kenya Daniel Kiprono"}},
		{"weak country at a sentence start", "Ở Anh, mô hình này đã có từ lâu.",
			[]string{"Anh@country#"}, nil},
		{"languages and common words", "Anh cho biết ý kiến bằng tiếng Anh rất rõ.",
			nil, []string{"LOCATION Anh"}},
		{"Đài Loan", "Đoàn đã thăm Đài Loan và Nhật Bản.",
			[]string{"Đài Loan@other#", "Nhật Bản@country#"}, []string{"ORGANIZATION Đài Loan", "ORGANIZATION Đài Loan và Nhật Bản"}},
		{"countries after a generic body", "Doanh nghiệp Anh đầu tư vào tỉnh, các công ty Nhật tăng vốn và du khách Úc tăng nhanh.",
			[]string{"Anh@country#", "Nhật@country#", "Úc@country#"}, []string{"ORGANIZATION Doanh nghiệp Anh đầu tư"}},
		{"firms from Đài Loan", "Doanh nghiệp Đài Loan đầu tư vào Bắc Ninh.",
			[]string{"Đài Loan@other#", "Bắc Ninh@province"}, []string{"ORGANIZATION Doanh nghiệp Đài Loan"}},
		// Places that read as persons.
		{"street named after a person", "Trụ sở mới đặt tại số 10 đường Hoàng Văn Thụ.",
			[]string{"đường Hoàng Văn Thụ@other#"}, []string{"PERSON Văn Thụ", "PERSON Hoàng Văn Thụ"}},
		{"address before a city", "Hai bên gặp nhau tại 12 Lý Thường Kiệt, Hà Nội.",
			[]string{"Lý Thường Kiệt@other#", "Hà Nội@province#01"}, []string{"PERSON Lý Thường Kiệt"}},
		{"address before a ward", "Bà Lương Thị Hạnh ở số 12 Phan Chu Trinh, phường Tràng Tiền, quận Hoàn Kiếm.",
			[]string{"Phan Chu Trinh@other#", "phường Tràng Tiền@commune#00079", "quận Hoàn Kiếm@district#002"},
			[]string{"PERSON Phan Chu Trinh"}},
		{"hamlet named after a person", "Anh Phạm Văn Bình sống ở ấp Nguyễn Văn Tư, xã Tân Hòa.",
			[]string{"ấp Nguyễn Văn Tư@other#", "xã Tân Hòa@commune"}, []string{"PERSON Văn Tư", "PERSON Nguyễn Văn Tư"}},
		{"unit after a locative", "Đặc khu Cô Tô đón 20.000 khách. Đi kiểm tra tại Cô Tô, ông Đinh Văn Lộc cho biết.",
			[]string{"Đặc khu Cô Tô@commune#07192", "Cô Tô@commune#07192"}, []string{"PERSON Tô"}},
	}
	for _, c := range cases {
		var got []string
		for _, e := range extract(x, c.text) {
			if e.Type == Location {
				got = append(got, placeString(e))
			}
		}
		want := c.want
		if len(got) != len(want) {
			t.Errorf("%s: got places %q, want %q", c.name, got, want)
		} else {
			for i, w := range want {
				if g := got[i]; g != w && !(!strings.Contains(w, "#") && strings.HasPrefix(g, w+"#")) {
					t.Errorf("%s: place %d is %q, want %q", c.name, i, g, w)
				}
			}
		}
		checkRendered(t, c.name, extract(x, c.text), nil, c.absent)
	}
}

// TestPlacesAreNoOrganisations checks names of places that begin with an
// organisation's head word, where the gazetteer reads no place: whatever
// else is found, they are not organisations.
func TestPlacesAreNoOrganisations(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Nhiều cô gái trong xã lấy chồng Đài Loan.",
		"Hàng hóa từ Đài Loan và Hồng Kông về cảng Hải Phòng.",
	} {
		checkRendered(t, text, extract(x, text), nil, []string{"ORGANIZATION Đài Loan", "ORGANIZATION Đài Loan và Hồng Kông"})
	}
}

// TestPlaceSuccessors checks the old→new mapping on a pre-2025 unit and its
// absence on a post-2025 one.
func TestPlaceSuccessors(t *testing.T) {
	x := newTestExtractor(t)
	ents := extract(x, "Trước năm 2025, phường Hàng Trống thuộc quận Hoàn Kiếm; nay phường Hoàn Kiếm, thành phố Hà Nội quản lý khu vực này.")
	var names []string
	for _, e := range ents {
		if e.Type != Location {
			continue
		}
		names = append(names, placeString(e))
		switch e.Text {
		case "phường Hàng Trống":
			if len(e.Successors) != 1 || e.Successors[0].Name != "Phường Hoàn Kiếm, Thành phố Hà Nội" {
				t.Errorf("phường Hàng Trống: successors %v", e.Successors)
			}
		case "phường Hoàn Kiếm":
			if len(e.Successors) != 0 {
				t.Errorf("phường Hoàn Kiếm: successors %v, want none", e.Successors)
			}
		}
	}
	want := []string{"phường Hàng Trống@commune#00070", "quận Hoàn Kiếm@district#002", "phường Hoàn Kiếm@commune#00070", "thành phố Hà Nội@province#01"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", names, want)
	}
}
