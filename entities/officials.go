package entities

import (
	"context"
	"slices"
)

// role is one role phrase in token coordinates with what it names.
type role struct {
	s, e   int
	org    orgMatch   // organisation named by the role, if any
	place  placeMatch // unit named by the role without an organisation
	parent orgMatch   // body written after "thuộc"/"của" or a comma ("… thuộc Sở Y tế")
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
	k := j
	if e, c := lx.titles.longest(p.toks, k, clPrefix); c != 0 {
		k = e
	}
	hits := lx.titles.all(p.hits[:0], p.toks, k, clTitle|clTitleComp)
	if len(hits) == 0 && k > j {
		// "Phó phòng Giáo dục và Đào tạo": the title fused with the body,
		// which starts at its head word.
		if o := p.org(k, true); o.e > k+1 {
			return p.roleParent(role{s: j, e: o.e, org: o}), true
		}
		hits = lx.titles.all(hits, p.toks, j, clTitle|clTitleComp) // "Phó phòng" is a title itself
	}
	p.hits = hits[:0]
	if len(hits) == 0 {
		return role{}, false
	}
	best, bestRank, ok := role{}, -1, false
	for _, h := range hits {
		te := h.end
		for {
			e, c := lx.titles.longest(p.toks, te, clSuffix)
			if c == 0 {
				break
			}
			te = e
		}
		r := role{s: j, e: te}
		rank := compNone
		if o := p.org(te, true); o.e > te {
			r.org, r.e, rank = o, o.e, compOrg
		} else if pl := p.place(te); pl.e > te {
			r.place, r.e, rank = pl, pl.e, compPlace
		} else if e, c := lx.orgs.longest(p.toks, te, clSector); c != 0 {
			r.e, rank = e, compWord
		} else if e, c := lx.geo.longest(p.toks, te, clAdmin); c != 0 && p.isWord(te) {
			r.e, rank = e, compWord
		} else if e, c := lx.orgs.longest(p.toks, te, clHead); c != 0 && p.toks[te].cap {
			r.e, rank = e, compWord // "Giám đốc Bệnh viện Nguyễn Văn A": a head alone names no body
		}
		if rank == compNone && h.class&clTitle == 0 {
			continue
		}
		if !ok || r.e > best.e || r.e == best.e && rank > bestRank {
			best, bestRank, ok = r, rank, true
		}
	}
	if ok {
		best = p.roleParent(best)
	}
	return best, ok
}

// roleParent extends a role with the body it belongs to: "Trưởng phòng
// Tổ chức cán bộ thuộc Sở Y tế", "Vụ trưởng Tổ chức cán bộ của Bộ Nội vụ",
// and an organ shared with the next one ("Chánh Văn phòng HĐND, UBND quận
// 6"), where no title follows the comma.
func (p *pass) roleParent(r role) role {
	k := r.e
	switch p.key(k) {
	case kThuoc, kCua:
		if o := p.org(k+1, false); o.e > k+1 && !o.bare {
			r.parent, r.e = o, o.e
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

var kThuoc, kCua = foldKey("thuộc"), foldKey("của")

// roleList parses comma- or "kiêm"-joined roles starting at j. Markers such
// as "nguyên", "tân" before a role stay outside it.
func (p *pass) roleList(j int) ([]role, int) {
	roles := p.roles[:0] // scratch: callers use the list before the next call
	end := j
	k := j
	for k < len(p.toks) {
		for {
			e, c := p.x.lx.titles.longest(p.toks, k, clFormer)
			if c == 0 {
				break
			}
			k = e
		}
		r, ok := p.roleAt(k)
		if !ok {
			break
		}
		roles = append(roles, r)
		p.roles = roles
		end = r.e
		if end < len(p.toks) {
			switch p.toks[end].key {
			case ",", "kiêm":
				k = end + 1
				continue
			}
		}
		break
	}
	return roles, end
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
	j := i
	cued, degree := false, false
	for j < len(p.toks) {
		e, c := lx.titles.longest(p.toks, j, clHonorific|clCue)
		if c == 0 {
			break
		}
		// A capitalised honorific must be followed by a capitalised word
		// ("Ông Phạm Minh Chính"), else "Anh" or "Bà" may be a name.
		if p.toks[j].cap && c&clHonorific != 0 && !p.capWord(e) && p.key(e) != "." {
			break
		}
		degree = degreeCues[joinKeys(p.toks[j:e])]
		j = e
		for p.key(j) == "." && !p.toks[j].sp && (p.toks[j-1].allCap || !nativeKey(p.key(j-1))) {
			j++ // "GS.TS.", "Mr." written with dots; "chồng." ends a sentence
		}
		cued = true
	}
	roles, re := p.roleList(j)
	if len(roles) > 0 {
		j = re
	}
	if e, c := lx.titles.longest(p.toks, j, clHonorific); c != 0 && len(roles) > 0 && !p.toks[j].cap {
		j = e // "Giám đốc Sở Y tế ông Nguyễn Văn A"
	}
	ne := p.personName(j, cued || len(roles) > 0)
	if ne == j+1 && degree && len(roles) == 0 && p.loneWordNoName(j) {
		ne = j // "Thạc sĩ Quản trị kinh doanh" names a field
	}
	if ne > j {
		person := found{typ: Person, s: j, e: ne}
		end := ne
		if len(roles) == 0 {
			roles, end = p.apposition(ne)
		}
		person.roles = p.emitRoles(roles)
		p.emit(person)
		return end
	}
	if len(roles) > 0 {
		p.emitRoles(roles)
		return re
	}
	return i
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
	opensSentence := func(k int) bool { return progStop[p.key(k)] || notNames[p.key(k)] }
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
// " (Bí thư …)", also after an age "(52 tuổi),".
func (p *pass) apposition(k int) ([]role, int) {
	switch p.key(k) {
	case ",", "-", "–", "—", "(":
	default:
		return nil, k
	}
	m := k + 1
	if p.key(k) == "(" && p.toks[min(m, len(p.toks)-1)].kind == tkNum && p.key(m+1) == kTuoi && p.key(m+2) == ")" {
		m += 3
		switch p.key(m) {
		case ",", "-", "–":
			m++
		default:
			return nil, k
		}
	}
	roles, end := p.roleList(m)
	if len(roles) == 0 {
		return nil, k
	}
	return roles, end
}

// emitRoles emits the organisations and places named inside role phrases
// and, for a person, records the role spans. A bare committee ("Quận ủy")
// is linked to the unit another role of the same list names.
func (p *pass) emitRoles(roles []role) [][2]int {
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
	}
	// Role spans of all people share one backing array.
	start := len(p.spans)
	for _, r := range roles {
		p.spans = append(p.spans, [2]int{r.s, r.e})
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

func hasSuffix(full, short []string) bool {
	if len(short) == 0 || len(short) >= len(full) {
		return false
	}
	off := len(full) - len(short)
	for i, s := range short {
		if full[off+i] != s {
			return false
		}
	}
	return true
}

// addRoles appends roles not yet present, comparing lower-cased text with
// white space collapsed.
func addRoles(have, add []string) []string {
	for _, r := range add {
		k := phraseKey(r)
		dup := false
		for _, h := range have {
			if phraseKey(h) == k {
				dup = true
				break
			}
		}
		if !dup {
			have = append(have, r)
		}
	}
	return have
}

func sortSpans(s []Span) {
	slices.SortFunc(s, func(a, b Span) int { return a.Start - b.Start })
}
