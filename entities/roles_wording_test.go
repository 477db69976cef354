package entities

import "testing"

// Roles written in ways other than "title + body": abbreviated titles,
// ministries named by their fields, departments a fused title heads,
// foreign officials, posts below an office, a dash before the holder, and
// a province closing the body's name. Sentences written for the test
// (fictional people, real places and bodies).
func TestRoleWording(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		class, text  string
		want, absent []string
	}{
		// Titles abbreviated as news text writes them.
		{"abbreviated", "Ông Hứa Văn Tâm - PCT UBND tỉnh Quảng Trị nói rằng đê đã được gia cố.",
			[]string{"PERSON Hứa Văn Tâm [PCT UBND tỉnh Quảng Trị]"}, nil},
		{"abbreviated", "Bà Lục Thị Hiền, GĐ Sở GTVT tỉnh Lạng Sơn cho hay tuyến đường sẽ thông xe trong tháng.",
			[]string{"PERSON Lục Thị Hiền [GĐ Sở GTVT tỉnh Lạng Sơn]"}, nil},
		{"abbreviated", "PGĐ Sở Xây dựng tỉnh Phú Yên Mạc Văn Khải ký văn bản hỏa tốc.",
			[]string{"PERSON Mạc Văn Khải [PGĐ Sở Xây dựng tỉnh Phú Yên]"}, nil},
		// A ministry named by its fields, without "Bộ", joined by "và",
		// a dash or nothing; no syllable of the fields is a person.
		{"fields", "Thứ trưởng Văn hóa Thể thao và Du lịch Khổng Minh Đạt thăm di tích.",
			[]string{"PERSON Khổng Minh Đạt [Thứ trưởng Văn hóa Thể thao và Du lịch]"}, []string{"PERSON Thể"}},
		{"fields", "Đơn gửi Bộ trưởng Tài nguyên Môi trường Quan Thị Lựu đã được chuyển đi.",
			[]string{"PERSON Quan Thị Lựu [Bộ trưởng Tài nguyên Môi trường]"}, []string{"PERSON Môi"}},
		{"fields", "Ông tiếp Bộ trưởng Thương mại và Công nghiệp Singapore Daniel Levy tại Hà Nội.",
			[]string{"PERSON Daniel Levy [Bộ trưởng Thương mại và Công nghiệp Singapore]"}, nil},
		// A department named after a title fused with its head word,
		// in sentence case, which no personal name is.
		{"fused", "Bà Ông Thị Hạnh, Vụ trưởng Pháp chế, đề nghị lùi thời hạn.",
			[]string{"PERSON Ông Thị Hạnh [Vụ trưởng Pháp chế]"}, []string{"LOCATION Pháp"}},
		{"fused", "Ông Kha Văn Lộc, Cục phó Bảo tồn thiên nhiên cho biết rừng sẽ được phục hồi.",
			[]string{"PERSON Kha Văn Lộc [Cục phó Bảo tồn thiên nhiên]"}, nil},
		{"fused", "Cục trưởng Hoàng cho biết hồ sơ đã đủ.",
			[]string{"PERSON Hoàng [Cục trưởng]"}, nil},
		{"fused", "Ông Doãn Văn Tú - hạt trưởng Hạt Kiểm lâm huyện Mường Nhé cho biết rừng đã được khoanh nuôi.",
			[]string{"PERSON Doãn Văn Tú [hạt trưởng Hạt Kiểm lâm huyện Mường Nhé]"}, nil},
		{"fused", "Ông Tăng Văn Bảy - chi cục trưởng Chi cục Thủy lợi tỉnh Bến Tre kiểm tra cống.",
			[]string{"PERSON Tăng Văn Bảy [chi cục trưởng Chi cục Thủy lợi tỉnh Bến Tre]"}, nil},
		// In a common word the head is no title: "chức vụ phó …".
		{"fused", "Ông Âu Văn Lượng được giao chức vụ Phó Tổng Kiểm toán Nhà nước từ tháng 5.",
			[]string{"PERSON Âu Văn Lượng"}, []string{"PERSON Nhà"}},
		// Foreign officials: an honorific between the role and the name,
		// a church office.
		{"foreign", "Bộ trưởng Quốc phòng Malaysia Dato' Sri Ahmad Razali tới Hà Nội chiều nay.",
			[]string{"PERSON Ahmad Razali [Bộ trưởng Quốc phòng Malaysia]"}, []string{"PERSON Dato"}},
		{"foreign", "Thủ tướng Malaysia Tan Sri Ahmad Razali phát biểu khai mạc.",
			[]string{"PERSON Ahmad Razali [Thủ tướng Malaysia]"}, nil},
		{"foreign", "Thư được gửi tới Giáo hoàng Benedict đầu tháng trước.",
			[]string{"PERSON Benedict [Giáo hoàng]"}, nil},
		// Posts below an office that GUIDELINES count: a delegate before a
		// name, a commune's civil servant by field, a member of a body, an
		// office's representative, a chief accountant, a political officer.
		{"post", "Phát biểu tại hội trường, đại biểu Trịnh Thị Loan đề nghị tăng lương cho giáo viên.",
			[]string{"PERSON Trịnh Thị Loan [đại biểu]"}, nil},
		{"post", "Ông Bế Văn Thành (cán bộ địa chính xã Tà Xùa) cho biết đã đo đạc xong.",
			[]string{"PERSON Bế Văn Thành [cán bộ địa chính xã Tà Xùa]"}, nil},
		{"post", "Ông Nông Văn Ước, thành viên Tổ công tác của Chủ tịch nước, đã làm việc với tỉnh.",
			[]string{"PERSON Nông Văn Ước [thành viên Tổ công tác của Chủ tịch nước]"}, nil},
		{"post", "Bà Sầm Thị Nga, Trưởng đại diện UNICEF tại Việt Nam, trao tặng thiết bị.",
			[]string{"PERSON Sầm Thị Nga [Trưởng đại diện UNICEF tại Việt Nam]"}, nil},
		{"post", "Các bị can gồm Phí Văn Hùng - kế toán trưởng và Lã Thị Tâm - thủ quỹ.",
			[]string{"PERSON Phí Văn Hùng [kế toán trưởng]"}, nil},
		{"post", "Thiếu tá Lò Văn Phóng, Chính trị viên Ban Chỉ huy Quân sự huyện Mường Lát, dẫn đoàn.",
			[]string{"PERSON Lò Văn Phóng [Chính trị viên Ban Chỉ huy Quân sự huyện Mường Lát]"}, nil},
		// The holder named after a dash and an honorific.
		{"dash", "Hôm qua, chủ tịch UBND Q. 3 - ông Tạ Văn Đông đã ký quyết định.",
			[]string{"PERSON Tạ Văn Đông [chủ tịch UBND Q. 3]"}, nil},
		{"dash", "Giám đốc Sở Y tế tỉnh Nam Định - bà Vi Thị Tú cho biết.",
			[]string{"PERSON Vi Thị Tú [Giám đốc Sở Y tế tỉnh Nam Định]"}, nil},
		// After a bare title, the first syllable of a body's word is no
		// given name; a given name alone still is.
		{"syllable", "Quy chế khám sức khỏe áp dụng với Ủy viên Trung ương từ năm sau.",
			nil, []string{"PERSON Trung [Ủy viên]"}},
		{"syllable", "Bộ trưởng Quang từng chất vấn lãnh đạo ngành.",
			[]string{"PERSON Quang [Bộ trưởng]"}, nil},
		// A province after a body's name closes it: it is no person.
		{"province", "Ông Đào Văn Khánh, Hiệu trưởng Đại học Y Hải Phòng cho biết điểm chuẩn sẽ tăng.",
			[]string{"PERSON Đào Văn Khánh [Hiệu trưởng Đại học Y Hải Phòng]"}, []string{"PERSON Hải Phòng"}},
	} {
		checkRendered(t, c.class+": "+c.text, extract(x, c.text), c.want, c.absent)
	}
}
