package htmlpage

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCategory: metadata first, then a breadcrumb, then the menu's marked
// item, then a label after the last menu; a menu's items never otherwise.
func TestCategory(t *testing.T) {
	const title = "Hải Phòng mở thêm tuyến xe buýt nối khu công nghiệp với trung tâm"
	const article = "<h1>" + title + "</h1><p class=\"author\">Minh Châu</p>" +
		"<p>Từ tháng sau, thành phố đưa vào khai thác tuyến xe buýt mới phục vụ công nhân các khu công nghiệp phía tây, với giá vé ưu đãi.</p>" +
		"<p>Tuyến dài khoảng 25 km, xe chạy từ năm giờ sáng đến chín giờ tối mỗi ngày.</p>"
	items := []string{"Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Pháp luật", "Giáo dục", "Thể thao"}
	menu := func(attrs map[string]string, sub string) string {
		var b strings.Builder
		b.WriteString(`<nav class="main-menu"><ul>`)
		for _, it := range items {
			b.WriteString("<li" + attrs[it] + `><a href="#">` + it + "</a>")
			if it == "Thời sự" {
				b.WriteString(sub)
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ul></nav>")
		return b.String()
	}
	plain := menu(nil, "")
	for _, c := range []struct{ name, head, body, want string }{
		{"menu only", "", plain + article, ""},
		{"breadcrumb with » after the menu", "", plain + `<div class="breadcrumb"><a>Thời sự</a> » <a>Giao thông</a></div>` + article, "Giao thông"},
		{"breadcrumb items ending with the headline", "", plain + `<nav aria-label="breadcrumb"><ol><li><a>Trang chủ</a></li><li><a>Xã hội</a></li><li aria-current="page">` + title + `</li></ol></nav>` + article, "Xã hội"},
		{"microdata BreadcrumbList", "", plain + `<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement"><span itemprop="name">Trang chủ</span></li><li itemprop="itemListElement"><span itemprop="name">Đô thị</span></li></ol>` + article, "Đô thị"},
		{"JSON-LD BreadcrumbList", `<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"name":"Trang chủ"},{"name":"Giao thông"},{"name":"` + title + `"}]}</script>`, plain + article, "Giao thông"},
		{"article:section first", `<meta property="article:section" content="Xã hội">`, plain + `<div class="breadcrumb"><a>Thời sự</a> › <a>Giao thông</a></div>` + article, "Xã hội"},
		{"active item", "", menu(map[string]string{"Kinh doanh": ` class="active"`}, "") + article, "Kinh doanh"},
		{"aria-current", "", strings.Replace(plain, `<a href="#">Pháp luật`, `<a href="#" aria-current="page">Pháp luật`, 1) + article, "Pháp luật"},
		{"active section and sub-section", "", menu(map[string]string{"Thời sự": ` class="current-menu-parent"`}, `<ul class="sub-menu"><li><a>Chính trị</a></li><li class="current-menu-item"><a>Giao thông</a></li></ul>`) + article, "Giao thông"},
		{"active tab after the headline", "", plain + article + `<div class="tab-nav"><ul><li class="active"><a>Đọc nhiều</a></li></ul></div>`, ""},
		{"label between the menu and the headline", "", plain + `<div class="cate">Giao thông</div>` + article, "Giao thông"},
		{"label above the menu", "", `<div class="site">Tin Cảng</div>` + plain + article, ""},
	} {
		page := "<html><head><meta charset=\"utf-8\">" + c.head + "</head><body>" + c.body + "</body></html>"
		a, err := (&Extractor{}).Extract([]byte(page), "", "")
		assert.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Category, c.name)
		assert.Equal(t, title, a.Title, c.name)
	}
}
