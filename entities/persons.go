package entities

import (
	"unicode/utf8"

	"github.com/vntext/vntext/gazetteer"
)

// maxNameWords bounds a personal name (family, middle and given names);
// "Nguyễn Thị Hoài Anh" has four, "Tôn Nữ Thị Minh Ngọc" five.
const maxNameWords = 5

func (p *pass) isSurname(i int) bool {
	return i < len(p.toks) && p.x.lx.surnames[p.toks[i].key]
}

// personName returns the end of a personal name starting at token i, or i.
// cued means a title or honorific precedes it, so any capitalised run is a
// name ("ông Sáu", "Thứ trưởng Nguyễn Nhật"); otherwise the run must start
// with a family name and have two to four words ("Nguyễn Văn Thể").
func (p *pass) personName(i int, cued bool) int {
	if !p.capFirst(i) || p.toks[i].allCap && utf8.RuneCountInString(p.toks[i].key) > 1 && (!cued || !p.capWord(i+1)) {
		return i // an acronym ("bệnh nhân COVID"), unless a name in capitals follows a cue
	}
	if e := p.saintName(i); e > i {
		return e // "Giuse Nguyễn Văn A"
	}
	if !cued && !p.isSurname(i) && !p.malePrefixName(i) {
		return i
	}
	if cued && !p.fullName(i) && (p.startsPhrase(i) || p.org(i, false).e > i+1) {
		return i // "phóng viên Tuổi Trẻ", "bác sĩ Bệnh viện X" name a body
	}
	// A place or organisation name is not a person's name unless a cue
	// says so ("Hà Nội", "Lâm Đồng").
	if !cued && p.placeAt(i) > i+1 {
		return i
	}
	j := i
	for j < len(p.toks) && j-i-p.hyphenJoins(i, j) < maxNameWords+1 {
		if j > i && p.innerHyphen(j) {
			j += 2 // "Jean-Claude Juncker": the parts of a given name
			continue
		}
		if j > i && (!p.toks[j].sp || !p.capWord(j)) {
			break
		}
		if !p.capFirst(j) || p.toks[j].digit || p.toks[j].camel {
			break // "OceanBank", "iPhone" are brands
		}
		if j > i && (p.startsPhrase(j) || p.key(j) == kVa || p.toks[j].allCap && p.wordAt(j, clProgStop|clAfterGivenName)) {
			break // "NGUYỄN VĂN A VÀ PHÓ CHỦ TỊCH …": in capitals, "và" and verbs end a name too
		}
		if p.initialAt(j) {
			j = p.initials(j) // "L." or "N.T.H" ends the name
			return p.nameEnd(i, j, cued)
		}
		j++
	}
	return p.nameEnd(i, p.hyphenTail(p.capsNameEnd(i, j)), cued)
}

// malePrefixName reports a name of the Central Highlands written with the
// male prefix "Y" ("Y Bhăm Niê", "Y Kông"): "Y" then one to three
// capitalised words, one at least no Vietnamese syllable, so that a lone
// letter "Y" before a Vietnamese word ("vitamin Y") stays none.
func (p *pass) malePrefixName(i int) bool {
	if p.key(i) != "y" || !p.toks[i].cap {
		return false
	}
	foreign := false
	e := i + 1
	for ; e < len(p.toks) && e-i <= 3 && p.capWord(e) && p.toks[e].sp && !p.toks[e].allCap && !p.toks[e].digit; e++ {
		foreign = foreign || !nativeKey(p.key(e))
	}
	return foreign && e > i+1
}

// capsNameEnd returns the end of a name in capitals starting with a family
// name at i and running to at most j: the family name, its middle names
// (two at most) and one given name ("LÊ VĂN BÌNH DỰ HỌP"). Without case to go by, what
// follows may be the sentence's verb.
func (p *pass) capsNameEnd(i, j int) int {
	if !p.toks[i].allCap || !p.isSurname(i) || j-i < 4 {
		return j
	}
	k := i + 1
	for k < j-1 && k < i+3 && p.x.lx.middles[p.key(k)] {
		k++ // two middle names at most: "NGUYỄN THỊ HOÀI ANH"
	}
	return k + 1
}

// fullName reports a family name that is also a head word, followed by
// a middle name and a given name ("ông Đoàn Văn Hậu", "Sở Y tế Hồ Thị
// Lan"), or by a given name after an honorific ("ông Đoàn Hậu"): a name,
// not a delegation, a lake or a body.
func (p *pass) fullName(i int) bool {
	if p.familyNameAfterHead(i) {
		return true
	}
	return p.isSurname(i) && p.capWord(i+1) && p.toks[i+1].sp && !(p.capWord(i+2) && p.toks[i+2].sp) &&
		p.x.lx.titles.endingAt(p.toks, i-1, clHonorific) >= 0 && !p.knownUnit(i, i+2)
}

// hyphenTail returns the end of a word joined to a name by a hyphen
// without spaces ("Kim Jong-un", "Jean-Pierre"), or j.
func (p *pass) hyphenTail(j int) int {
	if j > 0 && p.key(j) == "-" && !p.toks[j].sp && p.isWord(j+1) && !p.toks[j+1].sp && !p.toks[j+1].digit &&
		!(p.capWord(j+2) && p.toks[j+2].sp) {
		return j + 2
	}
	return j
}

// innerHyphen reports a hyphen at j between two capitalised parts of one
// given name, more of the name following ("Jean-Claude Juncker",
// "Jean-Yves Le Drian"); hyphenTail reads a hyphenated word that ends the
// name ("Kim Jong-un").
func (p *pass) innerHyphen(j int) bool {
	return p.givenJoin(j) && p.capWord(j+2) && p.toks[j+2].sp
}

// givenJoin reports a hyphen at k joining two capitalised parts of a
// given name: written without spaces, or with spaces as tokenized text
// writes every mark when the first part is a foreign given name and the
// second no Vietnamese syllable ("Jean - Claude"), unlike the spaced
// hyphen between two places ("Thừa Thiên - Huế").
func (p *pass) givenJoin(k int) bool {
	if p.key(k) == "-" && !p.toks[k].sp {
		return p.capWord(k-1) && p.capWord(k+1) && !p.toks[k+1].sp
	}
	return isHyphen(p.key(k)) && p.toks[k].sp && p.capWord(k-1) && p.capWord(k+1) && p.toks[k+1].sp &&
		p.x.lx.foreignGiven[p.key(k-1)] && !nativeKey(p.key(k-1)) && !nativeKey(p.key(k+1))
}

// hyphenJoins counts the tokens inside [i, j) that a hyphen between two
// capitalised parts of a given name adds ("Jean-Claude"): such a name
// counts once among a name's words. A lower-case tail ("Jong-un") keeps
// its count, which bounds what may come before it.
func (p *pass) hyphenJoins(i, j int) int {
	n := 0
	for k := i + 1; k < j-1; k++ {
		if p.givenJoin(k) {
			n += 2
		}
	}
	return n
}

func (p *pass) nameEnd(i, j int, cued bool) int {
	n := j - i
	words := n - p.hyphenJoins(i, j) // "Jean-Claude" is one word
	if n == 0 || words > maxNameWords || p.codeAfter(j) || p.wholePlace(i, j) {
		return i
	}
	if !cued && (n < 2 || words > 4 || n == 2 && p.lowerPair(j-1)) {
		return i // "Đoàn Kiểm tra" where the text has "kiểm tra"
	}
	return j
}

// wholePlace reports a name of two or more words that is exactly a
// province or a country ("bà mẹ Thái Nguyên", "bệnh nhân Việt Nam",
// "diễn viên Hồng Kông"): after a cue it says where the person is from.
func (p *pass) wholePlace(i, j int) bool {
	if j-i < 2 {
		return false // "ông Đức", "anh Anh": one word is a given name
	}
	if e := p.placeAt(i); e == j {
		switch p.locs[p.locIdx[i]].Level {
		case gazetteer.LevelProvince, gazetteer.LevelCountry:
			return true
		}
	}
	e, c := p.x.lx.geo.longest(p.toks, i, clCountry)
	return c != 0 && e == j
}

// initialAt reports an abbreviated name part: "L." or "Th." (a capitalised
// word without a vowel, or a single letter, followed directly by a dot).
func (p *pass) initialAt(j int) bool {
	if j+1 >= len(p.toks) || p.toks[j+1].key != "." || p.toks[j+1].sp {
		return false
	}
	k := p.toks[j].key
	if utf8.RuneCountInString(k) == 1 {
		// A vowel that is a given name of its own after Vietnamese names
		// ("Lê Văn A") before the end of a sentence: the dot is the full
		// stop ("Henry A. Wallace" keeps it).
		return !(nativeKey(k) && p.capWord(j-1) && nativeKey(p.key(j-1)) && p.sentenceEndsAt(j+1))
	}
	for _, r := range k {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư':
			return false
		}
	}
	return utf8.RuneCountInString(k) <= 3
}

// sentenceEndsAt reports a dot at k that ends the text, a line or a
// sentence (a capitalised word follows).
func (p *pass) sentenceEndsAt(k int) bool {
	n := k + 1
	return n >= len(p.toks) || p.toks[n].nl || p.toks[n].sp && p.toks[n].cap
}

// initials returns the end of the initials starting with "X." at j:
// "N." or, written without spaces, "N.T.H" and "N.T.K.L.", and the groups
// of initials that follow it after a space, each with its own full stop
// ("N. Q. D.", "H.T. T.", "P. V.Q.", "Tr. H."): the press hides a whole
// name so.
func (p *pass) initials(j int) int {
	for {
		j += 2
		for j < len(p.toks) && !p.toks[j].sp && p.isWord(j) && p.toks[j].cap && utf8.RuneCountInString(p.key(j)) <= 2 {
			j++
			if p.key(j) == "." && !p.toks[j].sp {
				j++
			}
		}
		if p.key(j-1) != "." || !p.capWord(j) || !p.toks[j].sp || !p.initialAt(j) {
			return j
		}
	}
}

// codeAfter reports a name followed by "-" and a number ("Covid-19",
// "Covid - 19"): the name of a virus, a product or a model, not a person.
func (p *pass) codeAfter(j int) bool {
	return (p.key(j) == "-" || p.key(j) == "–") && j+1 < len(p.toks) && p.toks[j+1].kind == tkNum
}

// startsPhrase reports a title or organisation word inside a capitalised
// run, where a name must stop ("… Lê Văn X Phó Chủ tịch").
func (p *pass) startsPhrase(j int) bool {
	if e, _ := p.x.lx.titles.longest(p.toks, j, clTitle|clTitleComp|clPrefix); e > j+1 {
		return true
	}
	if e, _ := p.x.lx.orgs.longest(p.toks, j, clAbbr|clCommittee|clOrgan); e > j {
		return true
	}
	return false
}

// capRun returns the end of a run of capitalised words starting at k
// ("Sóc Trăng", "Thừa Thiên - Huế", "Phú Gia 2"). When the run ends with
// what reads as a personal name (a family name and one to three more
// words), the run stops before it: "Tỉnh ủy Sóc Trăng Phan Văn Sáu",
// "quận Tây Hồ Lê Thị Thu Hằng".
func (p *pass) capRun(k int, numbers bool) int {
	j := k
	for j < len(p.toks) && j-k < maxCapRun {
		t := &p.toks[j]
		if t.nl && j > k {
			break
		}
		switch {
		case t.kind == tkWord && t.cap && (j == k || t.sp || p.key(j-1) == "-"):
			if j > k && p.startsPhrase(j) {
				return p.splitName(k, j)
			}
			j++
			continue
		case numbers && j > k && (t.kind == tkNum || t.kind == tkWord && t.digit) && t.sp:
			j++
			continue
		case (t.key == "-" || t.key == "–") && j > k && p.capWord(j+1) && t.sp == p.toks[j+1].sp:
			j++
			continue
		}
		break
	}
	return p.splitName(k, j)
}

// maxCapRun bounds a capitalised run read as one name, so that a text of
// nothing but capitalised words is still read in linear time.
const maxCapRun = 12

// splitName returns where a personal name starts inside the capitalised
// run [k, end), or end.
// A family name followed by a middle name ("Nguyễn Đình") is preferred to
// one followed by another family name ("Tây Hồ Nguyễn …"); a middle name
// right after a family name goes on that name ("Chu Văn An").
func (p *pass) splitName(k, end int) int {
	first := end
	for j := k + 1; j < end-1; j++ {
		if n := end - j; n >= 2 && n <= 4 && p.isSurname(j) && p.toks[j].sp && p.key(j-1) != "-" && !(p.isSurname(j-1) && p.x.lx.middles[p.key(j)]) {
			if p.x.lx.middles[p.key(j+1)] || !p.isSurname(j+1) && n == 2 {
				return j
			}
			first = min(first, j)
		}
	}
	if first == end {
		if f := p.foreignNameIn(k, end); f < end {
			return f
		}
		return p.unitThenName(k, end)
	}
	return first
}

// foreignNameIn returns where a foreign personal name ends the run [k,
// end): a foreign given name of no Vietnamese syllable, or one of parts
// joined by a hyphen, then one to three more capitalised words ("Ủy ban
// châu Âu Jean-Claude Juncker", "Quỹ Tiền tệ Quốc tế Christine Lagarde");
// else end.
func (p *pass) foreignNameIn(k, end int) int {
	for j := k + 1; j < end-1; j++ {
		if p.foreignGivenAt(j) {
			if words := end - j - p.hyphenJoins(j, end); words >= 2 && words <= 4 {
				return j
			}
		}
	}
	return end
}

// foreignGivenAt reports a foreign given name at j that opens a name: of
// no Vietnamese syllable, and known as a given name or of parts joined by
// a hyphen ("Jean-Marc").
func (p *pass) foreignGivenAt(j int) bool {
	if !p.capWord(j) || !p.toks[j].sp || p.key(j-1) == "-" || p.toks[j].allCap || nativeKey(p.key(j)) {
		return false
	}
	return p.x.lx.foreignGiven[p.key(j)] || p.innerHyphen(j+1)
}

// foreignPersonStart reports a foreign personal name of two to four words
// starting at j, which no body's name goes on into ("Ngân hàng Thế giới
// Jean-Marc Dupont").
func (p *pass) foreignPersonStart(j int) bool {
	if !p.foreignGivenAt(j) {
		return false
	}
	e := p.capRun(j, false)
	words := e - j - p.hyphenJoins(j, e)
	return words >= 2 && words <= 4
}

// unitThenName returns where a name of two to four words starts after a
// unit name the gazetteer knows at the start of the capitalised run [k,
// end) that follows an administrative head word, or end: the rest is a
// name no family-name list holds ("xã Mường Tè Thào A Chứ"). The run as a
// whole must be no unit, and the rest no place or number ("phường Bến
// Nghé Quận 1").
func (p *pass) unitThenName(k, end int) int {
	if end-k < 4 || p.x.lx.geo.endingAt(p.toks, k-1, clAdmin) < 0 || p.knownUnit(k, end) {
		return end
	}
	for j := end - 2; j >= k+2 && end-j <= 4; j-- {
		if p.key(j-1) == "-" || !p.toks[j].sp || !p.knownUnit(k, j) {
			continue
		}
		for m := j; m < end; m++ {
			if p.toks[m].digit || p.toks[m].kind != tkWord || p.toks[m].allCap && utf8.RuneCountInString(p.key(m)) > 1 || p.startsPhrase(m) {
				return end
			}
		}
		if p.placeAt(j) > j || p.knownUnit(j, end) || p.wholePlace(j, end) {
			return end
		}
		return j
	}
	return end
}

// maxUnknownName bounds a capitalised run read as a name without any cue.
const maxUnknownName = 3

// unknownName reads a short capitalised run inside a sentence that no list
// knows as a name: in Vietnamese, capitals inside a sentence mark proper
// names, and places and organisations have been tried before this rule.
func (p *pass) unknownName(i int) int {
	if p.sentenceStart(i) || !p.capWord(i) || p.toks[i].allCap || p.toks[i].digit || p.toks[i].camel || p.wordAt(i, clNotName) {
		return i
	}
	if p.capWord(i-1) && p.toks[i].sp {
		return i // the tail of a run another rule claimed ("Đức Phổ")
	}
	if p.wordEndingAt(i-1, clPeople|clLanguage) >= 0 || p.ordinalAt(i) {
		return i // "người Dao", "tiếng Anh": a people or a language; "thứ Hai": a day
	}
	lx := p.x.lx
	if !p.initialAt(i) && p.phraseStart(i) {
		return i
	}
	j := i + 1
	for j < len(p.toks) && j-i-p.hyphenJoins(i, j) < maxUnknownName+1 {
		if p.innerHyphen(j) {
			j += 2 // "Jean-Marc Dupont"
			continue
		}
		if !p.capWord(j) || !p.toks[j].sp || p.toks[j].allCap || p.toks[j].digit || p.toks[j].camel {
			break
		}
		j++
	}
	if j-i-p.hyphenJoins(i, j) > maxUnknownName {
		return i
	}
	if j-i == 1 && !p.initialAt(i) && !nativeKey(p.key(i)) && !lx.foreignGiven[p.key(i)] && !p.wordAt(i, clOnsetAbbrev) {
		// A lone letter ("vitamin C", "cổng B") or a foreign word
		// ("Google", "Covid") without a cue is rarely a person; a foreign
		// name written in full elsewhere is found by repeatNames.
		return i
	}
	if j-i == 1 && p.loneWordNoName(i) {
		return i
	}
	if p.initialAt(j - 1) {
		j = p.initials(j - 1)
	}
	j = p.hyphenTail(j)
	if p.codeAfter(j) || p.lowerPair(j-1) {
		return i
	}
	return j
}

// ordinalAt reports a capitalised numeral after an ordinal head ("sáng
// thứ Hai", "giải Nhì", "lần thứ Ba"): a day or a rank.
func (p *pass) ordinalAt(i int) bool {
	return p.wordAt(i, clNumeral) && !(p.capWord(i+1) && p.toks[i+1].sp) && p.wordEndingAt(i-1, clOrdinalHead) >= 0
}

// phraseStart reports a word that begins a title, organisation,
// programme or geographic phrase ("Bộ", "Chương trình"), which no unknown
// name starts with. A word of the name lists ("Lâm", "Hồng") must begin
// such a phrase here ("Lâm trường"), else it still reads as a name.
func (p *pass) phraseStart(i int) bool {
	lx := p.x.lx
	k := p.key(i)
	if !lx.surnames[k] && !lx.middles[k] {
		return lx.titles.starts(k) || lx.orgs.starts(k) || lx.programs.starts(k) || lx.geo.starts(k)
	}
	all := ^lexClass(0)
	if e, _ := lx.titles.longest(p.toks, i, all); e > i {
		return true
	}
	if e, _ := lx.orgs.longest(p.toks, i, all&^clCompound); e > i {
		return true
	}
	if e, _ := lx.programs.longest(p.toks, i, all); e > i {
		return true
	}
	e, _ := lx.geo.longest(p.toks, i, all)
	return e > i
}

// foreignWords reports a run [s, e) of foreign words holding a word of a
// class in c: foreign-org marks the run as an organisation ("Goldman Sachs
// Group").
func (p *pass) foreignWords(s, e int, c lexClass) bool {
	for k := s; k < e; k++ {
		if !nativeKey(p.key(k)) && p.wordAt(k, c) {
			return true
		}
	}
	return false
}

// lowerPair reports a capitalised word at k that the text also writes in
// lower case together with the word after it ("Triển lãm" and "triển
// lãm", "Trạng nguyên"): it begins a common word, not a name. The set of
// lower-case word pairs is built once per text, when first needed.
func (p *pass) lowerPair(k int) bool {
	if k+1 >= len(p.toks) || !p.isWord(k+1) || p.toks[k+1].cap || !p.toks[k+1].sp {
		return false
	}
	if p.pairs == nil {
		// The whole text's pairs, also while the rules read one line.
		p.pairs = make(map[[2]string]struct{}, len(p.doc)/4) // sized for the usual share of distinct pairs: little rehashing
		for j := 1; j < len(p.doc); j++ {
			a, b := &p.doc[j-1], &p.doc[j]
			if a.kind == tkWord && b.kind == tkWord && !a.cap && !b.cap && b.sp && !b.nl {
				p.pairs[[2]string{a.key, b.key}] = struct{}{}
			}
		}
	}
	_, ok := p.pairs[[2]string{p.key(k), p.key(k + 1)}]
	return ok
}

// knownUnit reports a bare name of an administrative unit ("Đức Phổ",
// "Phú Lộc"): written without a head word and without a person cue, it is
// a place.
func (p *pass) knownUnit(s, e int) bool {
	if e-s < 2 {
		return false
	}
	return p.x.places.Known(p.text[p.toks[s].s:p.toks[e-1].e])
}

// byline marks the author's name that ends an article after its last
// sentence ("…các thôn. Trung Sơn"), on the same line or its
// own: two to four capitalised Vietnamese words and nothing after them.
// It replaces what the rules read there (a place of the same name).
func (p *pass) byline() {
	n := len(p.toks)
	s := n
	for s > 0 && n-s < 4 && (s == n || !p.toks[s].nl) { // one line
		t := &p.toks[s-1]
		if t.kind != tkWord || !t.cap || t.allCap || !nativeKey(t.key) || !t.sp && !t.nl {
			break
		}
		s--
	}
	if n-s < 2 || s == 0 || s > 0 && p.toks[s-1].kind == tkWord {
		return
	}
	switch p.key(s - 1) {
	case ".", "!", "?", "\"", ")":
	default:
		return
	}
	out := p.out[:0]
	for _, f := range p.out {
		if f.e <= s {
			out = append(out, f)
		}
	}
	p.out = append(out, found{typ: Person, s: s, e: n})
}

// listNames reads the capitalised items of a list as people when the item
// before them is a person: "Tiến Dụng, Nhật Tân, Britez, Thanh Hải".
func (p *pass) listNames() {
	if len(p.out) == 0 {
		return
	}
	covered := make([]bool, len(p.toks)+1)
	personEnd := make([]bool, len(p.toks)+1)
	for _, f := range p.out {
		for k := f.s; k < f.e; k++ {
			covered[k] = true
		}
		if f.typ == Person {
			personEnd[f.e] = true
		}
	}
	for i := 2; i < len(p.toks); i++ {
		if covered[i] || !p.capFirst(i) || !personEnd[i-1] || !listSeparator(p.key(i-1)) {
			continue
		}
		e := i
		for e < len(p.toks) && e-i < maxUnknownName && p.capFirst(e) && !covered[e] && !p.toks[e].allCap &&
			!p.toks[e].digit && !p.toks[e].camel && (e == i || p.toks[e].sp && !p.toks[e].nl) {
			e++
		}
		if e == i || p.capWord(e) && p.toks[e].sp || p.isWord(e) && !listSeparator(p.key(e)) || p.phraseStart(i) {
			continue
		}
		switch p.key(e) {
		case ",", ";", ".", ")", "và", "":
		default:
			if !p.isWord(e) {
				continue
			}
		}
		p.emit(found{typ: Person, s: i, e: e})
		for k := i; k < e; k++ {
			covered[k] = true
		}
		personEnd[e] = true
		i = e - 1
	}
}

func listSeparator(k string) bool { return k == "," || k == kVa }

// repeatable reports whether the word at k of a person's name may be
// marked alone elsewhere: not a letter ("anh T" says nothing of "iPhone X").
func (p *pass) repeatable(k int) bool {
	return utf8.RuneCountInString(p.key(k)) >= 2
}

// repeatNames marks later and earlier bare mentions of a name found
// elsewhere in the text: the full name ("Nguyễn Văn Thể") or its given
// name alone ("Thể"), including at the start of a sentence, where a
// capital says nothing.
func (p *pass) repeatNames() {
	if len(p.out) == 0 {
		return
	}
	covered := make([]bool, len(p.toks)+1)
	names := map[string]bool{}
	for _, f := range p.out {
		for k := f.s; k < f.e; k++ {
			covered[k] = true
		}
		if f.typ != Person {
			continue
		}
		if p.repeatable(f.e - 1) {
			names[p.key(f.e-1)] = true
		}

	}
	if len(names) == 0 {
		return
	}
	var lower map[string]bool // words also written in lower case
	for i := 0; i < len(p.toks); i++ {
		if covered[i] || !p.capFirst(i) || !names[p.key(i)] || p.toks[i].allCap || p.wordEndingAt(i-1, clPeople|clLanguage) >= 0 || p.ordinalAt(i) {
			continue
		}
		if p.sentenceStart(i) {
			if lower == nil {
				lower = map[string]bool{}
				for _, t := range p.toks {
					if t.kind == tkWord && !t.cap {
						lower[t.key] = true
					}
				}
			}
			if lower[p.key(i)] || p.connectiveAt(i) {
				continue // "Đồng thời" is not Phạm Văn Đồng
			}
		}
		// The run must end here: "Thể" alone, not "Thể Công".
		if p.capWord(i+1) && p.toks[i+1].sp && !covered[i+1] || p.codeAfter(i+1) {
			continue
		}
		if i > 0 && !p.toks[i].nl && p.capWord(i-1) && p.toks[i].sp {
			continue
		}
		p.emit(found{typ: Person, s: i, e: i + 1})
	}
}
