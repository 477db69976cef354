package wstrain

// Vietnamese family names and common middle names, written for this project
// from general knowledge (they are public facts, not copied from a list).
// Names are the largest error class of segmenters without them.
var familyNames = []string{
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
	"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Đinh", "Lâm",
	"Mai", "Trịnh", "Trương", "Lương", "Hà", "Tạ", "Tô", "Cao", "Châu", "Thái",
	"Lưu", "Triệu", "Quách", "Kiều", "La", "Tăng", "Phùng", "Từ", "Khúc", "Mạc",
	"Vương", "Thân", "Chu", "Cù", "Hứa", "Diệp", "Giang", "Ông", "Âu", "Lục",
	"Nghiêm", "Quan", "Tôn", "Thạch", "Doãn", "Vi", "Hầu", "Khổng", "Lò", "Phó",
	"Tống", "Kha", "Bạch", "Bế", "Hàn", "Lã", "Nông", "Ninh", "Phí", "Sầm",
	"Tiêu", "Trang", "Viên", "Ứng", "Văn", "Đàm", "Đồng", "Lạc", "Mẫn", "Nhâm",
	"Quản", "Tưởng", "Vĩnh", "Yên", "Giáp", "Hạ", "Lại", "Lữ", "Mạnh", "Phương",
}

var middleNames = []string{
	"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Quang", "Thanh", "Xuân", "Thu",
	"Kim", "Công", "Đình", "Quốc", "Hoàng", "Bá", "Trọng", "Tiến", "Mạnh", "Anh",
	"Hồng", "Thành", "Như", "Phương", "Hải", "Tuấn", "Gia", "Duy", "Khánh", "Thế",
	"Việt", "Nhật", "Bảo", "Chí", "Đăng", "Huy", "Tấn", "Trung", "Vĩnh", "Phúc",
	"Thúy", "Diệu", "Mỹ", "Bích", "Hoài", "Ánh", "Tú", "Cẩm", "Đắc", "Khắc",
	"Viết", "Sĩ", "Thiện", "Phước", "Hiền", "Thái", "Kiến", "Trí", "Thuỳ",
}

var isFamilyName = func() map[string]bool {
	m := make(map[string]bool, len(familyNames))
	for _, n := range familyNames {
		m[n] = true
	}
	return m
}()
