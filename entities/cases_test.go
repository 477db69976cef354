package entities

import "testing"

// Table of self-written sentences (fictional people, real places) for
// errors the rules used to make: each case lists entities that must be
// present and entities that must not be, rendered as by render.
func TestExtractGuardCases(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		// A bare unit head word after an organ does not take a personal
		// name as the unit's name.
		{"name after UBND tỉnh", "Theo Phó Chủ tịch UBND tỉnh Hoàng Thị Lan Vy, huyện Đồng Văn và huyện Mèo Vạc đã huy động vốn.",
			[]string{"ORGANIZATION UBND tỉnh", "PERSON Hoàng Thị Lan Vy [Phó Chủ tịch UBND tỉnh]"},
			[]string{"ORGANIZATION UBND tỉnh Hoàng Thị Lan Vy"}},
		{"name after HĐND huyện", "Chủ tịch HĐND huyện Đặng Văn Tùng chủ trì kỳ họp.",
			[]string{"ORGANIZATION HĐND huyện", "PERSON Đặng Văn Tùng [Chủ tịch HĐND huyện]"},
			[]string{"ORGANIZATION HĐND huyện Đặng Văn Tùng"}},
		{"unknown unit the gazetteer reads", "Phó Chủ tịch UBND huyện Lê Văn Hùng cho biết huyện đã giải ngân.",
			[]string{"ORGANIZATION UBND huyện", "PERSON Lê Văn Hùng [Phó Chủ tịch UBND huyện]"},
			[]string{"ORGANIZATION UBND huyện Lê Văn Hùng"}},
		{"province abroad", "Thượng Hải, tỉnh Giang Tô và tỉnh Hồ Bắc có nhiều nhà máy.",
			[]string{"LOCATION tỉnh Giang Tô", "LOCATION tỉnh Hồ Bắc"}, nil},
		{"known unit after UBND tỉnh", "Phó Chủ tịch UBND tỉnh Quảng Ngãi Trương Khả Tuệ Nhi dự họp.",
			[]string{"ORGANIZATION UBND tỉnh Quảng Ngãi", "PERSON Trương Khả Tuệ Nhi [Phó Chủ tịch UBND tỉnh Quảng Ngãi]"}, nil},
		// A unit head word inside a common compound ("xã hội") names no unit.
		{"xã hội in a bank's name", "Ông Thịnh cho biết Sở sẽ phối hợp với Ngân hàng Chính sách xã hội tỉnh giải ngân vốn vay ưu đãi.",
			[]string{"ORGANIZATION Ngân hàng Chính sách xã hội tỉnh"},
			[]string{"ORGANIZATION Ngân hàng Chính sách xã"}},
		{"xã hội before a unit", "Giám đốc Bảo hiểm xã hội huyện Đông Anh Lưu Văn Phúc cho biết.",
			[]string{"ORGANIZATION Bảo hiểm xã hội huyện Đông Anh", "PERSON Lưu Văn Phúc [Giám đốc Bảo hiểm xã hội huyện Đông Anh]"}, nil},
		{"tỉnh táo", "Người dân cần tỉnh táo trước các lời mời chào.", nil, []string{"LOCATION tỉnh táo"}},
		// An unquoted programme name stops before a quantity the sentence
		// states about it, and keeps the numbers that belong to it.
		{"quantity after a programme", "Trong đó vốn của Chương trình mục tiêu quốc gia phủ xanh đồi trọc chiếm 42%.",
			[]string{"PROGRAM Chương trình mục tiêu quốc gia phủ xanh đồi trọc", "PERCENT 42%"},
			[]string{"PROGRAM Chương trình mục tiêu quốc gia phủ xanh đồi trọc chiếm 42"}},
		{"quantity verb before a number", "Năm nay chương trình mục tiêu quốc gia nước sạch vùng cao tăng 15 xã đạt chuẩn.",
			[]string{"PROGRAM chương trình mục tiêu quốc gia nước sạch vùng cao"}, nil},
		{"period in a programme name", "Tỉnh sơ kết Chương trình mục tiêu quốc gia nước sạch vùng cao giai đoạn 2021-2025.",
			[]string{"PROGRAM Chương trình mục tiêu quốc gia nước sạch vùng cao giai đoạn 2021-2025"}, nil},
		{"number right after the name", "Đảng ủy quán triệt Nghị quyết Trung ương 4 trong toàn đảng bộ.",
			[]string{"PROGRAM Nghị quyết Trung ương 4"}, nil},
		// A head that ends its line names nothing on the next one, and a
		// dotted abbreviation is one word of a name.
		{"head at a line's end", "Kế hoạch\nPhú Yên đón khách quốc tế.",
			[]string{"LOCATION Phú Yên"}, []string{"PROGRAM Kế hoạch\nPhú Yên"}},
		{"head before a blank line", "Chương trình\n\nTP.HCM khởi công tuyến metro.",
			[]string{"LOCATION TP.HCM"}, []string{"PROGRAM Chương trình\n\nTP"}},
		{"dotted abbreviation in a name", "Sở triển khai Đề án Chuyển đổi số TP.HCM đến năm 2030.",
			nil, []string{"PROGRAM Đề án Chuyển đổi số TP"}},
		// A lone capitalised word without a person cue, followed by a
		// lower-case word that is neither a function word nor a verb of
		// speech, is the start of a common word, not a person.
		{"portal", "Kết luận hội nghị, ông Trần Minh Khôi yêu cầu công khai kết quả thẩm định trên Cổng thông tin điện tử của tỉnh.",
			[]string{"PERSON Trần Minh Khôi"}, []string{"PERSON Cổng"}},
		{"fields of study", "Ông Vũ Đức Tâm có bằng Thạc sĩ Kinh tế phát triển, Kỹ sư Thủy lợi, Cử nhân Triết học.",
			[]string{"PERSON Vũ Đức Tâm"}, []string{"PERSON Kinh", "PERSON Thủy", "PERSON Cử"}},
		{"given name alone", "Hôm ấy, mẹ gọi Thắm đã ba lần mà Thắm vẫn ngồi im.",
			[]string{"PERSON Thắm"}, nil},
		{"given name after a degree", "Tiến sĩ Hoài nói rằng dự án còn chậm.",
			[]string{"PERSON Hoài"}, nil},
		// Places come from the gazetteer's mentions; head words the
		// gazetteer does not confirm add no place.
		{"yêu cầu Ban", "Đoàn kiểm tra yêu cầu Ban Thường vụ Huyện ủy Quỳ Châu giải trình.",
			[]string{"ORGANIZATION Ban Thường vụ Huyện ủy Quỳ Châu"}, []string{"LOCATION cầu Ban Thường"}},
		{"ven biển", "Dự án kè ven biển Phan Thiết được khởi công lại.",
			[]string{"LOCATION Phan Thiết"}, []string{"LOCATION biển Phan Thiết"}},
		{"gulf", "Tàu cá neo đậu trong vùng biển Vịnh Bắc bộ.",
			[]string{"LOCATION Vịnh Bắc bộ"}, []string{"LOCATION biển Vịnh Bắc"}},
		{"units after a collective organ", "Bộ đề nghị UBND các tỉnh Thái Bình, Nam Định hỗ trợ ngư dân.",
			[]string{"LOCATION Thái Bình", "LOCATION Nam Định"}, []string{"LOCATION tỉnh Thái Bình"}},
		{"road count", "Mưa lớn gây tắc đường 5 điểm trên tỉnh lộ 7.",
			[]string{"LOCATION tỉnh lộ 7"}, []string{"LOCATION đường 5"}},
		{"bare unit name", "Người dân xã Lộc Thủy, Phú Lộc đã di dời.",
			[]string{"LOCATION Phú Lộc"}, nil},
		// The author's name after the last sentence is a person, even when
		// it also names a place.
		{"byline", "Huyện sẽ tiếp tục rà soát biên chế trong năm tới. Trung Sơn",
			[]string{"PERSON Trung Sơn"}, []string{"LOCATION Trung Sơn"}},
		{"byline on its own line", "Tỉnh đã hoàn thành việc giải ngân vốn.\nMinh Khang",
			[]string{"PERSON Minh Khang"}, nil},
		{"place ending a sentence", "Đoàn công tác đã trở về Hà Nội", []string{"LOCATION Hà Nội"}, []string{"PERSON Hà Nội"}},
		// A photo credit names the photographer.
		{"photo credit", "Ngư dân kéo lưới trên sông Cầu. Ảnh: Hải Đăng\nTheo lãnh đạo Cục, việc khai thác sẽ tạm dừng.",
			[]string{"PERSON Hải Đăng"}, nil},
		{"photo credit before a sentence", "Ảnh: Minh Tú Theo kế hoạch, tuyến đường sẽ thông xe.",
			[]string{"PERSON Minh Tú"}, []string{"PERSON Minh Tú Theo"}},
		// After "TP." a word that names no unit opens the next sentence.
		{"dot ends the sentence", "Bà Đoàn Thị Lụa được bầu làm ủy viên UBND TP. Trước đó, bà phụ trách Sở Xây dựng.",
			[]string{"ORGANIZATION UBND TP", "ORGANIZATION Sở Xây dựng"}, []string{"ORGANIZATION UBND TP. Trước", "PERSON Trước"}},
		{"two bodies across a dot", "Kỳ này có thêm ủy viên HĐND TP. Thành ủy Huế đã giới thiệu nhân sự.",
			[]string{"ORGANIZATION HĐND TP", "ORGANIZATION Thành ủy Huế"}, nil},
		{"known unit after TP.", "Chủ tịch UBND TP. Huế Phan Văn Mạnh dự lễ.",
			[]string{"ORGANIZATION UBND TP. Huế", "PERSON Phan Văn Mạnh [Chủ tịch UBND TP. Huế]"}, nil},
		// A connective opening a sentence is no repeated given name.
		{"connective", "Tỉnh đặt tên Trần Văn Đồng cho con đường mới. Đồng thời, tỉnh cũng mở rộng công viên. Đồng cho biết sẽ dự lễ.",
			[]string{"PERSON Trần Văn Đồng", "PERSON Đồng"}, nil},
		// A country naming people is a place, a language named after it is
		// not; a city after "người" is where someone comes from.
		{"nationality", "Ba kỹ sư người Mỹ và một cô giáo người Hải Phòng nói thạo tiếng Pháp.",
			[]string{"LOCATION Mỹ", "LOCATION Hải Phòng"}, []string{"LOCATION Pháp"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}

// "Đồng thời" opening a sentence is not a mention of Trần Văn Đồng; "Đồng
// cho biết" is.
func TestConnectiveIsNoRepeatedName(t *testing.T) {
	x := newTestExtractor(t)
	text := "Tỉnh đặt tên Trần Văn Đồng cho con đường mới. Đồng thời, tỉnh cũng mở rộng công viên. Đồng cho biết sẽ dự lễ."
	n := 0
	for _, e := range extract(x, text) {
		if e.Type == Person && e.Text == "Đồng" {
			n++
			if text[e.End:e.End+len(" cho")] != " cho" {
				t.Errorf("wrong mention of Đồng at %d", e.Start)
			}
		}
	}
	if n != 1 {
		t.Errorf("want one short mention of Đồng, got %d", n)
	}
}
