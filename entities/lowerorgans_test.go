package entities

import "testing"

// An organ written in lower case names one body when the unit it serves
// follows it, directly or after its sector (corpus precedents 27 and 85);
// alone, with a bare unit word or with its sector only it stays a generic
// reference (precedent 78), and a compound ending in the head word is no
// organ. Sentences written for the test: real places, fictional people.
func TestLowerCaseOrgansWithTheirUnit(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		{"police of a province", "Vụ việc đã được báo cáo lên công an tỉnh Hà Giang để điều tra.",
			[]string{"ORGANIZATION công an tỉnh Hà Giang"}, []string{"LOCATION tỉnh Hà Giang"}},
		{"police of a district", "Lực lượng công an huyện Mường Khương đã bắt giữ đối tượng.",
			[]string{"ORGANIZATION công an huyện Mường Khương"}, nil},
		{"department with its sector and city", "Sáng nay, sở Y tế Hải Phòng gửi văn bản hỏa tốc tới các trạm.",
			[]string{"ORGANIZATION sở Y tế Hải Phòng"}, nil},
		{"department with its sector and province", "Trước đó, sở Tài chính tỉnh Bắc Kạn đã có văn bản trả lời.",
			[]string{"ORGANIZATION sở Tài chính tỉnh Bắc Kạn"}, nil},
		{"border post named by its district", "Cán bộ đồn biên phòng Bát Xát đã tuần tra khu vực biên giới.",
			[]string{"ORGANIZATION đồn biên phòng Bát Xát"}, nil},
		// Generic references stay out.
		{"police alone", "Người dân đã báo cho công an để xử lý.", nil, []string{"ORGANIZATION công an"}},
		{"police of a bare unit", "Vụ việc được chuyển cho công an huyện giải quyết.", nil, []string{"ORGANIZATION công an huyện"}},
		{"a sector without its unit", "Các tỉnh giao sở Nội vụ hướng dẫn thủ tục.", nil, []string{"ORGANIZATION sở Nội vụ"}},
		{"headquarters is no department", "Cuộc họp diễn ra tại trụ sở UBND tỉnh Lào Cai.",
			[]string{"ORGANIZATION UBND tỉnh Lào Cai"}, []string{"ORGANIZATION sở UBND tỉnh Lào Cai"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}
