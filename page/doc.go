// Package page finds the structure of a news page's text, as scrapers and
// archives keep it (one paragraph or page element a line): the category,
// headline, byline and authors, publication date and body paragraphs, and
// the furniture around them (image names, captions, sources, comment
// counters, related-article lists, menus, share bars, footers).
//
//	p := page.Parse(text)
//	fmt.Println(p.Title.Text, p.Published) // the headline, 2024-02-11T15:00+07:00
//	for _, s := range p.Body {
//		// s.Text == text[s.Start:s.End]: a paragraph of the article
//	}
//
// Every Span is the caller's own text at the byte offsets it gives. Parse
// never fails: text it cannot place is body. ParseDate reads the
// Vietnamese date forms of datelines ("Thứ hai, 11/2/2024 - 15:00
// (GMT+7)", "15:00 ngày 11/02/2024") at the precision written, in +07:00
// when no zone is written. IsFurniture and IsCreditLine test a single
// sentence or line (package summarize uses them to keep furniture out of
// summaries). The words that mark furniture are one hand-written list,
// words.tsv (see SOURCES.md), read once on first use; everything here is
// safe for concurrent use.
package page
