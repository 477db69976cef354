// Command genpages writes the HTML evaluation pages of testdata/pages/html:
// forty news pages laid out the way Vietnamese news sites lay them out
// (menus, breadcrumbs, share bars, related links, comments, advertising,
// footers), eight layouts, some in legacy encodings (Windows-1258, TCVN3,
// VNI), some with page metadata (Open Graph, JSON-LD, microdata), some
// without, and gold.jsonl with each page's gold body text and metadata.
//
// The article bodies are paragraphs of Vietnamese Wikipedia articles (CC
// BY-SA 4.0, the Wikipedia contributors) read from
// $VNTEXT_DATA/text/viwiki; headlines, bylines (fictional people), dates,
// menus, related headlines, comments and footers are the project's own
// writing. The output is deterministic:
//
//	go run ./internal/genpages -data $VNTEXT_DATA -out testdata/pages/html
//	go run ./internal/genpages -data $VNTEXT_DATA -heldout -out testdata/pages/html-heldout
//
// go generate runs both (CI checks that the committed pages are current).
package main

//go:generate go run . -out ../../testdata/pages/html
//go:generate go run . -heldout -out ../../testdata/pages/html-heldout

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/vntext/vntext/internal/wikitext"
	"github.com/vntext/vntext/normalize"
)

func main() {
	data := flag.String("data", os.Getenv("VNTEXT_DATA"), "the shared data directory (holds text/viwiki)")
	out := flag.String("out", "testdata/pages/html", "output directory")
	heldOut := flag.Bool("heldout", false, "write the held-out pages (testdata/pages/html-heldout): other articles, the held-out layouts")
	flag.Parse()
	if *data == "" {
		log.Fatal("genpages: -data or VNTEXT_DATA is required")
	}
	n, shift, ls := pages, 0, layouts
	if *heldOut {
		// Articles between those of the development pages, layouts of
		// their own.
		n, shift, ls = heldOutPages, 1, heldOutLayouts
	}
	docs, err := wikiBodies(wikitext.Path(*data), n, shift)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	gold, err := os.Create(filepath.Join(*out, "gold.jsonl"))
	if err != nil {
		log.Fatal(err)
	}
	defer gold.Close()
	enc := json.NewEncoder(gold)
	enc.SetEscapeHTML(false)
	for i, d := range docs {
		a := newArticle(i, d)
		a.layout = i % len(ls)
		if *heldOut {
			a.metadata, a.encoding, a.withTime = a.layout == 0, normalize.UTF8, true
			a.n += pages // other bylines, dates and related lists than the development pages
		}
		page := ls[a.layout](a)
		var b []byte
		if a.encoding == normalize.UTF8 {
			b = []byte(page)
		} else {
			le, err := newLegacyEncoder(a.encoding)
			if err != nil {
				log.Fatal(err)
			}
			if b, err = le.encode(page); err != nil {
				log.Fatal(err)
			}
		}
		name := fmt.Sprintf("p%02d.html", i+1)
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			log.Fatal(err)
		}
		if err := enc.Encode(a.gold(name)); err != nil {
			log.Fatal(err)
		}
	}
}

// pages and heldOutPages are how many pages are written.
const (
	pages        = 40
	heldOutPages = 12
)

type wikiDoc struct {
	id, title string
	paras     []string
	heading   string
}

// wikiBodies picks n articles spread over the dump, each with at least five
// prose paragraphs, and returns their first paragraphs; shift moves the
// picks half a step, between those of shift 0.
func wikiBodies(path string, n, shift int) ([]wikiDoc, error) {
	var all []wikiDoc
	err := wikitext.Articles(path, func(a wikitext.Article) error {
		d := wikiDoc{id: a.ID, title: a.Title}
		for _, l := range strings.Split(a.Text, "\n") {
			l = strings.TrimSpace(l)
			if strings.HasPrefix(l, "==") {
				if d.heading == "" && len(d.paras) > 0 {
					d.heading = strings.TrimSpace(strings.Trim(l, "= "))
				}
				continue
			}
			if proseParagraph(l) {
				d.paras = append(d.paras, l)
			}
		}
		if len(d.paras) >= 5 && vietnameseTitle(d.title) {
			d.title = topic(d.title, d.paras[0])
			all = append(all, d)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(all) < n {
		return nil, fmt.Errorf("genpages: only %d usable articles", len(all))
	}
	out := make([]wikiDoc, n)
	for i := range out {
		out[i] = all[(2*i+shift)*len(all)/(2*n)]
	}
	return out, nil
}

// vietnameseTitle: two to four words, a letter first, a Vietnamese letter
// with a diacritic, no digits or brackets: a topic a headline can name.
func vietnameseTitle(t string) bool {
	n := wordCount(t)
	r := []rune(t)
	return n >= 2 && n <= 4 && unicode.IsLetter(r[0]) && !strings.ContainsAny(t, "()0123456789,:") &&
		strings.ContainsFunc(t, func(r rune) bool { return r > 0x7F && unicode.IsLetter(r) })
}

// topic is the article's name as its first sentence writes it (the
// dump's titles are lower-cased), else the title with a capital first.
func topic(title, first string) string {
	if len(first) >= len(title) && strings.EqualFold(first[:len(title)], title) {
		return first[:len(title)]
	}
	r := []rune(title)
	return string(unicode.ToUpper(r[0])) + string(r[1:])
}

func proseParagraph(l string) bool {
	n := wordCount(l)
	return n >= 30 && n <= 220 && strings.HasSuffix(l, ".") && !strings.ContainsAny(l, "|{}[]<>=")
}

func wordCount(s string) int { return len(strings.Fields(s)) }

type comment struct{ name, text, when string }

type article struct {
	n, layout           int
	encoding            normalize.Encoding
	site, host, url     string
	title, category     string
	byline              string
	published           time.Time
	withTime            bool
	sapo                string
	paras               []string
	subhead             string
	image, caption      string
	related, mostRead   []string
	comments            []comment
	metadata            bool
	wikiID, wikiTitle   string
	footer              []string
	menu                []string
	breadcrumbParent    string
	inlineRelated       string
	tags                []string
	authorAtEnd, noDate bool
}

var (
	bylines = []string{"Hương Ly", "Minh Anh", "Thu Hà", "Quốc Tuấn", "Lan Hương", "Hoàng Nam", "Đức Minh",
		"Thảo Vy", "Ngọc Trâm", "Bảo Châu", "Khánh Linh", "Trung Kiên", "Hải Yến", "Phương Thảo", "Văn Sơn",
		"Mai Linh", "Thanh Tâm", "Quang Huy", "Lê Minh Châu", "Trần Thu Trang"}
	categories = []string{"Thời sự", "Xã hội", "Văn hóa", "Giáo dục", "Khoa học", "Du lịch", "Thế giới",
		"Đời sống", "Kinh tế", "Môi trường"}
	headlines = []string{"Tìm hiểu về %s", "%s qua những con số và sự kiện", "Những điều cần biết về %s",
		"Nhìn lại chặng đường của %s", "%s trong mắt các nhà nghiên cứu"}
	relatedPool = []string{
		"Hà Nội công bố phiếu tín nhiệm ở các quận, huyện",
		"Quận Ba Đình kiện toàn chức danh Phó Chủ tịch UBND quận",
		"Đà Nẵng tuyển sinh lớp 10 công lập với hơn 12.000 chỉ tiêu",
		"Người dân Cần Thơ hối hả chuẩn bị cho mùa nước nổi",
		"Xuất khẩu gạo tháng đầu năm đạt hơn 800.000 tấn",
		"Hải Phòng khởi công cầu vượt nút giao phía bắc thành phố",
		"Lễ hội đền Hùng năm nay có nhiều hoạt động mới",
		"Bệnh viện tỉnh Nghệ An tiếp nhận thêm máy chụp cộng hưởng từ",
		"Hà Nội rực rỡ cờ hoa mừng Quốc khánh",
		"Câu lạc bộ Thanh Hóa thắng ngược trong trận mở màn",
		"Quảng Bình trồng mới 2.000 ha rừng phòng hộ ven biển",
		"Vì sao nhiều người vẫn mắc bẫy lừa đảo qua điện thoại?",
		"Lào Cai mở rộng đường lên cửa khẩu Kim Thành",
		"Sầu riêng Đắk Lắk được cấp thêm mã số vùng trồng",
		"Tàu cá Bình Định được cứu hộ an toàn",
		"TP.HCM thí điểm làn đường riêng cho xe buýt",
		"Nhật Bản ghi nhận số du khách quốc tế cao kỷ lục",
		"Hà Nội cải tạo 5 hồ nước ở nội thành",
		"Đồng Nai tăng cường phòng chống sốt xuất huyết",
		"Côn Đảo vào mùa rùa biển lên bờ đẻ trứng",
		"Quân khu 7 tổ chức diễn tập khu vực phòng thủ",
		"Giá cà phê Tây Nguyên lập đỉnh mới",
		"Huế mở cửa Đại Nội miễn phí cho du khách",
		"Giá vàng hôm nay tăng mạnh trở lại",
		"Hội An thắp đèn lồng đón Tết Nguyên tiêu",
		"Cà Mau kêu gọi đầu tư điện gió ngoài khơi",
		"Quảng Trị đón mưa lớn sau đợt nắng nóng",
		"Sa Pa đón lượng khách kỷ lục dịp cuối tuần",
		"Học sinh Quảng Nam hào hứng với tiết học trải nghiệm",
		"Metro số 1 đón hơn một triệu lượt khách",
	}
	commentPool = []comment{
		{"Hoài Phong", "Bài viết rất bổ ích, cảm ơn tác giả đã tổng hợp đầy đủ thông tin.", "2 giờ trước"},
		{"Minh Khôi", "Tôi đã đến đây một lần và rất ấn tượng, mong có dịp quay lại cùng gia đình.", "3 giờ trước"},
		{"Nguyễn Quốc Bảo", "Nên có thêm bản đồ và hình ảnh minh họa để người đọc dễ hình dung hơn.", "5 giờ trước"},
		{"Lê Hoàng Nam", "Thông tin hay nhưng một số số liệu đã cũ, đề nghị tòa soạn cập nhật.", "hôm qua"},
		{"Phạm Thị Hồng", "Đọc xong thấy tự hào về quê hương đất nước mình.", "hôm qua"},
		{"Trần Văn Lâm", "Mong chính quyền để ý giữ gìn hơn nữa những giá trị này.", "2 ngày trước"},
		{"Đỗ Thu Thủy", "Con tôi đang học về chủ đề này ở trường, bài viết giúp cháu hiểu thêm nhiều điều.", "2 ngày trước"},
		{"Vũ Đình Long", "Tôi không đồng ý với một vài nhận định trong bài, cần thêm ý kiến của chuyên gia.", "3 ngày trước"},
	}
	sites = []struct{ name, host string }{
		{"Tin Việt", "tinviet.example.vn"}, {"Báo Phương Nam", "phuongnam.example.vn"},
		{"Thời báo Sông Hồng", "songhong.example.vn"}, {"Cổng thông tin Tỉnh Nam", "tinhnam.example.gov.vn"},
		{"Báo Quê Hương", "quehuong.example.vn"}, {"Nhịp sống Đất Việt", "datviet.example.vn"},
		{"Góc nhìn Cao Nguyên", "caonguyen.example.vn"}, {"Tin nhanh Duyên Hải", "duyenhai.example.vn"},
	}
	menu = []string{"Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Văn hóa", "Giáo dục", "Sức khỏe",
		"Thể thao", "Pháp luật", "Du lịch", "Khoa học"}
	parents = []string{"Tin tức", "Chuyên mục", "Đời sống - Xã hội"}
)

// legacyOrder: the encodings of the old table-layout pages, in turn.
var legacyOrder = []normalize.Encoding{normalize.CP1258, normalize.TCVN3, normalize.VNI, normalize.TCVN3, normalize.VNI}

func newArticle(i int, d wikiDoc) *article {
	site := sites[i%len(sites)]
	a := &article{
		n: i, layout: i % len(layouts), encoding: normalize.UTF8,
		site: site.name, host: site.host,
		title:     fmt.Sprintf(headlines[i%len(headlines)], d.title),
		category:  categories[(i*3)%len(categories)],
		byline:    bylines[(i*7)%len(bylines)],
		published: time.Date(2023, 1, 5, 6+(i*7)%15, (i*13)%60, 0, 0, time.FixedZone("+07:00", 7*3600)).AddDate(0, 0, i*17),
		withTime:  true,
		wikiID:    d.id, wikiTitle: d.title,
		menu: menu,
	}
	a.url = fmt.Sprintf("https://%s/%s-%d.html", a.host, slug(a.title), 1000+i)
	k := 4 + i%4
	a.sapo = d.paras[0]
	a.paras = d.paras[1:min(k, len(d.paras))]
	if i%3 == 0 && d.heading != "" && len(a.paras) >= 3 {
		a.subhead = d.heading
	}
	a.image = fmt.Sprintf("https://cdn.%s/images/%d/anh-%d.jpg", a.host, a.published.Year(), i+1)
	a.caption = fmt.Sprintf("Hình ảnh minh họa cho bài viết về %s. Ảnh: %s", d.title, bylines[(i*3+1)%len(bylines)])
	for j := range 4 + i%3 {
		a.related = append(a.related, relatedPool[(i*5+j)%len(relatedPool)])
	}
	for j := range 6 {
		a.mostRead = append(a.mostRead, relatedPool[(i*11+j*7+3)%len(relatedPool)])
	}
	for j := range i % 4 {
		a.comments = append(a.comments, commentPool[(i+j*3)%len(commentPool)])
	}
	a.footer = []string{
		fmt.Sprintf("© %d %s. Giấy phép số %d/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.", a.published.Year(), site.name, 100+i),
		"Tổng biên tập: Nguyễn Văn Bình",
		"Địa chỉ: 36 phố Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội",
		fmt.Sprintf("Điện thoại: 024 3825 %04d - Email: toasoan@%s", 1000+i*37, site.host),
		"Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
	}
	a.breadcrumbParent = parents[i%len(parents)]
	a.inlineRelated = relatedPool[(i*13+2)%len(relatedPool)]
	a.tags = []string{d.title, a.category, "tin tức"}
	switch a.layout {
	case 0, 1, 2, 5:
		a.metadata = true
	case 4:
		a.encoding = legacyOrder[(i/len(layouts))%len(legacyOrder)]
	case 6:
		a.withTime = false
	}
	return a
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range normalize.Slug(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// goldRecord is one line of gold.jsonl.
type goldRecord struct {
	File      string `json:"file"`
	URL       string `json:"url"`
	Layout    int    `json:"layout"`
	Encoding  string `json:"encoding"`
	Metadata  bool   `json:"metadata"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Published string `json:"published"`
	Category  string `json:"category"`
	Body      string `json:"body"`
	Source    string `json:"source"`
}

func (a *article) gold(file string) goldRecord {
	body := []string{a.sapo}
	for j, p := range a.paras {
		if j == 2 && a.subhead != "" {
			body = append(body, a.subhead)
		}
		body = append(body, p)
	}
	pub := a.published.Format("2006-01-02T15:04Z07:00")
	if !a.withTime {
		pub = a.published.Format("2006-01-02")
	}
	return goldRecord{
		File: file, URL: a.url, Layout: a.layout, Encoding: a.encoding.String(), Metadata: a.metadata,
		Title: a.title, Byline: a.byline, Published: pub, Category: a.category,
		Body:   strings.Join(body, "\n\n"),
		Source: fmt.Sprintf("Vietnamese Wikipedia, %q (%s), CC BY-SA 4.0", a.wikiTitle, a.wikiID),
	}
}

var weekdays = []string{"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"}

func (a *article) weekday() string { return weekdays[a.published.Weekday()] }
