package entities

import "testing"

// Capitalised words that are no person: ethnic groups, lunar years and
// months, dynasties and periods (corpus precedent 70), Roman numerals
// after an ordinal head. Their words are family and given names, which a
// cue still makes a person's. Sentences written for the test.
func TestCapitalisedKindsAreNoPersons(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"two peoples", "Huyện hỗ trợ đồng bào Mông và Lô Lô ở xã Lũng Cú.",
			[]string{"LOCATION xã Lũng Cú"}, []string{"PERSON Lô Lô", "PERSON Mông"}},
		{"folk songs of peoples", "Nghệ nhân Y Thị Hoa, người Ê Đê, hát dân ca Lô Lô và Khơ Mú cho du khách.",
			[]string{"PERSON Y Thị Hoa"}, []string{"PERSON Lô Lô", "PERSON Khơ Mú", "PERSON Ê Đê"}},
		{"a list of peoples", "Đồng bào Xơ Đăng, Khơ Mú và Thái ăn Tết.",
			nil, []string{"PERSON Xơ Đăng", "PERSON Khơ Mú", "PERSON Thái"}},
		{"a village named after a people", "Ông Lò Văn Sáng về thôn Lô Lô Chải.",
			[]string{"LOCATION thôn Lô Lô Chải"}, nil},
		{"a lunar year", "Vào năm Đinh Dậu, tỉnh tổ chức lễ hội.", nil, []string{"PERSON Đinh Dậu"}},
		{"a lunar new year", "Dịp Tết Giáp Thìn, ông Lê Văn Nam thăm hỏi gia đình.",
			[]string{"PERSON Lê Văn Nam"}, []string{"PERSON Giáp Thìn"}},
		{"a lunar spring", "Xuân Ất Tỵ, bà Hồ Thị Lan về quê.", []string{"PERSON Hồ Thị Lan"}, []string{"PERSON Ất Tỵ"}},
		{"a man named like a year", "Ông Đinh Dậu, Chủ tịch UBND xã, cho biết.",
			[]string{"PERSON Đinh Dậu [Chủ tịch UBND xã]"}, nil},
		{"lunar months", "Từ tháng Giêng đến rằm tháng Chạp, xã đã trồng 20 ha rừng.",
			nil, []string{"PERSON Giêng", "PERSON Chạp"}},
		{"dynasties of a period", "Di tích có niên đại thời Đinh - Tiền Lê.", nil, []string{"PERSON Đinh", "PERSON Tiền Lê"}},
		{"a dynasty", "Kinh thành Huế được xây dựng dưới thời nhà Nguyễn.",
			[]string{"LOCATION Kinh thành Huế"}, []string{"PERSON Nguyễn"}},
		{"an era named after a person", "Thời Nguyễn Văn Linh, công cuộc đổi mới bắt đầu.", []string{"PERSON Nguyễn Văn Linh"}, nil},
		{"a quarter", "Trong quý I, doanh thu của tỉnh tăng 12%.", nil, []string{"PERSON I"}},
		{"a term and a session", "Kỳ họp lần thứ X của HĐND tỉnh khóa V bế mạc.", nil, []string{"PERSON X", "PERSON V"}},
	} {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
