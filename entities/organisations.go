package entities

import (
	"unicode/utf8"

	"github.com/vntext/vntext/gazetteer"
)

// orgMatch is an organisation name in token coordinates.
type orgMatch struct {
	s, e   int
	unit   [2]int // the unit written inside the name ("quận Tây Hồ")
	bare   bool   // an organ that names no unit ("Quận ủy", "UBND")
	linked [2]int // for a bare organ in a role list: the unit another role names
	place  placeMatch
}

// maxLowerName bounds the lower-case words between a head noun and the unit
// that closes an organisation name ("Ban quản lý chợ huyện X").
const maxLowerName = 10

// org matches an organisation name at token i. In a role phrase (role) the
// head may be lower-case ("chủ tịch ủy ban nhân dân", "trưởng phòng …").
func (p *pass) org(i int, role bool) orgMatch {
	o := p.orgTopic(i, role)
	// A body followed directly by the body it belongs to is one name:
	// "Ban cán sự Đảng UBND tỉnh", "Ban Dân vận Huyện uỷ X",
	// "Ban Pháp chế HĐND TP. Y".
	for n := 0; n < maxParents && o.e > i && o.e < len(p.toks); n++ {
		k := o.e
		t := &p.toks[k]
		if t.kind != tkWord || !t.sp || t.nl || p.isSurnameStart(k) || !t.cap && p.military(k) == k || p.key(k-1) == "." {
			break // a lower-case parent only when it is a military unit ("Cục X quân khu N")
		}
		parent := p.orgTopic(k, role)
		if parent.e <= k {
			break
		}
		o.e, o.unit, o.place, o.bare = parent.e, parent.unit, parent.place, parent.bare
	}
	if e := p.seatAfter(o); e > o.e {
		o.e = e
	}
	if e := p.churchRegion(o); e > o.e {
		o.e = e
	}
	if o.e > i && p.dottedAt(o.e) {
		// A name never ends inside a dotted abbreviation ("Đại học Quốc gia
		// TP.HCM", "Bệnh viện Q.7"): the unit written so closes it, or the
		// abbreviation is read whole.
		if s := o.e - 1; p.unitAt(s).e > o.e {
			o.place = p.unitAt(s)
			o.unit, o.e, o.bare = [2]int{s, o.place.e}, o.place.e, false
		}
		for p.dottedAt(o.e) {
			o.e += 2
		}
	}
	return o
}

// kPhong, kChong: programmes.go; kVe, kCac, kNhung are shared with it.
var (
	kVe, kViec   = foldKey("về"), foldKey("việc")
	kCac, kNhung = foldKey("các"), foldKey("những")
	kNhaNuoc     = phraseKey("Nhà nước")
)

// maxTopic bounds the words of a committee's subject after "về".
const maxTopic = 12

// topicAfter returns the end of the subject written with "về" after a
// committee's name [i, e), or after its head alone: "Ban Chỉ đạo Trung
// ương về phòng, chống thiên tai", "Ủy ban Quốc gia về người cao tuổi",
// "Ủy ban về các vấn đề xã hội", "Tổ công tác về gỡ vướng thủ tục". The
// subject is lower-case words, a country or unit among them, and the
// lists the press writes inside it ("phòng, chống tham nhũng, tiêu
// cực"); a function word, a verb of the clause or another body ends it.
// Elsewhere "về" begins what the clause is about, and e is returned.
func (p *pass) topicAfter(i, e int, role bool) int {
	if i >= len(p.toks) || !p.toks[i].cap && !role {
		return e
	}
	he, c := p.x.lx.orgs.longest(p.toks, i, clTopic)
	if c == 0 {
		return e
	}
	// Only the head, its qualifier and its unit come before the subject:
	// a fixed organ's name after which "về" begins what it decides
	// ("Hội đồng Bảo an về việc …") takes none.
	k := p.tails(he)
	if joinKeys(p.toks[k:min(k+2, len(p.toks))]) == kNhaNuoc {
		k += 2
	}
	if u := p.unitAt(k); u.e > k && !u.bare {
		k = u.e
	}
	if e > i && e != k || p.key(k) != kVe || !p.toks[k].sp || p.key(k+1) == kViec {
		return e
	}
	end := p.topicWords(k + 1)
	if end <= k+1 {
		return e
	}
	return p.ownerAfter(end)
}

// ownerAfter returns the end of the office that set up a working group,
// written with "của" after its subject ("Tổ công tác về gỡ vướng thủ tục
// của Thủ tướng"): a title alone or a body; else e.
func (p *pass) ownerAfter(e int) int {
	if p.inOwner || p.key(e) != kCua || !p.capWord(e+1) {
		return e
	}
	if te, c := p.x.lx.titles.longest(p.toks, e+1, clTitle); c != 0 && !p.capWord(te) {
		return te
	}
	p.inOwner = true
	o := p.org(e+1, false)
	p.inOwner = false
	if o.e > e+1 && !o.bare {
		return o.e
	}
	return e
}

// topicWords returns the end of a committee's subject starting at j, or j.
func (p *pass) topicWords(j int) int {
	s, end, words := j, j, 0
	if w := p.key(j); (w == kCac || w == kNhung) && !p.toks[j].cap {
		j++ // "về các vấn đề …"
	}
	for j < len(p.toks) && words < maxTopic {
		t := &p.toks[j]
		// The subject's first word may be capitalised ("về Phòng, chống
		// thiên tai") when the words after it are not.
		first := words == 0 && t.cap && !t.allCap && nativeKey(t.key) && (p.joinedComma(j+1) || p.isWord(j+1) && !p.toks[j+1].cap) && p.place(j).e <= j
		switch {
		case t.kind == tkWord && (!t.cap || first) && t.sp && !t.nl:
			if p.wordAt(j, clProgStop|clClauseWord) && !p.inNameWord(j) || p.x.lx.orgs.starts(t.key) && p.org(j, false).e > j {
				return end
			}
			if _, tc := p.x.lx.titles.longest(p.toks, j, clTitle|clTitleComp); tc != 0 {
				return end
			}
			j++
			words++
			end = j
		case p.joinedComma(j):
			j++ // "phòng, chống" is one word
		case t.kind == tkWord && t.allCap && words > 0 && (t.sp || p.key(j-1) == "/"):
			j++ // "phòng chống HIV/AIDS"
			words++
			end = j
		case t.key == "/" && p.isWord(j+1) && p.toks[j+1].allCap && p.isWord(j-1) && p.toks[j-1].allCap:
			j++
		case t.key == "," && words > 0 && p.againstList(s, j) && p.listItemEnds(j+1):
			j++ // "chống tham nhũng, tiêu cực"
		case t.kind == tkWord && t.cap && words > 0:
			pl := p.place(j)
			if pl.e <= j || pl.bare {
				return end
			}
			j = pl.e // "… dịch tả lợn châu Phi"
			end = j
		default:
			return end
		}
	}
	return end
}

// joinedComma reports the comma the press writes inside "phòng, chống"
// (prevent and fight), one word in a name.
func (p *pass) joinedComma(k int) bool {
	return p.key(k) == "," && k > 0 && p.key(k-1) == kPhong && p.key(k+1) == kChong && p.toks[k+1].sp
}

// lowerHyphen reports a spaced hyphen at k between two lower-case words
// of a name ("Trung tâm bảo tồn - phát triển cây dược liệu").
func (p *pass) lowerHyphen(k int) bool {
	return isHyphen(p.key(k)) && p.toks[k].sp && p.isWord(k-1) && !p.toks[k-1].cap &&
		p.isWord(k+1) && !p.toks[k+1].cap && p.toks[k+1].sp
}

// againstList reports a subject [s, e) that fights something ("phòng,
// chống tham nhũng"): a comma after it goes on with the list of what it
// fights.
func (p *pass) againstList(s, e int) bool {
	for j := s; j < e; j++ {
		if p.key(j) == kChong {
			return true
		}
	}
	return false
}

// listItemEnds reports one or two lower-case words at k that end a list
// with the words before the comma: punctuation or the text's end follows.
func (p *pass) listItemEnds(k int) bool {
	for n := 0; n < 2 && p.isWord(k) && !p.toks[k].cap && p.toks[k].sp && !p.wordAt(k, clProgStop|clClauseWord); n++ {
		k++
		if k >= len(p.toks) || p.toks[k].kind == tkPunct && p.key(k) != "," {
			return true
		}
	}
	return false
}

// capBodyAt reports a capitalised body at k that a Party organ written in
// lower case before it belongs to ("đảng ủy Sở Y tế", "ban cán sự đảng
// UBND tỉnh X"): the organ names that body's.
func (p *pass) capBodyAt(k int) bool {
	if !p.capWord(k) || !p.toks[k].sp {
		return false
	}
	o := p.orgAt(k, false)
	return o.e > k && !o.bare
}

// dottedAt reports a dot at e written inside a word ("TP.HCM", "Q.7"):
// no space on either side.
func (p *pass) dottedAt(e int) bool {
	return e > 0 && e+1 < len(p.toks) && p.key(e) == "." && !p.toks[e].sp && !p.toks[e+1].sp &&
		p.toks[e-1].kind != tkPunct && p.toks[e+1].kind != tkPunct
}

// tailCut returns where a qualifier that closes a name ("Trung ương")
// begins inside the capitalised run [k, e) when it runs on past e in lower
// case ("Bệnh viện Nhi Trung ương"), or e: the caller reads the tail whole.
func (p *pass) tailCut(k, e int) int {
	for m := k + 1; m < e; m++ {
		if te, c := p.x.lx.orgs.longest(p.toks, m, clTail); c != 0 && te > e {
			return m
		}
	}
	return e
}

// orgTopic is orgAt with the subject a committee's name goes on with
// (topicAfter).
func (p *pass) orgTopic(i int, role bool) orgMatch {
	o := p.orgAt(i, role)
	if e := p.topicAfter(i, o.e, role); e > max(o.e, i) {
		o = orgMatch{s: i, e: e}
	}
	return o
}

var kCap, kCao = foldKey("cấp"), foldKey("cao")

// seatAfter returns the end of the place where a body sits, written after
// its name with "tại", when the name needs it: an embassy, a chamber or an
// office that names its country ("Đại sứ quán Việt Nam tại Đức", "Phòng
// Thương mại Hàn Quốc tại Việt Nam"), and a high court ("Tòa án nhân dân
// cấp cao tại Đà Nẵng"). Elsewhere "tại" opens where something happens.
func (p *pass) seatAfter(o orgMatch) int {
	if o.e <= o.s || p.key(o.e) != kTai {
		return o.e
	}
	if e := p.missionSeat(o); e > o.e {
		return e
	}
	pl := p.place(o.e + 1)
	if pl.e <= o.e+1 || pl.bare {
		return o.e
	}
	high := o.e-o.s >= 2 && p.key(o.e-2) == kCap && p.key(o.e-1) == kCao
	home, abroad := p.namesCountry(o.s, o.e)
	level := pl.level
	if pl.loc > 0 {
		level = p.locs[pl.loc-1].Level
	}
	acronym := o.e == o.s+1 && p.toks[o.s].allCap && level == gazetteer.LevelCountry // "UNICEF tại Việt Nam"
	if high || abroad || acronym || home && level == gazetteer.LevelCountry {
		return pl.e
	}
	return o.e
}

var kVietNam = phraseKey("Việt Nam")

// namesCountry reports whether the tokens [s, e) name Việt Nam (home) or
// another country (abroad).
func (p *pass) namesCountry(s, e int) (home, abroad bool) {
	for j := s; j < e; j++ {
		if ce, c := p.x.lx.geo.longest(p.toks, j, clCountry); c != 0 && ce <= e && p.toks[j].cap {
			if joinKeys(p.toks[j:ce]) == kVietNam {
				home = true
			} else {
				abroad = true
			}
			j = ce - 1 // "Nam" inside "Việt Nam" names no other country
		}
	}
	return home, abroad
}

// maxParents bounds the bodies chained into one name ("Chi bộ phòng X
// UBND quận Y").
const maxParents = 3

// orgAt matches one organisation name at token i, without the body it
// belongs to.
func (p *pass) orgAt(i int, role bool) orgMatch {
	if !p.isWord(i) {
		return orgMatch{}
	}
	lx := p.x.lx
	t := &p.toks[i]
	capOK := t.cap || role
	best := orgMatch{}
	// Fixed names and abbreviations: UBND, Quận ủy, Chính phủ, Ban Thường vụ.
	if e, c := lx.orgs.longest(p.toks, i, clAbbr|clCommittee|clUnitOrgan|clOrgan); c != 0 && (capOK || e > i+1 && p.toks[i+1].cap || e > i+1 && c&(clAbbr|clCommittee) != 0 && c&clUnitOrgan == 0 && p.capBodyAt(e)) {
		o := orgMatch{s: i, e: e}
		k := p.tails(e)
		if k > e && p.afterRegion(k) {
			k = p.orgNumber(k) // "Kiểm toán Nhà nước khu vực XIII"
		}
		if c&clCommittee == 0 {
			if ce, cc := lx.orgs.longest(p.toks, k, clCommittee); cc != 0 && (p.toks[k].cap || role) {
				k = ce // "Ban Thường vụ Quận ủy"
			}
		}
		k = p.skipAcronym(k)
		u := p.unitAt(k)
		if u.e <= k && c&(clAbbr|clCommittee) != 0 {
			u = p.bareUnitName(k) // "Huyện uỷ Đức Phổ"
		}
		var body orgMatch
		if (u.e <= k && c&clUnitOrgan != 0 || u.e > k && u.loc == 0 && !u.bare) && p.capWord(k) && p.toks[k].sp {
			// "Đảng bộ Trường Đại học Vinh", "Chi bộ Công ty X"; a body
			// whose name begins with a place's head word is no place
			// ("Đảng ủy Khối Doanh nghiệp Trung ương").
			body = p.orgAt(k, role)
		}
		switch {
		case body.e > max(u.e, k) && !body.bare:
			o.unit, o.place = body.unit, body.place
			k = body.e
		case u.e > k:
			o.unit = [2]int{k, u.e}
			o.place = u
			k = u.e
		case c&(clAbbr|clCommittee|clOrgan) == 0:
			k = i // "Đảng bộ", "Công an" alone name no body
		case k == e && c&clOrgan == 0:
			o.bare = true
		}
		o.e = k
		if o.e > best.e {
			best = o
		}
	}
	if e := p.military(i); e > best.e {
		best = orgMatch{s: i, e: e}
	}
	if e := p.forceUnit(i, role); e > best.e {
		best = orgMatch{s: i, e: e}
	}
	if e, c := lx.orgs.longest(p.toks, i, clTail); c != 0 && t.cap && p.capWord(e) && p.toks[e].sp {
		// "Trung ương Hội Luật gia Việt Nam": the central body of one.
		if o := p.orgAt(e, role); o.e > e && !o.bare && o.e > best.e {
			best = o
			best.s = i
		}
	}
	if e, c := lx.orgs.longest(p.toks, i, clOrganOf); c != 0 && t.cap && p.isWord(e) && p.toks[e].sp && !p.toks[e].nl {
		// "Thường trực HĐND tỉnh X", "HĐQT Tập đoàn X", "Ban giám hiệu
		// trường Y": an organ of the body named after it; alone it names
		// none. After a title the
		// word is the title's ("Phó Chủ tịch Thường trực HĐND tỉnh").
		if o := p.orgAt(e, role); o.e > e && o.e > best.e {
			best = o
			best.s = i
		}
		if be := p.organOfBody(e); be > e && be > best.e {
			best = orgMatch{s: i, e: be}
		}
	}
	if e := p.brandBeforeHolder(i, role); e > best.e {
		best = orgMatch{s: i, e: e}
	}
	if e := p.brandAt(i); e > best.e {
		best = orgMatch{s: i, e: e}
	}
	if e := p.pressName(i); e > best.e {
		best = orgMatch{s: i, e: e}
	}
	if e := p.acronymSeat(i); e > best.e {
		best = orgMatch{s: i, e: e}
	}
	if e := p.clubName(i); e > best.e {
		best = orgMatch{s: i, e: e}
	}
	if e := p.ageTeam(i); e > best.e {
		best = orgMatch{s: i, e: e}
	}
	// Head noun + name: "Sở Y tế", "Trường Chính trị tỉnh X". A place
	// whose name begins with the head word is no body ("Đài Loan", "Hội An").
	if he, hc := lx.orgs.longest(p.toks, i, clHead|clLowerHead|clLowerOrgan); hc != 0 && !p.inCompound(i) && !p.headInWord(i, he) && p.placeAt(i) <= he && !p.countryAtHead(i, he) {
		he = p.headBeforeSector(i, he)
		k := he
		unitAfterHead := false
		if se := p.sectorEnd(k); se > k && (role || p.toks[k].cap) && p.isWord(k) {
			se = p.sectorPair(i, se)
			sk := k
			k = p.afterSector(i, p.unitCompoundEnd(se), role) // "Ngân hàng Chính sách xã hội"
			if !p.toks[sk].cap {
				// A lower-case sector may begin the lower-case words of a
				// longer name ("Ban quản lý dự án nông nghiệp công nghệ
				// cao huyện X").
				k = max(k, p.lowerName(sk, false, role))
			} else if k == se {
				k = p.afterFreeSector(i, sk, se, role)
			}
			if oe, oc := lx.orgs.longest(p.toks, sk, clOrgan); oc != 0 && oe > k {
				k = oe // a fixed organ whose name begins with a sector: "báo Công an nhân dân"
			}
		} else if lm := p.landmark(k); capOK && lm.e > k {
			k = lm.e // "Hạt Kiểm lâm Vườn quốc gia Vũ Quang": a site closes the name
		} else if p.capWord(k) && p.toks[k].sp && (!p.isSurnameStart(k) || p.namedAfterPerson(k, role)) && !p.koreanGiven(k) {
			k = max(p.orgName(k), p.wholeNameAfter(he, role))
			if p.foreignOrigin(i, he, k) {
				k = he
			}
		} else if n := p.orgNumber(k); n > k && (he > i+1 || p.key(k) == kSo) {
			k = n // "Ban Quản lý dự án 6", "Trường số 2"
		} else if u := p.unitAt(k); u.e > k && !u.bare && (capOK || hc&(clLowerHead|clLowerOrgan) != 0 && !p.toks[k].cap) {
			unitAfterHead = true // "bệnh viện huyện Ba Tơ"
		} else if capOK {
			k = p.lowerName(k, false, role)
		}
		if k > he || unitAfterHead {
			o := orgMatch{s: i}
			k = p.orgNumber(p.tails(k))
			if ce, cc := lx.orgs.longest(p.toks, k, clCommittee); cc != 0 && (p.toks[k].cap || role) {
				k = ce
			}
			k = p.skipAcronym(k)
			u := p.unitAt(k)
			if u.e <= k && k > he {
				u = p.provinceAfterName(k)
			}
			if u.e > k {
				o.unit = [2]int{k, u.e}
				o.place = u
				k = u.e
			}
			o.e = k
			// An organ in lower case names one body with its unit after it
			// ("công an tỉnh X", "sở Y tế Hà Nội"); alone or with its sector
			// only it is generic (corpus precedents 27, 78).
			lowerOrgan := hc&clLowerOrgan != 0 && (o.place.e > o.place.s && !o.place.bare || o.e > he && p.knownUnit(he, o.e))
			if (t.cap || role || lowerOrgan || hc&clLowerHead != 0 && (p.toks[he].cap || unitAfterHead)) && o.e > best.e {
				best = o
			}
		}
	}
	return best
}

var kVa = foldKey("và")

// afterFreeSector returns the end of a name that goes on after the
// capitalised sector [sk, se): a second capitalised part after "và" that
// opens no other body or instrument ("báo Nhà báo và Công luận", "Viện
// Kinh tế và Chính trị thế giới"); and when the sector is a field the
// unit's own name narrows (clOpenSector: "Vụ Chính sách tiền tệ",
// "Trường Cao đẳng Công nghiệp cao su"), a second sector ("Khoa Chăn
// nuôi Thú y") or lower-case words in sentence case closed by a unit or a
// proper name (lowerName), by a predicate's first word ("Vụ Chính sách
// tiền tệ vừa gửi …") or by the end of the phrase: a mark, or the
// holder's name in a role ("Vụ trưởng Vụ Kinh tế đối ngoại Lê Văn A").
// Ministries and departments (clSectorHead) are named by their sector
// alone, companies are read by afterSector, and a Party board's sector
// is its whole name ("Ban Bí thư xem xét"): there the words after the
// sector begin the clause. Else se.
func (p *pass) afterFreeSector(i, sk, se int, role bool) int {
	if p.inSector || p.x.lx.orgs.exact(p.toks, i, sk, clSectorHead) != 0 || p.wordAt(i, clGenericBody) || p.wordAt(i+1, clGenericBody) {
		return se
	}
	// One level only: the bodies read while looking ahead ("và Viện …")
	// end at their sector, so a chain of such names costs a bounded
	// look-ahead per name.
	p.inSector = true
	defer func() { p.inSector = false }()
	if p.key(se) == kVa && p.capWord(se+1) && p.toks[se+1].sp && !p.isSurnameStart(se+1) && !p.beginsOtherName(se+1) && p.unitAt(se+1).e <= se+1 {
		return p.orgName(se + 1) // "báo Nhà báo và Công luận"
	}
	if p.x.lx.orgs.exact(p.toks, sk, se, clOpenSector) == 0 {
		return se
	}
	if p.capWord(se) && p.toks[se].sp {
		if e, c := p.x.lx.orgs.longest(p.toks, se, clSector); c != 0 && p.orgAt(se, false).e <= se {
			return e // "Chăn nuôi Thú y", "Ngoại Tiêu hóa"
		}
		return se
	}
	if !p.isWord(se) || !p.toks[se].sp || p.toks[se].nl || p.unitAt(se).e > se {
		return se // the caller reads the unit
	}
	if e := p.lowerName(se, false, role); e > se {
		return e
	}
	j := se
	for ; j < len(p.toks) && j-se < maxLowerName; j++ {
		if p.joinedComma(j) {
			continue // "phòng, chống"
		}
		if !p.isWord(j) || p.toks[j].cap || !p.toks[j].sp || p.toks[j].nl {
			break
		}
		if p.wordAt(j, clClauseMarker) && !p.inNameWord(j) && j > se {
			return j // the predicate begins
		}
		if p.wordAt(j, clProgStop|clClauseWord|clClauseMarker) && !p.inNameWord(j) || p.x.lx.orgs.starts(p.key(j)) && p.org(j, false).e > j {
			return se
		}
		if _, c := p.x.lx.titles.longest(p.toks, j, clTitle|clTitleComp); c != 0 {
			return se
		}
	}
	if j == len(p.toks) || p.toks[j].nl || p.toks[j].kind == tkPunct && p.phraseMark(j) || role && p.isSurnameStart(j) {
		return j
	}
	return se
}

// phraseMark reports a mark at k that closes a noun phrase: a comma, a
// parenthesis, a dash set off by spaces or the end of a sentence.
func (p *pass) phraseMark(k int) bool {
	switch p.key(k) {
	case ",", "(", ")", ".", ";", ":", "!", "?":
		return true
	}
	return isHyphen(p.key(k)) && p.toks[k].sp
}

// koreanGiven reports a capitalised word at k joined by a hyphen without
// spaces to a lower-case syllable ("Ki-moon", "Jong-un"): a foreign given
// name, which no body's name holds, so a head word before it is the
// person's family name ("Ban Ki-moon").
func (p *pass) koreanGiven(k int) bool {
	return p.key(k+1) == "-" && !p.toks[k+1].sp && p.isWord(k+2) && !p.toks[k+2].cap && !p.toks[k+2].sp
}

// headBeforeSector returns where a head [i, he) whose last words begin a
// longer sector really ends ("Đài Phát thanh" before "- Truyền hình
// tỉnh X"): the sector is read whole after the shorter head. Else he.
func (p *pass) headBeforeSector(i, he int) int {
	for m := i + 1; m < he; m++ {
		if p.x.lx.orgs.exact(p.toks, i, m, clHead|clLowerHead) != 0 && p.sectorEnd(m) > he {
			return m
		}
	}
	return he
}

// sectorEnd returns the end of the sector at k ("Y tế", "Văn hóa, Thể thao
// và Du lịch"), or k. A sector the list knows is read whatever joins its
// parts, so the commas and "và" of a department's name do not cut it
// ("Phòng Kinh tế Hạ tầng và Đô thị", "Sở Tài nguyên Môi trường"); words
// joined so that the list knows no sector of are an elliptical list of
// sectors ("Sở Nội vụ và Tư pháp").
func (p *pass) sectorEnd(k int) int {
	e, _ := p.x.lx.orgs.longest(p.toks, k, clSector)
	if se, c := p.x.lx.kinds.longest(p.toks, k, clService); c != 0 && se > e {
		e = se // "Tư lệnh Hải quân": a service alone is the title's field
	}
	if le, c := p.x.lx.sectors.longestSkipping(p.toks, k, clSector, sectorJoint); c != 0 && le > e {
		e = le
	}
	return e
}

// sectorPair returns the end of a second sector joined to the one that
// ends at se by "và" when the unit the body serves follows both ("Chi
// cục Trồng trọt và Bảo vệ thực vật tỉnh X"): one body of two sectors.
// Without the unit, or after a
// quantifier ("các Sở Nội vụ và Tư pháp"), the words list two bodies
// and se is returned.
func (p *pass) sectorPair(i, se int) int {
	if p.key(se) != kVa || !p.isWord(se+1) || !p.toks[se+1].sp || i > 0 && (p.wordAt(i-1, clNumeral) || p.plural(i)) {
		return se
	}
	e := p.sectorEnd(se + 1)
	if e <= se+1 || p.toks[se+1].cap != p.toks[se-1].cap && !p.toks[se+1].cap {
		return se
	}
	if u := p.unitAt(e); u.e > e && !u.bare || p.provinceAfterName(e).e > e {
		return e
	}
	return se
}

// lowerName returns the end of lower-case words closed by a unit, a
// qualifier such as "trung ương" or a proper name after a head noun or a company's sector ("Ban quản lý chợ
// huyện X", "Công ty cổ phần vận tải biển Y", "Công ty TNHH Xây dựng và
// thương mại Z"), or k; at a unit it returns the unit's start, which the
// caller reads. A company's name may also close with its number
// (number: "Tổng công ty Xây dựng công trình giao thông 4").
func (p *pass) lowerName(k int, number, role bool) int {
	// One level only: the bodies read while looking ahead at a word ("the
	// first word of another body") read their own lower-case words without
	// looking ahead again, so a chain of such names ("Ban Quản lý đền vua
	// Ban Quản lý …") costs a bounded look-ahead per name, not one that
	// doubles with every link.
	look := !p.inLowerName
	if look {
		p.inLowerName = true
		defer func() { p.inLowerName = false }()
	}
	joints := 0 // marks inside the words, which maxLowerName does not count
	for m := k; m < len(p.toks) && m-k-joints < maxLowerName; m++ {
		if number && m > k && p.toks[m].kind == tkNum {
			if n := p.orgNumber(m); n > m {
				return n
			}
			return k
		}
		if p.joinedComma(m) || m > k && p.lowerHyphen(m) || role && p.pluralInName(k, m) {
			joints++
			continue // "phòng, chống", "huấn luyện - thi đấu", "xây dựng các công trình"
		}
		if !p.isWord(m) || !p.toks[m].sp || p.toks[m].nl {
			return k
		}
		if u := p.unitAt(m); u.e > m && m > k {
			switch {
			case number && p.site(u):
				return u.e // a company named after a site: "… thương mại Hoàng Long"
			case m-k > maxLowerBeforeSite && p.site(u):
				return k // "Đoàn khách tham quan chợ Bến Thành": a clause, not a name
			}
			return m
		}
		if te, c := p.x.lx.orgs.longest(p.toks, m, clTail); c != 0 && m > k && (te-m >= 2 || p.toks[m].allCap) {
			return m // "… khí tượng thủy văn trung ương": the caller reads the qualifier
		}
		if p.toks[m].cap {
			// A proper name closes the words: two capitalised words or a
			// foreign or upper-case one ("Hạ Lưu", "Fosco", "IAM"), not
			// the first word of another body nor an office holder's name.
			if e := p.capRun(m, true); m > k && (!p.isSurnameStart(m) || number && p.namedAfterPerson(m, role)) && !p.startsPhrase(m) && !(look && (p.beginsOtherName(m) || p.org(m, false).e > m)) &&
				(e-m >= 2 || p.toks[m].allCap || !nativeKey(p.key(m))) {
				return e
			}
			return k
		}
		if p.wordAt(m, clProgStop|clClauseWord) && !p.inNameWord(m) || look && p.x.lx.orgs.starts(p.key(m)) && p.org(m, false).e > m {
			return k
		}
		if _, c := p.x.lx.titles.longest(p.toks, m, clTitle|clTitleComp); c != 0 {
			return k // "Chi cục trưởng": a title, not a name
		}
	}
	return k
}

// pluralInName reports "các" at m between lower-case words of a body's
// name after its head, in a role ("Ban quản lý các khu di tích tỉnh X",
// "Ban quản lý các chợ thành phố Y"): the
// name says what the body serves; lowerName still needs a unit or a
// proper name to close the words.
func (p *pass) pluralInName(k, m int) bool {
	return m > 0 && p.key(m) == kCac && !p.toks[m].cap && p.toks[m].sp && p.isWord(m-1) && !p.toks[m-1].cap &&
		p.isWord(m+1) && !p.toks[m+1].cap && p.toks[m+1].sp && !p.wordAt(m+1, clProgStop|clClauseWord)
}

// countryAtHead reports a country or territory whose name begins with the
// head word [i, he) ("Đài Loan" after "lấy chồng", where the gazetteer
// reads no place).
func (p *pass) countryAtHead(i, he int) bool {
	e, c := p.x.lx.geo.longest(p.toks, i, clCountry)
	return c != 0 && e > he
}

// foreignOrigin reports a generic head [i, he) followed by a country or a
// territory, alone or before lower-case words that read as the clause's
// verb ("doanh nghiệp Nga đầu tư"): the place is a LOCATION of its own.
func (p *pass) foreignOrigin(i, he, e int) bool {
	c := p.placeAt(he)
	if !p.wordSpan(i, he, clGenericBody) || c <= he || c > e || c < e && p.capWord(c) {
		return false
	}
	switch p.locs[p.locIdx[he]].Level {
	case gazetteer.LevelCountry:
		return true
	case gazetteer.LevelOther:
		// Đài Loan, not Trường Sơn (also a commune) nor a pass or a site
		// a company is named after ("Tập đoàn Đèo Cả").
		ce, cc := p.x.lx.geo.longest(p.toks, he, clCountry)
		return !p.knownUnit(he, c) && cc != 0 && ce == c
	}
	return false
}

// maxLowerBeforeSite bounds the lower-case words between a head noun and a
// site that closes an organisation name: a body runs one ("Ban quản lý
// vịnh Hạ Long"); more words read as a clause about the site ("Hội thảo
// đề nghị tu bổ điện Thái Hòa").
const maxLowerBeforeSite = 2

// site reports a place that is no administrative unit: a gazetteer mention
// of level other (a market, a monument, a bay).
func (p *pass) site(u placeMatch) bool {
	return u.loc > 0 && p.locs[u.loc-1].Level == gazetteer.LevelOther || u.keep && u.level == gazetteer.LevelOther
}

// maxOrgName bounds the words of an organisation name after its head.
const maxOrgName = 12

// orgName reads a name in sentence case after a head noun: a capitalised
// word, lower-case words, then capitalised words or a unit ("Công ty Xăng
// dầu Quảng Trị", "Học viện Kỹ thuật quân sự", "Trường Chính trị TP Đà
// Nẵng", "Sở Lao động - Thương binh và Xã hội"). Function words and verbs
// end it, and so does a lower-case word after a name in title case or a
// foreign word ("Công ty Trường Sơn dựng", "Tập đoàn Pepsi tuyển dụng"):
// sentence case capitalises only the first word of a name.
func (p *pass) orgName(k int) int {
	if e, c := p.x.lx.orgs.longest(p.toks, k, clOrgan|clAbbr|clCommittee); c != 0 {
		return e // "Thanh tra Chính phủ": a fixed organ ends the name
	}
	run := p.nameRun(k)
	j := p.regionCut(k, p.tailCut(k, run))
	if j < run {
		return j // the caller reads the tail or the region
	}
	if !p.inOrgName {
		// One level only: the body a name belongs to is read without
		// looking for a body inside its own name, so a long run of
		// capitalised words costs a bounded look-ahead per word.
		p.inOrgName = true
		for m := k + 1; m < j && m-k <= maxOrgName; m++ {
			if he, c := p.x.lx.orgs.longest(p.toks, m, clHead); c != 0 && p.orgAt(m, false).e > he {
				j = m // "Khoa Nhi Bệnh viện X": the body it belongs to
				break
			}
		}
		p.inOrgName = false
	}
	sentenceCase := p.sentenceCase(k, j)
	for j < len(p.toks) && j-k < maxOrgName {
		t := &p.toks[j]
		if (t.key == "-" || t.key == "–") && t.sp && p.capWord(j+1) && p.toks[j+1].sp && !p.startsPhrase(j+1) {
			j++ // "Văn hoá - Thể thao"
			continue
		}
		if t.key == "," && sentenceCase && j > k && p.isWord(j+1) && !p.toks[j+1].cap && !p.inList {
			// A list inside the name, closed by the unit the body serves
			// ("Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh X", "Trung tâm
			// Xúc tiến đầu tư, thương mại và du lịch tỉnh Y"). One level
			// only: the bodies read on the way take no list of their own.
			p.inList = true
			e := p.lowerName(j+1, false, false)
			p.inList = false
			if e > j+1 && p.unitAt(e).e > e {
				j = e
			}
			break
		}
		if t.kind != tkWord || !t.sp || t.nl || p.wordAt(j, clProgStop) && !p.inNameWord(j) && !p.wordAt(j, clNameWord) && !(t.cap && isHyphen(p.key(j-1))) || t.digit {
			// A stop word that begins a compound goes on ("Phòng không
			// không quân"), and so does one capitalised after a hyphen,
			// the name's second part ("Phòng không - Không quân").
			break
		}
		if t.cap {
			if p.isSurnameStart(j) || p.startsPhrase(j) || p.foreignPersonStart(j) {
				break
			}
			if _, c := p.x.lx.orgs.longest(p.toks, j, clTail); c != 0 {
				break // the caller reads the qualifier that closes the name
			}
			if he, c := p.x.lx.orgs.longest(p.toks, j, clHead|clAbbr|clUnitOrgan|clCommittee|clOrgan); c != 0 && he > j+1 {
				// The body it belongs to ("Văn phòng Thường trực Ban Chỉ
				// đạo …"), or after "và" the next body of a list.
				if p.key(j-1) == kVa {
					j--
				}
				break
			}
			if u := p.unitAt(j); u.e > j && !u.bare {
				break
			}
			e := p.nameRun(j)
			sentenceCase = p.sentenceCase(j, e)
			j = e
			continue
		}
		if !sentenceCase || p.wordAt(j, clClauseWord) {
			break
		}
		if u := p.unitAt(j); u.e > j && !u.bare {
			break // the unit closes the name; the caller adds it
		}
		if te, c := p.x.lx.orgs.longest(p.toks, j, clTail); c != 0 && te-j >= 2 && !(p.capWord(te) && p.toks[te].sp) {
			break // so does a qualifier in lower case ("… thế giới")
		}
		if t.key == kVa && !p.capWord(j+1) && !p.lowerAfterAnd(j+1) {
			break
		}
		if p.x.lx.orgs.starts(t.key) && p.org(j, false).e > j {
			break
		}
		if _, c := p.x.lx.titles.longest(p.toks, j, clTitle|clTitleComp); c != 0 {
			break
		}
		j++
	}
	return j
}

// nameRun is capRun with numbers, without a number the words after it
// count ("Trường mầm non Hoạ Mi 12 triệu đồng"): a name's number ends
// the name.
func (p *pass) nameRun(k int) int {
	run := p.capRun(k, true)
	for run > k+1 && p.toks[run-1].kind == tkNum && p.isWord(run) && !p.toks[run].cap && p.toks[run].sp {
		run--
	}
	return run
}

var kKhu, kVuc = foldKey("khu"), foldKey("vực")

// afterRegion reports "khu vực" just before k: a regional body is named by
// its number ("Tòa án nhân dân khu vực 3").
func (p *pass) afterRegion(k int) bool {
	return k >= 2 && p.key(k-2) == kKhu && p.key(k-1) == kVuc
}

// orgNumber returns the end of the number that closes an organisation
// name at k, or k: "số 6", one or two digits, a Roman numeral ("Ban Quản
// lý dự án 7", "Trường Đại học Nông nghiệp I", "Đội Cảnh sát giao thông
// số 3"), and after "khu vực N" the province a regional court serves
// ("Tòa án nhân dân khu vực 3 - Đắk Lắk"). A number that counts
// something ("Sở Y tế 3 năm") or runs on as a date or code is no part of
// the name.
func (p *pass) orgNumber(k int) int {
	j := k
	so := p.key(j) == kSo
	if so {
		j++
	}
	if j >= len(p.toks) || !p.toks[j].sp || p.toks[j].nl {
		return k
	}
	t := &p.toks[j]
	switch {
	case t.kind == tkNum && len(t.key) <= 2:
	case t.kind == tkWord && t.allCap && isRoman(t.key) && (len(t.key) > 1 || !p.capWord(j+1)):
	default:
		return k
	}
	n := j + 1
	if n < len(p.toks) {
		switch nt := &p.toks[n]; {
		case nt.kind == tkNum || !nt.sp && nt.kind == tkWord:
			return k // "số 6A", "3.5"
		case nt.kind == tkPunct && (nt.key == "/" || nt.key == "." && n+1 < len(p.toks) && p.toks[n+1].kind == tkNum):
			return k // "12/2024"
		case nt.kind == tkWord && !nt.cap && !so && !p.afterRegion(k) && !p.numberAlone(n):
			return k // "Sở Y tế 3 năm"
		}
	}
	if (p.key(n) == "-" || p.key(n) == "–") && p.afterRegion(k) {
		if pl := p.place(n + 1); pl.e > n+1 {
			return pl.e
		}
		if e := p.capRun(n+1, false); n+1 < len(p.toks) && p.toks[n+1].sp && p.knownUnit(n+1, e) {
			return e // the gazetteer read "khu vực 3 - Hà Nội" as one place
		}
	}
	return n
}

// lowerAfterAnd reports a lower-case word at k, after "và" inside a name
// in sentence case, that goes on with the name ("Viện Nghiên cứu và đào
// tạo …"): no function word, verb of a clause or body of its own.
func (p *pass) lowerAfterAnd(k int) bool {
	if !p.isWord(k) || p.toks[k].cap || !p.toks[k].sp || p.toks[k].nl {
		return false
	}
	if p.inNameWord(k) {
		return true // "Doanh nghiệp nhỏ và vừa"
	}
	return !p.wordAt(k, clProgStop|clClauseWord|clPeople) && !(p.x.lx.orgs.starts(p.key(k)) && p.org(k, false).e > k)
}

// afterSector returns the end of a company's name whose sector at [he, k)
// is followed by the company's own name ("Tổng công ty Xây dựng Thăng
// Long", "Công ty cổ phần Đầu tư Hạ tầng Minh Phát"). A state organ's
// sector ends its name: a unit, a person or another body follows it, and
// "và" after it joins an elliptical list ("Sở Nội vụ và Tư pháp").
func (p *pass) afterSector(i, k int, role bool) int {
	if !p.wordAt(i, clGenericBody) && !p.wordAt(i+1, clGenericBody) {
		return k
	}
	if p.capWord(k) && p.toks[k].sp && p.unitAt(k).e <= k && (!p.isSurnameStart(k) || p.namedAfterPerson(k, role)) && !p.startsPhrase(k) && !p.beginsOtherName(k) {
		return p.orgName(k)
	}
	if p.isWord(k) && !p.toks[k].cap {
		return p.lowerName(k, true, role) // "Tổng công ty Xây dựng công trình giao thông 4"
	}
	return k
}

// sentenceCase reports a capitalised run [k, e) that may go on in lower
// case: one native word, acronyms aside ("Kỹ thuật", "ĐH Bách khoa"). A
// spaced hyphen joins two names, each capitalised on its first word only
// ("Mỏ - Địa chất"), so each part counts on its own.
func (p *pass) sentenceCase(k, e int) bool {
	words := 0
	for j := k; j < e; j++ {
		t := &p.toks[j]
		if isHyphen(t.key) && t.sp && words == 1 {
			words = 0
			continue
		}
		if t.kind != tkWord || t.allCap {
			continue
		}
		if words++; words > 1 || !nativeKey(t.key) {
			return false
		}
	}
	return words == 1
}

// inCompound reports a lower-case head noun that ends a word with the
// token before it ("chiến trường", "thị trường", "Đại hội").
func (p *pass) inCompound(i int) bool {
	if i == 0 || p.toks[i].cap && !p.toks[i-1].cap || !p.toks[i].sp || !p.isWord(i-1) {
		return false
	}
	e, c := p.x.lx.orgs.longest(p.toks, i-1, clCompound)
	return c != 0 && e > i
}

// headInWord reports a head noun [i, he) that begins a longer common word
// ("Khoa học", not "Khoa Ngoại").
func (p *pass) headInWord(i, he int) bool {
	e, c := p.x.lx.orgs.longest(p.toks, i, clCompound)
	return c != 0 && e > he
}

// military matches a military unit named by its number: "sư đoàn 23",
// "Lữ đoàn pháo binh số 45", "Quân khu 7".
func (p *pass) military(i int) int {
	e, c := p.x.lx.orgs.longest(p.toks, i, clMilitary)
	if c == 0 {
		return i
	}
	for n := 0; n < 2 && p.isWord(e) && !p.toks[e].cap && p.toks[e].sp && p.key(e) != kSo; n++ {
		e++ // "bộ binh", "không vận"
	}
	if p.key(e) == kSo {
		e++
	}
	if e < len(p.toks) && p.toks[e].kind == tkNum && p.toks[e].sp {
		return e + 1
	}
	return i
}

// minAcronym is the shortest upper-case word read as an agency's acronym.
const minAcronym = 3

// acronymSeat matches an upper-case acronym followed by the country where
// the agency keeps its office ("USAID tại Việt Nam", "KOICA tại Lào"): an
// office named with tại is one body (seatAfter).
func (p *pass) acronymSeat(i int) int {
	t := &p.toks[i]
	if !t.allCap || t.digit || len([]rune(t.key)) < minAcronym || isRoman(t.key) || p.key(i+1) != kTai || p.placeAt(i) > i {
		return i
	}
	if pl := p.place(i + 2); pl.e > i+2 && p.countryPlace(pl) {
		return pl.e
	}
	return i
}

// brandBeforeHolder matches, in a role phrase, a body written by its
// acronym or brand after the title ("Chủ tịch VFF Trần Văn A", "Tổng Giám
// đốc Vietcombank Lê Thị B"): one word in capitals, in mixed case or of no
// Vietnamese syllable, not a foreign given name, with the foreign words
// and the branch's place that go on its name. The word is a body's, not a
// foreign person's, when a Vietnamese full name follows it, when the place
// of a branch does ("Giám đốc Vietcombank Cần Thơ", "Giám đốc Agribank chi
// nhánh tỉnh X"), when the holder follows after a comma and an honorific
// ("Tổng giám đốc Vietnam Airlines, ông Lê Văn C"), or when it is an
// acronym of three letters or more that ends the phrase ("Tổng giám đốc
// BIDV,"): no personal name is written so.
func (p *pass) brandBeforeHolder(i int, role bool) int {
	t := &p.toks[i]
	if !role || !t.cap || t.digit || i+1 >= len(p.toks) || isRoman(t.key) || p.placeAt(i) > i || p.saintName(i) > i {
		return i
	}
	if !(t.allCap && utf8.RuneCountInString(t.key) >= 2 || t.camel || !nativeKey(t.key) && !p.x.lx.foreignGiven[t.key]) {
		return i
	}
	if t.allCap && (p.startsPhrase(i) || p.wordOfList(i)) {
		return i // a word of the lists ("HĐQT", "UBND") is read by its rule
	}
	we := p.brandWords(i)
	e := p.brandName(i)
	switch {
	case p.isSurnameStart(we) && p.placeAt(we) <= we && p.personName(we, false) > we+1:
		return we // the holder's name follows: no place between
	case p.isSurnameStart(e) && p.personName(e, false) > e+1, e > we && !p.capWord(e):
		return e
	case p.key(e) == "," && p.honorificName(e+1):
		return e
	case t.allCap && utf8.RuneCountInString(t.key) >= minAcronym && e == i+1 && p.isWord(e) == p.lowerAfterWord(e) && p.titleWritten(i):
		if u := p.unitAt(e); u.e > e {
			return u.e // "Giám đốc TTYT huyện": the unit the body serves
		}
		return e
	}
	return i
}

// honorificName reports an honorific and a personal name at k ("ông Lê
// Văn A").
func (p *pass) honorificName(k int) bool {
	e, c := p.x.lx.titles.longest(p.toks, k, clHonorific|clCue)
	return c != 0 && !p.toks[k].cap && p.personName(e, true) > e
}

// wordOfList reports a word at k that begins a phrase of the
// organisation or title lists ("HĐQT", "HĐTV").
func (p *pass) wordOfList(k int) bool {
	_, c := p.x.lx.orgs.longest(p.toks, k, ^lexClass(0))
	_, tc := p.x.lx.titles.longest(p.toks, k, ^lexClass(0))
	return c != 0 || tc != 0
}

// titleWritten reports a title ending just before k that is written as
// one: capitalised or of two words or more, not the last syllable of a
// common word ("tăng trưởng GDP").
func (p *pass) titleWritten(k int) bool {
	s := p.x.lx.titles.endingAt(p.toks, k-1, clTitle|clTitleComp)
	return s >= 0 && (p.toks[s].cap || s < k-1)
}

// lowerAfterWord reports a lower-case word at k.
func (p *pass) lowerAfterWord(k int) bool { return p.isWord(k) && !p.toks[k].cap }

// countryPlace reports a place that is a country.
func (p *pass) countryPlace(pl placeMatch) bool {
	if pl.loc > 0 {
		return p.locs[pl.loc-1].Level == gazetteer.LevelCountry
	}
	return pl.level == gazetteer.LevelCountry
}

// clubName matches a club named by a capitalised run that ends with a
// club word ("Hà Nội FC"): the place inside names the club.
func (p *pass) clubName(i int) int {
	if !p.capFirst(i) {
		return i
	}
	e := p.capRun(i, false)
	for j := i + 1; j < e; j++ {
		if ce, c := p.x.lx.orgs.longest(p.toks, j, clClubSuffix); c != 0 && ce == e {
			return e
		}
	}
	return i
}

// ageTeam matches a national age-group team: "U23 Việt Nam", "U19 Thái
// Lan".
func (p *pass) ageTeam(i int) int {
	k := p.key(i)
	if len(k) != 3 || k[0] != 'u' || k[1] < '0' || k[1] > '9' || k[2] < '0' || k[2] > '9' || !p.toks[i].cap {
		return i
	}
	if pl := p.place(i + 1); pl.e > i+1 && p.toks[i+1].sp && (pl.level == gazetteer.LevelCountry || pl.loc > 0) {
		return pl.e
	}
	return i
}

// provinceAfterName matches a province or a city written bare after a
// body's name ("Đại học Luật Hà Nội", "Sở Nông nghiệp và Phát triển
// nông thôn Hà Nội"), where the gazetteer reads the capitalised word
// before it as part of one name, or a head word before it ("thôn"), and
// so gives no place. Its name is no person's, whatever its first word;
// the office holder's name may follow it.
func (p *pass) provinceAfterName(k int) placeMatch {
	if !p.capWord(k) || !p.toks[k].sp {
		return placeMatch{}
	}
	for e := p.capRun(k, false); e-k >= 2; e-- {
		if p.knownUnit(k, e) && p.bareLevel(k, e) == gazetteer.LevelProvince {
			return placeMatch{s: k, e: e, admin: true}
		}
	}
	return placeMatch{}
}

// bareUnitName matches a unit written without its head word after an
// organ: "Huyện uỷ Đức Phổ", "UBND Phú Lộc".
func (p *pass) bareUnitName(k int) placeMatch {
	if !p.capWord(k) || !p.toks[k].sp {
		return placeMatch{}
	}
	e := p.capRun(k, false)
	if e-k >= 2 && p.knownUnit(k, e) {
		return placeMatch{s: k, e: e, admin: true}
	}
	return placeMatch{}
}

// isSurnameStart reports a personal name starting at k, which no
// organisation name swallows ("Bộ trưởng Bộ Y tế Nguyễn Thị X").
func (p *pass) isSurnameStart(k int) bool {
	return p.isSurname(k) && p.capWord(k+1) && p.toks[k+1].sp
}

// skipAcronym skips an acronym in parentheses between a name and its unit:
// "Hội đồng nhân dân (HĐND) thị xã X". Without a unit after it the
// acronym stays outside the name.
func (p *pass) skipAcronym(k int) int {
	if p.key(k) != "(" || !p.isWord(k+1) || !p.toks[k+1].allCap {
		return k
	}
	// An acronym may be written in parts: "(LĐTB&XH)", "(LĐTB & XH)".
	c := k + 2
	for c-k <= maxAcronymParts && (p.key(c) == "&" || p.key(c) == "-" || p.isWord(c) && p.toks[c].allCap) {
		c++
	}
	if p.key(c) != ")" || p.key(c-1) == "&" || p.key(c-1) == "-" {
		return k
	}
	if u := p.unitAt(c + 1); u.e > c+1 && !u.bare {
		return c + 1
	}
	return k
}

// maxAcronymParts bounds the tokens of an acronym in parentheses.
const maxAcronymParts = 5

// namedAfterPerson reports a personal name at k that names the
// organisation whose head precedes it ("Bệnh viện Bạch Mai", "Trường Lê
// Quý Đôn"). In a role phrase one name after a bare head is the office
// holder's ("Giám đốc Sở Nguyễn Văn A"), unless the head needs a name
// ("Hiệu trưởng Trường THPT Nguyễn Trãi") or the name is one that units
// bear ("Giám đốc Bệnh viện Bạch Mai": a ward's name, no living
// person's); when two names follow, the first is the body's ("Giám đốc
// Bệnh viện Bạch Mai Lê Hoa").
func (p *pass) namedAfterPerson(k int, role bool) bool {
	if !role {
		return true
	}
	full := k + 1
	for full-k < maxCapRun && p.capWord(full) && p.toks[full].sp {
		full++
	}
	if e := p.capRun(k, false); e-k >= 2 && e < full && p.isSurnameStart(e) && (full-k > maxNameWords-1 || p.knownUnit(k, e)) {
		return true
	}
	return p.x.lx.orgs.endingAt(p.toks, k-1, clNamedHead) >= 0 || p.knownUnit(k, full)
}

// wholeNameAfter returns the end of the capitalised words after a head
// that needs a name ("Trường THCS", "Trung tâm Giáo dục thường xuyên"),
// or he: outside a role phrase no office holder's name follows the body,
// so two to four such words are its name whatever family names they hold
// ("Trường THCS An Lục Long", not the person "Lục Long").
func (p *pass) wholeNameAfter(he int, role bool) int {
	if role || p.x.lx.orgs.endingAt(p.toks, he-1, clNamedHead) < 0 {
		return he
	}
	e := he
	for e-he < maxNameWords-1 && p.capWord(e) && p.toks[e].sp && !p.toks[e].allCap && !p.toks[e].digit {
		e++
	}
	if e-he < 2 || p.capWord(e) && p.toks[e].sp || p.startsPhrase(he) {
		return he // more words: a name follows the body's
	}
	return e
}

// tails skips qualifiers that close a name: "Trung ương", "Việt Nam".
func (p *pass) tails(k int) int {
	for {
		e, c := p.x.lx.orgs.longest(p.toks, k, clTail)
		if c == 0 {
			return k
		}
		k = e
	}
}

// unitAt matches the unit an organisation belongs to: a place
// ("quận Tây Hồ", "Hà Nội") or a bare unit word ("UBND tỉnh", "HĐND TP").
func (p *pass) unitAt(k int) placeMatch {
	if pl := p.place(k); pl.e > k {
		if pl.loc == 0 && !pl.admin && p.toks[k].cap && p.isSurnameStart(k) {
			return placeMatch{} // "Hồ Minh Hoàng" after a name is a person, not a lake
		}
		return pl
	}
	if e, c := p.x.lx.geo.longest(p.toks, k, clAdmin); c != 0 && p.isWord(k) && !p.unitCompound(k) {
		if e > k+1 && p.key(e-1) == "." && p.capWord(e) && p.toks[e].sp {
			e-- // "UBND TP. Trước đó": the dot ends the sentence
		}
		return placeMatch{s: k, e: e, bare: true}
	}
	return placeMatch{}
}

// maxBrand bounds the words of a brand in parentheses.
const maxBrand = 3

// brandAfter returns the position of the closing parenthesis of the
// brand or short name a company is known by, written after its name
// ("Công ty cổ phần Thực phẩm Sông Lam (Lamfood)", "(Minh Khang)"), or o.e: a
// second mention of the company, as an acronym is ("(EVN)"). A place or
// a person in parentheses is no brand.
func (p *pass) brandAfter(o orgMatch) int {
	k := o.e
	if p.key(k) != "(" || !p.wordAt(o.s, clGenericBody) && !p.wordAt(o.s+1, clGenericBody) || !p.capWord(k+1) {
		return k
	}
	e := p.capRun(k+1, false)
	if e-(k+1) > maxBrand || p.key(e) != ")" || p.placeAt(k+1) >= e || e-(k+1) >= 3 && p.isSurnameStart(k+1) {
		return k
	}
	return e
}

func (p *pass) emitOrg(o orgMatch) {
	f := found{typ: Organization, s: o.s, e: o.e}
	if o.bare {
		f.unit = o.linked
	}
	p.emit(f)
}

// orgShortName returns the name an organisation found at f is known by
// without its head noun ("Công ty Khai Minh" → "Khai Minh", "Tập đoàn
// Unilever" → "Unilever") as joined keys, or "". Names that are places or
// people ("Bệnh viện Bạch Mai", "Trường Lê Quý Đôn") are left out, and so
// is a single Vietnamese word, which says too little.
func (p *pass) orgShortName(f *found) string {
	s := f.s
	if e, c := p.x.lx.orgs.longest(p.toks, s, clOrganOf); c != 0 {
		s = e // "HĐQT công ty Khai Minh": the company's short name
	}
	he, c := p.x.lx.orgs.longest(p.toks, s, clHead|clLowerHead)
	if c == 0 || he >= f.e || f.e-he > maxUnknownName {
		return ""
	}
	for j := he; j < f.e; j++ {
		if !p.capWord(j) || !p.toks[j].sp || p.toks[j].allCap {
			return ""
		}
	}
	if f.e-he == 1 && nativeKey(p.key(he)) || p.isSurnameStart(he) || p.placeAt(he) > he || p.knownUnit(he, f.e) {
		return ""
	}
	return joinKeys(p.toks[he:f.e])
}

// repeatOrgs marks the other mentions of an organisation by its short
// name or the acronym defined after it: a person or a bare capitalised run
// that repeats it is the body.
func (p *pass) repeatOrgs() {
	var short map[string]bool
	add := func(k string) {
		if short == nil {
			short = map[string]bool{}
		}
		short[k] = true
	}
	for i := range p.out {
		if f := &p.out[i]; f.typ == Organization {
			if k := p.orgShortName(f); k != "" {
				add(k)
			}
			// An acronym defined in parentheses after the name:
			// "Ngân hàng Nhà nước (NHNN)".
			if p.key(f.e) == "(" && p.key(f.e+2) == ")" && p.isWord(f.e+1) && p.toks[f.e+1].allCap {
				add(p.key(f.e + 1))
			}
			if p.key(f.s-1) == "(" && p.key(f.e) == ")" && f.e-f.s <= maxBrand {
				add(joinKeys(p.toks[f.s:f.e])) // a brand after a company's name
			}
		}
	}
	if short == nil {
		return
	}
	covered := make([]bool, len(p.toks)+1)
	for i := range p.out {
		f := &p.out[i]
		if f.typ == Person && len(f.roles) == 0 && short[joinKeys(p.toks[f.s:f.e])] {
			f.typ = Organization
		}
		for k := f.s; k < f.e; k++ {
			covered[k] = true
		}
	}
	for i := 0; i < len(p.toks); i++ {
		if covered[i] || !p.capFirst(i) || i > 0 && p.capWord(i) && p.capWord(i-1) && p.toks[i].sp {
			continue
		}
		e := i + 1
		for e < len(p.toks) && e-i < maxUnknownName && p.capWord(e) && p.toks[e].sp && !covered[e] {
			e++
		}
		if p.capWord(e) && p.toks[e].sp {
			continue // the run goes on: another name
		}
		if short[joinKeys(p.toks[i:e])] {
			p.emit(found{typ: Organization, s: i, e: e})
			i = e - 1
		}
	}
}
