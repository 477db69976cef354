package htmlpage

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vntext/vntext/page"
)

// category returns a page's category, by what its markup says, in this
// order: the metadata's section (article:section, articleSection); a
// breadcrumb (a schema.org BreadcrumbList in JSON-LD, microdata or RDFa; an
// element whose class or id names a breadcrumb; a nav labelled as one),
// whose last crumb is the category; the item a site's menu marks as the
// current one; only then the page's text after its last menu before the
// headline (a section label above the headline, a "Chuyên mục:" line). A
// menu lists every section of the site: which of its items the article
// belongs to is said only by the mark on the current one. whole is the
// page's text as package page read it, for pages whose headline is not in
// their text.
func category(doc *html.Node, meta metadata, title string, whole page.Page) string {
	if meta.category != "" {
		return meta.category
	}
	if c := lastSection(meta.crumbs, title); c != "" {
		return c
	}
	if c := breadcrumbCategory(doc, title); c != "" {
		return c
	}
	if c := activeMenuItem(doc, title); c != "" {
		return c
	}
	text := renderText(doc, isMenu, menuMark)
	head := strings.Index(text, title)
	if title == "" || head < 0 {
		return whole.Category.Text
	}
	from := strings.LastIndex(text[:head], menuMark)
	if from >= 0 {
		from += len(menuMark)
	}
	return page.Parse(strings.ReplaceAll(text[max(from, 0):], menuMark, "")).Category.Text
}

// menuMark stands for a menu in the page's text: a private-use character,
// on a line of its own.
const menuMark = "\uE000"

// breadcrumbCategory returns the section of the page's first breadcrumb
// element.
func breadcrumbCategory(doc *html.Node, title string) string {
	var crumbs []string
	find(doc, func(n *html.Node) bool {
		if !isBreadcrumb(n) {
			return false
		}
		for (n.DataAtom == atom.Li || n.DataAtom == atom.A) && n.Parent != nil {
			n = n.Parent // only the items are marked: "breadcrumb-item"
		}
		crumbs = crumbTexts(n)
		return true
	})
	return lastSection(crumbs, title)
}

// lastSection returns the last crumb that names a section: not the home
// page, not the headline (some breadcrumbs end with it), no date.
func lastSection(crumbs []string, title string) string {
	for i := len(crumbs) - 1; i >= 0; i-- {
		if c := crumbs[i]; sectionName(c) && !same(c, title) {
			return c
		}
	}
	return ""
}

// isBreadcrumb: a schema.org BreadcrumbList (microdata, RDFa), an element
// whose class or id names a breadcrumb ("breadcrumb", "bread-crumb",
// "breadcrumbs"), or one labelled as one (<nav aria-label="breadcrumb">).
func isBreadcrumb(n *html.Node) bool {
	if strings.Contains(attr(n, "itemtype")+attr(n, "typeof"), "BreadcrumbList") {
		return true
	}
	if label := strings.ToLower(attr(n, "aria-label")); strings.Contains(label, "breadcrumb") || strings.Contains(label, "đường dẫn") {
		return true
	}
	return strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), "crumb")
}

// crumbSeparators stand between crumbs written as text.
const crumbSeparators = ">›»/|→"

// crumbTexts returns the crumbs of a breadcrumb: the texts of its items
// and links, split at the separators written between them.
func crumbTexts(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		for part := range strings.FieldsFuncSeq(cur.String(), func(r rune) bool { return strings.ContainsRune(crumbSeparators, r) }) {
			if part = strings.Join(strings.Fields(part), " "); part != "" {
				out = append(out, part)
			}
		}
		cur.Reset()
	}
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
			cur.WriteByte(' ')
			return
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
			return
		}
		item := n.Type == html.ElementNode && (n.DataAtom == atom.Li || n.DataAtom == atom.A || blocks[n.DataAtom])
		if item {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
		if item {
			flush()
		}
	}
	rec(n)
	flush()
	return out
}

// sectionName: a crumb or menu item that can name a section: a few words,
// no digits (a date), not the home page.
func sectionName(s string) bool {
	if n := len(strings.Fields(s)); n == 0 || n > 6 || strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return false
	}
	switch strings.ToLower(s) {
	case "trang chủ", "trang nhất", "home", "trang chính":
		return false
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// activeMenuItem returns the section a menu before the headline marks as
// the current one (class "active", "current", "current-menu-item",
// "selected"; aria-current): of several (a section and its sub-section),
// the last. Menus after the headline (a sidebar's tabs, the footer's menu)
// do not say where the article stands.
func activeMenuItem(doc *html.Node, title string) string {
	var marked []string
	find(doc, func(n *html.Node) bool {
		if headlineElement(n, title) {
			return true // stop: the article starts
		}
		if !isMenu(n) {
			return false
		}
		walk(n, func(c *html.Node) {
			if isCurrent(c) {
				if label := itemLabel(c); sectionName(label) && !containsFold(marked, label) {
					marked = append(marked, label)
				}
			}
		})
		return false
	})
	if len(marked) == 0 {
		return ""
	}
	return marked[len(marked)-1]
}

// headlineElement: a heading whose text is the page's title.
func headlineElement(n *html.Node, title string) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3:
		return title != "" && same(textOf(n), title)
	}
	return false
}

// isMenu: a site's menu: <nav>, an element with the role of one, or one
// whose class or id names a menu or a navigation bar; never a breadcrumb,
// and never an element that holds the article or its headline.
func isMenu(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	menu := n.DataAtom == atom.Nav
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "menubar", "menu":
		menu = true
	}
	if !menu {
		for _, tok := range strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_'
		}) {
			switch tok {
			case "menu", "nav", "navbar", "navigation", "topnav", "mainnav", "megamenu", "submenu", "menubar", "navmenu":
				menu = true
			}
		}
	}
	if !menu || isBreadcrumb(n) {
		return false
	}
	holdsArticle := false
	walk(n, func(c *html.Node) {
		holdsArticle = holdsArticle || c.DataAtom == atom.H1 || c.DataAtom == atom.Article || c.DataAtom == atom.Main
	})
	return !holdsArticle
}

// isCurrent: the element is marked as the current item of its menu.
func isCurrent(n *html.Node) bool {
	if cur := strings.ToLower(attr(n, "aria-current")); cur != "" && cur != "false" {
		return true
	}
	for _, tok := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		switch {
		case tok == "active", tok == "is-active", tok == "selected", tok == "current",
			strings.HasPrefix(tok, "current-"), strings.HasPrefix(tok, "current_"):
			return true
		}
	}
	return false
}

// itemLabel is the name of a menu item: its link's text, not that of the
// sub-menu it may hold.
func itemLabel(n *html.Node) string {
	if n.DataAtom != atom.A {
		var link *html.Node
		find(n, func(c *html.Node) bool {
			if c.DataAtom == atom.A {
				link = c
				return true
			}
			return false
		})
		if link != nil {
			n = link
		}
	}
	return strings.Join(strings.Fields(textOf(n)), " ")
}

// find calls fn on the elements under n in document order, not entering
// one for which fn returns true; it stops at the first true.
func find(n *html.Node, fn func(*html.Node) bool) bool {
	if n.Type == html.ElementNode && fn(n) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if find(c, fn) {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
