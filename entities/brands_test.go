package entities

import "testing"

// Companies, banks and outlets named by a coined word, on sentences
// written for the test (fictional people, companies and outlets).
func TestBrandClasses(t *testing.T) {
	x := newTestExtractor(t)
	model, err := New(WithBuiltinModel(true))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		// A source cue makes a coined word a body.
		{"source after theo", "Theo Kavicom, doanh thu quý I của hãng tăng 12%.",
			[]string{"ORGANIZATION Kavicom"}, nil},
		{"outlet after trao đổi với", "Trao đổi với Tinmoi chiều qua, ông Lê Văn Hòa nói đoàn sẽ đến hiện trường.",
			[]string{"ORGANIZATION Tinmoi", "PERSON Lê Văn Hòa"}, nil},
		{"outlet in mixed case", "Phóng viên TinNhanh có mặt tại hiện trường lúc 9 giờ.",
			[]string{"ORGANIZATION TinNhanh"}, []string{"PERSON TinNhanh"}},
		{"agency before a press verb", "Kavipress dẫn lời một quan chức giấu tên cho hay dự án bị hoãn.",
			[]string{"ORGANIZATION Kavipress"}, nil},
		{"web address", "Theo Thoisu.vn, cây cầu sẽ thông xe vào tháng 9.",
			[]string{"ORGANIZATION Thoisu.vn"}, nil},
		{"outlet online", "Phóng viên Thanh Niên Online ghi nhận tại hiện trường sáng nay.",
			[]string{"ORGANIZATION Thanh Niên Online"}, []string{"ORGANIZATION Thanh Niên"}},
		{"paper after tờ", "Bài viết đăng trên tờ Lao Động số ra hôm qua.",
			[]string{"ORGANIZATION tờ Lao Động"}, nil},
		{"outlet after a reporter", "Ông Lê Văn Tâm nói với phóng viên Người Lao Động rằng đoàn đã về.",
			[]string{"ORGANIZATION Người Lao Động", "PERSON Lê Văn Tâm"}, []string{"PERSON Người Lao Động"}},
		{"outlet after its kind", "Đường dây nóng của báo điện tử Dân Việt nhận được nhiều thư.",
			[]string{"ORGANIZATION Dân Việt"}, nil},
		{"reporter's own name", "Phóng viên Nguyễn Văn Hùng có mặt từ sớm.",
			[]string{"PERSON Nguyễn Văn Hùng"}, []string{"ORGANIZATION Nguyễn Văn Hùng"}},
		{"paper named after the police", "Bài của báo Công an nhân dân hôm qua kể lại chuyến tuần tra.",
			[]string{"ORGANIZATION báo Công an nhân dân"}, []string{"ORGANIZATION báo Công an"}},
		// Once named, the word is the body wherever the text repeats it,
		// also after a title, and with the place a branch serves.
		{"repeat after a title", "Ngân hàng Thương mại cổ phần Phương Nam (Tavibank) khai trương trụ sở mới. Ông Lê Văn An, Phó Tổng Giám đốc Tavibank, vừa nghỉ hưu.",
			[]string{"ORGANIZATION Tavibank", "PERSON Lê Văn An [Phó Tổng Giám đốc Tavibank]"}, []string{"PERSON Tavibank"}},
		{"branch", "Đại diện Tavibank cho biết như vậy. Tavibank Đà Nẵng trao 20 suất học bổng cho học sinh nghèo.",
			[]string{"ORGANIZATION Tavibank Đà Nẵng"}, []string{"LOCATION Đà Nẵng"}},
		{"brand and its country", "Tập đoàn Kavico tuyển thêm nhân sự. Tổng giám đốc Kavico VN, ông Trần Hữu Phước, cho biết.",
			[]string{"ORGANIZATION Kavico VN", "PERSON Trần Hữu Phước [Tổng giám đốc Kavico VN]"}, nil},
		{"brand and its unit", "Đại diện Viettrans cho biết. Giám đốc Viettrans Cần Thơ Lê Thị Hạnh phát biểu.",
			[]string{"ORGANIZATION Viettrans Cần Thơ", "PERSON Lê Thị Hạnh [Giám đốc Viettrans Cần Thơ]"}, nil},
		// A company's board is the body's organ.
		{"board of a bank", "Bà Lê Thị Mai, Chủ tịch HĐQT Tavibank, cho biết ngân hàng sẽ tăng vốn.",
			[]string{"ORGANIZATION HĐQT Tavibank", "PERSON Lê Thị Mai [Chủ tịch HĐQT Tavibank]"}, nil},
		{"board of an acronym", "Ông Phan Văn Đức, Chủ tịch HĐQT KTB, từ nhiệm.",
			[]string{"ORGANIZATION HĐQT KTB", "PERSON Phan Văn Đức [Chủ tịch HĐQT KTB]"}, nil},
		{"members' council", "Ông Đỗ Văn Tú, nguyên Chủ tịch HĐTV Tổng công ty Muối Việt Nam, bị kỷ luật.",
			[]string{"ORGANIZATION HĐTV Tổng công ty Muối Việt Nam", "PERSON Đỗ Văn Tú [Chủ tịch HĐTV Tổng công ty Muối Việt Nam{former}]"}, nil},
		{"board of the corporation named before", "Ông Đỗ Văn Tú, Chủ tịch HĐQT Tập đoàn, bị khiển trách.",
			[]string{"ORGANIZATION HĐQT Tập đoàn", "PERSON Đỗ Văn Tú [Chủ tịch HĐQT Tập đoàn]"}, nil},
		{"board of a lower-case company", "Ông Đỗ Văn Tú, Chủ tịch HĐQT công ty Sao Mai, vắng mặt.",
			[]string{"ORGANIZATION HĐQT công ty Sao Mai", "PERSON Đỗ Văn Tú [Chủ tịch HĐQT công ty Sao Mai]"}, nil},
		{"company of a board repeated", "Ông Lê Văn An, Chủ tịch HĐQT công ty Khai Minh, cho biết. Việc thôi chức ở Khai Minh không ảnh hưởng gì.",
			[]string{"ORGANIZATION HĐQT công ty Khai Minh", "ORGANIZATION Khai Minh"}, nil},
		{"board alone", "Ông Đỗ Văn Tú, nguyên Chủ tịch HĐQT kiêm Tổng giám đốc, đã nghỉ hưu.",
			nil, []string{"ORGANIZATION HĐQT"}},
		// Verbs ending in "báo" are no newspaper.
		{"reporting to the police", "Chủ cửa hàng đã trình báo Công an phường Bến Nghé.",
			[]string{"ORGANIZATION Công an phường Bến Nghé"}, []string{"ORGANIZATION báo Công an phường Bến Nghé"}},
		{"press conference", "Buổi họp báo Chính phủ diễn ra chiều nay.",
			[]string{"ORGANIZATION Chính phủ"}, []string{"ORGANIZATION báo Chính phủ"}},
		{"journalist", "Mẹ ông là nhà báo Fan Lin.",
			nil, []string{"ORGANIZATION báo Fan Lin"}},
		// Without a cue a coined word may be a foreign surname.
		{"no cue", "Kavicom tăng trưởng mạnh trong năm.",
			nil, []string{"ORGANIZATION Kavicom"}},
		{"foreign head of state", "Tổng thống Kessler phát biểu tại hội nghị.",
			[]string{"PERSON Kessler [Tổng thống]"}, []string{"ORGANIZATION Kessler"}},
		{"foreign person with an honorific", "Theo ông Kessler, hai bên đã đạt thỏa thuận.",
			[]string{"PERSON Kessler"}, []string{"ORGANIZATION Kessler"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
		extract(model, c.text) // the cue words are the model's marks too
	}
}
