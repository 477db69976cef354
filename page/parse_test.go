package page

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

const seed = "Chính trị\n" +
	"Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu\n" +
	"Hương Ly 11/02/2024 15:00\n" +
	"(0) Bình luận\n" +
	"Sáng 11/2, HĐND quận Tây Hồ tổ chức kỳ họp chuyên đề lấy phiếu tín nhiệm.\n" +
	"IMG_2041.jpg\n" +
	"Các đại biểu bỏ phiếu tại kỳ họp\n" +
	"Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao, 33/33 phiếu.\n" +
	"Đừng bỏ lỡ\n" +
	"Quận Ba Đình kiện toàn chức danh Phó Chủ tịch UBND quận\n" +
	"© 2024 Bản quyền thuộc về báo điện tử.\n"

func kinds(p Page) []string {
	all := append(append([]Span(nil), p.Body...), p.Furniture...)
	out := make([]string, 0, len(all))
	for _, s := range sortSpans(all) {
		out = append(out, s.Kind.String())
	}
	return out
}

func sortSpans(s []Span) []Span {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Start < s[j-1].Start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

func TestParseSeed(t *testing.T) {
	p := Parse(seed)
	assert.Equal(t, "Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu", p.Title.Text)
	assert.Equal(t, "Chính trị", p.Category.Text)
	assert.Equal(t, "Hương Ly", p.Byline.Text)
	require.Len(t, p.Authors, 1)
	assert.Equal(t, "Hương Ly", seed[p.Authors[0].Start:p.Authors[0].End])
	assert.Equal(t, "2024-02-11T15:00+07:00", p.Published.String())
	assert.Equal(t, []string{"category", "headline", "dateline", "comments", "body", "image", "caption", "body",
		"related", "related", "footer"}, kinds(p))
	checkSpans(t, seed, p)
}

// checkSpans: every span is the input's own bytes at its offsets.
func checkSpans(t *testing.T, text string, p Page) {
	t.Helper()
	all := append(append([]Span{p.Title, p.Category, p.Byline}, p.Authors...), p.Body...)
	for _, s := range append(all, p.Furniture...) {
		require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(text), "%+v", s)
		require.Equal(t, text[s.Start:s.End], s.Text)
	}
}

func TestParseRules(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"clean article: body only",
			"Sáng 5/6, tỉnh khởi công cầu Nhật Lệ 3 nối hai bờ sông.\nCông trình dài 1,2 km, vốn 400 tỷ đồng.",
			[]string{"body", "body"}},
		{"a text of one short sentence is body",
			"Hà Nội mưa.", []string{"body"}},
		{"one line without a sentence end is not a headline",
			"Chủ tịch UBND tỉnh Nam Định Trần Văn Bình phát biểu tại huyện Hải Hậu <b>đậm</b>", []string{"body"}},
		{"no paragraph: furniture by itself only",
			"Tin mới\nGiá vàng tăng\n© 2024 Báo", []string{"related", "body", "footer"}},
		{"title line, blank line, body",
			"Khởi công cầu Nhật Lệ 3 ở Quảng Bình\n\nSáng 5/6, tỉnh khởi công cầu nối hai bờ sông.",
			[]string{"headline", "body"}},
		{"a sentence with a date stays body",
			"Khởi công cầu Nhật Lệ 3\nNgày 11/02/2024, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông Nhật Lệ.",
			[]string{"headline", "body"}},
		{"comment section runs to the footer",
			"Tin nóng trong ngày ở Huế\nHuế mở cửa Đại Nội miễn phí cho du khách trong ba ngày lễ.\nBình luận (2)\nMinh Tuấn\nHay quá, cuối tuần tôi sẽ đi.\nBáo vi phạm\n© Báo Huế",
			[]string{"headline", "body", "comments", "comments", "comments", "comments", "footer"}},
		{"related list ends where text resumes",
			"Giá vàng hôm nay tăng mạnh trở lại\nGiá vàng miếng sáng nay tăng 500.000 đồng mỗi lượng so với hôm qua.\nTin liên quan\nGiá USD tự do giảm nhẹ\nLãi suất tiết kiệm tiếp tục giảm\nCác chuyên gia dự báo giá vàng còn biến động trong tuần tới khi thị trường thế giới chưa ổn định.",
			[]string{"headline", "body", "related", "related", "related", "body"}},
		{"credit caption and source",
			"Quảng Trị đón mưa lớn sau đợt nắng nóng\nMưa lớn kéo dài từ đêm qua làm nhiều tuyến đường ngập sâu.\nNước ngập đường Lê Duẩn (Ảnh: Minh Hải)\nTheo TTXVN",
			[]string{"headline", "body", "caption", "source"}},
		{"section line under the headline",
			"Ninh Bình mở lễ hội hoa vàng Tam Cốc\nDu lịch\nMinh Hà | 08:15 - Thứ Bảy, 01/06/2024\nLễ hội hoa vàng Tam Cốc năm nay kéo dài đến hết tháng 6.",
			[]string{"headline", "category", "dateline", "body"}},
		{"a short last sentence about someone is not a signature",
			"Giá vàng hôm nay tăng mạnh trở lại\nGiá vàng miếng sáng nay tăng 500.000 đồng mỗi lượng so với hôm qua.\nÔng Trần Văn Bình.",
			[]string{"headline", "body", "body"}},
		{"byline label and sign-off name",
			"Hội An thắp đèn lồng đón Tết Nguyên tiêu\nThực hiện: Ngọc Mai\nPhố cổ Hội An rực rỡ đèn lồng trong đêm rằm tháng Giêng.\nHàng nghìn du khách thả hoa đăng trên sông Hoài.\nMINH ANH",
			[]string{"headline", "byline", "body", "body", "byline"}},
	} {
		p := Parse(tc.text)
		assert.Equal(t, tc.want, kinds(p), tc.name)
		checkSpans(t, tc.text, p)
	}
}

// Decomposed (NFD) input is read like NFC, and spans still index the
// caller's bytes.
func TestParseNFD(t *testing.T) {
	nfd := norm.NFD.String(seed)
	p := Parse(nfd)
	assert.Equal(t, "Chính trị", norm.NFC.String(p.Category.Text))
	assert.Equal(t, "Hương Ly", norm.NFC.String(p.Byline.Text))
	assert.Equal(t, "2024-02-11T15:00+07:00", p.Published.String())
	checkSpans(t, nfd, p)
}

// A byline name is a person; an agency's initials are not.
func TestAuthors(t *testing.T) {
	p := Parse("Cà Mau phát triển điện gió ngoài khơi\nHoàng Yến - PV - Quốc Bảo | 01/03/2024\nTỉnh Cà Mau kêu gọi đầu tư ba dự án điện gió ngoài khơi.")
	var names []string
	for _, a := range p.Authors {
		names = append(names, a.Text)
	}
	assert.Equal(t, []string{"Hoàng Yến", "Quốc Bảo"}, names)
	assert.Equal(t, "Hoàng Yến - PV - Quốc Bảo", p.Byline.Text)
}

func TestIsFurniture(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Ảnh: Reuters", true},
		{"Ông Trần Văn Khải phát biểu tại hội nghị (Ảnh: Minh Hải).", true},
		{"(0) Bình luận", true},
		{"Bình luận về vụ việc, luật sư cho rằng bị cáo phạm tội.", false},
		{"Hội nghị có 300 đại biểu tham dự, trong đó có ảnh hưởng của bão.", false},
		{strings.Repeat("Ả", 3) + "nh:", false},
	} {
		assert.Equal(t, tc.want, IsFurniture(tc.text), tc.text)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Ảnh: Minh Hải", true}, {"(Video: VTV)", true}, {"Nguồn ảnh: TTXVN", true},
		{"Cảnh: đẹp", false}, {"Hội nghị bàn về ảnh hưởng của bão.", false}, {"", false},
	} {
		assert.Equal(t, tc.want, IsCreditLine(tc.text), tc.text)
	}
}

func TestMenuLine(t *testing.T) {
	for _, c := range []struct {
		line string
		menu bool
	}{
		{"Thời sự Thế giới Kinh doanh Giải trí Thể thao", true},
		{"Trang chủ | Xã hội | Kinh tế | Văn hóa | Thể thao", true},
		{"THỜI SỰ THẾ GIỚI KINH DOANH SỨC KHỎE XE", true},
		{"Thời sự Góc nhìn Thế giới Nhịp sống trẻ Giáo dục Podcasts", true}, // one item no section
		{"Thời sự Thế giới", false},                                         // two items: a breadcrumb without its arrows, maybe
		{"Thời sự › Thế giới › Châu Á › Đông Nam Á", false},                 // arrows: a breadcrumb
		{"Văn hóa - Giải trí", false},
		{"Báo có các chuyên mục Thời sự, Thế giới, Kinh doanh, Giải trí và Thể thao.", false},
		{"Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội", false},
		{"Thể thao Việt Nam giành thêm ba huy chương vàng tại Đông Nam Á", false},
		{"Tin A Tin B Tin C Tin D Thời sự", false}, // mostly items that are no section
	} {
		assert.Equal(t, c.menu, menuLine(c.line), c.line)
	}
}

// TestCategoryNotFromMenu: a site's menu, on one line or one item a line,
// never gives the category; a breadcrumb after it does, whatever its
// separator ("»" reads as a quotation mark once normalized).
func TestCategoryNotFromMenu(t *testing.T) {
	const head = "Hải Phòng mở thêm tuyến xe buýt nối khu công nghiệp với trung tâm\n"
	const body = "Từ tháng sau, thành phố đưa vào khai thác tuyến xe buýt mới phục vụ công nhân các khu công nghiệp phía tây.\n"
	menuLines := "Trang chủ\nThời sự\nThế giới\nKinh tế\nXã hội\nGiáo dục\nThể thao\n"
	for _, c := range []struct{ name, text, category string }{
		{"menu line, breadcrumb with »", "Thời sự Thế giới Kinh doanh Giải trí Thể thao\nThời sự » Giao thông\n" + head + body, "Giao thông"},
		{"menu lines, breadcrumb with »", menuLines + "Thời sự » Giao thông\n" + head + body, "Giao thông"},
		{"menu lines, breadcrumb with /", menuLines + "Xã hội / Giao thông\n" + head + body, "Giao thông"},
		{"menu with pipes, nothing else", "Thời sự | Thế giới | Kinh doanh | Thể thao\n" + head + body, ""},
		{"menu line only", "Thời sự Thế giới Kinh doanh Giải trí Thể thao\n" + head + body, ""},
		{"menu lines only", menuLines + head + body, ""},
		{"label above a menu line", "Xã hội\nThời sự Thế giới Kinh doanh Giải trí Thể thao\n" + head + body, ""},
		{"section label after menu lines", menuLines + "Xã hội\n" + head + body, "Xã hội"},
	} {
		p := Parse(c.text)
		assert.Equal(t, c.category, p.Category.Text, c.name)
		assert.Equal(t, strings.TrimSpace(head), p.Title.Text, c.name)
		checkSpans(t, c.text, p)
	}
}

// TestNoBylineAboveText: with no headline, a name atop the text (a site's
// name) is no byline; the dateline's name is.
func TestNoBylineAboveText(t *testing.T) {
	text := "Tin Sông Hồng\nMinh Châu 03/09/2024 14:15\n" +
		"Thành phố mở thêm hai tuyến xe buýt điện nối các khu đô thị mới với trung tâm từ đầu tháng sau.\n"
	p := Parse(text)
	assert.Equal(t, "Minh Châu", p.Byline.Text)
	checkSpans(t, text, p)
}

// A saved article writes its title as a first line followed by a blank
// line: that line is the headline, however short or sentence-like, unless
// it is a paragraph (over 30 words, or more than one sentence) or the
// header has a headline of its own.
func TestSavedTitle(t *testing.T) {
	body := "Chiều 5/6/2025, Sở Văn hóa tỉnh Gia Lai mở lớp tập huấn cho cán bộ văn hóa các xã vùng sâu. " +
		"Bà Lâm Thị Ngọc hướng dẫn học viên cách giữ gìn nhạc cụ của làng."
	lead := strings.Repeat("Theo danh sách của Sở, mỗi xã cử hai cán bộ theo học lớp kéo dài ba ngày, ", 8) + "có cả nghệ nhân."
	for _, c := range []struct{ text, title string }{
		{"Bão số 3\n\n" + body, "Bão số 3"},
		{"Hà Nội mưa lớn kéo dài.\n\n" + body, "Hà Nội mưa lớn kéo dài."},
		{"Đà Nẵng đón 10,9 triệu lượt khách\r\n \r\n" + body, "Đà Nẵng đón 10,9 triệu lượt khách"},
		{"Chính trị\n\nĐà Nẵng tổng kết ngành du lịch năm 2024\n\n" + body, "Đà Nẵng tổng kết ngành du lịch năm 2024"},
		// A paragraph of hundreds of characters is no title.
		{lead + "\n\n" + body + "\n\n" + body, ""},
		{"Hội nghị kết thúc lúc 11 giờ. Ông An về Hà Nội ngay trong ngày.\n\n" + body, ""},
		// No blank line, no paragraph after it: no saved title.
		{"Bão số 3\n" + body, ""},
		{"Bão số 3\n\nTrời mưa", ""},
	} {
		p := Parse(c.text)
		assert.Equal(t, c.title, p.Title.Text, "%.60q", c.text)
		if c.title != "" {
			require.Contains(t, p.Furniture, Span{Kind: Headline, Start: p.Title.Start, End: p.Title.End, Text: c.title})
		}
	}
}
