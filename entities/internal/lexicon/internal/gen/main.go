// Command gen writes the extractor's word lists into
// entities/internal/lexicon: titles, organisation names and abbreviations,
// programme head nouns, geographic head nouns and Vietnamese personal-name
// parts. The lists are general knowledge of Vietnamese state and Party
// structure and naming, written here by the project (public facts); nothing
// is read from annotated corpora. Run it with
//
//	go generate ./entities/internal/lexicon
//
// Output is deterministic: rows are written in the order below.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type list struct {
	file   string
	header string
	rows   [][2]string
}

func group(class string, phrases ...string) [][2]string {
	out := make([][2]string, len(phrases))
	for i, p := range phrases {
		out[i] = [2]string{p, class}
	}
	return out
}

func cat(groups ...[][2]string) [][2]string {
	var out [][2]string
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

var lists = []list{
	{"titles.tsv", "phrase\tclass", cat(
		// Positions that are roles by themselves; an organisation, unit or
		// sector may follow.
		group("title",
			"Tổng Bí thư", "Chủ tịch nước", "Thủ tướng", "Thủ tướng Chính phủ", "Bộ trưởng", "Thứ trưởng",
			"Chủ tịch", "Bí thư", "Giám đốc", "Tổng Giám đốc", "Chủ nhiệm", "Ủy viên", "Uỷ viên",
			"Hiệu trưởng", "Chánh văn phòng", "Chánh Thanh tra", "Chánh án", "Viện trưởng",
			"Cục trưởng", "Vụ trưởng", "Tổng cục trưởng", "Tổng Thư ký", "Tổng Thanh tra", "Thống đốc",
			"Tổng Kiểm toán", "Trưởng thôn", "Trưởng bản", "Trưởng ấp", "Trưởng khu phố", "Tổ trưởng",
			"Tỉnh ủy viên", "Tỉnh uỷ viên", "Thành ủy viên", "Thành uỷ viên", "Quận ủy viên", "Quận uỷ viên",
			"Huyện ủy viên", "Huyện uỷ viên", "Đảng ủy viên", "Đảng uỷ viên", "Thị ủy viên", "Thị uỷ viên",
			"Tổng thống", "Ngoại trưởng", "Người phát ngôn", "Phát ngôn viên", "Đại sứ", "Tổng Lãnh sự",
			"Chỉ huy trưởng", "Tư lệnh", "Chính ủy", "Chính uỷ", "Hội trưởng", "Trưởng phòng", "Phó phòng",
			"Trưởng đoàn", "Chủ tịch Quốc hội", "Chủ nhiệm Ủy ban Kiểm tra", "Đại biểu Quốc hội",
			"ĐBQH", "Tổng Biên tập", "Thủ trưởng", "Quyền Chủ tịch", "Tổng Tham mưu trưởng", "Giám đốc Công an",
			"Trưởng Công an", "Trưởng công an", "Thị trưởng", "Nữ hoàng", "Quốc vương", "Hoàng tử", "Công chúa",
			"Tổng Thư ký Liên Hợp Quốc", "Chánh Văn phòng", "Bí thư chi bộ", "Kiểm sát viên", "Thẩm phán",
		),
		// Title words that are roles only with a complement after them:
		// "Trưởng ban Tổ chức", "đại biểu HĐND".
		group("title-comp", "Trưởng", "Đại biểu", "Công chức"),
		// Modifiers that are part of a role.
		group("prefix", "Phó"),
		group("suffix", "Thường trực", "thường trực", "phụ trách"),
		// Markers before a role that stay outside it.
		group("former", "nguyên", "tân", "cựu", "cố", "đương kim", "hiện là", "vị"),
		// Person cues that are not roles.
		group("honorific", "ông", "bà", "anh", "chị", "đồng chí", "cụ", "em", "cháu", "cô", "thầy", "chú", "bác",
			"ngài", "bé", "chàng", "nàng", "cậu", "lão", "mẹ", "bố", "cha", "vợ", "chồng", "con", "Mr", "Mrs", "Ms"),
		group("cue", "bác sĩ", "BS", "BSCKII", "BSCKI", "ThS", "TS", "GS", "PGS", "GS.TS", "PGS.TS", "TSKH",
			"luật sư", "LS", "nhà báo", "nhà văn", "nhà thơ", "ca sĩ", "nghệ sĩ", "nhạc sĩ", "họa sĩ", "hoạ sĩ",
			"kỹ sư", "kiến trúc sư", "dược sĩ", "y tá", "điều dưỡng", "giáo sư", "tiến sĩ", "thạc sĩ",
			"NSND", "NSƯT", "NGND", "NGƯT", "đạo diễn", "diễn viên", "cầu thủ", "HLV", "huấn luyện viên",
			"võ sĩ", "vận động viên", "VĐV", "danh thủ", "tác giả", "nhà nghiên cứu", "phóng viên", "PV",
			"Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá",
			"Thiếu tá", "Đại úy", "Đại uý", "Thượng úy", "Thượng uý", "Trung úy", "Trung uý", "Thiếu úy",
			"Thiếu uý", "Chuẩn úy", "Binh nhất", "Hạ sĩ", "Trung sĩ", "Thượng sĩ", "liệt sĩ", "Anh hùng",
			"nhà sư", "Hòa thượng", "Hoà thượng", "Thượng tọa", "Thượng toạ", "Đại đức", "linh mục", "mục sư",
			"ni sư", "bệnh nhân", "nạn nhân", "bị cáo", "nghi phạm", "đối tượng", "thí sinh", "học sinh",
			"sinh viên", "nữ sinh", "nam sinh", "tài xế", "doanh nhân", "tỷ phú", "tỉ phú", "nghệ nhân", "vua",
			"hoàng đế", "thánh", "Thánh", "Hoàng đế", "Vua", "Bác", "Chủ tịch Hồ Chí Minh"),
	)},
	{"orgs.tsv", "phrase\tclass", cat(
		// Abbreviated and full organ names that stand alone and take the
		// unit they belong to after them.
		group("abbr", "UBND", "HĐND", "UBMTTQ", "MTTQ", "TAND", "VKSND", "UBKT", "BCH", "BTV", "CAND",
			"QĐND", "BHXH", "KBNN", "LĐLĐ", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân",
			"Ủy ban MTTQ", "Uỷ ban MTTQ", "Ủy ban Mặt trận Tổ quốc", "Uỷ ban Mặt trận Tổ quốc",
			"Mặt trận Tổ quốc", "Tòa án nhân dân", "Toà án nhân dân", "Viện kiểm sát nhân dân",
			"Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng", "Bộ đội Biên phòng",
			"Ban Chỉ huy Quân sự",
			"Bảo hiểm xã hội",
			"Thành đoàn", "Tỉnh đoàn", "Quận đoàn",
			"Huyện đoàn", "Ủy ban Kiểm tra", "Uỷ ban Kiểm tra", "Hội đồng kỷ luật",
			"Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế", "Ban Pháp chế",
			"Ban Văn hóa - Xã hội", "Ban Văn hoá - Xã hội", "Ban Kinh tế - Ngân sách", "Ban Đô thị",
			"Ban Dân tộc", "Ban Thường vụ", "Ban thường vụ", "Ban Chấp hành", "Ban chấp hành",
			"Ban Chấp hành Đảng bộ", "Ban chấp hành Đảng bộ", "Ban Tuyên giáo và Dân vận",
			"Đoàn đại biểu Quốc hội", "Đoàn ĐBQH", "Văn phòng Tỉnh ủy",
			"Văn phòng Thành ủy",
			"Ban cán sự đảng", "Ban Cán sự Đảng", "Ban cán sự Đảng", "Đảng đoàn", "Ban Bí thư", "Hội Luật gia"),
		// Party committees: stand alone ("Quận ủy") or take their unit.
		group("committee", "Đảng ủy", "Đảng uỷ", "Quận ủy", "Quận uỷ", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ",
			"Huyện ủy", "Huyện uỷ", "Thị ủy", "Thị uỷ"),
		// Organs that name a body only with a unit after them ("Đảng bộ quận").
		group("unit-organ", "Đảng bộ", "Chi bộ", "Công an", "Thanh tra", "Ban Chỉ đạo", "Ban chỉ đạo", "Đoàn Thanh niên", "Hội Nông dân",
			"Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ", "Hội LHPN", "Liên đoàn Lao động", "Trung tâm Y tế", "Bệnh viện Đa khoa",
			"Văn phòng UBND", "Văn phòng HĐND", "Ban Quản lý dự án", "Chi cục Thuế", "Cục Thuế", "Cục Hải quan", "Bảo hiểm xã hội", "Kho bạc Nhà nước"),
		// Bodies with a fixed name (no unit after them is needed).
		group("organ", "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư Trung ương Đảng",
			"Trung ương Đảng", "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng",
			"Ủy ban Thường vụ Quốc hội", "Uỷ ban Thường vụ Quốc hội", "UBTVQH", "Thanh tra Chính phủ",
			"Văn phòng Chính phủ", "Văn phòng Quốc hội", "Văn phòng Trung ương Đảng", "Kiểm toán Nhà nước",
			"Ngân hàng Nhà nước", "Ủy ban Kiểm tra Trung ương", "Uỷ ban Kiểm tra Trung ương",
			"Quân ủy Trung ương", "Quân uỷ Trung ương", "Liên Hợp Quốc", "Liên hợp quốc", "Liên Hiệp Quốc",
			"Ngân hàng Thế giới", "Quỹ Tiền tệ Quốc tế", "Hội đồng Dân tộc", "Tổng Liên đoàn Lao động Việt Nam",
			"Trung ương Đoàn", "Hội đồng Bảo an", "Liên minh châu Âu", "EU", "ASEAN", "WHO", "UNESCO",
			"UNICEF", "IMF", "WB", "NATO", "APEC", "WTO", "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao",
			"Tòa án nhân dân tối cao", "Toà án nhân dân tối cao", "TAND tối cao", "Viện kiểm sát nhân dân tối cao",
			"VKSND tối cao", "Thông tấn xã Việt Nam", "TTXVN", "Đài Truyền hình Việt Nam", "VTV",
			"Đài Tiếng nói Việt Nam", "VOV", "Mặt trận Tổ quốc Việt Nam", "Quân đội nhân dân Việt Nam",
			"Học viện Chính trị quốc gia Hồ Chí Minh", "Hội Luật gia Việt Nam", "Ban Tổ chức Trung ương",
			"Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương", "Ban Nội chính Trung ương",
			"Ban Kinh tế Trung ương", "Ban Đối ngoại Trung ương", "Ban Tuyên giáo và Dân vận Trung ương",
			"Hội đồng Nhân dân", "Cảnh sát biển", "Tổng cục Thống kê", "Tổng cục Hải quan", "Tổng cục Thuế",
			"Bộ Y tế", "Bộ Tài chính", "Bộ Tư pháp", "Bộ Nội vụ", "Bộ Xây dựng", "Bộ Công Thương",
			// National press, written bare.
			"Tuổi Trẻ", "Tuổi Trẻ Online", "Thanh Niên", "Thanh niên", "VnExpress", "Người Lao Động", "Nhân Dân",
			"Tiền Phong", "Dân trí", "Dân Trí", "VietNamNet", "Vietnamnet", "Zing", "Zing News", "Người Đưa Tin",
			"Hànộimới", "Sài Gòn Giải Phóng", "Vietnamplus", "VietnamPlus", "Lao Động", "Pháp luật TP HCM",
			"Thanh Niên Online", "Kinh tế & Đô thị", "Vietnam News", "Tuổi Trẻ Cuối Tuần", "Phụ nữ TP HCM",
			// News agencies and outlets quoted as sources.
			"Reuters", "AFP", "Bloomberg", "CNN", "BBC", "Sputnik", "Tân Hoa xã", "Xinhua", "Kyodo",
			"Yonhap", "TASS", "RIA Novosti", "Al Jazeera", "New York Times", "Washington Post", "Guardian",
			// State groups, banks and large companies in economic news.
			"EVN", "PVN", "Petrovietnam", "PetroVietnam", "Viettel", "VNPT", "Vinacomin", "TKV", "Vietnam Airlines",
			"Vietcombank", "VietinBank", "Vietinbank", "BIDV", "Agribank", "Techcombank", "VPBank", "ACB",
			"Sacombank", "Vingroup", "FPT", "Vinamilk", "Masan", "Hòa Phát", "Hoà Phát", "Petrolimex",
			"Vinachem", "Vinatex", "Vietjet", "Vietjet Air", "Bamboo Airways", "MobiFone", "VinaPhone", "Vinaphone",
			"Apple", "Google", "Microsoft", "Samsung", "Amazon", "Intel", "Huawei", "Sony",
			"Toyota", "Honda", "Uber", "Grab", "Alibaba", "Tencent", "Nokia", "Boeing", "Airbus", "Tesla"),
		// Head nouns that open an organisation name.
		group("head", "Bộ", "Sở", "Ban", "Cục", "Vụ", "Phòng", "Ủy ban", "Uỷ ban", "Hội đồng", "Viện", "Trường",
			"Học viện", "Đại học", "Trường Đại học", "Trường Cao đẳng", "Trường THPT", "Trường THCS",
			"Trường Tiểu học", "Trường Mầm non", "Bệnh viện", "Công ty", "Tổng công ty", "Công ty cổ phần",
			"Công ty TNHH", "Tập đoàn", "Hội", "Hiệp hội", "Liên đoàn", "Trung tâm", "Báo", "Đài", "Tạp chí",
			"Tổng cục", "Chi cục", "Ngân hàng", "Tòa án", "Toà án", "Viện kiểm sát", "Văn phòng", "Cụm",
			"Quỹ", "Nhà máy", "Câu lạc bộ", "CLB", "Đội", "Hãng", "Tòa soạn", "Nhà xuất bản", "NXB",
			"Học viện", "Ban Quản lý", "Ban quản lý", "Công an", "Cảnh sát", "Bộ Tư lệnh", "Quân khu",
			"Sư đoàn", "Lữ đoàn", "Trung đoàn", "Tiểu đoàn", "Đồn Biên phòng", "Hải đội", "Thanh tra",
			"Kho bạc", "Chi nhánh", "Văn phòng đại diện", "Đảng", "Tổ chức", "Liên minh", "Hợp tác xã", "HTX",
			"Doanh nghiệp", "Đoàn", "Tổ công tác", "Đài Phát thanh", "Đài Truyền hình",
			"Đài Phát thanh và Truyền hình", "Cảng vụ", "Trạm", "Xí nghiệp", "Nông trường", "Lâm trường",
			"Tỉnh hội", "Thành hội", "Hội đồng thi đua", "Ban chỉ đạo", "Ban Chỉ đạo", "Tổng đội", "Trại giam",
			"Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Bảo tàng", "Thư viện", "Nhà hát", "Viện Hàn lâm",
			"Bưu điện", "Điện lực", "Công ty Điện lực", "Trường ĐH", "ĐH", "Đại học Quốc gia", "ĐH Quốc gia",
			"Trường CĐ", "Hạt Kiểm lâm", "Trạm Y tế", "Hiệp hội", "Liên hiệp", "Tổng hội", "Ủy ban nhân dân",
			"Uỷ ban nhân dân"),
		// Head nouns that open a name also when written in lower case
		// ("báo Tuổi Trẻ", "công ty Vinaphone").
		group("lower-head", "báo", "công ty", "tổng công ty", "trường", "bệnh viện", "ngân hàng", "tập đoàn", "hãng",
			"đài", "tạp chí", "nhà máy", "viện", "học viện", "đại học", "trường đại học", "câu lạc bộ", "hội",
			// Legal forms belong to the head ("công ty cổ phần Xây dựng …").
			"công ty cổ phần", "công ty CP", "công ty TNHH", "công ty TNHH một thành viên", "công ty TNHH MTV",
			"tổng công ty cổ phần", "cty", "cty cổ phần", "cty CP", "cty TNHH", "Công ty CP",
			"Công ty TNHH một thành viên", "Công ty TNHH MTV", "Tổng công ty cổ phần", "Cty", "Cty CP", "Cty TNHH"),
		// Sectors and bodies that complete a head noun.
		group("sector", "Y tế", "Tài chính", "Nội vụ", "Tư pháp", "Công Thương", "Công thương", "Xây dựng",
			"Ngoại giao", "Quốc phòng", "Công an", "Giáo dục và Đào tạo", "Giáo dục Đào tạo", "Giáo dục - Đào tạo",
			"GD-ĐT", "GD&ĐT", "GDĐT", "Khoa học và Công nghệ", "Khoa học Công nghệ", "Khoa học - Công nghệ",
			"KH&CN", "KHCN", "Thông tin và Truyền thông", "Thông tin - Truyền thông", "Thông tin truyền thông",
			"Thông tin Truyền thông", "TT&TT", "TT-TT", "Kế hoạch và Đầu tư", "Kế hoạch - Đầu tư", "Kế hoạch đầu tư",
			"Kế hoạch Đầu tư", "KH&ĐT",
			"KH-ĐT", "Tài nguyên và Môi trường", "Tài nguyên - Môi trường", "TN&MT", "TN-MT",
			"Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và phát triển nông thôn",
			"Nông nghiệp - Phát triển nông thôn", "NN&PTNT", "NN-PTNT", "Nông nghiệp và Môi trường", "NN&MT",
			"Lao động - Thương binh và Xã hội", "Lao động Thương binh và Xã hội", "Lao động - Thương binh - Xã hội",
			"LĐ-TB&XH", "LĐTB&XH", "LĐ-TBXH", "Giao thông vận tải", "Giao thông Vận tải", "Giao thông - Vận tải",
			"GTVT", "GT-VT", "Văn hóa, Thể thao và Du lịch", "Văn hoá, Thể thao và Du lịch",
			"Văn hóa - Thể thao và Du lịch", "Văn hoá - Thể thao và Du lịch", "Văn hóa Thể thao Du lịch",
			"Văn hoá Thể thao Du lịch", "Văn hóa, Thể thao và Du lịch", "VH-TT&DL", "VHTT&DL", "VH,TT&DL",
			"Dân tộc và Tôn giáo", "Ngoại vụ", "Du lịch", "Văn hóa", "Văn hoá", "Thể thao", "Giáo dục",
			"Kinh tế", "Nông nghiệp", "Công nghiệp", "Thương mại", "Tài nguyên", "Môi trường", "Lao động",
			"Giao thông", "Quy hoạch - Kiến trúc", "Quy hoạch Kiến trúc", "Quy hoạch và Kiến trúc",
			"Tổ chức", "Tổ chức cán bộ", "Tuyên giáo", "Dân vận", "Nội chính", "Kiểm tra", "Pháp chế",
			"Chính trị", "Bí thư", "Thường vụ", "Chấp hành", "Cán sự đảng", "Thi đua - Khen thưởng",
			"Thi đua Khen thưởng", "Kinh tế - Ngân sách", "Văn hóa - Xã hội", "Văn hoá - Xã hội", "Đô thị",
			"Dân tộc", "Đối ngoại", "Tiếp công dân", "An toàn giao thông", "Quản lý thị trường",
			"Phòng cháy chữa cháy", "Cảnh sát giao thông", "Cảnh sát điều tra", "Điều tra", "Thanh tra",
			"Thuế", "Hải quan", "Thống kê", "Kiểm lâm", "Thủy lợi", "Thuỷ lợi", "Thủy sản", "Thuỷ sản",
			"Lâm nghiệp", "Chăn nuôi", "Thú y", "Bảo vệ thực vật", "Đường thủy nội địa", "Đường thuỷ nội địa",
			"Đường bộ", "Đường sắt", "Hàng không", "Hàng hải", "Viễn thông", "Tần số vô tuyến điện",
			"An ninh", "Cảnh sát", "Phát thanh - Truyền hình", "Phát thanh và Truyền hình", "Báo chí",
			"Xuất bản", "Y tế dự phòng", "Kiểm soát bệnh tật", "Dân số", "Nội vụ - Lao động", "Lao động",
			"Tài chính - Kế hoạch", "Tài chính Kế hoạch", "Kinh tế - Hạ tầng", "Kinh tế Hạ tầng",
			"Quản lý đô thị", "Tư pháp - Hộ tịch", "Văn hóa - Thông tin", "Văn hoá - Thông tin",
			"Văn hóa Thông tin", "Văn hoá Thông tin", "Luật gia", "Nhà báo", "Nông dân", "Cựu chiến binh",
			"Phụ nữ", "Liên hiệp Phụ nữ", "Chữ thập đỏ", "Khuyến học", "Người cao tuổi", "Doanh nhân",
			"Nhà văn", "Kiến trúc sư", "Truyền thông", "Công nghệ thông tin", "Chính sách", "Pháp luật",
			"Quản lý", "Quốc tế", "Tổng hợp", "Hành chính", "Kế hoạch", "Đầu tư", "Ngân sách", "Tôn giáo",
			"Tổ chức - Cán bộ", "Tổ chức Cán bộ", "Kỷ luật", "Quân sự", "Biên phòng", "Đa khoa"),
		// Qualifiers that close an organisation name.
		group("tail", "Trung ương", "trung ương", "Trung ương Đảng", "trung ương Đảng", "Việt Nam", "tối cao",
			"Quốc gia", "quốc gia", "khu vực", "T.Ư", "TƯ", "TW", "Trung ương Cục", "Trung ương cục"),
		// Military units, named by a number ("sư đoàn 23", "Trung đoàn
		// bộ binh số 11").
		group("military", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "đại đội", "quân đoàn", "binh đoàn",
			"hải đoàn", "hải đội", "đại đội", "trung đội", "quân khu", "Bộ Tư lệnh Quân khu", "Bộ Tư lệnh Quân đoàn",
			"vùng Hải quân"),
		// Words that end in a lower-case head noun but are no organisation
		// ("chiến trường", "thị trường", "Đại hội", "thông báo").
		group("compound", "chiến trường", "thị trường", "hội trường", "quảng trường", "công trường", "môi trường",
			"lập trường", "ngư trường", "phi trường", "sân trường", "đại hội", "xã hội", "cơ hội", "lễ hội",
			"hiệp hội", "tổng hội", "thông báo", "cảnh báo", "dự báo", "tình báo", "họa báo", "hoạ báo",
			"thư viện", "tu viện", "nghị viện", "thượng viện", "hạ viện", "học viện", "bệnh viện", "khán đài",
			"vũ đài", "diễn đàn", "nhà trường", "bạn hãng", "ngoại hãng",
			// and in a geographic head word ("yêu cầu Bộ Công an").
			"yêu cầu", "nhu cầu", "toàn cầu", "địa cầu", "bán cầu", "khẩn cầu", "thỉnh cầu", "mưu cầu",
			"tiểu đảo", "bán đảo", "khu vực", "sở hồ", "cơ hồ", "mơ hồ",
			// and in a programme head word ("kỷ luật Chủ tịch").
			"kỷ luật", "pháp luật", "điều luật", "quy luật"),
	)},
	{"programs.tsv", "phrase\tclass", cat(
		// Head nouns of programmes, plans, campaigns and instruments.
		group("head", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Kết luận", "Thông tư", "Kế hoạch",
			"Chương trình", "Đề án", "Dự án", "Phong trào", "Cuộc vận động", "Chủ đề", "Luật", "Bộ luật",
			"Điều lệ", "Quy định", "Giấy phép", "Công văn", "Chiến lược", "Cuộc thi", "Hiến pháp",
			"Pháp lệnh", "Thông báo", "Quy hoạch", "Thông tư liên tịch", "Nghị quyết liên tịch", "Hướng dẫn",
			"Tờ trình", "Quy chế", "Chương trình hành động", "Đề tài", "Giải thưởng", "Giải", "Chỉ thị số",
			"Công điện", "Sắc lệnh", "Hiệp định", "Công ước", "Tuyên bố"),
		// Lower-case official national programme titles.
		group("national", "chương trình mục tiêu quốc gia", "Chương trình mục tiêu quốc gia",
			"chương trình nông thôn mới", "chương trình xây dựng nông thôn mới",
			"chương trình giảm nghèo bền vững", "chương trình mục tiêu"),
	)},
	{"geoheads.tsv", "phrase\tclass", cat(
		// Administrative head words (the gazetteer resolves the names).
		group("admin", "tỉnh", "thành phố", "TP", "TP.", "Tp", "Tp.", "quận", "huyện", "thị xã", "TX", "TX.",
			"thị trấn", "xã", "phường", "đặc khu", "huyện đảo", "xã đảo", "xã biên giới", "Q.", "P.", "H."),
		// Geographic head words: a name or number after them is a LOCATION.
		group("geo", "đường", "phố", "phố đi bộ", "sông", "hồ", "cầu", "đèo", "núi", "quốc lộ", "Quốc lộ", "QL",
			"tỉnh lộ", "huyện lộ", "đại lộ", "cao tốc", "đường cao tốc", "thôn", "bản", "ấp", "xóm", "khối",
			"tổ dân phố", "khu phố", "làng", "buôn", "vùng", "khu vực", "khu công nghiệp", "KCN", "khu kinh tế",
			"khu đô thị", "biển", "vịnh", "đảo", "quần đảo", "mỏ đá", "mỏ", "cảng", "sân bay", "đầm", "suối",
			"kênh", "rạch", "bãi biển", "cửa khẩu", "bến", "bến xe", "ga", "chợ", "hầm", "bán đảo", "thác",
			"động", "hang", "rừng", "vườn quốc gia", "cồn", "cù lao", "ngõ", "hẻm", "kiệt", "phố cổ",
			"miền", "châu", "tiểu bang", "bang", "thủ đô", "ngã ba", "ngã tư", "nút giao", "trạm thu phí",
			"công viên", "quảng trường", "khu du lịch", "khu di tích", "đền", "chùa", "nhà thờ", "lăng",
			"hồ chứa", "thủy điện", "thuỷ điện", "đập", "cảng hàng không", "Đặc khu"),
		// Countries and regions often written bare.
		group("country", "Việt Nam", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Lào", "Campuchia",
			"Thái Lan", "Malaysia", "Singapore", "Indonesia", "Philippines", "Myanmar", "Ấn Độ", "Mỹ", "Hoa Kỳ",
			"Nga", "Pháp", "Đức", "Anh", "Anh Quốc", "Italy", "Ý", "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Bỉ", "Thụy Sĩ",
			"Thuỵ Sĩ", "Thụy Điển", "Thuỵ Điển", "Na Uy", "Đan Mạch", "Phần Lan", "Ba Lan", "Séc", "Hungary",
			"Ukraine", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Úc", "Australia", "New Zealand",
			"Ai Cập", "Nam Phi", "Israel", "Iran", "Iraq", "Syria", "Thổ Nhĩ Kỳ", "Saudi Arabia", "Cuba",
			"Đài Loan", "Hồng Kông", "Mông Cổ", "Pakistan", "Afghanistan", "Venezuela", "Colombia", "Peru",
			"Nigeria", "Kenya", "Qatar", "UAE", "Brunei", "Timor Leste", "Bangladesh", "Nepal", "Sri Lanka",
			"Hy Lạp", "Áo", "Ireland", "Scotland", "Belarus", "Kazakhstan", "Uzbekistan", "Libya", "Yemen",
			"Jordan", "Liban", "Triều Tiên", "Nam Sudan", "Sudan", "Ethiopia", "châu Á", "châu Âu", "châu Phi",
			"châu Mỹ", "châu Úc", "Đông Nam Á", "Biển Đông", "Đông Nam Bộ", "Tây Nguyên", "Tây Bắc", "Đông Bắc",
			"Nam Bộ", "Bắc Bộ", "Trung Bộ", "miền Trung", "miền Bắc", "miền Nam", "miền Tây", "Thủ đô",
			"Đồng bằng sông Cửu Long", "ĐBSCL", "Washington", "London", "Paris", "Tokyo", "Bắc Kinh", "Moscow",
			"Seoul", "Bangkok", "Vientiane", "Phnom Penh", "Hoàng Sa", "Trường Sa", "Mekong", "Nhà Trắng",
			"VN", "Sài Gòn"),
	)},
	{"names.tsv", "part\tclass", cat(
		group("surname", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
			"Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương", "Mai", "Cao", "Tô", "Tạ", "Hà",
			"Lâm", "Thái", "Chu", "Kiều", "Vương", "Tăng", "Quách", "Lưu", "Trương", "Đào", "Văn", "Lò", "Lữ",
			"Lô", "Phùng", "Diệp", "Hồng", "Đàm", "Tôn", "Mạc", "Khổng", "Khúc", "Kim", "La", "Lạc", "Lại",
			"Mạnh", "Nghiêm", "Ninh", "Nông", "Ông", "Phí", "Quan", "Quang", "Sầm", "Thạch", "Tiêu", "Triệu",
			"Trình", "Từ", "Ứng", "Vi", "Viên", "Yên", "Âu", "Bạch", "Bế", "Cù", "Cung", "Giang", "Giáp", "Hầu",
			"Hứa", "Khương", "Khuất", "Lã", "Lục", "Mã", "Mẫn", "Nhữ", "Thân", "Thiều", "Tống",
			"Trà", "Ung", "Vòng", "Doãn", "Châu", "Dư", "Đồng", "Hán", "Lỗ", "Mẫu", "Ma", "Bàn", "Tòng", "Quàng", "Cầm", "Ksor", "Rmah", "Siu", "Nay", "Rơ Châm", "Kpă", "Mlô",
			"Niê", "Êban", "Bkrông", "Danh", "Kha", "Ngọ", "Hàn", "Vưu"),
		group("middle", "Văn", "Thị", "Đình", "Hữu", "Ngọc", "Minh", "Thanh", "Quang", "Đức", "Xuân", "Công",
			"Thành", "Hồng", "Kim", "Anh", "Quốc", "Mạnh", "Tiến", "Trọng", "Duy", "Thế", "Như", "Bá", "Khắc",
			"Viết", "Đăng", "Phương", "Tuấn", "Hải", "Thu", "Thuý", "Thúy", "Bích", "Diệu", "Mỹ", "Gia", "Bảo",
			"Hoài", "Huy", "Trung", "Nho", "Việt", "Nam", "Vĩnh", "Đắc", "Tấn", "Chí", "Phú", "Hoàng", "Huỳnh",
			"Lệ", "Cẩm", "Thái", "Khánh", "Tường", "Ánh", "Hà", "Kiều", "Tú", "Vân", "Hoàng Thị", "Nguyên",
			"Sỹ", "Sĩ", "Trường", "Hùng", "Hòa", "Hoà", "Long", "Phước", "Phúc", "Thiện", "Hồ", "Trí", "Quý"),
		// Common given names of other languages, which the press writes
		// alone ("Fred", "Anna") once a person is introduced.
		group("foreign-given", "Adam", "Adrian", "Alan", "Albert", "Alex", "Alexander", "Alexandre", "Alfred",
			"Alice", "Amanda", "Amy", "Andrea", "Andrew", "Andy", "Angela", "Anna", "Anne", "Anthony", "Antonio",
			"Ben", "Benjamin", "Bill", "Bob", "Boris", "Brian", "Bruce", "Carl", "Carlos", "Caroline", "Catherine",
			"Charles", "Charlie", "Chris", "Christian", "Christina", "Christine", "Christopher", "Claire", "Daniel",
			"David", "Dennis", "Diana", "Dmitry", "Donald", "Douglas", "Edward", "Elena", "Elizabeth", "Emily",
			"Emma", "Eric", "Frank", "Fred", "Frederic", "Frederick", "Gary", "George", "Gerald", "Harry", "Helen",
			"Henry", "Igor", "Ivan", "Jack", "Jacques", "James", "Jane", "Jason", "Jean", "Jeff", "Jennifer",
			"Jessica", "Jim", "Joe", "John", "Johnny", "Jonathan", "Joseph", "Julia", "Julie", "Karl", "Kate",
			"Kevin", "Laura", "Linda", "Lisa", "Louis", "Lucy", "Luis", "Marco", "Maria", "Marie", "Mark", "Martin",
			"Mary", "Matthew", "Michael", "Michel", "Mike", "Natalia", "Nick", "Nicolas", "Olga", "Oliver", "Patrick",
			"Paul", "Pavel", "Peter", "Philip", "Pierre", "Richard", "Rob", "Robert", "Roger", "Ryan", "Sam",
			"Samuel", "Sarah", "Sergei", "Sophie", "Stephen", "Steve", "Steven", "Susan", "Thomas", "Tim", "Tom",
			"Tony", "Victor", "Vladimir", "Walter", "William"),
	)},
}

func main() {
	dir := "."
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	for _, l := range lists {
		var b strings.Builder
		b.WriteString("# generated by go generate ./entities/internal/lexicon; do not edit\n")
		b.WriteString(l.header)
		b.WriteByte('\n')
		for _, r := range l.rows {
			fmt.Fprintf(&b, "%s\t%s\n", r[0], r[1])
		}
		if err := os.WriteFile(filepath.Join(dir, l.file), []byte(b.String()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "lexicon gen:", err)
			os.Exit(1)
		}
	}
}
