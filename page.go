package vntext

import (
	"slices"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/page"
)

// pageStructure runs TaskPage on the normalized text: it fills the page
// fields of res (spans mapped to the caller's text) and returns the text
// with every furniture line blanked out (same length, line breaks kept, so
// every offset stays valid) and the byline's names as PERSON mentions in
// the normalized text's offsets. A byline name is a person, never an
// official: officials come from the body's mentions only.
func (a *Analyzer) pageStructure(res *Result, in, text string, m offsetMap) (string, []entities.Entity) {
	p := page.Parse(text)
	// The fields are the caller's own text, whatever normalization did.
	verbatim := func(s page.Span) string {
		start, end := m.span(s.Start, s.End)
		return in[start:end]
	}
	if res.Title == "" && p.Title.Text != "" {
		res.Title = verbatim(p.Title)
	}
	if p.Byline.Text != "" {
		res.Byline = verbatim(p.Byline)
	}
	if p.Category.Text != "" {
		res.Category = verbatim(p.Category)
	}
	res.Published = p.Published
	if len(p.Furniture) == 0 {
		return text, nil
	}
	body := []byte(text)
	res.Furniture = make([]page.Span, len(p.Furniture))
	for i, f := range p.Furniture {
		for j := f.Start; j < f.End; j++ {
			if body[j] != '\n' {
				body[j] = ' '
			}
		}
		f.Text = verbatim(f)
		f.Start, f.End = m.span(f.Start, f.End)
		res.Furniture[i] = f
	}
	var authors []entities.Entity
	for _, s := range p.Authors {
		authors = append(authors, entities.Entity{Type: entities.Person, Text: s.Text, Start: s.Start, End: s.End})
	}
	return string(body), authors
}

// withAuthors merges the byline's PERSON mentions into the body's entities,
// in text order.
func withAuthors(ents, authors []entities.Entity) []entities.Entity {
	if len(authors) == 0 {
		return ents
	}
	out := append(slices.Clone(ents), authors...)
	slices.SortStableFunc(out, func(x, y entities.Entity) int { return x.Start - y.Start })
	return out
}
