package entities

import "unicode/utf8"

// Brands: companies, banks and outlets known by a coined word that spells
// no Vietnamese syllable ("Sacombank", "VnExpress", "Zing.vn"), written
// alone once the text has named them. A foreign surname has the same shape
// ("Juncker"), so a coined word is read as a body only where its context
// says so: a head noun or a body's organ before it, a source cue ("trao
// đổi với", "phóng viên", "Theo X,"), the brand in parentheses after a
// company's name, a press verb after it ("X dẫn lời"); one such mention
// makes the word a body wherever the text repeats it, also after a title
// ("Phó Tổng Giám đốc X"). A web address ("Chinhphu.vn") needs no context.

// brandWord reports a coined word at k: one capitalised word in capitals
// ("VIB"), in mixed case ("SeABank") or of no Vietnamese syllable and no
// foreign given name ("Sacombank"), that is no place the gazetteer knows.
func (p *pass) brandWord(k int) bool {
	if !p.capFirst(k) {
		return false
	}
	t := &p.toks[k]
	switch {
	case utf8.RuneCountInString(t.key) < 2 || p.initialAt(k):
		return false // an initial ("Hãng F.", "Th.")
	case t.digit || p.placeAt(k) > k || p.x.lx.foreignGiven[t.key] || p.phraseStart(k):
		return false // a place, a person or a word of the lists ("HĐQT")
	case t.allCap:
		return utf8.RuneCountInString(t.key) >= 2 && !isRoman(t.key) && !p.startsPhrase(k)
	}
	return t.camel || !nativeKey(t.key)
}

// minCoinedCaps is the shortest word in capitals read as a coined name
// rather than an acronym ("VNEXPRESS", not "VKSND").
const minCoinedCaps = 6

// coinedInCaps reports a coined name written in capitals at k: a long
// word with vowels inside, which an acronym of initials lacks
// ("VNEXPRESS", "VIETNAMNET"; not "UBND", "TTXVN").
func (p *pass) coinedInCaps(k int) bool {
	key := p.key(k)
	if utf8.RuneCountInString(key) < minCoinedCaps || nativeKey(key) {
		return false
	}
	vowels := 0
	for _, r := range key {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			vowels++
		}
	}
	return vowels >= 2
}

// topLevel holds the endings of a web address written as an outlet's name.
var topLevel = map[string]bool{"vn": true, "com": true, "net": true, "org": true, "info": true, "tv": true}

// domainEnd returns the end of a web address written as a name at k
// ("Chinhphu.vn", "Baochinhphu.com.vn"), or k: a capitalised word joined
// by dots, without spaces, to known endings.
func (p *pass) domainEnd(k int) int {
	if !p.capFirst(k) {
		return k
	}
	e := k + 1
	for e+1 < len(p.toks) && p.key(e) == "." && !p.toks[e].sp && !p.toks[e+1].sp && p.isWord(e+1) && topLevel[p.key(e+1)] {
		e += 2
	}
	if e == k+1 {
		return k
	}
	return e
}

// maxBrandWords bounds the foreign words that go on a brand's name
// ("Viettel Telecom", "Bamboo Capital Group").
const maxBrandWords = 2

// brandName returns the end of a body's name that begins with the coined
// word or web address at k: foreign words that go on with it ("Viettel
// Telecom") and the place a branch serves ("Vietcombank Cần Thơ", "Pepsi
// VN").
func (p *pass) brandName(k int) int {
	e := p.brandWords(k)
	if p.key(e) == kChi && p.key(e+1) == kNhanh && p.toks[e].sp {
		// "Agribank chi nhánh tỉnh X": the branch the unit names.
		if u := p.unitAt(e + 2); u.e > e+2 && !u.bare {
			return u.e
		}
	}
	if p.capWord(e) && p.toks[e].sp {
		if u := p.unitAt(e); u.e > e && !u.bare {
			e = u.e
		} else if u := p.bareUnitName(e); u.e > e {
			e = u.e
		} else if ce, c := p.x.lx.geo.longest(p.toks, e, clCountry); c != 0 {
			e = ce // "Pepsi VN"
		}
	}
	return e
}

// brandWords returns the end of the coined word or web address at k and
// the foreign words that go on with it ("Viettel Telecom", "Becamex IDC").
func (p *pass) brandWords(k int) int {
	e := p.domainEnd(k)
	if e == k {
		e = k + 1
	}
	for n := 0; n < maxBrandWords && p.capWord(e) && p.toks[e].sp && !p.toks[e].digit && !nativeKey(p.key(e)) && !p.x.lx.foreignGiven[p.key(e)] && p.placeAt(e) == e && !p.phraseStart(e); n++ {
		e++
	}
	return e
}

var kChi, kNhanh = foldKey("chi"), foldKey("nhánh")

// brandAt matches a body named by a coined word at i: a web address, or
// a coined word the text has shown to name a body (indexBrands).
func (p *pass) brandAt(i int) int {
	if p.domainEnd(i) > i || p.brands[p.key(i)] && p.brandWord(i) {
		return p.brandName(i)
	}
	return i
}

var kTheo = foldKey("theo")

// indexBrands records the coined words that some mention in the text shows
// to name a body, before the rules read it.
func (p *pass) indexBrands() {
	orgs := &p.x.lx.orgs
	for k := range p.toks {
		// Acronyms in capitals are left to the lists: after a head noun
		// one is often a sector's ("Sở GD-ĐT"), in parentheses a
		// defined term's ("(PCCC)"). One word that another capitalised
		// word follows may be a foreign person's first name.
		if !p.brandWord(k) || p.toks[k].allCap && !p.coinedInCaps(k) || p.brands[p.key(k)] || !p.toks[k].sp && p.key(k-1) != "(" || p.capWord(k+1) && p.toks[k+1].sp {
			continue
		}
		cued := false
		after := !p.toks[k].nl // a cue before k is on k's line
		switch {
		case after && orgs.endingAt(p.toks, k-1, clHead|clLowerHead|clOrganOf|clCommittee|clBrandCue|clPressCue) >= 0:
			// "ngân hàng X", "HĐQT X", "Đảng ủy X", "trao đổi với X";
			// not "thị trường X": a compound ends in the head word.
			cued = orgs.endingAt(p.toks, k-1, clCompound) < 0
		case after && p.key(k-1) == "(" && p.key(k+1) == ")":
			cued = p.companyBefore(k - 1) // "Ngân hàng … Việt Nam (X)"
		case after && p.key(k-1) == kTheo && p.key(k+1) == ",":
			cued = true // "Theo X, …": a source
		default:
			_, c := orgs.longest(p.toks, k+1, clBrandVerb)
			cued = c != 0 // "X dẫn lời …"
		}
		if !cued {
			continue
		}
		if p.brands == nil {
			p.brands = map[string]bool{}
		}
		p.brands[p.key(k)] = true
	}
}

// maxCompanyName bounds the words of a company's name before the brand in
// parentheses that follows it.
const maxCompanyName = 12

// companyBefore reports a company's name that ends just before k: a
// capitalised word, and a company's generic head ("Công ty", "Ngân hàng",
// "tập đoàn") earlier in the same clause. Elsewhere a word in parentheses
// is what a name is called in another language ("Luật Do Thái (Halakha)").
func (p *pass) companyBefore(k int) bool {
	if !p.capWord(k - 1) {
		return false
	}
	for m := k - 1; m >= 0 && k-m <= maxCompanyName; m-- {
		if p.toks[m].kind == tkPunct && !isHyphen(p.key(m)) && p.key(m) != "&" {
			return false
		}
		if p.wordAt(m, clGenericBody) {
			return true
		}
		if p.toks[m].nl {
			return false
		}
	}
	return false
}

// organOfBody returns the end of the body a company's organ at [.., k)
// belongs to when no head noun names it: a coined word ("HĐQT Sacombank",
// "HĐTV VIB") or the company's type alone, standing for the one the text
// has named ("HĐQT Tổng Công ty"). It returns k otherwise.
func (p *pass) organOfBody(k int) int {
	if p.brandWord(k) && !p.isSurnameStart(k) {
		return p.brandName(k)
	}
	if e, c := p.x.lx.orgs.longest(p.toks, k, clAnaphor); c != 0 && p.toks[k].cap && !(p.capWord(e) && p.toks[e].sp) {
		return e
	}
	return k
}

// maxPressName bounds the words of an outlet's name read after a word of
// the press.
const maxPressName = 4

// pressName matches an outlet named after a word of the press ("phóng viên
// Người Lao Động", "báo điện tử Dân Việt"): a capitalised run of two to
// four words that is no person's name, no place and no body of the lists,
// which the other rules read.
func (p *pass) pressName(i int) int {
	if !p.capWord(i) || !p.toks[i].sp {
		return i
	}
	press := p.x.lx.orgs.endingAt(p.toks, i-1, clPressCue) >= 0
	if !press && !p.toks[i].allCap {
		return i
	}
	if _, c := p.x.lx.orgs.longest(p.toks, i, clHead|clLowerHead); c != 0 {
		return i // "phóng viên Báo Lao Động": the head's rule reads it
	}
	if _, c := p.x.lx.geo.longest(p.toks, i, clAdmin|clGeo); c != 0 {
		return i
	}
	e := p.capRun(i, false)
	if e-i < 2 || e-i > maxPressName || p.isSurnameStart(i) || p.startsPhrase(i) {
		return i
	}
	if !press {
		// An outlet writes its own name in capitals ("Như TIỀN PHONG đã
		// đưa tin", "Theo NGƯỜI LAO ĐỘNG, …", "trả lời DÂN TRÍ"): a run
		// in capitals is one where the text cites a source, and there
		// names no place.
		if !p.allCapRun(i, e) || !p.sourceCue(i, e) {
			return i
		}
		return e
	}
	if p.placeAt(i) > i || p.knownUnit(i, e) {
		return i
	}
	return e
}

// allCapRun reports the words [i, e) all in capitals.
func (p *pass) allCapRun(i, e int) bool {
	for k := i; k < e; k++ {
		if p.toks[k].kind == tkWord && !p.toks[k].allCap {
			return false
		}
	}
	return true
}

var kNhu, kDa, kTung = foldKey("như"), foldKey("đã"), foldKey("từng")

// sourceCue reports a name [i, e) cited as a source: after a word of the
// press or a source cue ("trao đổi với", "nguồn tin của"), between "Theo"
// and a comma, or between "Như" and the report's verb ("Như X đã đưa
// tin", "X dẫn lời").
func (p *pass) sourceCue(i, e int) bool {
	orgs := &p.x.lx.orgs
	switch {
	case orgs.endingAt(p.toks, i-1, clPressCue|clBrandCue) >= 0:
		return true
	case p.key(i-1) == kTheo && p.key(e) == ",":
		return true
	case p.key(i-1) == kNhu && (p.key(e) == kDa || p.key(e) == kTung):
		return true
	}
	_, c := orgs.longest(p.toks, e, clBrandVerb)
	return c != 0
}
