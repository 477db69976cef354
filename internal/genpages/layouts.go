package main

import (
	"encoding/json"
	"fmt"
	"html"
	"strings"
)

// layouts write a page in the manner of one kind of Vietnamese news site.
var layouts = []func(*article) string{portal, daily, jsonld, government, oldTable, microdata, blog, modern}

var esc = html.EscapeString

func (a *article) dmy() string    { return a.published.Format("02/01/2006") }
func (a *article) hm() string     { return a.published.Format("15:04") }
func (a *article) iso() string    { return a.published.Format("2006-01-02T15:04:05-07:00") }
func (a *article) catURL() string { return "/" + slug(a.category) }

func list(items []string, open, close string) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString(open + esc(it) + close)
	}
	return b.String()
}

func links(items []string, class string) string {
	var b strings.Builder
	for _, it := range items {
		fmt.Fprintf(&b, `<li class="%s"><a href="/%s.html" title="%s">%s</a></li>`, class, slug(it), esc(it), esc(it))
	}
	return b.String()
}

// body writes the paragraphs, the subheading before the third, and extra
// (an image, a related box) after the first.
func (a *article) body(p func(string) string, sub func(string) string, extra string) string {
	var b strings.Builder
	for j, t := range a.paras {
		if j == 2 && a.subhead != "" {
			b.WriteString(sub(a.subhead))
		}
		b.WriteString(p(t))
		if j == 0 {
			b.WriteString(extra)
		}
	}
	return b.String()
}

func (a *article) comments2(item string) string {
	var b strings.Builder
	for _, c := range a.comments {
		fmt.Fprintf(&b, item, esc(c.name), esc(c.text), esc(c.when))
	}
	return b.String()
}

func head(title, extra string) string {
	return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>` + title + `</title>
` + extra + `<link rel="stylesheet" href="/static/css/main.min.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
`
}

func (a *article) ldJSON(breadcrumb bool) string {
	doc := map[string]any{
		"@context": "https://schema.org", "@type": "NewsArticle",
		"headline": a.title, "datePublished": a.iso(), "dateModified": a.iso(),
		"articleSection":   a.category,
		"author":           map[string]any{"@type": "Person", "name": a.byline},
		"publisher":        map[string]any{"@type": "Organization", "name": a.site},
		"mainEntityOfPage": a.url, "image": []string{a.image},
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(doc)
	out := `<script type="application/ld+json">` + b.String() + "</script>\n"
	if breadcrumb {
		b.Reset()
		_ = enc.Encode(map[string]any{
			"@context": "https://schema.org", "@type": "BreadcrumbList",
			"itemListElement": []map[string]any{
				{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://" + a.host + "/"},
				{"@type": "ListItem", "position": 2, "name": a.category, "item": "https://" + a.host + a.catURL()},
			},
		})
		out += `<script type="application/ld+json">` + b.String() + "</script>\n"
	}
	return out
}

func (a *article) og() string {
	return fmt.Sprintf(`<meta property="og:type" content="article">
<meta property="og:title" content="%s">
<meta property="og:url" content="%s">
<meta property="og:site_name" content="%s">
<meta property="og:image" content="%s">
<meta property="article:published_time" content="%s">
<meta property="article:section" content="%s">
<meta name="author" content="%s">
<meta name="description" content="%s">
`, esc(a.title), a.url, esc(a.site), a.image, a.iso(), esc(a.category), esc(a.byline), esc(a.sapo))
}

// portal: a large news portal: Open Graph and JSON-LD, date line with the
// weekday, sapo, figure, byline at the end, tags, share bar, comments,
// "Xem thêm", "Xem nhiều" sidebar.
func portal(a *article) string {
	fig := fmt.Sprintf(`<figure class="tplCaption"><div class="fig-picture"><img src="%s" alt="%s"></div><figcaption><p class="Image">%s</p></figcaption></figure>`, a.image, esc(a.title), esc(a.caption))
	return head(esc(a.title)+" - "+esc(a.site), a.og()+a.ldJSON(true)) + `<body>
<header class="header"><div class="logo"><a href="/">` + esc(a.site) + `</a></div>
<nav class="main-nav"><ul>` + links(a.menu, "menu-item") + `</ul></nav>
<div class="search"><input type="text" placeholder="Tìm kiếm"></div></header>
<section class="section page-detail"><div class="container">
<div class="sidebar-1">
<div class="header-content"><ul class="breadcrumb"><li><a href="` + a.catURL() + `">` + esc(a.category) + `</a></li></ul>
<span class="date">` + fmt.Sprintf("%s, %d/%d/%d, %s (GMT+7)", a.weekday(), a.published.Day(), int(a.published.Month()), a.published.Year(), a.hm()) + `</span></div>
<h1 class="title-detail">` + esc(a.title) + `</h1>
<p class="description">` + esc(a.sapo) + `</p>
<article class="fck_detail">
` + a.body(func(t string) string { return `<p class="Normal">` + esc(t) + "</p>\n" }, func(t string) string { return "<h2>" + esc(t) + "</h2>\n" }, fig) + `<p class="Normal" style="text-align:right;"><strong>` + esc(a.byline) + `</strong></p>
</article>
<div class="footer-content"><div class="tags"><h4 class="item-tag">Tags</h4>` + links(a.tags, "tag") + `</div>
<div class="social"><a href="#" class="btn-share">Chia sẻ</a><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Copy link</a></div></div>
<div class="box-comment"><h3 class="title-box">Ý kiến (` + fmt.Sprint(len(a.comments)) + `)</h3>` +
		a.comments2(`<div class="comment_item"><p class="full_content"><span class="txt-name"><b>%s</b></span> %s</p><span class="time-com">%s</span><a class="link_reply">Trả lời</a></div>`) + `</div>
<div class="box-related"><h3>Xem thêm</h3><ul>` + links(a.related, "item-news") + `</ul></div>
</div>
<div class="sidebar-2"><div class="banner-ads">Quảng cáo</div><div class="box-most-read"><h3>Xem nhiều</h3><ol>` + links(a.mostRead, "item") + `</ol></div></div>
</div></section>
<footer class="footer">` + list(a.footer, "<p>", "</p>") + `</footer>
</body>
</html>
`
}

// daily: a daily paper's site: Open Graph only, author box above the
// sapo, a related box inside the article, many comments.
func daily(a *article) string {
	box := `<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="title">Tin liên quan</div><ul>` + links(a.related[:2], "") + `</ul></div>`
	return head(esc(a.title)+" | "+esc(a.site), a.og()) + `<body>
<div id="header"><div class="top-bar"><a href="/">` + esc(a.site) + `</a> <span class="weather">Hà Nội 28°C</span> <a href="/dang-nhap">Đăng nhập</a></div>
<ul class="menu-nav">` + links(a.menu, "") + `</ul></div>
<div class="detail-container">
<div class="detail-cate"><a href="` + a.catURL() + `">` + esc(a.category) + `</a></div>
<h1 class="detail-title article-title">` + esc(a.title) + `</h1>
<div class="detail-top"><div class="detail-time">` + a.dmy() + " " + a.hm() + ` GMT+7</div>
<div class="share-bar"><span>Chia sẻ</span><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Lưu</a></div></div>
<div class="author-info"><a class="name" href="/tac-gia">` + esc(a.byline) + `</a></div>
<h2 class="detail-sapo">` + esc(a.sapo) + `</h2>
<div class="detail-content afcbc-body" id="main-detail-body">
` + a.body(func(t string) string { return "<p>" + esc(t) + "</p>\n" }, func(t string) string { return "<p><b>" + esc(t) + "</b></p>\n" }, box) + `</div>
<div class="detail-tab"><span>Từ khóa:</span>` + links(a.tags, "keyword") + `</div>
<div class="box-comment" id="comments"><div class="title">Bình luận (` + fmt.Sprint(len(a.comments)) + `)</div><ul class="lstcomment">` +
		a.comments2(`<li class="item-comment"><div class="avatar"></div><div class="info"><span class="name">%s</span><p class="contentcomment">%s</p><span class="timeago">%s</span><a class="reply">Trả lời</a><a class="like">Thích</a></div></li>`) + `</ul>
<textarea placeholder="Nhập bình luận của bạn"></textarea><button>Gửi bình luận</button></div>
<div class="list-news-other"><h3>Tin cùng chuyên mục</h3><ul>` + links(a.related[2:], "news-item") + `</ul></div>
</div>
<div id="footer"><div class="footer-menu"><ul>` + links(a.menu, "") + `</ul></div>` + list(a.footer, `<div class="copyright">`, "</div>") + `</div>
</body>
</html>
`
}

// jsonld: metadata in JSON-LD only, a <time> element, aside related list.
func jsonld(a *article) string {
	return head(esc(a.title), a.ldJSON(false)) + `<body>
<header class="site-header"><a class="logo" href="/">` + esc(a.site) + `</a><nav><ul>` + links(a.menu, "nav-item") + `</ul></nav></header>
<main class="singular-wrap">
<article class="singular-container">
<ul class="dt-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="` + a.catURL() + `">` + esc(a.category) + `</a></li></ul>
<h1 class="title-page detail">` + esc(a.title) + `</h1>
<div class="author-wrap"><div class="author-name"><a href="/tac-gia">` + esc(a.byline) + `</a></div>
<time class="author-time" datetime="` + a.published.Format("2006-01-02 15:04") + `">` + a.weekday() + ", " + a.dmy() + " - " + a.hm() + `</time></div>
<h2 class="singular-sapo">(` + esc(a.site) + `) - ` + esc(a.sapo) + `</h2>
<div class="singular-content">
` + a.body(func(t string) string { return "<p>" + esc(t) + "</p>\n" }, func(t string) string { return "<h2>" + esc(t) + "</h2>\n" }, `<figure class="image"><img src="`+a.image+`"><figcaption>`+esc(a.caption)+`</figcaption></figure>`) + `</div>
<div class="article-share"><a>Facebook</a><a>Zalo</a><a>Twitter</a><a>In bài</a></div>
</article>
<aside class="article-related"><h3>Tin liên quan</h3><ul>` + links(a.related, "") + `</ul></aside>
<aside class="sidebar"><div class="ads-zone">Quảng cáo</div><h3>Đọc nhiều</h3><ul>` + links(a.mostRead, "") + `</ul></aside>
</main>
<footer class="footer">` + list(a.footer, "<p>", "</p>") + `</footer>
</body>
</html>
`
}

// government: a provincial portal: no metadata, breadcrumb path, date with
// a bar, signature at the end, "Các tin khác".
func government(a *article) string {
	return head(esc(a.title), "") + `<body>
<div class="banner"><img src="/images/banner.png" alt="` + esc(a.site) + `"></div>
<div class="menu"><ul>` + links([]string{"Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Dịch vụ công", "Liên hệ"}, "") + `</ul></div>
<div class="main">
<div class="breadcrumb">Trang chủ &gt; ` + esc(a.breadcrumbParent) + ` &gt; ` + esc(a.category) + `</div>
<div class="news-detail">
<h2 class="title">` + esc(a.title) + `</h2>
<div class="date">` + a.dmy() + " | " + a.hm() + `</div>
<div class="summary"><strong>` + esc(a.sapo) + `</strong></div>
<div class="content">
` + a.body(func(t string) string { return `<p style="text-align: justify;">` + esc(t) + "</p>\n" }, func(t string) string { return "<p><strong>" + esc(t) + "</strong></p>\n" }, "") + `<p style="text-align: right;"><strong>` + esc(a.byline) + `</strong></p>
</div>
<div class="tools"><a href="#">In trang</a> <a href="#">Gửi email</a> <a href="#">Về đầu trang</a></div>
<div class="other-news"><h3>Các tin khác</h3><ul>` + links(a.related, "") + `</ul></div>
</div></div>
<div class="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh</p>` + list(a.footer[2:4], "<p>", "</p>") + `</div>
</body>
</html>
`
}

// oldTable: a page of the early 2000s: table layout, font tags, and a
// legacy encoding (Windows-1258 declared; TCVN3 with no charset and a
// .VnTime font; VNI declared as Latin-1 with a VNI font).
func oldTable(a *article) string {
	var meta, font string
	switch a.encoding.String() {
	case "cp1258":
		meta, font = `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`, "Times New Roman"
	case "tcvn3":
		meta, font = "", ".VnTime"
	default:
		meta, font = `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, "VNI-Times"
	}
	var paras strings.Builder
	paras.WriteString("<p><b>" + esc(a.sapo) + "</b></p>\n")
	paras.WriteString(a.body(func(t string) string { return "<p>" + esc(t) + "</p>\n" }, func(t string) string { return "<p><b><i>" + esc(t) + "</i></b></p>\n" }, ""))
	return `<html>
<head>
` + meta + `
<title>` + esc(a.title) + `</title>
<style>body, td, p { font-family: "` + font + `"; font-size: 12pt }</style>
</head>
<body bgcolor="#FFFFFF">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="/images/logo.gif" width="780" height="90"></td></tr>
<tr><td colspan="2" bgcolor="#003366"><font color="#FFFFFF">` + strings.Join(a.menu[:8], " | ") + `</font></td></tr>
<tr><td width="160" valign="top"><table>` + list(a.menu[1:], `<tr><td><a href="#">`, "</a></td></tr>") + `</table><br><img src="/images/qc.gif" alt="Quảng cáo"></td>
<td valign="top">
<font color="#990000"><b>` + esc(a.category) + `</b></font><br>
<font size="4"><b>` + esc(a.title) + `</b></font><br>
<i>Cập nhật: ` + a.dmy() + " " + a.hm() + `</i>
` + paras.String() + `<p align="right"><b>` + esc(a.byline) + `</b></p>
<hr><b>Các tin khác:</b><br>` + list(a.related, "&#8226; ", "<br>\n") + `
</td></tr>
<tr><td colspan="2" align="center"><font size="1">` + list(a.footer, "", "<br>") + `</font></td></tr>
</table>
</body>
</html>
`
}

// microdata: schema.org microdata attributes, clock before the date, ads
// and a newsletter box inside the article.
func microdata(a *article) string {
	return head(esc(a.title)+" - "+esc(a.site), `<meta name="description" content="`+esc(a.sapo)+`">
`) + `<body>
<div class="header"><a href="/" class="logo">` + esc(a.site) + `</a><ul class="main-menu">` + links(a.menu, "") + `</ul></div>
<div class="container" itemscope itemtype="https://schema.org/NewsArticle">
<div class="breadcrumb-box"><a href="/">Trang chủ</a> › <a href="` + a.catURL() + `" itemprop="articleSection">` + esc(a.category) + `</a></div>
<h1 class="content-detail-title" itemprop="headline">` + esc(a.title) + `</h1>
<div class="bread-crumb-detail__time"><span itemprop="datePublished" content="` + a.iso() + `">` + a.hm() + " ngày " + a.dmy() + `</span></div>
<div class="content-detail-sapo" itemprop="description">` + esc(a.sapo) + `</div>
<div class="maincontent main-content" itemprop="articleBody">
` + a.body(func(t string) string { return "<p>" + esc(t) + "</p>\n" }, func(t string) string { return "<h3>" + esc(t) + "</h3>\n" }, `<div class="ads-inread">Quảng cáo</div><div class="newsletter"><p>Đăng ký nhận bản tin mỗi sáng</p><input type="email"></div>`) + `</div>
<p class="article-detail-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">` + esc(a.byline) + `</span></p>
<div class="tag-cloud">` + links(a.tags, "tag") + `</div>
<div class="related-news"><h2>Tin cùng chuyên mục</h2><ul>` + links(a.related, "") + `</ul></div>
</div>
<div class="sidebar"><h3>Đọc nhiều</h3><ul>` + links(a.mostRead, "") + `</ul></div>
<div class="footer">` + list(a.footer, "<p>", "</p>") + `</div>
</body>
</html>
`
}

// blog: a WordPress-style site: entry meta line with a date only, category
// in the entry footer, long comments, widget sidebars.
func blog(a *article) string {
	return head(esc(a.title)+" &#8211; "+esc(a.site), `<meta name="generator" content="WordPress 6.4">
`) + `<body class="single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">` + esc(a.site) + `</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">` + links(a.menu[:7], "menu-item") + `</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">` + esc(a.title) + `</h1>
<div class="entry-meta">Đăng bởi <span class="author vcard"><a class="url fn n" href="/author/">` + esc(a.byline) + `</a></span> vào <span class="posted-on">` + a.dmy() + `</span></div></header>
<div class="entry-content">
<p>` + esc(a.sapo) + `</p>
` + a.body(func(t string) string { return "<p>" + esc(t) + "</p>\n" }, func(t string) string { return "<h2>" + esc(t) + "</h2>\n" }, "") + `</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="` + a.catURL() + `" rel="category tag">` + esc(a.category) + `</a></span></footer>
</article>
<nav class="post-navigation"><div class="nav-previous"><a href="#">` + esc(a.related[0]) + `</a></div><div class="nav-next"><a href="#">` + esc(a.related[1]) + `</a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">` + fmt.Sprint(len(a.comments)) + ` bình luận</h2><ol class="comment-list">` +
		a.comments2(`<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b></footer><div class="comment-content"><p>%s</p></div><div class="comment-metadata">%s</div><div class="reply"><a>Trả lời</a></div></article></li>`) + `</ol>
<div id="respond"><h3>Để lại một bình luận</h3><p>Email của bạn sẽ không được hiển thị công khai.</p><textarea></textarea></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Bài viết mới</h2><ul>` + links(a.mostRead, "") + `</ul></section>
<section class="widget"><h2 class="widget-title">Chuyên mục</h2><ul>` + links(categories, "cat-item") + `</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">` + esc(a.footer[0]) + `</div></footer></div>
</body>
</html>
`
}

// modern: article element with header, inline "Xem thêm" between
// paragraphs, a video block, a gallery, "Bài viết liên quan".
func modern(a *article) string {
	inline := `<p class="related-inline"><strong>Xem thêm: </strong><a href="/` + slug(a.inlineRelated) + `.html">` + esc(a.inlineRelated) + `</a></p>
<div class="video-embed"><div class="video-title">Video: ` + esc(a.related[0]) + `</div></div>
`
	return head(esc(a.title), "") + `<body>
<div class="app"><div class="topbar"><a href="/">` + esc(a.site) + `</a><button class="menu-toggle">Menu</button></div>
<nav class="nav-main"><ul>` + links(a.menu, "") + `</ul></nav>
<div class="layout"><div class="col-main">
<article class="article">
<header class="article__header"><a class="article__category" href="` + a.catURL() + `">` + esc(a.category) + `</a>
<h1 class="article__title">` + esc(a.title) + `</h1>
<div class="article__meta"><span class="article__author">` + esc(a.byline) + `</span> - <span class="article__date">` + a.published.Format("02-01-2006 15:04") + `</span></div></header>
<div class="article__sapo"><p>` + esc(a.sapo) + `</p></div>
<div class="article__body">
` + a.body(func(t string) string { return "<p>" + esc(t) + "</p>\n" }, func(t string) string { return "<h2>" + esc(t) + "</h2>\n" }, inline) + `<div class="gallery"><figure><img src="` + a.image + `"><figcaption>` + esc(a.caption) + `</figcaption></figure></div>
</div>
<div class="article__tags">` + links(a.tags, "") + `</div>
<div class="article__share"><span>Chia sẻ bài viết</span><a>Facebook</a><a>Zalo</a></div>
</article>
<section class="related"><h2>Bài viết liên quan</h2><div class="grid">` + list(a.related, `<div class="card"><h3 class="card__title">`, "</h3></div>") + `</div></section>
</div><div class="col-side"><div class="ad">Advertisement</div><h3>Mới nhất</h3><ul>` + links(a.mostRead, "") + `</ul></div></div>
<footer class="footer">` + list(a.footer, "<p>", "</p>") + `</footer></div>
</body>
</html>
`
}
