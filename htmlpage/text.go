package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the elements that start a new line of page text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Br: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true,
	atom.Figure: true, atom.Figcaption: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Main: true,
	atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Form: true, atom.Dd: true, atom.Dt: true,
	atom.Button: true, atom.Textarea: true, atom.Title: true,
}

// skipped elements hold no visible text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Select: true, atom.Head: true,
}

// pageText renders the visible text of n as scraped page text: one line per
// block element, spaces collapsed, the way a scraper keeps a page. It is
// what package page parses when the page's metadata leaves a field empty.
func pageText(n *html.Node) string { return renderText(n, nil, "") }

// renderText is pageText with each element skip (may be nil) reports
// replaced by a line that reads mark (none when mark is "").
func renderText(n *html.Node, skip func(*html.Node) bool, mark string) string {
	var b strings.Builder
	var walk func(*html.Node)
	newline := func() {
		s := b.String()
		if len(s) > 0 && s[len(s)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			t := strings.Join(strings.Fields(n.Data), " ")
			s := b.String()
			if t == "" {
				// White space between inline elements still parts their
				// words ("<span>Minh Anh</span> <span>11/2/2024</span>").
				if n.Data != "" && len(s) > 0 && s[len(s)-1] != '\n' && s[len(s)-1] != ' ' {
					b.WriteByte(' ')
				}
				return
			}
			if len(s) > 0 && s[len(s)-1] != '\n' && s[len(s)-1] != ' ' && startsWithSpace(n.Data) {
				b.WriteByte(' ')
			}
			b.WriteString(t)
			if endsWithSpace(n.Data) {
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if skip != nil && skip(n) {
				if mark != "" {
					newline()
					b.WriteString(mark)
					newline()
				}
				return
			}
			if blocks[n.DataAtom] {
				newline()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.DataAtom] {
			newline()
		}
	}
	walk(n)
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func startsWithSpace(s string) bool { return s != "" && strings.TrimLeft(s, " \t\r\n") != s }
func endsWithSpace(s string) bool   { return s != "" && strings.TrimRight(s, " \t\r\n") != s }
