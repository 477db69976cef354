package entities

import "github.com/vntext/vntext/gazetteer"

// Guards that keep a rule from reading past what it matched or from
// reading a common word as a name: a unit head word inside a common
// compound ("xã hội"), a personal name after a bare unit head ("UBND tỉnh
// Hoàng Thị Lan Vy"), a quantity after a programme's name ("… giảm nghèo
// bền vững chiếm 42%"), a lone capitalised word or a sentence-opening
// connective that is no given name ("Cổng thông tin", "Đồng thời"). The
// final pass that replaces the rules' places by the gazetteer's mentions
// (preferGazetteerPlaces) lives here too.

// unitCompound reports an administrative head word at k that begins a
// common compound with the lower-case word after it.
func (p *pass) unitCompound(k int) bool { return p.unitCompoundEnd(k) > k }

// unitCompoundEnd returns the end of such a compound at k, or k.
func (p *pass) unitCompoundEnd(k int) int {
	if k+1 >= len(p.toks) || p.toks[k+1].cap || !p.toks[k+1].sp {
		return k
	}
	if e, c := p.x.lx.words.longest(p.toks, k, clUnitCompound); c != 0 && e > k+1 {
		return e
	}
	return k
}

// personAfterHead reports a capitalised run at k, after an administrative
// head word, that reads as a personal name rather than the unit's name: a
// family name, a middle name and a given name ("tỉnh Hoàng Thị Lan Vy").
// A run the gazetteer knows as a unit ("huyện Lê Thủy") stays a place, and
// so does a family name without a middle name, as many places abroad read
// ("tỉnh Hồ Bắc", "tỉnh Giang Tô").
//
// After an organ of the state and a province or district head word [i, k)
// ("UBND tỉnh"), a run the gazetteer does not know that holds a word
// shaped unlike a Vietnamese syllable is a name of the Central Highlands
// or the northern mountains ("UBND tỉnh H'Hương Byă"): the gazetteer
// knows every province and district, and their names are Vietnamese
// syllables.
//
// After a head word of one level the unit must be of that level: "tỉnh
// Đinh Văn Sơ" is a person even though a town is called Đinh Văn.
func (p *pass) personAfterHead(i, k int) bool {
	if p.familyNameShape(k) {
		level := p.headLevel(i, k)
		if level == "" && !p.knownUnit(k, k+2) && !p.knownUnit(k, k+3) ||
			level != "" && !p.unitOfLevel(k, k+2, level) && !p.unitOfLevel(k, k+3, level) {
			return true
		}
	}
	return p.minorityNameAfterOrgan(i, k)
}

// holderAfterUnit returns where a personal name ends a place [s, e) that
// the gazetteer read from a head word with no unit it knows, or e: a
// residential unit or a village written before its head's name ("Trưởng
// khu phố 3 Lê Văn A", "Trưởng xóm Đông Lạc Lê Văn A", "Trưởng buôn Ea Sol
// Y Blang Niê"). A number closes a unit's name, and a family name with a
// middle name or a name of the Central Highlands after the unit's own
// words is a person's, unless a title before it makes it the person the
// place is named after.
func (p *pass) holderAfterUnit(s, e int) int {
	he, c := p.x.lx.geo.longest(p.toks, s, clAdmin|clGeo)
	if c == 0 || he >= e-2 {
		return e
	}
	k := he
	if p.key(k) == kSo {
		k++ // "tổ dân phố số 12"
	}
	switch {
	case p.toks[k].kind == tkNum:
		k++
	case p.capWord(k):
		k++ // the unit's own words come first
	default:
		return e
	}
	for j := k; j <= e-2 && j-k <= 3; j++ {
		if !p.toks[j].sp || !p.capWord(j) || p.key(j-1) == "-" || e-j > maxNameWords {
			continue
		}
		// A family name, a middle name and a given name ("đường Lê Văn
		// Lương" keeps its street: "Văn Lương" is too short).
		if p.isSurname(j) && p.x.lx.middles[p.key(j+1)] && e-j >= 3 || p.malePrefixName(j) {
			if p.x.lx.titles.endingAt(p.toks, j-1, clTitle|clTitleComp) >= 0 {
				return e // "Lăng Chủ tịch Hồ Chí Minh": a place named after a leader
			}
			return j
		}
	}
	return e
}

func (p *pass) familyNameAfterHead(k int) bool {
	return p.familyNameShape(k) && !p.knownUnit(k, k+2) && !p.knownUnit(k, k+3)
}

// familyNameShape reports a family name, a middle name and a third
// capitalised word at k.
func (p *pass) familyNameShape(k int) bool {
	if !p.isSurname(k) || !p.x.lx.middles[p.key(k+1)] {
		return false
	}
	for j := k + 1; j <= k+2; j++ {
		if !p.capWord(j) || !p.toks[j].sp {
			return false
		}
	}
	return true
}

// unitOfLevel reports whether the tokens [s, e) name a unit of the level.
func (p *pass) unitOfLevel(s, e int, level gazetteer.Level) bool {
	if e > len(p.toks) {
		return false
	}
	for _, u := range p.x.places.Lookup(p.text[p.toks[s].s:p.toks[e-1].e]) {
		if u.Level == level {
			return true
		}
	}
	return false
}

func (p *pass) minorityNameAfterOrgan(i, k int) bool {
	switch p.headLevel(i, k) {
	case gazetteer.LevelProvince, gazetteer.LevelDistrict:
	default:
		return false
	}
	if p.x.lx.orgs.endingAt(p.toks, i-1, clAbbr|clUnitOrgan) < 0 {
		return false
	}
	e, foreign := k, false
	for e < len(p.toks) && e-k < 4 && p.capWord(e) && (e == k || p.toks[e].sp) && !p.toks[e].digit && !p.toks[e].allCap {
		foreign = foreign || !nativeKey(p.key(e))
		e++
	}
	if !foreign || e-k < 2 || p.capWord(e) && p.toks[e].sp {
		return false
	}
	for m := k + 1; m <= e; m++ {
		if p.x.places.Known(p.text[p.toks[k].s:p.toks[m-1].e]) {
			return false
		}
	}
	return true
}

// personAsUnit reports a gazetteer mention at i made of an administrative
// head and a name the gazetteer does not know that reads as a person's
// ("UBND huyện Lê Hùng").
func (p *pass) personAsUnit(i int) bool {
	if p.locs[p.locIdx[i]].Code != "" {
		return false
	}
	he, c := p.x.lx.geo.longest(p.toks, i, clAdmin)
	return c != 0 && p.personAfterHead(i, he)
}

// numberInName reports whether the number at j continues the unquoted
// programme name begun at k: one or two words into the name ("Chương
// trình 135", "Luật Đầu tư 2020", "Nghị quyết Trung ương 4"), after an
// introducing word, a range or code mark ("2021 - 2025", "15/NQ") or a
// capitalised word. After any other lower-case word it is a quantity the
// sentence states about the programme.
func (p *pass) numberInName(k, j int) bool {
	if j-k <= 2 || p.beforeEndPoints(j+1) {
		return true
	}
	prev := &p.toks[j-1]
	switch prev.kind {
	case tkPunct:
		return prev.key == "-" || prev.key == "/"
	case tkNum:
		return true
	}
	return prev.cap || p.wordEndingAt(j-1, clNumberIntro) >= 0
}

// beforeEndPoints reports the end points of a work at m, after the number
// of its part ("mạch 3 Quảng Trạch - Phố Nối", "đoạn 2 Cam Lâm - Vĩnh
// Hảo"): a capitalised name, a dash and another.
func (p *pass) beforeEndPoints(m int) bool {
	if !p.capWord(m) || !p.toks[m].sp || !p.toks[m-1].sp {
		return false
	}
	for j := m + 1; j < len(p.toks) && j-m < maxCapRun && p.toks[j].sp; j++ {
		switch {
		case p.key(j) == "-" || p.key(j) == "–":
			return p.capWord(j + 1)
		case !p.capWord(j):
			return false
		}
	}
	return false
}

// dropQuantityVerb returns the end of a programme name [k, end) without
// the verb that governs the quantity after it.
func (p *pass) dropQuantityVerb(k, end int) int {
	if s := p.wordEndingAt(end-1, clQuantityVerb); s > k && !p.toks[s].cap {
		return s
	}
	return end
}

// beginsOtherName reports a capitalised word at m that begins another
// organisation or a programme, which a lower-case organisation name
// before it does not take: "ban dân vận Hội Cựu chiến binh",
// "Đảng ủy quán triệt Nghị quyết …".
func (p *pass) beginsOtherName(m int) bool {
	if p.x.lx.orgs.starts(p.key(m)) && p.org(m, false).e > m {
		return true
	}
	_, c := p.x.lx.programs.longest(p.toks, m, clProgHead|clNational)
	return c != 0
}

// loneWordNoName reports a single capitalised word at i, inside a sentence
// and without a person cue, that is weak evidence for a person: "Cổng
// thông tin điện tử", "Thạc sĩ Quản trị kinh doanh". A given name used
// alone is the subject or object of a clause, so punctuation, a function
// word or a verb of speech follows it ("Lâm đã …", "Bốn nói", "gặp Hạnh,
// …"); a lower-case word of another kind reads as the rest of a common
// word written with a capital. A given name repeated from a full name
// written elsewhere is found by repeatNames.
func (p *pass) loneWordNoName(i int) bool {
	if p.initialAt(i) || p.wordAt(i, clOnsetAbbrev) {
		return false
	}
	n := i + 1
	if n >= len(p.toks) || !p.isWord(n) || p.toks[n].cap || p.toks[n].nl {
		return false
	}
	return !p.wordAt(n, clProgStop|clAfterGivenName)
}

// preferGazetteerPlaces replaces the places the rules found by the
// gazetteer's own mentions, which follow the guidelines' spans more
// closely: head-word and country places it does not confirm are dropped
// ("yêu cầu Ban …", "Anh" as a pronoun), and its mentions outside every
// other entity are added, except a country after a language word
// ("tiếng Pháp"). A unit name the rules read without a
// head word ("Phú Lộc", "Đức Phổ") stays, and replaces the shorter
// gazetteer mentions inside it ("Đức").
func (p *pass) preferGazetteerPlaces() {
	covered := make([]bool, len(p.toks)+1)
	kept := p.out[:0]
	var bare []found
	for _, f := range p.out {
		if f.typ == Location {
			if f.place == nil && (f.level == "" || f.keep) {
				bare = append(bare, f)
			}
			continue
		}
		if f.typ == Person {
			if p.insidePlace(f.s, f.e, covered) || p.countryPairWord(f.s, f.e) || p.countryOnly(f.s, f.e) {
				continue // the gazetteer's mention takes its place, or none does
			}
			f.s = p.afterCountry(f.s, f.e)
		}
		kept = append(kept, f)
		for k := f.s; k < f.e; k++ {
			covered[k] = true
		}
	}
	p.out = kept
	first := len(p.out)
	ti := 0
	for li := range p.locs {
		l := &p.locs[li]
		var te int
		var ok bool
		if ti, te, ok = p.tokenSpan(ti, l.Start, l.End); !ok {
			continue
		}
		if !anyIn(covered, ti, te+1) && !(l.Level == gazetteer.LevelCountry && p.wordEndingAt(ti-1, clLanguage) >= 0) && !p.inDiseaseName(ti) {
			p.emit(found{typ: Location, s: ti, e: te + 1, place: l})
		}
	}
	for _, f := range bare {
		if p.compassSide(f.s, f.e) {
			continue
		}
		inside := true // every overlapping gazetteer mention lies inside f
		for _, g := range p.out[first:] {
			if g.s < f.e && f.s < g.e && (g.s < f.s || g.e > f.e || g.e-g.s == f.e-f.s) {
				inside = false
				break
			}
		}
		if !inside {
			continue
		}
		out := p.out[:first]
		for _, g := range p.out[first:] {
			if g.e <= f.s || g.s >= f.e {
				out = append(out, g)
			}
		}
		if f.keep {
			f.place = &gazetteer.Location{Level: f.level}
		} else {
			f.place = &gazetteer.Location{Level: p.bareLevel(f.s, f.e)}
		}
		p.out = append(out, f)
	}
}

// insidePlace reports a person [s, e) read after a cue or an honorific
// that, with that word, is a place the gazetteer found: "tại Cô Tô" (not Ms
// Tô), "cầu Thủ Thiêm" (not a football player called Thiêm). The gazetteer
// keeps people after its head words out of its places, so its mention wins,
// unless another entity holds its head word: "thôn" ends "Sở Nông nghiệp và
// Phát triển nông thôn", "phố" "HĐND thành phố", before the office holder.
func (p *pass) insidePlace(s, e int, covered []bool) bool {
	for k := s - 1; k >= 0 && k >= s-maxHeadWords; k-- {
		if p.placeAt(k) >= e && !covered[k] {
			return !p.personAsUnit(k)
		}
	}
	return false
}

// maxHeadWords bounds the words of a place's head written before a name.
const maxHeadWords = 4

// afterCountry returns where a person [s, e) read with a country before
// a foreign name really starts: "Vận động viên Úc Liam Carter", "Ngoại
// giao Hoa Kỳ James Baker" name the country, then the person. It returns
// s when the name does not start with a country.
func (p *pass) afterCountry(s, e int) int {
	c := p.placeAt(s)
	if c <= s || e-c < 2 || p.locs[p.locIdx[s]].Level != gazetteer.LevelCountry {
		return s
	}
	for k := c; k < e; k++ {
		if p.isWord(k) && !nativeKey(p.key(k)) {
			return c
		}
	}
	return s
}

// countryOnly reports a person [s, e) that is exactly a country the
// gazetteer found: "Bộ trưởng Quốc phòng Indonesia" names the country, not
// a minister called Indonesia.
func (p *pass) countryOnly(s, e int) bool {
	return p.placeAt(s) == e && p.locs[p.locIdx[s]].Level == gazetteer.LevelCountry
}

// countryPairWord reports a one-word person [s, e) that is the short form
// of a country joined by a hyphen to another country, as a modifier
// ("quan hệ Việt - Mỹ"): GUIDELINES annotate neither.
func (p *pass) countryPairWord(s, e int) bool {
	if e != s+1 || !p.wordSpan(s, e, clCountryShort) {
		return false
	}
	for _, k := range [2]int{s + 2, s - 2} {
		if k < 0 || k >= len(p.toks) || !isHyphen(p.key((s+k)/2)) {
			continue
		}
		if p.wordSpan(k, k+1, clCountryShort) || p.placeAt(k) > k || k < s && p.locEndsAt(k+1) {
			return true
		}
	}
	return false
}

func isHyphen(k string) bool { return k == "-" || k == "–" }

// locEndsAt reports a gazetteer place that ends at token e.
func (p *pass) locEndsAt(e int) bool {
	for k := e - 1; k >= 0 && k >= e-4; k-- {
		if p.placeAt(k) == e {
			return true
		}
	}
	return false
}

// compassSide reports compass words [s, e) that give a side or a
// direction, not a region: "Tây Nam giáp huyện Lai Vung", "về phía Tây Nam"
// (corpus precedents 46 and 56); "các tỉnh phía Bắc" stays a region.
func (p *pass) compassSide(s, e int) bool {
	for k := s; k < e; k++ {
		if !p.wordSpan(k, k+1, clCompass) {
			return false
		}
	}
	return p.wordSpan(e, e+1, clBorder) || p.wordSpan(s-2, s, clDirection) || p.wordSpan(s-1, s, clDirection)
}

// anyIn reports whether any of marks[s:e] is set.
func anyIn(marks []bool, s, e int) bool {
	for k := s; k < e; k++ {
		if marks[k] {
			return true
		}
	}
	return false
}

// connectiveAt reports a connective at i.
func (p *pass) connectiveAt(i int) bool {
	e, c := p.x.lx.words.longest(p.toks, i, clConnective)
	return c != 0 && e > i+1
}
