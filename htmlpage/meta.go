package htmlpage

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metadata is what a page says about its article in <meta> tags, JSON-LD
// and schema.org microdata: category is the section it names
// (article:section, articleSection), crumbs the names of a JSON-LD
// BreadcrumbList.
type metadata struct {
	title, byline, published, category string
	crumbs                             []string
}

// fill sets each empty field of m from o.
func (m *metadata) fill(o metadata) {
	if len(m.crumbs) == 0 {
		m.crumbs = o.crumbs
	}
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&m.title, o.title}, {&m.byline, o.byline}, {&m.published, o.published}, {&m.category, o.category},
	} {
		if *f.dst == "" {
			*f.dst = strings.TrimSpace(f.src)
		}
	}
}

// readMetadata reads JSON-LD first (the most explicit), then Open Graph
// and other <meta> tags, then microdata.
func readMetadata(doc *html.Node) metadata {
	var ld, meta, micro metadata
	walk(doc, func(n *html.Node) {
		switch n.DataAtom {
		case atom.Script:
			if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
				ld.fill(jsonLD(n.FirstChild.Data))
			}
		case atom.Meta:
			key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
			content := attr(n, "content")
			switch key {
			case "og:title", "twitter:title", "title", "dc.title":
				meta.fill(metadata{title: content})
			case "author", "article:author", "dc.creator", "byl":
				if !strings.Contains(content, "://") {
					meta.fill(metadata{byline: content})
				}
			case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
				"dc.date.issued", "og:published_time", "publish-date":
				meta.fill(metadata{published: content})
			case "article:section", "category", "section":
				meta.fill(metadata{category: content})
			}
		}
		if prop := attr(n, "itemprop"); prop != "" && n.DataAtom != atom.Meta {
			val := attr(n, "content")
			if val == "" {
				val = attr(n, "datetime")
			}
			if val == "" {
				val = strings.Join(strings.Fields(textOf(n)), " ")
			}
			switch prop {
			case "headline":
				micro.fill(metadata{title: val})
			case "datePublished":
				micro.fill(metadata{published: val})
			case "articleSection":
				micro.fill(metadata{category: val})
			case "author":
				if name := findItemprop(n, "name"); name != "" {
					val = name
				}
				micro.fill(metadata{byline: val})
			}
		}
	})
	ld.fill(meta)
	ld.fill(micro)
	return ld
}

// jsonLD reads a NewsArticle (or Article, BlogPosting, ...) and a
// BreadcrumbList from a JSON-LD block: an object, an array, or a @graph.
// ListItems are in position order, as schema.org asks and sites write them.
func jsonLD(src string) metadata {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return metadata{}
	}
	var m metadata
	var visit func(any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, y := range x {
				visit(y)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			typ := strings.ToLower(str(x["@type"]))
			switch {
			case strings.HasSuffix(typ, "article") || typ == "blogposting" || typ == "reportagenewsarticle":
				m.fill(metadata{title: str(x["headline"]), byline: names(x["author"]),
					published: str(x["datePublished"]), category: str(x["articleSection"])})
			case typ == "breadcrumblist":
				items, _ := x["itemListElement"].([]any)
				var crumbs []string
				for _, it := range items {
					if it, ok := it.(map[string]any); ok {
						name := str(it["name"])
						if inner, ok := it["item"].(map[string]any); ok && name == "" {
							name = str(inner["name"])
						}
						crumbs = append(crumbs, strings.TrimSpace(name))
					}
				}
				m.fill(metadata{crumbs: crumbs})
			}
		}
	}
	visit(v)
	return m
}

// str reads a JSON string, or the first string of an array.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	}
	return ""
}

// names reads JSON-LD authors: a name, a Person, or a list of them.
func names(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return str(x["name"])
	case []any:
		var out []string
		for _, y := range x {
			if n := names(y); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

func findItemprop(n *html.Node, prop string) string {
	var out string
	walk(n, func(c *html.Node) {
		if out == "" && c != n && attr(c, "itemprop") == prop {
			out = attr(c, "content")
			if out == "" {
				out = strings.Join(strings.Fields(textOf(c)), " ")
			}
		}
	})
	return out
}
