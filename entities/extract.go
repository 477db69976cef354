package entities

import (
	"context"
	"slices"
	"strings"

	"github.com/vntext/vntext/gazetteer"
	"github.com/vntext/vntext/normalize"
)

// found is one entity in token coordinates.
type found struct {
	typ    Type
	s, e   int                 // token range [s, e)
	roles  []roleSpan          // PERSON: the role phrases
	place  *gazetteer.Location // LOCATION: gazetteer details, if known
	level  gazetteer.Level     // LOCATION read by a head word; such places only claim their tokens (preferGazetteerPlaces drops them)
	keep   bool                // LOCATION the rules read that stands without the gazetteer's mention (a country before a foreign name)
	unit   [2]int              // ORGANIZATION written bare: token range of the unit it refers to
	custom bool                // a WithEntries phrase: wins over the model too
}

// roleSpan is one role phrase of a person in token coordinates.
type roleSpan struct {
	s, e   int // token range [s, e)
	status RoleStatus
}

// pass holds the state of one Extract call. Rules look at tokens from left
// to right; each position is decided once, so a call is linear in the text.
type pass struct {
	x      *Extractor
	text   string  // the normalized text
	toks   []token // the text's tokens; while the rules step, up to the end of a line
	doc    []token // every token of the text
	locEnd []int32 // token index → 1 + end token of a gazetteer place starting there
	locIdx []int32
	locs   []gazetteer.Location
	out    []found
	hits   []lexHit               // scratch
	roles  []role                 // scratch for roleList
	spans  []roleSpan             // backing array of the role spans in out
	pairs  map[[2]string]struct{} // lower-case word pairs, built on demand
	brands map[string]bool        // coined words the text shows to name a body (indexBrands)
	// inOrgName is set while orgName looks ahead for the body a name
	// belongs to, which must not look ahead again (linear time).
	inOrgName bool
	// inOwner is set while ownerAfter reads the office that set up a
	// working group, whose own name takes no owner: a chain of groups
	// each owned by the next would recurse once per group.
	inOwner bool
	// inSector is set while afterFreeSector looks past a sector, where a
	// body read on the way must not look past its own (linear time).
	inSector bool
	// inList is set while orgName reads the words after a comma inside a
	// name, where a body read on the way takes no list of its own.
	inList bool
	// heldEnd is 1 + the end of the last titles read as the object of a verb
	// of holding ("giữ các cương vị …"): a title after the comma there
	// goes on with the verb's list (heldBefore).
	heldEnd int
	// inLandmark is set while landmark reads a monument's or a site's
	// name, whose words must not be read as another landmark (linear
	// time: a chain of them would be read once per link).
	inLandmark bool
	// inLowerName is set while lowerName looks ahead at the words after a
	// head, where a body read on the way must not look ahead again.
	inLowerName bool
	bufs        passBuffers // spare arrays, kept by the pass pool
}

// Extract returns the entities of text sorted by Start. Offsets are byte
// offsets into text as given. It returns an error only when ctx is nil or
// ends (it is checked every few thousand words), or when the zero
// Extractor cannot load the built-in data.
func (x *Extractor) Extract(ctx context.Context, text string) ([]Entity, error) {
	x, err := x.start(ctx)
	if err != nil {
		return nil, err
	}
	if text == "" {
		return nil, nil
	}
	n := normalizeText(text)
	return x.extract(ctx, text, n.text, func(s, e int) (int, int) { return n.span(text, s, e) })
}

// start checks what every Extract call needs before it reads the text: a
// live context and the extractor, or the default one for a zero value.
func (x *Extractor) start(ctx context.Context) (*Extractor, error) {
	if ctx == nil {
		return nil, errNilContext
	}
	x, err := x.orDefault()
	if err != nil {
		return nil, err
	}
	return x, ctx.Err()
}

// ExtractNormalized is Extract for a caller that has already normalized
// text, so it is not normalized twice: normalized is
// normalize.NormalizeWithMap(text) or a Normalizer's NormalizeWithMap of
// it. As from Extract, offsets index text and every Text, role and unit is
// text's own bytes. It fails as Extract does.
func (x *Extractor) ExtractNormalized(ctx context.Context, text string, normalized normalize.Normalized) ([]Entity, error) {
	x, err := x.start(ctx)
	if err != nil {
		return nil, err
	}
	if normalized.Text == "" {
		return nil, nil
	}
	return x.extract(ctx, text, normalized.Text, func(s, e int) (int, int) { return normalized.OrigSpan(text, s, e) })
}

// extract runs the rules on norm and reports spans of text through
// origSpan, which maps a span of norm to the span of text holding it.
func (x *Extractor) extract(ctx context.Context, text, norm string, origSpan func(s, e int) (int, int)) ([]Entity, error) {
	p, err := x.run(ctx, norm)
	defer p.release()
	if err != nil {
		return nil, err
	}
	out := make([]Entity, 0, len(p.out))
	span := func(s, e int) (int, int) {
		bs, be := origSpan(p.toks[s].s, p.toks[e-1].e)
		// A caller's map that goes astray must not slice out of range.
		bs = min(max(bs, 0), len(text))
		be = min(max(be, bs), len(text))
		return bs, be
	}
	// normalizedOf is the normalized text of tokens [s, e), for a mention
	// written verbatim as written: the written bytes when they are the
	// same, else a copy, so a result does not hold the normalized text of
	// a whole window alive.
	normalizedOf := func(s, e int, written string) string {
		nt := norm[p.toks[s].s:p.toks[e-1].e]
		if nt == written {
			return written
		}
		return strings.Clone(nt)
	}
	for i := range p.out {
		f := &p.out[i]
		bs, be := span(f.s, f.e)
		if bs >= be {
			continue
		}
		ent := Entity{Type: f.typ, Text: text[bs:be], Start: bs, End: be}
		ent.Normalized = normalizedOf(f.s, f.e, ent.Text)
		if len(f.roles) > 0 {
			ent.Roles = make([]Role, len(f.roles))
			for k, r := range f.roles {
				rs, re := span(r.s, r.e)
				ent.Roles[k] = Role{Text: text[rs:re], Status: r.status, Start: rs, End: re}
				ent.Roles[k].Normalized = normalizedOf(r.s, r.e, ent.Roles[k].Text)
			}
		}
		if f.place != nil {
			ent.Level, ent.Code, ent.Periods, ent.Successors = f.place.Level, f.place.Code, f.place.Periods, f.place.Successors
		}
		if f.unit[1] > f.unit[0] {
			us, ue := span(f.unit[0], f.unit[1])
			ent.Unit = text[us:ue]
		}
		if ent.Roles == nil {
			ent.Roles = []Role{} // zero-size: no allocation
		}
		if ent.Successors == nil {
			ent.Successors = []gazetteer.Successor{}
		}
		out = append(out, ent)
	}
	slices.SortStableFunc(out, func(a, b Entity) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	return out, nil
}

// checkEvery is how many tokens the rules read between looks at the
// context: often enough to stop within milliseconds, rarely enough to cost
// nothing.
const checkEvery = 1 << 12

func (x *Extractor) run(ctx context.Context, text string) (*pass, error) {
	p := x.newPass(text)
	p.indexPlaces(text)
	p.indexBrands()
	next := checkEvery
	// The rules read one line at a time: while they step through a line,
	// p.toks ends with it, so no phrase any rule reads runs across a line
	// break (a heading, a byline, a paragraph ends every phrase), and
	// look-behind still sees the lines before.
	doc := p.doc
	for i, lineEnd := 0, 0; i < len(doc); {
		if i >= next {
			if err := ctx.Err(); err != nil {
				p.toks = doc
				return p, err
			}
			next = i + checkEvery
		}
		if i >= lineEnd {
			lineEnd = p.lineEnd(i)
			p.toks = doc[:lineEnd]
		}
		if j := p.step(i); j > i {
			i = j
		} else {
			i++
		}
	}
	p.toks = doc
	p.byline()
	p.repeatOrgs()
	p.repeatPrograms()
	p.repeatNames()
	p.listNames()
	p.preferGazetteerPlaces()
	if err := ctx.Err(); err != nil {
		return p, err
	}
	if x.model != nil {
		p.applyModel(x.model)
	}
	return p, ctx.Err()
}

// tokenSpan finds the tokens [ti, te] that exactly cover the byte span
// [start, end). Callers walk spans in order of start, so the search resumes at
// ti (returned advanced past tokens that start before start); ok is false when
// the span does not begin and end on token boundaries.
func (p *pass) tokenSpan(ti, start, end int) (next, te int, ok bool) {
	for ti < len(p.toks) && p.toks[ti].s < start {
		ti++
	}
	if ti == len(p.toks) || p.toks[ti].s != start {
		return ti, 0, false
	}
	te = ti
	for te < len(p.toks) && p.toks[te].e < end {
		te++
	}
	if te == len(p.toks) || p.toks[te].e != end {
		return ti, 0, false
	}
	return ti, te, true
}

// indexPlaces asks the gazetteer for places and indexes them by token. A
// place written across a line break is none: no phrase runs across one.
func (p *pass) indexPlaces(text string) {
	locs := p.x.places.Locations(text)
	if len(locs) == 0 {
		return
	}
	p.locEnd = zeroed(p.bufs.locEnd, len(p.toks))
	p.locIdx = zeroed(p.bufs.locIdx, len(p.toks))
	// kept is locs until a place is dropped, then a copy: a caller's
	// Places may hand out a slice it keeps.
	kept, dropped := locs[:0], false
	ti := 0
	for li, l := range locs {
		var te int
		var ok bool
		ti, te, ok = p.tokenSpan(ti, l.Start, l.End)
		if ok && p.crossesLine(ti, te+1) {
			if !dropped {
				kept, dropped = append([]gazetteer.Location(nil), locs[:li]...), true
			}
			continue
		}
		if ok && l.Code == "" {
			if e := p.holderAfterUnit(ti, te+1); e <= te {
				// The unit's head is named after it: the place ends
				// before the name.
				if !dropped {
					kept, dropped = append([]gazetteer.Location(nil), locs[:li]...), true
				}
				te = e - 1
				l.End = p.toks[te].e
				l.Text = text[l.Start:l.End]
			}
		}
		kept = append(kept, l)
		if ok && int32(te+1) > p.locEnd[ti] {
			p.locEnd[ti] = int32(te + 1)
			p.locIdx[ti] = int32(len(kept) - 1)
		}
	}
	p.locs = kept
}

func (p *pass) emit(f found) { p.out = append(p.out, f) }

// lineEnd returns the end of the line holding token i: the next token
// after a line break, or the number of tokens.
func (p *pass) lineEnd(i int) int {
	e := i + 1
	for e < len(p.doc) && !p.doc[e].nl {
		e++
	}
	return e
}

// crossesLine reports a line break inside the tokens [s, e).
func (p *pass) crossesLine(s, e int) bool {
	for k := s + 1; k < e; k++ {
		if p.toks[k].nl {
			return true
		}
	}
	return false
}

// step decides what starts at token i and returns the token after it, or
// i when nothing does.
func (p *pass) step(i int) int {
	if e, c := p.x.custom.longest(p.toks, i, ^lexClass(0)); c != 0 {
		p.emit(found{typ: p.x.labels[lowBit(c)], s: i, e: e, custom: true})
		return e
	}
	t := &p.toks[i]
	if t.kind == tkNum || t.digit {
		if e := p.address(i); e > i {
			p.emit(found{typ: Location, s: i, e: e, level: gazetteer.LevelOther})
			return e
		}
	}
	switch t.kind {
	case tkPunct:
		return i
	case tkNum:
		return p.unitAfter(p.numeric(i))
	}
	if j := p.program(i); j > i {
		return j
	}
	if j := p.term(i); j > i {
		return j
	}
	if e := p.kindName(i); e > i {
		return e // "đồng bào Lô Lô", "năm Đinh Dậu": no entity
	}
	if j := p.official(i); j > i {
		return j
	}
	if p.capFirst(i) && !p.isSurname(i) && p.phraseStart(i) {
		if e := p.capRun(i, false); e-i >= 2 && e-i <= 3 && p.knownUnit(i, e) && p.pressName(i) <= i {
			// A head noun or a country that begins a unit's name: "Trường
			// Sơn", "Hội An", "Mỹ Đức"; not an outlet cited in capitals
			// ("Như TIỀN PHONG đã đưa tin").
			p.emit(found{typ: Location, s: i, e: e})
			return e
		}
	}
	if o := p.org(i, false); o.e > i {
		p.emitOrg(o)
		if b := p.brandAfter(o); b > o.e {
			p.emit(found{typ: Organization, s: o.e + 1, e: b})
			return b + 1
		}
		return o.e
	}
	if pl := p.place(i); pl.e > i {
		p.emitPlace(pl)
		return pl.e
	}
	if e := p.personName(i, false); e > i {
		p.emit(found{typ: Person, s: i, e: e})
		return e
	}
	if e := p.unknownName(i); e > i {
		typ := Person
		switch {
		case p.knownUnit(i, e):
			typ = Location
		case p.foreignWords(i, e, clForeignOrg):
			typ = Organization // "Real Madrid", "Goldman Sachs Group"
		}
		p.emit(found{typ: typ, s: i, e: e})
		return e
	}
	return i
}

func lowBit(c lexClass) int {
	for i := 0; i < lexClassBits; i++ {
		if c&(1<<i) != 0 {
			return i
		}
	}
	return 0
}

// Token predicates.

func (p *pass) key(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].key
}

// capWord: a capitalised word token that continues a name at position i
// (separated from the previous token by white space on the same line).
func (p *pass) capWord(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	return t.kind == tkWord && t.cap && !t.nl
}

// capFirst: a capitalised word token that may start a name, also at the
// start of a line.
func (p *pass) capFirst(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tkWord && p.toks[i].cap
}

func (p *pass) isWord(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tkWord }

// sentenceStart reports whether token i opens a sentence or a line.
func (p *pass) sentenceStart(i int) bool {
	if i == 0 || p.toks[i].nl {
		return true
	}
	switch p.toks[i-1].key {
	case ".", "!", "?", ":", "\"", "…", "(", "-", "–", ";":
		return true
	}
	return false
}
