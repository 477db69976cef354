package main

import (
	"fmt"
	"strings"
)

// heldOutLayouts were written after the rules of packages page and
// htmlpage were frozen, and are never used to change them: the pages they
// write (-heldout) measure how the rules carry to layouts they were not
// written against.
var heldOutLayouts = []func(*article) string{magazine, agency, portalSidebar}

// magazine: JSON-LD @graph, a "Bài: … | Ảnh: …" credit line, a pull quote,
// a "Tin liên quan" box between paragraphs, a Google News line.
func magazine(a *article) string {
	box := `<div class="box-related-inline"><p class="head">Tin liên quan</p><ul>` + links(a.related[:2], "") + `</ul></div>`
	return head(esc(a.title)+" | "+esc(a.site), a.ldJSONGraph()) + `<body>
<div class="wrapper"><header class="site-head"><div class="brand">` + esc(a.site) + `</div>
<ul class="nav">` + links(a.menu, "") + `</ul><a class="login" href="#">Đăng nhập</a></header>
<main><div class="post">
<header class="post-head"><a class="post-cat" href="` + a.catURL() + `">` + esc(a.category) + `</a>
<h2 class="post-title">` + esc(a.title) + `</h2>
<p class="by">Bài: ` + esc(a.byline) + ` | Ảnh: ` + esc(bylines[(a.n+5)%len(bylines)]) + `</p>
<p class="post-date">` + a.weekday() + ", " + a.dmy() + " | " + a.hm() + `</p></header>
<div class="post-content">
<p class="lead"><em>` + esc(a.sapo) + `</em></p>
` + a.body(func(t string) string { return "<p>" + esc(t) + "</p>\n" }, func(t string) string { return "<h3>" + esc(t) + "</h3>\n" }, box) + `</div>
<p class="follow">Theo dõi chúng tôi trên Google News</p>
<div class="post-tags">Tags: ` + strings.Join(a.tags, ", ") + `</div>
</div>
<section class="more"><h3>Đọc thêm</h3><ul>` + links(a.related[2:], "") + `</ul></section></main>
<footer>` + list(a.footer, "<p>", "</p>") + `</footer></div>
</body>
</html>
`
}

func (a *article) ldJSONGraph() string {
	return fmt.Sprintf(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[`+
		`{"@type":"WebSite","name":%q},`+
		`{"@type":"Article","headline":%q,"datePublished":%q,"author":{"@type":"Person","name":%q},"articleSection":[%q]},`+
		`{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Trang chủ"},{"@type":"ListItem","position":2,"name":%q}]}]}</script>
`, a.site, a.title, a.iso(), a.byline, a.category, a.category)
}

// agency: a news agency's page: Open Graph title only, the dateline inside
// the first paragraph, the author with the agency's name at the end.
func agency(a *article) string {
	return head(esc(a.title), `<meta property="og:title" content="`+esc(a.title)+`">
<meta property="og:type" content="article">
`) + `<body>
<div id="top"><a href="/">` + esc(a.site) + `</a> <span>Thông tấn</span></div>
<div id="menu">` + list(a.menu, `<a href="#">`, "</a> ") + `</div>
<div id="main"><ul class="path"><li><a href="/">Trang chủ</a></li><li><a href="` + a.catURL() + `">` + esc(a.category) + `</a></li></ul>
<div class="article">
<h1 class="title">` + esc(a.title) + `</h1>
<span class="time">` + a.dmy() + " " + a.hm() + `</span>
<div class="content">
<p class="sapo"><strong>` + esc(a.sapo) + `</strong></p>
` + a.body(func(t string) string { return "<p>" + esc(t) + "</p>\n" }, func(t string) string { return "<p><strong>" + esc(t) + "</strong></p>\n" }, `<table class="image"><tr><td><img src="`+a.image+`"></td></tr><tr><td class="caption">`+esc(a.caption)+`</td></tr></table>`) + `<p class="author">` + esc(a.byline) + ` (` + esc(a.site) + `)</p>
</div></div>
<div class="lienquan"><b>Tin bài liên quan</b>` + list(a.related, `<div class="item"><a href="#">`, "</a></div>") + `</div></div>
<div id="bottom">` + list(a.footer, "<div>", "</div>") + `</div>
</body>
</html>
`
}

// portalSidebar: no metadata at all, the date with a 12-hour clock, long
// sidebar lists beside the article, readers' comments of several
// sentences each.
func portalSidebar(a *article) string {
	h := a.published.Hour()
	ampm := "AM"
	if h >= 12 {
		ampm = "PM"
	}
	if h > 12 {
		h -= 12
	}
	var comments strings.Builder
	for _, c := range a.comments {
		fmt.Fprintf(&comments, `<div class="cmt"><b>%s</b><p>%s Tôi mong sẽ có thêm nhiều bài viết như thế này trong thời gian tới.</p><i>%s</i></div>`, esc(c.name), esc(c.text), esc(c.when))
	}
	return head(esc(a.title)+" - "+esc(a.site), "") + `<body>
<div class="head">` + esc(a.site) + `<div class="menu">` + list(a.menu, "<span>", "</span>") + `</div></div>
<div class="page"><div class="left">
<div class="cat-name"><a href="` + a.catURL() + `">` + esc(a.category) + `</a></div>
<h1>` + esc(a.title) + `</h1>
<div class="info"><span class="au">` + esc(a.byline) + `</span> <span class="dt">` + fmt.Sprintf("%02d:%02d %s %s", h, a.published.Minute(), ampm, a.dmy()) + `</span></div>
<div id="content">
<p>` + esc(a.sapo) + `</p>
` + a.body(func(t string) string { return "<p>" + esc(t) + "</p>\n" }, func(t string) string { return "<h2>" + esc(t) + "</h2>\n" }, "") + `</div>
<div class="comments"><h4>Ý kiến bạn đọc (` + fmt.Sprint(len(a.comments)) + `)</h4>` + comments.String() + `</div>
</div>
<div class="right"><h4>Tin nổi bật</h4><ul>` + links(a.mostRead, "") + `</ul><h4>Tin mới</h4><ul>` + links(a.related, "") + `</ul></div></div>
<div class="foot">` + list(a.footer, "<p>", "</p>") + `</div>
</body>
</html>
`
}
