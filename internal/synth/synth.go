// Package synth writes made-up Vietnamese news articles for benchmarks and
// load tests: fictional officials, real places, plausible sentences. The
// output is deterministic for a seed and carries no text from any corpus.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var (
	surnames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	middles  = []string{"Văn", "Thị", "Minh", "Đức", "Thu", "Quốc", "Ngọc", "Thanh", "Hữu", "Xuân"}
	givens   = []string{"An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khôi", "Lan", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Uyên", "Vy"}
	roles    = []string{"Chủ tịch UBND", "Phó Chủ tịch UBND", "Bí thư Tỉnh ủy", "Giám đốc Sở Tài chính", "Giám đốc Sở Giáo dục và Đào tạo", "Chủ tịch HĐND", "Trưởng ban Dân tộc"}
	places   = []string{"tỉnh Hà Giang", "tỉnh Quảng Nam", "tỉnh Bắc Giang", "TP Hà Nội", "TP Hồ Chí Minh", "tỉnh Thừa Thiên Huế", "tỉnh Kon Tum", "tỉnh Sóc Trăng", "TP Đà Nẵng", "tỉnh Nghệ An"}
	units    = []string{"huyện Đồng Văn", "huyện Mèo Vạc", "quận Tây Hồ", "quận 1", "thị xã Hương Thủy", "huyện Nam Trà My", "phường Bến Nghé", "xã Lũng Cú"}
	programs = []string{"Chương trình mục tiêu quốc gia nước sạch vùng cao", "Chương trình mục tiêu quốc gia phủ xanh đồi trọc", "Đề án 06", "Chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"}
	verbs    = []string{"cho biết", "nhấn mạnh", "đề nghị", "yêu cầu các sở, ngành", "khẳng định", "thông tin"}
	topics   = []string{
		"tiến độ giải ngân vốn đầu tư công đạt %d%% kế hoạch năm",
		"tổng thu ngân sách trên địa bàn tăng %d%% so với cùng kỳ",
		"có %d xã đạt chuẩn nông thôn mới trong năm nay",
		"tỷ lệ hộ nghèo giảm còn %d%% nhờ các mô hình sinh kế",
		"%d dự án giao thông nông thôn đã hoàn thành và đưa vào sử dụng",
		"địa phương sẽ rà soát %d hồ sơ đất đai còn tồn đọng trước cuối quý",
		"cần tập trung cải cách hành chính, giảm số ngày giải quyết thủ tục xuống còn %d",
		"ngành giáo dục bố trí thêm %d phòng học cho học sinh vùng cao",
	}
	fillers = []string{
		"Theo báo cáo tại hội nghị, công tác chỉ đạo, điều hành được triển khai đồng bộ, quyết liệt và có trọng tâm.",
		"Nhiều đại biểu đề nghị công khai kết quả thực hiện với người dân và kiểm tra thường xuyên hơn.",
		"Người dân địa phương phấn khởi khi đường giao thông, trường học và trạm y tế được đầu tư xây dựng khang trang.",
		"Hội nghị cũng thảo luận các giải pháp thu hút doanh nghiệp đầu tư vào nông nghiệp công nghệ cao và du lịch cộng đồng.",
		"Các đơn vị được giao nhiệm vụ phải báo cáo kết quả mỗi tháng để sớm xử lý những việc còn vướng.",
	}
)

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// Name is a made-up full name.
func Name(r *rand.Rand) string {
	return pick(r, surnames) + " " + pick(r, middles) + " " + pick(r, givens)
}

// Article returns a title and a text of about the given number of
// syllables.
func Article(r *rand.Rand, syllables int) (title, text string) {
	place := pick(r, places)
	title = fmt.Sprintf("%s: %s", strings.TrimPrefix(strings.TrimPrefix(place, "tỉnh "), "TP "), fmt.Sprintf(pick(r, topics), 5+r.IntN(90)))
	var b strings.Builder
	fmt.Fprintf(&b, "Ngày %d/%d/2024, UBND %s tổ chức hội nghị sơ kết %s.", 1+r.IntN(28), 1+r.IntN(12), place, pick(r, programs))
	n := 1
	for n < syllables {
		var s string
		switch r.IntN(4) {
		case 0:
			s = fmt.Sprintf(" %s %s %s %s "+pick(r, topics)+".", pick(r, roles), place, Name(r), pick(r, verbs), 2+r.IntN(97))
		case 1:
			s = fmt.Sprintf(" Tại %s, %s.", pick(r, units), fmt.Sprintf(pick(r, topics), 2+r.IntN(97)))
		case 2:
			s = fmt.Sprintf(" Ông %s, %s %s, %s việc thực hiện %s còn nhiều khó khăn.", Name(r), pick(r, roles), place, pick(r, verbs), pick(r, programs))
		default:
			s = " " + pick(r, fillers)
		}
		b.WriteString(s)
		n += len(strings.Fields(s))
		if r.IntN(5) == 0 {
			b.WriteString("\n\n")
		}
	}
	return title, strings.TrimSpace(b.String())
}
