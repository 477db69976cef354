package htmlpage_test

import (
	"fmt"

	"github.com/vntext/vntext/htmlpage"
)

func ExampleExtractor_Extract() {
	page := `<html><head><meta charset="utf-8">
<meta property="og:title" content="Huế mở cửa Đại Nội miễn phí">
<meta property="article:published_time" content="2024-04-30T07:00:00+07:00">
<meta property="article:section" content="Du lịch"></head>
<body><nav><a href="/">Trang chủ</a> <a href="/du-lich">Du lịch</a></nav>
<article><h1>Huế mở cửa Đại Nội miễn phí</h1>
<p>Trung tâm Bảo tồn di tích cố đô Huế mở cửa miễn phí Đại Nội cho du khách trong ba ngày lễ, từ ngày 30/4 đến hết ngày 2/5.</p>
<p>Trong những ngày này, Đại Nội còn tổ chức tái hiện lễ đổi gác và biểu diễn nhã nhạc cung đình.</p>
<p>Minh Anh</p></article>
<footer>© 2024 Báo Cố Đô</footer></body></html>`
	e, err := htmlpage.New()
	if err != nil {
		panic(err)
	}
	a, err := e.Extract([]byte(page), "https://example.vn/hue.html", "text/html")
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Byline, a.Published, a.Category)
	fmt.Println(a.Text)
	// Output:
	// Huế mở cửa Đại Nội miễn phí
	// Minh Anh 2024-04-30T07:00+07:00 Du lịch
	// Trung tâm Bảo tồn di tích cố đô Huế mở cửa miễn phí Đại Nội cho du khách trong ba ngày lễ, từ ngày 30/4 đến hết ngày 2/5.
	//
	// Trong những ngày này, Đại Nội còn tổ chức tái hiện lễ đổi gác và biểu diễn nhã nhạc cung đình.
}
