package entities

import (
	"context"

	"github.com/vntext/vntext/gazetteer"
)

// role is one role phrase in token coordinates with what it names.
type role struct {
	s, e   int
	status RoleStatus
	org    orgMatch   // organisation named by the role, if any
	place  placeMatch // unit named by the role without an organisation
	parent orgMatch   // body written after "thuộc"/"của" or a comma ("… thuộc Sở Y tế")
	at     placeMatch // place written after "tại" ("Đại sứ Việt Nam tại Nhật Bản")
	named  bool       // the title goes on with what it names: a body, unit, sector or anaphor
}

// compRank orders the readings of a title: naming an organisation beats
// naming a place, which beats a bare sector or unit word.
const (
	compNone = iota
	compWord
	compPlace
	compOrg
)

// roleAt parses one role phrase starting at token j: [Phó] TITLE
// [Thường trực] [organisation | unit | sector]. "Trưởng ban Tổ chức Thành
// ủy" reads as the title "Trưởng" and the organisation "ban Tổ chức Thành
// ủy" because the reading that names an organisation wins.
func (p *pass) roleAt(j int) (role, bool) {
	lx := p.x.lx
	if he, c := lx.orgs.longest(p.toks, j, clHead); c != 0 {
		if te, _ := lx.titles.longest(p.toks, j, clTitle|clTitleComp|clPrefix); te > j && he > te {
			return role{}, false // "Đại sứ quán": a body's head, not the title "Đại sứ"
		}
	}
	k := j
	if e, c := lx.titles.longest(p.toks, k, clPrefix); c != 0 {
		k = e
	}
	hits := lx.titles.all(p.hits[:0], p.toks, k, clTitle|clTitleComp)
	if len(hits) == 0 && k > j && p.key(k) == kBan {
		// "Phó ban thường trực X": the standing deputy of the committee X.
		if e, c := lx.titles.longest(p.toks, k+1, clSuffix); c != 0 && p.capWord(e) {
			if o := p.org(e, true); o.e > e {
				p.hits = hits[:0]
				return p.roleParent(role{s: j, e: o.e, org: o, named: true}), true
			}
		}
	}
	if len(hits) == 0 && k > j {
		// "Phó phòng Nội vụ": the title fused with the body,
		// which starts at its head word.
		if o := p.org(k, true); o.e > k+1 {
			return p.roleParent(role{s: j, e: o.e, org: o, named: true}), true
		}
		hits = lx.titles.all(hits, p.toks, j, clTitle|clTitleComp) // "Phó phòng" is a title itself
	}
	p.hits = hits[:0]
	if len(hits) == 0 {
		return role{}, false
	}
	best, bestRank, ok := role{}, -1, false
	for _, h := range hits {
		if p.compoundTitle(k, h.end) {
			continue
		}
		te := h.end
		if h.class&clTitleComp != 0 && p.key(te) == kBan {
			// "Trưởng ban Thường trực X": the head of a committee's
			// standing office is its title, X the body.
			if e, c := lx.titles.longest(p.toks, te+1, clSuffix); c != 0 && p.capWord(e) {
				te = e
			}
		}
		for {
			e, c := lx.titles.longest(p.toks, te, clSuffix)
			if c == 0 {
				break
			}
			te = e
		}
		r := role{s: j, e: te}
		rank := compNone
		if o := p.bodyInTitle(k, h.end); o.e > te {
			r.org, r.e, rank = o, o.e, compOrg
		} else if o := p.org(te, true); o.e > te {
			r.org, r.e, rank = o, o.e, compOrg
		} else if pl := p.place(te); pl.e > te {
			r.place, r.e, rank = pl, pl.e, compPlace
		} else if e := p.sectorEnd(te); e > te && !p.titleFrom(te, e) {
			e = p.sectorChain(e)
			r.e, rank = e, compWord
			// The country of a minister: "Bộ trưởng Quốc phòng Mỹ".
			if pl := p.place(e); pl.e > e && p.placeLevel(pl) == gazetteer.LevelCountry {
				r.place, r.e = pl, pl.e
			}
		} else if e, c := lx.geo.longest(p.toks, te, clAdmin); c != 0 && p.isWord(te) {
			r.e, rank = e, compWord
		} else if e, c := lx.orgs.longest(p.toks, te, clAnaphor); c != 0 {
			r.e, rank = e, compWord // "Chủ tịch HĐQT kiêm …", "Hiệu trưởng nhà trường": the body named before
		} else if e, c := lx.orgs.longest(p.toks, te, clHead); c != 0 && p.toks[te].cap && !p.koreanGiven(e) {
			// "Giám đốc Bệnh viện Nguyễn Văn A": a head alone names no
			// body; before a hyphenated given name it is the holder's
			// family name ("Tổng thư ký Ban Ki-moon").
			r.e, rank = e, compWord
		}
		if rank == compNone || rank == compPlace && p.lowerAfter(r.e) {
			// "Vụ trưởng Pháp chế", "Cục phó Bảo tồn thiên nhiên": the
			// department a fused title heads, named without its head word.
			if e := p.fusedDomain(j, te); e > r.e {
				r.e, r.place, rank = e, placeMatch{}, compWord
			}
		}
		if rank == compNone && h.class&clTitle == 0 {
			continue
		}
		r.named = rank > compNone
		if !ok || r.e > best.e || r.e == best.e && rank > bestRank {
			best, bestRank, ok = r, rank, true
		}
	}
	if ok {
		best = p.roleParent(best)
	}
	return best, ok
}

// sectorChain returns the end of the sectors joined to the one that ends
// at e, with "và", a dash or nothing: a ministry named by its fields
// without "Bộ" ("Bộ trưởng Văn hóa Thể thao và Du lịch", "Bộ trưởng Thương
// mại và Công nghiệp Singapore"). Each further sector is capitalised, as a
// ministry's name is written.
func (p *pass) sectorChain(e int) int {
	for n := 0; n < maxSectors; n++ {
		k := e
		switch p.key(k) {
		case kVa, "-", "–", "&":
			k++
		}
		if !p.capWord(k) || !p.toks[k].sp {
			return e
		}
		se := p.sectorEnd(k)
		if se <= k || p.titleFrom(k, se) {
			return e
		}
		e = se
	}
	return e
}

// maxSectors bounds the sectors chained into one ministry's name.
const maxSectors = 4

// fusedDomain returns the end of the department named after a title that
// fuses its head word with "trưởng" or "phó" ("Vụ trưởng", "Cục phó",
// "Hạt trưởng"), the title starting at j and ending at te, when that name
// is written in sentence case: a capitalised word and a lower-case one
// ("Vụ trưởng Pháp chế", "Cục phó Bảo tồn thiên nhiên"), which no personal name
// is. Otherwise it returns te.
func (p *pass) fusedDomain(j, te int) int {
	if te-j < 2 || !p.fusedHead(j, te) || !p.capWord(te) || !p.toks[te].sp || p.toks[te].allCap || !p.lowerAfter(te+1) {
		return te
	}
	if e := p.orgName(te); e > te+1 {
		return e
	}
	return te
}

// fusedHead reports a title [j, te) made of an organisation's head word
// and "trưởng" or "phó", after an optional "Phó".
func (p *pass) fusedHead(j, te int) bool {
	switch p.key(te - 1) {
	case kTruong, kPho:
	default:
		return false
	}
	if e, c := p.x.lx.titles.longest(p.toks, j, clPrefix); c != 0 && e < te-1 {
		j = e
	}
	he, c := p.x.lx.orgs.longest(p.toks, j, clHead)
	return c != 0 && he == te-1
}

// compoundTitle reports a fused title [k, e) in lower case whose head word
// ends a common word with the lower-case word before it ("chức vụ phó
// giám đốc", "nhiệm vụ trưởng"): a title there follows a name, a mark, a
// status marker or "phó" ("ông A - hạt trưởng Hạt kiểm lâm").
func (p *pass) compoundTitle(k, e int) bool {
	if k == 0 || p.toks[k].cap || !p.fusedHead(k, e) || !p.isWord(k-1) || p.toks[k-1].cap {
		return false
	}
	return p.x.lx.titles.endingAt(p.toks, k-1, clMarkers|clPrefix) < 0
}

// lowerAfter reports a lower-case word at k that goes on a name rather
// than opening the clause ("Pháp chế", not "Pháp cho biết").
func (p *pass) lowerAfter(k int) bool {
	return p.isWord(k) && !p.toks[k].cap && p.toks[k].sp && !p.toks[k].nl && !p.toks[k].digit &&
		!p.wordAt(k, clProgStop|clClauseWord|clClauseMarker|clAfterGivenName)
}

var kTruong, kPho = foldKey("trưởng"), foldKey("phó")

// bodyInTitle returns the body that begins inside the title [k, te) and
// runs past it, when the title ends with an organ that names a body only
// with the unit after it: "Tổng Thanh tra Chính phủ", "Chánh Thanh tra
// tỉnh X" hold the bodies "Thanh tra Chính phủ", "Thanh tra tỉnh X"
// (GUIDELINES: the title is fused with the body). "Chánh Văn phòng X"
// holds none: its office is named by X.
func (p *pass) bodyInTitle(k, te int) orgMatch {
	for m := k + 1; m < te; m++ {
		if !p.x.lx.orgs.starts(p.key(m)) || p.x.lx.orgs.exact(p.toks, m, te, clUnitOrgan) == 0 {
			continue
		}
		if o := p.org(m, true); o.e > te && !o.bare {
			return o
		}
	}
	return orgMatch{}
}

// roleParent extends a role with the body it belongs to: "Trưởng phòng
// X thuộc Sở Y", "Vụ trưởng X của Bộ Y",
// and an organ shared with the next one ("Chánh Văn phòng HĐND, UBND
// huyện X"), where no title follows the comma.
func (p *pass) roleParent(r role) role {
	k := r.e
	switch p.key(k) {
	case kTai:
		// Where an envoy or a body abroad sits belongs to the role: "Đại
		// sứ Việt Nam tại Nhật Bản", "Hội người Việt Nam tại Berlin".
		if r.org.e > 0 || r.place.e > 0 && p.placeLevel(r.place) == gazetteer.LevelCountry {
			if pl := p.roleSeat(r, k+1); pl.e > k+1 {
				r.at, r.e = pl, pl.e
			}
		}
	case kThuoc, kCua:
		if o := p.org(k+1, false); o.e > k+1 && !o.bare {
			r.parent, r.e = o, o.e
		} else if e := p.officeOf(k); e > k {
			r.e = e // "thành viên Tổ công tác của Chủ tịch nước"
		}
	case ",":
		if r.org.e > 0 && r.org.bare && p.isWord(k+1) && p.toks[k+1].allCap {
			if _, c := p.x.lx.titles.longest(p.toks, k+1, clTitle|clTitleComp|clPrefix); c == 0 {
				if o := p.org(k+1, true); o.e > k+1 && !o.bare {
					r.parent, r.e = o, o.e
				}
			}
		}
	}
	return r
}

// officeOf returns the end of an office named by a title alone after
// "của" at k, with no capitalised word after it that names a body or a
// holder ("Tổ tư vấn của Bộ trưởng"), or k.
func (p *pass) officeOf(k int) int {
	if p.key(k) != kCua || !p.capWord(k+1) {
		return k
	}
	e, c := p.x.lx.titles.longest(p.toks, k+1, clTitle)
	if c == 0 || p.capWord(e) && p.toks[e].sp {
		return k // "của Bộ trưởng Bộ Y tế", "của Chủ tịch Lê Văn A"
	}
	return e
}

// placeLevel is the level of a place: the gazetteer's, else its head
// word's.
func (p *pass) placeLevel(pl placeMatch) gazetteer.Level {
	if pl.loc > 0 {
		return p.locs[pl.loc-1].Level
	}
	return pl.level
}

var kThuoc, kCua, kTai = foldKey("thuộc"), foldKey("của"), foldKey("tại")

// roleList parses comma- or "kiêm"-joined roles starting at j, and roles
// stacked without a comma ("Bí thư Tỉnh ủy Chủ tịch HĐND tỉnh"). Markers
// such as "nguyên", "tân" before a role stay outside it and give it its
// status; the marker of the first role applies to every later role that
// has none of its own (GUIDELINES, "Role status").
func (p *pass) roleList(j int) ([]role, int) {
	roles := p.roles[:0] // scratch: callers use the list before the next call
	end := j
	k := j
	listStatus := StatusCurrent
	for k < len(p.toks) {
		status, marked := listStatus, false
		for {
			e, c := p.x.lx.titles.longest(p.toks, k, clMarkers)
			if c == 0 {
				break
			}
			if st, ok := markerStatus(c); ok {
				status, marked = st, true
			}
			k = e
		}
		r, ok := p.roleAt(k)
		if !ok {
			break
		}
		if marked && len(roles) == 0 {
			listStatus = status
		}
		r.status = status
		roles = append(roles, r)
		p.roles = roles
		end = r.e
		if end < len(p.toks) {
			if j := p.roleJoin(end); j > end {
				k = j
				continue
			}
			if p.stackedRole(end) {
				k = end
				continue
			}
		}
		break
	}
	return roles, end
}

// markerStatus gives the status a marker of the classes c sets (titles.tsv);
// "vị" sets none.
func markerStatus(c lexClass) (RoleStatus, bool) {
	switch {
	case c&clFormer != 0:
		return StatusFormer, true
	case c&clLate != 0:
		return StatusLate, true
	case c&clActing != 0:
		return StatusActing, true
	case c&clNew != 0:
		return StatusNew, true
	case c&clCurrent != 0:
		return StatusCurrent, true
	}
	return "", false
}

var kKiem, kBan = foldKey("kiêm"), foldKey("ban")

// stackedRole reports a second role written right after one without a
// comma: a capitalised title that itself names a body, unit, sector or
// anaphor ("Bí thư Tỉnh ủy Chủ tịch HĐND tỉnh …", "Phó Bí thư Đảng ủy
// Hiệu trưởng nhà trường …"). A title alone after a role ("Chủ tịch UBND
// tỉnh Bí thư …") is not taken: it could start a name-like phrase.
func (p *pass) stackedRole(k int) bool {
	if !p.capWord(k) {
		return false
	}
	if _, c := p.x.lx.titles.longest(p.toks, k, clTitle|clTitleComp|clPrefix); c == 0 {
		return false
	}
	r, ok := p.roleAt(k)
	return ok && r.named
}

// titleFrom reports a title that covers the sector word [k, e): "Bí thư"
// after "Tỉnh ủy viên" opens a second role rather than naming a sector.
func (p *pass) titleFrom(k, e int) bool {
	te, c := p.x.lx.titles.longest(p.toks, k, clTitle)
	return c != 0 && te >= e
}

// official parses the patterns around a person's name: cues and roles
// before it (honorifics, "Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ") and
// roles in apposition after it ("ông X, Giám đốc Sở Y tế"). It returns i
// when no such pattern starts at i.
func (p *pass) official(i int) int {
	lx := p.x.lx
	if e := p.credit(i); e > i {
		p.emit(found{typ: Person, s: i + 2, e: e})
		return e
	}
	j, cued, degree := p.cues(i)
	roles, re := p.roleList(j)
	if len(roles) > 0 {
		j = re
	}
	if e, c := lx.titles.longest(p.toks, j, clHonorific); c != 0 && len(roles) > 0 && (!p.toks[j].cap || p.foreignHonorific(j, e)) {
		j = e // "Giám đốc Sở Y tế ông Nguyễn Văn A", "Bộ trưởng Ngoại giao Malaysia Tan Sri X"
	}
	ne := p.personName(j, cued || len(roles) > 0)
	if ne == j+1 && !cued && len(roles) > 0 && p.wordOfBody(j) {
		ne = j // "Ủy viên Trung ương": the first syllable of a word, no given name
	}
	if ne == j+1 && degree && len(roles) == 0 && p.loneWordNoName(j) {
		ne = j // "Thạc sĩ Quản trị kinh doanh" names a field
	}
	if ne == j && len(roles) > 0 {
		// "Giám đốc Sở Tài chính tỉnh X (cũ) Lê Văn A": a remark on the
		// unit stands between the role and the name.
		if close := p.parenthetical(j); close > j {
			if e := p.personName(close+1, true); e > close+1 {
				person := found{typ: Person, s: close + 1, e: e}
				person.roles = p.emitRoles(roles)
				p.within(j+1, close)
				return p.withApposition(person)
			}
		}
	}
	if ne == j && len(roles) > 0 {
		// "Chủ tịch UBND quận 3 - ông Lê Văn A": a dash between the role
		// and the holder, named after an honorific.
		if s, e, ok := p.dashedHolder(j); ok {
			person := found{typ: Person, s: s, e: e}
			person.roles = p.emitRoles(roles)
			return p.withApposition(person)
		}
	}
	if ne > j {
		person := found{typ: Person, s: j, e: ne}
		person.roles = p.emitRoles(roles)
		return p.withApposition(person)
	}
	if len(roles) > 0 {
		if p.heldBefore(i) {
			p.heldEnd = re + 1 // a list of such titles goes on after a comma
		} else if s, e, ok := p.fronted(re); ok {
			person := found{typ: Person, s: s, e: e}
			person.roles = p.emitRoles(roles)
			return p.withApposition(person)
		}
		p.emitRoles(roles)
		return re
	}
	return i
}

// wordOfBody reports a word of the organisation lists that starts at j
// and runs past it ("Trung ương", "Thể thao").
func (p *pass) wordOfBody(j int) bool {
	e, c := p.x.lx.orgs.longest(p.toks, j, ^lexClass(0))
	return c != 0 && e > j+1
}

// foreignHonorific reports a capitalised honorific [j, e) that is no
// Vietnamese word ("Dato'", "Tan Sri", "Sir"): after a role it is the
// holder's, where a capitalised "Ông" or "Bà" may be a family name.
func (p *pass) foreignHonorific(j, e int) bool {
	return e > j+1 || !nativeKey(p.key(j))
}

// withApposition emits person with the roles written in apposition after
// the name, also when roles stand before it ("Bí thư Đảng ủy xã X Lê Văn
// A, nguyên Chủ tịch UBND huyện Y"), and returns the token after both.
// The roles before the name must be emitted first: parsing the apposition
// reuses the scratch list they were read into.
func (p *pass) withApposition(person found) int {
	end := person.e
	if more, ae := p.apposition(person.e); len(more) > 0 {
		// person.roles has no spare capacity: append copies.
		person.roles = append(person.roles, p.emitRoles(more)...)
		end = ae
	}
	p.emit(person)
	return end
}

// maxParenthetical bounds the words of a remark in parentheses between a
// role and a name ("(cũ)", "(nay là xã Gia Lâm)").
const maxParenthetical = 10

// parenthetical returns the token of the ")" closing a short remark that
// opens at k, on one line and without another parenthesis, or k.
func (p *pass) parenthetical(k int) int {
	if p.key(k) != "(" {
		return k
	}
	for m := k + 1; m < len(p.toks) && m-k <= maxParenthetical+1; m++ {
		switch {
		case p.toks[m].nl || p.key(m) == "(":
			return k
		case p.key(m) == ")":
			if m == k+1 {
				return k
			}
			return m
		}
	}
	return k
}

// within runs the rules on the tokens [s, e) only: what a remark skipped
// by another rule names ("nay là xã Gia Lâm"). A match that runs past e is
// dropped.
func (p *pass) within(s, e int) {
	n := len(p.out)
	for k := s; k < e; {
		if j := p.step(k); j > k {
			k = j
		} else {
			k++
		}
	}
	kept := p.out[:n]
	for _, f := range p.out[n:] {
		if f.e <= e {
			kept = append(kept, f)
		}
	}
	p.out = kept
}

// dashedHolder reads a name after a dash at k and an honorific ("- ông
// X"); without the honorific the name may start another item.
func (p *pass) dashedHolder(k int) (s, e int, ok bool) {
	if d := p.key(k); d != "-" && d != "–" || !p.toks[k].sp {
		return 0, 0, false
	}
	s = k + 1
	he, c := p.x.lx.titles.longest(p.toks, s, clHonorific)
	if c == 0 || p.toks[s].cap && !p.capWord(he) {
		return 0, 0, false
	}
	e = p.personName(he, true)
	return he, e, e > he
}

// maxOfficeWords bounds the words naming an office between a verb of
// holding and the title ("giữ các cương vị …", "làm chức vụ …").
const maxOfficeWords = 3

// heldBefore reports a verb of holding or taking an office just before
// the roles at i, maybe with words that name the office between ("Lúc
// còn làm Chánh Văn phòng Tỉnh ủy, ông X", "suốt những năm giữ cương vị
// …, bà Y"), or the next title of such a verb's list after a comma: the
// titles are the verb's object, a predicate, not roles of the name after
// the comma (GUIDELINES: "giữ chức …", "bổ nhiệm làm …"). "Với cương vị
// …, ông X" stays a role.
func (p *pass) heldBefore(i int) bool {
	if i > 0 && p.key(i-1) == "," && p.heldEnd == i {
		return true // the next title of the verb's list
	}
	k := i - 1
	if s := p.x.lx.titles.endingAt(p.toks, i, clOfficeWord); s >= 0 && s < i {
		k = s - 1 // the roles were read from the marker "vị" of "cương vị"
	}
	for n := 0; n < maxOfficeWords && k >= 0; n++ {
		s := p.x.lx.titles.endingAt(p.toks, k, clOfficeWord)
		if s < 0 {
			break
		}
		k = s - 1
	}
	return k >= 0 && p.isWord(k) && p.x.lx.titles.endingAt(p.toks, k, clHoldVerb) >= 0
}

// fronted reads the holder of roles written before a comma, with a cue
// after it: "Với cương vị Chủ tịch UBND tỉnh, ông X …", "Trưởng Công an
// huyện, thượng tá Y, cho biết". It returns the name after the cues. The
// cue is required: without one the clause after the comma may be about
// anyone or anything.
func (p *pass) fronted(re int) (s, e int, ok bool) {
	if p.key(re) != "," {
		return 0, 0, false
	}
	s, cued, _ := p.cues(re + 1)
	if !cued {
		return 0, 0, false
	}
	e = p.personName(s, true)
	return s, e, e > s
}

// cues skips the honorifics and person cues (degrees, ranks,
// occupations) starting at i and returns the token after them; degree
// tells whether the last one is a degree.
func (p *pass) cues(i int) (j int, cued, degree bool) {
	j = i
	for j < len(p.toks) {
		e, c := p.x.lx.titles.longest(p.toks, j, clHonorific|clCue)
		if c == 0 || j > i && p.toks[j].cap && p.familyNameAfterHead(j) {
			break // "bà Ông Thị Lan": the family name Ông
		}
		// A capitalised honorific must be followed by a capitalised word
		// ("Ông Phạm Minh Chính"), else "Anh" or "Bà" may be a name.
		if p.toks[j].cap && c&clHonorific != 0 && !p.capWord(e) && p.key(e) != "." {
			break
		}
		degree = p.wordSpan(j, e, clDegree)
		j = e
		for p.key(j) == "." && !p.toks[j].sp && (p.toks[j-1].allCap || !nativeKey(p.key(j-1))) {
			j++ // "GS.TS.", "Mr." written with dots; "chồng." ends a sentence
		}
		cued = true
	}
	return j, cued, degree
}

// credit matches a photo credit, "Ảnh: Ngọc Vũ": two to four capitalised
// Vietnamese words (or a foreign given name and a surname) after "Ảnh:".
// It returns the end of the name, or i.
func (p *pass) credit(i int) int {
	if p.key(i) != kAnh || !p.toks[i].cap || p.key(i+1) != ":" {
		return i
	}
	s := i + 2
	e := s
	// The name stops before a capitalised function word that opens the next
	// sentence ("Ảnh: Minh Tú Theo báo cáo, …").
	opensSentence := func(k int) bool { return p.wordAt(k, clProgStop|clNotName) }
	for e < len(p.toks) && e-s < 4 && p.capFirst(e) && !p.toks[e].allCap && (e == s || p.toks[e].sp && !p.toks[e].nl) && !opensSentence(e) {
		e++
	}
	if e-s < 2 || p.capWord(e) && p.toks[e].sp && !opensSentence(e) || p.lowerPair(e-1) {
		return i
	}
	if !nativeKey(p.key(s)) && !p.x.lx.foreignGiven[p.key(s)] {
		return i
	}
	return e
}

var kAnh = foldKey("ảnh")

// apposition parses roles after a name: ", Giám đốc …", " - uỷ viên …",
// " (Bí thư …)", also after an age or a hometown ("(52 tuổi),", ", quê
// Nghệ An,") and after a remark or a decoration ("(ảnh),", "*,").
func (p *pass) apposition(k int) ([]role, int) {
	if roles, end := p.appositionAt(k); len(roles) > 0 {
		return roles, end
	}
	if m := p.afterRemark(k); m > k {
		if roles, end := p.appositionAt(m); len(roles) > 0 {
			return roles, end
		}
	}
	return nil, k
}

// appositionAt parses roles in apposition opened by the mark at k.
func (p *pass) appositionAt(k int) ([]role, int) {
	if !appositionMark(p.key(k)) {
		return nil, k
	}
	m := k + 1
	for a := p.aside(m); a > m; a = p.aside(m) {
		// "(52 tuổi), Giám đốc …", ", 45 tuổi, Chủ tịch …", "(45 tuổi,
		// Chủ tịch …)", ", sinh năm 1970, quê Nghệ An, Bí thư …"
		m = a
		if p.key(k) == "(" && p.key(m) == ")" {
			m++
		}
		switch p.key(m) {
		case ",", "-", "–":
			m++
		default:
			return nil, k
		}
	}
	roles, end := p.roleList(m)
	// The last role of a list followed by a name is that person's: "ông
	// A, Giám đốc Sở Y tế Trần Văn B", "… Lê Văn A, Phó Chủ tịch UBND
	// tỉnh Trần Văn B".
	if len(roles) > 0 && p.nameAfterRole(end) {
		roles = roles[:len(roles)-1]
		if len(roles) > 0 {
			end = roles[len(roles)-1].e
		}
	}
	if len(roles) == 0 {
		return nil, k
	}
	return roles, end
}

// age returns the end of an age written at k ("45 tuổi", "sinh năm
// 1970", "SN 1970"), or k.
func (p *pass) age(k int) int {
	switch {
	case k < len(p.toks) && p.toks[k].kind == tkNum && p.key(k+1) == kTuoi:
		return k + 2
	case p.key(k) == kSinh && p.key(k+1) == kNam && k+2 < len(p.toks) && p.toks[k+2].kind == tkNum:
		return k + 3
	case p.key(k) == kSN && k+1 < len(p.toks) && p.toks[k+1].kind == tkNum:
		return k + 2
	}
	return k
}

var kSinh, kSN = foldKey("sinh"), foldKey("SN") // kNam: programmes.go

// nameAfterRole reports a personal name right after a role that ends at
// k: a family name and two or more words, a foreign given name and more,
// or any name after an honorific ("Giám đốc Sở Y tế ông Lê Văn A").
// Other capitalised words may go on the organisation's name ("Vụ Giáo dục
// Đại học", "Công ty Hà Lạng", "Sở Y tế Hà Nội").
func (p *pass) nameAfterRole(k int) bool {
	if e, c := p.x.lx.titles.longest(p.toks, k, clHonorific); c != 0 && !p.toks[k].cap {
		return p.personName(e, true) > e
	}
	if p.x.lx.foreignGiven[p.key(k)] {
		return p.personName(k, true) > k+1
	}
	return p.personName(k, false) > k+2
}

// emitRoles emits the organisations and places named inside role phrases
// and, for a person, records the role spans. A bare committee ("Quận ủy")
// is linked to the unit another role of the same list names.
func (p *pass) emitRoles(roles []role) []roleSpan {
	var unit [2]int
	for _, r := range roles {
		if r.org.e > 0 && r.org.unit[1] > r.org.unit[0] {
			unit = r.org.unit
		} else if r.place.e > 0 && r.place.admin {
			unit = [2]int{r.place.s, r.place.e}
		}
	}
	for _, r := range roles {
		switch {
		case r.org.e > 0:
			o := r.org
			if o.bare && unit[1] > unit[0] {
				o.linked = unit
			}
			p.emitOrg(o)
		case r.place.e > 0:
			p.emitPlace(r.place)
		}
		if r.parent.e > 0 {
			p.emitOrg(r.parent)
		}
		if r.at.e > 0 {
			p.emitPlace(r.at)
		}
	}
	// Role spans of all people share one backing array.
	start := len(p.spans)
	for _, r := range roles {
		p.spans = append(p.spans, roleSpan{r.s, r.e, r.status})
	}
	return p.spans[start:len(p.spans):len(p.spans)]
}

// Officials returns each person once, with all roles and mentions. Short
// later mentions ("bà Hằng", "ông Khuyến") are linked to the full name
// whose last words they repeat: the closest one before, else the first one
// after. It fails as Extract does.
func (x *Extractor) Officials(ctx context.Context, text string) ([]Official, error) {
	ents, err := x.Extract(ctx, text)
	if err != nil {
		return nil, err
	}
	return x.OfficialsOf(ents), nil
}
