package entities

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sync"

	"github.com/vntext/vntext/entities/internal/model"
	"github.com/vntext/vntext/entities/internal/tagger"
	"github.com/vntext/vntext/gazetteer"
)

// The learned layer. A sequence tagger (averaged perceptron, BILOU labels,
// Viterbi; entities/internal/tagger) reads each syllable with its
// neighbours, shape, word cluster and what the rules and word lists say
// about it, and decides the spans and types of the entities it was
// trained on. The rules keep what is deterministic: a model span that the
// rules also found gets their roles, administrative level, codes and unit;
// a place the gazetteer knows gets its codes; the types the model does
// not tag (dates, terms, ratios, WithEntries labels) come from the rules
// alone, and WithEntries phrases win over the model as over the rules. A
// span the model tags must read as an entity (acceptModelSpan): it begins
// and ends at word boundaries, a PROGRAM has a name; where one is refused,
// the rules' findings of its type stand.

// builtinModelOn is the one switch for the shipped model: whether New uses
// the embedded model (written by go run ./entities/internal/trainmodel from
// the project's own annotated corpus) when no option says otherwise. Off until the
// measurements on the held-out sets say the model does better than the
// rules.
const builtinModelOn = false

// WithModel makes the Extractor use the entity model read from r, written
// by Train ("vntext train entities"). The model decides the spans of the
// types it was trained on ("Learned layer" in the package documentation).
// r is read when WithModel is called, so one option serves any number of
// New calls, whose Extractors share the (immutable) model; a model that
// does not load is New's error.
func WithModel(r io.Reader) Option {
	if r == nil {
		return func(*config) error { return errors.New("entities: WithModel: nil reader") }
	}
	m, err := tagger.Load(r)
	return func(c *config) error {
		if err != nil {
			return fmt.Errorf("entities: WithModel: %w", err)
		}
		c.model = m
		return nil
	}
}

// WithBuiltinModel turns the model shipped with the library on or off,
// whatever the default; a model given with WithModel wins over it.
func WithBuiltinModel(on bool) Option {
	return func(c *config) error {
		c.builtin = -1
		if on {
			c.builtin = 1
		}
		return nil
	}
}

// chooseModel returns the model New should use, or nil for rules alone.
func (c *config) chooseModel() (*tagger.Model, error) {
	switch {
	case c.model != nil:
		return c.model, nil
	case c.builtin == 1 || c.builtin == 0 && builtinModelOn:
		return builtinModel()
	}
	return nil, nil
}

// builtinModel loads the embedded model once.
var builtinModel = sync.OnceValues(func() (*tagger.Model, error) {
	data, err := fs.ReadFile(model.FS(), "entities.model")
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return nil, errNoBuiltinModel
	}
	return tagger.Load(bytes.NewReader(data))
})

var errNoBuiltinModel = errors.New("entities: this build has no built-in entity model (go run ./entities/internal/trainmodel)")

// modelLayer is an Extractor's model with its types as the package's.
type modelLayer struct {
	m     *tagger.Model
	types []Type // model type index → Type
}

func newModelLayer(m *tagger.Model) *modelLayer {
	l := &modelLayer{m: m}
	for _, t := range m.Types() {
		l.types = append(l.types, Type(t))
	}
	return l
}

// prepareMarks sets what pass.sentence needs of x: the marks of the rules'
// types and of the name lists.
func (x *Extractor) prepareMarks() {
	x.typeMarks = typeMarks(x.labels)
	// One lookup per token instead of one per list; a surname that is also
	// a middle name is marked a surname, as the rules read it.
	x.names = map[string]tagger.Mark{}
	for i, set := range []map[string]bool{x.lx.foreignGiven, x.lx.middles, x.lx.surnames} {
		for k := range set {
			x.names[k] = markNames[2-i]
		}
	}
}

func (l *modelLayer) has(t Type) bool { return slices.Contains(l.types, t) }

// Marks: what the rules and word lists say about a token, as the tagger's
// features see it. Names are fixed: a model stores the features it was
// trained with (tagger.FeatureVersion) and these names are part of them.
var (
	markLex   = lexMarks()
	markNames = [3]tagger.Mark{tagger.NewMark("name:surname"), tagger.NewMark("name:middle"), tagger.NewMark("name:foreign-given")}
	// markedLexicons are the phrase lexicons whose matches are marks, in
	// the order of markLex.
	markedLexicons = [...]string{"titles.tsv", "orgs.tsv", "programs.tsv", "geoheads.tsv"}
	// unmarked are classes only the rules read: the model sees what the
	// rules made of them (a head that needs a name: the body's span).
	// Measured: marking them too made the model worse on the corpus dev
	// split. The hints of how far a name goes (sector heads, open sectors,
	// lower-case organs) and of titles held as a verb's object are the
	// rules' too.
	unmarked = [len(markedLexicons)]lexClass{0: clHoldVerb | clOfficeWord, 1: clNamedHead | clSectorHead | clOpenSector | clLowerOrgan}
	markRole = [2]tagger.Mark{tagger.NewMark("rule:ROLE:B"), tagger.NewMark("rule:ROLE:I")}
	markGaz  = levelMarks()
)

// lexClassBits is the number of classes a lexicon may have (lexClass).
const lexClassBits = 32

// lexMarks names the classes of the phrase lexicons, begin and inside.
func lexMarks() [len(markedLexicons)][lexClassBits][2]tagger.Mark {
	var out [len(markedLexicons)][lexClassBits][2]tagger.Mark
	for i, file := range markedLexicons {
		for name, c := range classNames[file] {
			bit := lowBit(c)
			out[i][bit][0] = tagger.NewMark("lex:" + file + ":" + name + ":B")
			out[i][bit][1] = tagger.NewMark("lex:" + file + ":" + name + ":I")
		}
	}
	return out
}

func levelMarks() map[gazetteer.Level][4]tagger.Mark {
	out := map[gazetteer.Level][4]tagger.Mark{}
	for _, lv := range []gazetteer.Level{"", gazetteer.LevelCountry, gazetteer.LevelProvince, gazetteer.LevelDistrict, gazetteer.LevelCommune, gazetteer.LevelOther} {
		out[lv] = spanMarks("gaz:" + string(lv))
	}
	return out
}

// spanMarks names the four positions in a span: begin, inside, last, unit.
func spanMarks(prefix string) [4]tagger.Mark {
	return [4]tagger.Mark{tagger.NewMark(prefix + ":B"), tagger.NewMark(prefix + ":I"), tagger.NewMark(prefix + ":L"), tagger.NewMark(prefix + ":U")}
}

// ruleMarks returns the marks of the rules' proposals of type t.
func (x *Extractor) ruleMarks(t Type) [4]tagger.Mark {
	if m, ok := x.typeMarks[t]; ok {
		return m
	}
	return spanMarks("rule:" + string(t)) // not reached: New fills every type
}

func typeMarks(labels []Type) map[Type][4]tagger.Mark {
	out := map[Type][4]tagger.Mark{}
	for _, t := range append([]Type{Person, Location, Organization, Program, Date, Term, Percent, Ratio}, labels...) {
		out[t] = spanMarks("rule:" + string(t))
	}
	return out
}

// markSpan marks tokens [s, e) with the positions of a span.
func markSpan(sent *tagger.Sentence, s, e int, m [4]tagger.Mark) {
	if e-s == 1 {
		sent.Mark(s, m[3])
		return
	}
	sent.Mark(s, m[0])
	for i := s + 1; i < e-1; i++ {
		sent.Mark(i, m[1])
	}
	sent.Mark(e-1, m[2])
}

// sentence fills sent with p's tokens and marks, after the rules ran.
// Marks in order of weight, as a token keeps at most a few: the rules'
// proposals, the gazetteer's places, the word lists.
func (p *pass) sentence(sent *tagger.Sentence) {
	sent.Reset()
	for i := range p.toks {
		t := &p.toks[i]
		var f tagger.Flags
		if t.sp {
			f |= tagger.Space
		}
		if t.nl {
			f |= tagger.Newline
		}
		sent.Add(p.text[t.s:t.e], t.key, f)
	}
	for i := range p.out {
		o := &p.out[i]
		markSpan(sent, o.s, o.e, p.x.ruleMarks(o.typ))
		for _, r := range o.roles {
			sent.Mark(r.s, markRole[0])
			for k := r.s + 1; k < r.e; k++ {
				sent.Mark(k, markRole[1])
			}
		}
	}
	for i := range p.toks {
		if e := p.placeAt(i); e > i {
			markSpan(sent, i, e, markGaz[p.locs[p.locIdx[i]].Level])
		}
	}
	lx := p.x.lx
	for i := range p.toks {
		t := &p.toks[i]
		if t.kind != tkWord {
			continue
		}
		if m, ok := p.x.names[t.key]; ok {
			sent.Mark(i, m)
		}
		if t.id == 0 {
			continue // in no phrase lexicon
		}
		for li, lex := range [len(markedLexicons)]*lexicon{&lx.titles, &lx.orgs, &lx.programs, &lx.geo} {
			e, c := lex.longest(p.toks, i, ^lexClass(0))
			if c == 0 {
				continue
			}
			c &^= unmarked[li]
			marks := &markLex[li]
			for bit := 0; c != 0; bit++ {
				if c&1 != 0 {
					sent.Mark(i, marks[bit][0])
					for k := i + 1; k < e; k++ {
						sent.Mark(k, marks[bit][1])
					}
				}
				c >>= 1
			}
		}
	}
}

// applyModel replaces the rules' findings of the model's types by the
// model's, keeping from the rules what they resolve: roles, places, units.
func (p *pass) applyModel(ml *modelLayer) {
	sent := &p.bufs.sent
	p.sentence(sent)
	p.bufs.prior = p.prior(p.bufs.prior[:0], ml.types)
	spans := ml.m.TagPrior(sent, p.bufs.prior)
	n := len(p.toks)
	// cover[k] = 1 + index of the rules' finding over token k (the
	// first), for finding what the rules said about a model span.
	cover := zeroed(p.bufs.cover, n)
	p.bufs.cover = cover
	blocked := false
	for i := range p.out {
		f := &p.out[i]
		for k := f.s; k < f.e; k++ {
			if cover[k] == 0 {
				cover[k] = int32(i + 1)
			}
		}
		blocked = blocked || f.custom
	}
	rules := p.out
	out := p.bufs.merged[:0]
	for i := range rules {
		if f := &rules[i]; f.custom || !ml.has(f.typ) {
			out = append(out, *f)
		}
	}
	// As the rules, resolve reads one line at a time (spans come in order).
	doc, lineEnd := p.toks, 0
	// taken marks the tokens of the model's spans kept, refused those of
	// the spans refused by the type they had (1 + type index), and cut
	// those refused for cutting a word, once one is refused.
	var taken, cut []bool
	var refused []int8
	for i, sp := range spans {
		if blocked && overlapsCustom(rules, cover, sp.Start, sp.End) {
			continue
		}
		if sp.Start >= lineEnd {
			lineEnd = p.lineEnd(sp.Start)
			p.toks = doc[:lineEnd]
		}
		f := found{typ: ml.types[sp.Type], s: sp.Start, e: sp.End}
		for f.s < f.e && p.decorationAt(f.s) {
			f.s++ // a name neither starts nor ends with an emoji or a footnote mark
		}
		for f.e > f.s && p.decorationAt(f.e-1) {
			f.e--
		}
		if f.s == f.e {
			continue
		}
		ok, cuts := p.acceptModelSpan(f, rules, cover)
		if !ok {
			if taken == nil {
				taken, cut, refused = make([]bool, n), make([]bool, n), make([]int8, n)
				for _, q := range spans[:i] {
					mark(taken, q.Start, q.End)
				}
			}
			for k := f.s; k < f.e; k++ {
				refused[k] = int8(sp.Type + 1)
				cut[k] = cuts
			}
			continue
		}
		if taken != nil {
			mark(taken, f.s, f.e)
		}
		p.resolve(&f, rules, cover)
		out = append(out, f)
	}
	p.toks = doc
	if taken != nil {
		// Where the model's reading was refused, the rules' findings of
		// its types stand that overlap it with the type it gave or, when
		// it cut a word, the administrative units the gazetteer found
		// inside it ("đổ bộ Quảng Ninh - Hải Phòng" read as one body: the
		// two provinces), unless a span the model kept overlaps them.
		// Other findings inside it do not: measured on the corpus dev
		// split, they are worse than none.
		for i := range rules {
			f := &rules[i]
			if f.custom || !ml.has(f.typ) || anyIn(taken, f.s, f.e) {
				continue
			}
			inside, same := f.typ == Location && f.place != nil && f.place.Code != "", false
			for k := f.s; k < f.e; k++ {
				r := refused[k]
				inside = inside && cut[k]
				same = same || r > 0 && ml.types[r-1] == f.typ
			}
			if inside || same {
				out = append(out, *f)
			}
		}
	}
	out = p.keepRepeatedGiven(out, rules, spans, ml)
	clear(rules)
	p.bufs.merged = rules[:0] // the two arrays swap roles on the next call
	p.out = out
}

// keepRepeatedGiven appends to out the rules' bare given names that repeat
// the last word of a full name the rules found earlier in the text
// ("Anh Trần Văn Lâm …\nLâm năm nay …") where the model labels nothing: the
// earlier full name is strong evidence the model, reading a line at a
// time with little context, lacks. Where the model gives the word a
// label of its own, the model decides.
func (p *pass) keepRepeatedGiven(out, rules []found, spans []tagger.Span, ml *modelLayer) []found {
	if !ml.has(Person) || !slices.ContainsFunc(rules, func(f found) bool { return f.typ == Person && f.e == f.s+1 }) {
		return out
	}
	first := map[string]int{} // given name → end of its first full name
	var labelled []bool
	for i := range rules {
		f := &rules[i]
		if f.typ != Person || f.custom {
			continue
		}
		if f.e-f.s >= 2 {
			if e, ok := first[p.key(f.e-1)]; !ok || f.e < e {
				first[p.key(f.e-1)] = f.e
			}
		}
	}
	for i := range rules {
		f := &rules[i]
		if f.typ != Person || f.custom || f.e != f.s+1 {
			continue
		}
		if e, ok := first[p.key(f.s)]; !ok || e > f.s {
			continue
		}
		if labelled == nil {
			labelled = make([]bool, len(p.toks))
			for _, sp := range spans {
				mark(labelled, sp.Start, sp.End)
			}
		}
		if !labelled[f.s] {
			out = append(out, *f)
		}
	}
	return out
}

// prior appends to dst the rules' findings of the model's types (types[k]
// is type k) as the model's spans, for TagPrior: sorted, the longest of
// those starting together first, none overlapping the one before; a
// WithEntries finding is no prior (it wins anyway).
func (p *pass) prior(dst []tagger.Span, types []Type) []tagger.Span {
	start := len(dst)
	for i := range p.out {
		f := &p.out[i]
		if k := slices.Index(types, f.typ); k >= 0 && !f.custom {
			dst = append(dst, tagger.Span{Type: k, Start: f.s, End: f.e})
		}
	}
	spans := dst[start:]
	slices.SortFunc(spans, func(a, b tagger.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out, end := spans[:0], 0
	for _, s := range spans {
		if s.Start >= end {
			out = append(out, s)
			end = s.End
		}
	}
	return dst[:start+len(out)]
}

func overlapsCustom(rules []found, cover []int32, s, e int) bool {
	for k := s; k < e; k++ {
		if c := cover[k]; c > 0 && rules[c-1].custom {
			return true
		}
	}
	return false
}

// resolve gives a model finding what the rules know of the same mention:
// a finding of the same type over the same tokens lends everything; else a
// PERSON keeps the roles of a rules' person it overlaps, or gets the role
// phrases the rules' parser reads right before or after it, and a LOCATION
// the gazetteer place with the same tokens (after its head word, if the
// gazetteer's mention lacks it).
func (p *pass) resolve(f *found, rules []found, cover []int32) {
	for k := f.s; k < f.e; k++ {
		c := cover[k]
		if c == 0 {
			continue
		}
		r := &rules[c-1]
		if r.typ != f.typ {
			continue
		}
		if r.s == f.s && r.e == f.e {
			f.roles, f.place, f.level, f.unit = r.roles, r.place, r.level, r.unit
			return
		}
		if f.typ == Person && len(r.roles) > 0 {
			start := len(p.spans)
			for _, role := range r.roles {
				if role.e <= f.s || role.s >= f.e {
					p.spans = append(p.spans, role)
				}
			}
			f.roles = p.spans[start:len(p.spans):len(p.spans)]
			return
		}
	}
	switch f.typ {
	case Location:
		k := f.s
		if p.placeAt(k) != f.e {
			k, _ = p.x.lx.geo.longest(p.toks, f.s, clAdmin|clGeo)
		}
		if k < f.e && p.placeAt(k) == f.e {
			f.place = &p.locs[p.locIdx[k]]
		}
	case Person:
		f.roles = p.rolesAround(f.s, f.e)
	}
}

// maxRoleTokens bounds how far before a name rolesAround looks for the
// start of a role list. A list parsed from there stops at the name (a name
// is no role), so the work per name is bounded and Extract stays linear.
const maxRoleTokens = 24

// rolesAround returns the role phrases the rules' parser reads around the
// name at tokens [s, e): a role list ending right before it ("Chủ tịch UBND
// tỉnh X Trần Văn A"; an honorific between is allowed), else one in
// apposition after it (", Giám đốc Sở Y tế").
func (p *pass) rolesAround(s, e int) []roleSpan {
	var roles []role
	from := -1
	for j := s - 1; j >= 0 && j >= s-maxRoleTokens && !p.toks[j+1].nl; j-- {
		if _, c := p.x.lx.titles.longest(p.toks, j, clTitle|clTitleComp|clPrefix|clMarkers); c == 0 {
			continue
		}
		if _, re := p.roleList(j); re == s || p.honorificBetween(re, s) {
			from = j // the earliest start wins: the whole list
		}
	}
	if from >= 0 {
		roles, _ = p.roleList(from)
	} else {
		roles, _ = p.apposition(e)
	}
	// Role spans of all people share one backing array (as emitRoles).
	start := len(p.spans)
	for _, r := range roles {
		p.spans = append(p.spans, roleSpan{r.s, r.e, r.status})
	}
	return p.spans[start:len(p.spans):len(p.spans)]
}

// honorificBetween reports an honorific filling tokens [i, j) exactly
// ("Giám đốc Sở Y tế ông Nguyễn Văn A").
func (p *pass) honorificBetween(i, j int) bool {
	h, c := p.x.lx.titles.longest(p.toks, i, clHonorific)
	return c != 0 && h == j && i < j
}

// mark sets marks[s:e].
func mark(marks []bool, s, e int) {
	for k := s; k < e; k++ {
		marks[k] = true
	}
}

// acceptModelSpan reports whether a span the model tagged reads as an
// entity at all, and when not, whether it cuts a word. A span the rules found with the same type always does.
// Otherwise it must begin and end at word boundaries: not inside a word
// written without spaces ("TP.HCM", "km/h") nor inside a phrase the lists
// know ("bệnh viện", "Trung ương"), and with a lower-case first
// syllable only when that syllable opens a head phrase of its type
// ("quận", "công ty", "chương trình"): any other is the second syllable of
// a word of the clause ("đổ bộ Quảng Ninh"). A PROGRAM has a name, so it
// does not begin with a number outside quotes ("118-149 km/h"). A name
// after a word for a people or a language, or one that begins with such a
// word, names a people or a language ("đồng bào Bru - Vân Kiều", "tiếng
// Anh"); only a place the gazetteer knows stands there ("người Pháp",
// GUIDELINES).
func (p *pass) acceptModelSpan(f found, rules []found, cover []int32) (ok, cuts bool) {
	if c := cover[f.s]; c > 0 {
		if r := &rules[c-1]; r.typ == f.typ && r.s == f.s && r.e == f.e {
			return true, false
		}
	}
	t := &p.toks[f.s]
	if p.joined(f.s) || p.joined(f.e) || p.phraseAcross(f.s) || p.phraseAcross(f.e) || t.kind == tkWord && !t.cap && !p.headOf(f.typ, f.s) {
		return false, true
	}
	if p.unbalancedBracket(f.s, f.e) {
		return false, false // "Sở Y tế ( SYT": a name never opens a bracket it does not close
	}
	quoted := p.key(f.s-1) == "\""
	if f.typ == Program && t.kind != tkWord && !quoted {
		return false, false
	}
	if p.wordEndingAt(f.s-1, clPeople|clLanguage) >= 0 || p.wordAt(f.s, clPeople|clLanguage) {
		return f.typ == Location && p.placeAt(f.s) == f.e, false
	}
	if f.typ == Person && p.kindName(f.s) == f.e {
		return false, false // an ethnic group, a lunar year, a dynasty
	}
	return true, false
}

// unbalancedBracket reports a bracket opened or closed inside the tokens
// [s, e) without its pair inside them.
func (p *pass) unbalancedBracket(s, e int) bool {
	depth := 0
	for k := s; k < e; k++ {
		switch p.key(k) {
		case "(", "[":
			depth++
		case ")", "]":
			if depth--; depth < 0 {
				return true
			}
		}
	}
	return depth != 0
}

// headOf reports a head phrase at k that may open a name of type t written
// in lower case: an administrative or geographic head word before a place,
// an organisation head that opens a name in lower case ("công ty", "báo"),
// a military unit, after a title any organisation word (the title fused
// with its body leaves it in lower case: "Trưởng ban Tổ chức …",
// GUIDELINES), a programme's head noun. A person's name has none.
func (p *pass) headOf(t Type, k int) bool {
	lx := p.x.lx
	var c lexClass
	switch t {
	case Location:
		_, c = lx.geo.longest(p.toks, k, clAdmin|clGeo)
	case Organization:
		mask := clLowerHead | clMilitary
		if lx.titles.endingAt(p.toks, k-1, clTitle|clTitleComp) >= 0 {
			mask = ^(clCompound | clTail | clClubSuffix) // "Trưởng ban Tổ chức …"
		}
		_, c = lx.orgs.longest(p.toks, k, mask)
	case Program:
		_, c = lx.programs.longest(p.toks, k, ^lexClass(0))
	}
	return c != 0
}

// phraseAcross reports a phrase of the organisation, place or programme
// lists that begins at token k-1 and goes on past k: a span that begins or
// ends at k cuts it ("bệnh | viện", "Trung | ương").
func (p *pass) phraseAcross(k int) bool {
	if k <= 0 || k >= len(p.toks) || !p.isWord(k-1) || !p.isWord(k) {
		return false
	}
	lx := p.x.lx
	for _, l := range [...]*lexicon{&lx.orgs, &lx.geo, &lx.programs} {
		if e, c := l.longest(p.toks, k-1, ^lexClass(0)); c != 0 && e > k {
			return true
		}
	}
	return false
}

// joined reports tokens k-1 and k written as one word, with no space
// between: letters and digits ("11ha"), or a dot, a slash, a hyphen or an
// ampersand between two such ("TP.HCM", "km/h", "Covid-19", "KH&ĐT").
func (p *pass) joined(k int) bool {
	if k <= 0 || k >= len(p.toks) || p.toks[k].sp {
		return false
	}
	a, b := &p.toks[k-1], &p.toks[k]
	switch {
	case a.kind != tkPunct && b.kind != tkPunct:
		return true
	case b.kind == tkPunct && joiner(b.key):
		return a.kind != tkPunct && k+1 < len(p.toks) && !p.toks[k+1].sp && p.toks[k+1].kind != tkPunct
	case a.kind == tkPunct && joiner(a.key):
		return b.kind != tkPunct && k >= 2 && !a.sp && p.toks[k-2].kind != tkPunct
	}
	return false
}

func joiner(k string) bool { return k == "." || k == "/" || k == "-" || k == "&" }
