package vntext

import (
	"slices"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/gazetteer"
	"github.com/vntext/vntext/page"
)

// pageSpan is the most text TaskPage parses: a page is never longer, and a
// longer record is left whole (its memory stays that of Analyze's windows).
const pageSpan = summarySpan

// pageStructure runs TaskPage on the caller's text: it fills the page
// fields of res the Doc left empty and returns the text with every
// furniture line blanked out (spaces, line breaks kept: the same length, so
// every offset stays valid) for the other stages, whether it blanked
// anything, and the byline's names as PERSON mentions. A byline name is a
// person, never an official: officials come from the body's mentions only.
//
// The page is read in the normalized text, as the other stages read it: a
// body paragraph in mojibake or NFD reads as the sentences it holds ("Ã©"
// is no copyright sign), whatever the length of its line. What it finds is
// mapped back: every span, and the Title, Byline and Category taken from
// them, are the caller's text.
func (a *Analyzer) pageStructure(res *Result, text string) (body string, blanked bool, authors []entities.Entity) {
	if len(text) > pageSpan {
		return text, false, nil
	}
	n, err := a.norm.NormalizeWithMap(text)
	if err != nil {
		return text, false, nil // strict mode; Analyze has decoded the text, so never
	}
	at := func(s page.Span) page.Span {
		if s == (page.Span{}) {
			return s
		}
		s.Start, s.End = n.OrigSpan(text, s.Start, s.End)
		s.Text = text[s.Start:s.End]
		return s
	}
	p := page.Parse(n.Text)
	if res.Title == "" {
		res.Title = at(p.Title).Text
	}
	if res.Byline == "" {
		res.Byline = at(p.Byline).Text
		for _, s := range p.Authors {
			s = at(s)
			authors = append(authors, entities.Entity{Type: entities.Person, Text: s.Text, Start: s.Start, End: s.End,
				Roles: []entities.Role{}, Successors: []gazetteer.Successor{}})
		}
	}
	if res.Category == "" {
		res.Category = at(p.Category).Text
	}
	if res.Published.IsZero() {
		res.Published = p.Published
	}
	for i := range p.Furniture {
		p.Furniture[i] = at(p.Furniture[i])
	}
	res.Furniture = p.Furniture
	if len(p.Furniture) == 0 {
		return text, false, authors
	}
	b := []byte(text)
	for _, f := range p.Furniture {
		for j := f.Start; j < f.End; j++ {
			if b[j] != '\n' {
				b[j] = ' '
			}
		}
	}
	return string(b), true, authors
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
