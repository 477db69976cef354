package entities

import "github.com/vntext/vntext/gazetteer"

// Places is what the extractor needs of a gazetteer; *gazetteer.Gazetteer
// implements it (WithPlaces). Its mentions and the bare unit names the rules
// read ("Phú Lộc") are the LOCATION entities Extract returns
// (preferGazetteerPlaces); the places the rules read by head word ("đường",
// "sông", "xã") only keep other rules off those tokens and tell what a role
// names.
type Places interface {
	// Locations returns the places mentioned in text, in text order.
	Locations(text string) []gazetteer.Location
	// Known reports whether name names an administrative unit.
	Known(name string) bool
	// Lookup returns the administrative units name may denote; the
	// extractor asks it the level of a unit name the rules read bare that
	// the gazetteer did not mention.
	Lookup(name string) []gazetteer.Unit
}

func defaultPlaces() (Places, error) { return gazetteer.Default() }

// bareLevel returns the level of a unit name read without a head word: the
// highest level of the units it may denote (Sóc Sơn: the district rather
// than its communes), as the gazetteer reads bare names.
func (p *pass) bareLevel(s, e int) gazetteer.Level {
	level := gazetteer.LevelOther
	for _, u := range p.x.places.Lookup(p.text[p.toks[s].s:p.toks[e-1].e]) {
		if levelRank(u.Level) > levelRank(level) {
			level = u.Level
		}
	}
	return level
}

func levelRank(l gazetteer.Level) int {
	switch l {
	case gazetteer.LevelProvince:
		return 3
	case gazetteer.LevelDistrict:
		return 2
	case gazetteer.LevelCommune:
		return 1
	}
	return 0
}

// placeMatch is a place in token coordinates.
type placeMatch struct {
	s, e  int
	loc   int             // index into pass.locs + 1, 0 when found by head word
	level gazetteer.Level // from the head word
	admin bool            // an administrative unit
	bare  bool            // a unit word without a name ("tỉnh"), never emitted
	keep  bool            // found.keep
}

// headLevel returns the level the administrative head word [s, e) names
// (geoheads.tsv), or "" ("thành phố" names a province or a district).
func (p *pass) headLevel(s, e int) gazetteer.Level {
	c := p.x.lx.geo.exact(p.toks, s, e, clProvinceHead|clDistrictHead|clCommuneHead)
	switch {
	case c&clProvinceHead != 0:
		return gazetteer.LevelProvince
	case c&clDistrictHead != 0:
		return gazetteer.LevelDistrict
	case c&clCommuneHead != 0:
		return gazetteer.LevelCommune
	}
	return ""
}

// placeAt returns the end of a gazetteer place starting at i, or i. A
// head word may end the text, so i can be one past the last token.
func (p *pass) placeAt(i int) int {
	if i >= len(p.locEnd) || p.locEnd[i] == 0 {
		return i
	}
	return int(p.locEnd[i])
}

// place matches a place at token i: a gazetteer unit, a head word with a
// name or number ("đường Võ Nguyên Giáp", "thôn 12", "quận 6"), or a
// country or region.
func (p *pass) place(i int) placeMatch {
	if !p.isWord(i) {
		return placeMatch{}
	}
	best := placeMatch{}
	if e := p.placeAt(i); e > i && !p.personAsUnit(i) {
		best = placeMatch{s: i, e: e, loc: int(p.locIdx[i]) + 1, admin: true}
	}
	lx := p.x.lx
	mask := clAdmin | clGeo
	if best.e > 0 {
		mask = clGeo // the gazetteer knows the units
	}
	// "Hồ Văn Hậu", "Châu Thị Lan": a family name, not a lake or a continent.
	if he, c := lx.geo.longest(p.toks, i, mask); c != 0 && !p.inCompound(i) && !p.unitCompound(i) && !(p.toks[i].cap && p.familyNameAfterHead(i)) {
		if p.wordSpan(i, he, clArea) && !p.toks[i].cap {
			// "ven biển Nha Trang", "vùng Tây Nguyên": the sea or the area
			// of a place the gazetteer or the country list knows is that
			// place.
			if e := p.placeAt(he); e > he {
				return placeMatch{s: he, e: e, loc: int(p.locIdx[he]) + 1, admin: true}
			}
			if e, cc := lx.geo.longest(p.toks, he, clCountry); cc != 0 && p.toks[he].cap {
				return placeMatch{s: he, e: e, level: gazetteer.LevelCountry}
			}
		}
		k := he
		switch {
		case p.capWord(k) && (p.toks[k].sp || p.key(k-1) == ".") && !p.startsPhrase(k):
			if c&clAdmin != 0 && p.personAfterHead(i, k) {
				break // "UBND tỉnh Hoàng Thị Lan Vy": the name is a person's
			}
			if e := p.capRun(k, true); c&clAdmin == 0 || p.key(k-1) != "." || p.knownUnit(k, e) {
				k = e // after "TP." an unknown name opens the next sentence
			}
			k = p.holderAfterUnit(i, k)
		case k < len(p.toks) && p.toks[k].kind == tkNum && p.toks[k].sp:
			k++
			if p.isWord(k) && !p.toks[k].sp && p.toks[k].allCap {
				k++ // "quốc lộ 1A" scanned as 1 + A
			}
		}
		if k > he && k > best.e {
			best = placeMatch{s: i, e: k, admin: c&clAdmin != 0}
			if c&clGeo != 0 && c&clAdmin == 0 {
				best.level = gazetteer.LevelOther
			} else {
				best.level = p.headLevel(i, he)
			}
		}
	}
	if best.e == 0 && (p.toks[i].cap || p.toks[i].key == kMien || p.toks[i].key == "châu") && !(p.capWord(i-1) && !p.toks[i-1].digit && p.toks[i].sp && p.capWord(i)) {
		if e, c := lx.geo.longest(p.toks, i, clCountry); c != 0 && !p.commonWordAt(i, e) {
			switch {
			case !(p.capWord(e) && p.toks[e].sp):
				best = placeMatch{s: i, e: e, level: gazetteer.LevelCountry}
			case p.foreignPersonAt(e) && (p.x.lx.foreignGiven[p.key(e)] || p.x.lx.titles.endingAt(p.toks, i-1, clTitle|clTitleComp) >= 0):
				// The gazetteer reads "Tây Ban Nha José" as one name.
				best = placeMatch{s: i, e: e, level: gazetteer.LevelCountry, keep: true}
			}
		}
	}
	if lm := p.landmark(i); lm.e > best.e || lm.e > i && lm.e == best.e && best.loc == 0 {
		// "đền vua Đinh Tiên Hoàng", "Khu di tích Nhà tù Phú Quốc": kept
		// over the gazetteer's shorter mentions inside it.
		best = lm
	}
	if best.e > i && p.inDiseaseName(i) {
		best.bare = true // the place is the disease's, no mention: read it, emit nothing
	}
	return best
}

// inDiseaseName reports a place at i that ends the name of a disease
// ("dịch tả lợn châu Phi", "viêm não Nhật Bản"): the name is the disease's,
// the place is no mention of its own (corpus precedent 32).
func (p *pass) inDiseaseName(i int) bool { return p.wordEndingAt(i-1, clDisease) >= 0 }

// foreignPersonAt reports a foreign personal name at k: two to four
// capitalised words, the first a foreign given name or shaped unlike a
// Vietnamese syllable, none marking an organisation ("Tây Ban Nha José
// García", "Brazil Carlos Silva"): a country before it ends there when
// the first word is a known given name or a title precedes the country.
func (p *pass) foreignPersonAt(k int) bool {
	if nativeKey(p.key(k)) && !p.x.lx.foreignGiven[p.key(k)] || p.toks[k].allCap {
		return false
	}
	e := k + 1
	for e < len(p.toks) && e-k < 4 && p.capWord(e) && p.toks[e].sp && !p.toks[e].allCap {
		e++
	}
	return e-k >= 2 && !(p.capWord(e) && p.toks[e].sp) && !p.foreignWords(k, e, clForeignOrg)
}

func joinKeys(toks []token) string {
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].key
	}
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t.key)
	}
	b := make([]byte, 0, n)
	for i, t := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.key...)
	}
	return string(b)
}

func (p *pass) emitPlace(pl placeMatch) {
	if pl.bare {
		return
	}
	f := found{typ: Location, s: pl.s, e: pl.e, level: pl.level, keep: pl.keep}
	if pl.loc > 0 {
		f.place = &p.locs[pl.loc-1]
	}
	p.emit(f)
}

// commonWordAt reports a one-word country name that is a common word here:
// a language after a language word ("tiếng Anh"), or a sentence start the text
// also writes in lower case with the next word ("Anh nói", "Ý tưởng").
func (p *pass) commonWordAt(i, e int) bool {
	if e != i+1 {
		return false
	}
	if p.wordEndingAt(i-1, clLanguage) >= 0 {
		return true
	}
	return p.sentenceStart(i) && p.lowerPair(i)
}

// address matches a house number and a street named after a person or
// place, followed by its ward or district: "170 Nguyễn Văn Linh, phường
// Thanh Bình", "48B Hai Bà Trưng, phường Tràng Tiền". It returns the end
// of the street, or i.
func (p *pass) address(i int) int {
	if t := &p.toks[i]; t.kind != tkNum && !t.digit {
		return i
	}
	k := i + 1
	if !p.capWord(k) || !p.toks[k].sp {
		return i
	}
	e := k
	for e < len(p.toks) && e-k < 4 && p.capWord(e) && p.toks[e].sp && !p.toks[e].digit {
		e++
	}
	if e-k < 2 || p.capWord(e) || p.key(e) != "," {
		return i
	}
	if u := p.unitAt(e + 1); u.e > e+1 && !u.bare && u.loc > 0 || u.admin && u.level != "" {
		return e
	}
	return i
}
