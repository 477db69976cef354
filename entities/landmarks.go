package entities

import "github.com/vntext/vntext/gazetteer"

// Landmarks the head-word rules cut: a monument or shrine named with the
// title of the person it honours ("đền vua Đinh Tiên Hoàng", "tượng đài
// vua Quang Trung": one LOCATION with no PERSON inside, GUIDELINES and
// corpus precedent 54), a heritage or nature site written with its
// designation in lower case or its name in sentence case ("Khu bảo tồn
// thiên nhiên Kẻ Gỗ", "Khu di tích Nhà tù Phú Quốc"; precedent 36), and a
// region of the country that closes a body's name ("Viện Lúa Đồng bằng
// sông Cửu Long"). Each is a LOCATION @other the gazetteer does not give,
// so it is kept over the gazetteer's shorter mentions inside it.

// landmark matches such a place at i.
func (p *pass) landmark(i int) placeMatch {
	if p.inLandmark {
		return placeMatch{}
	}
	p.inLandmark = true
	defer func() { p.inLandmark = false }()
	e := p.monument(i)
	if e <= i {
		e = p.siteName(i)
	}
	if e <= i {
		e = p.templeName(i)
	}
	if e <= i {
		if re, c := p.x.lx.kinds.longest(p.toks, i, clRegion); c != 0 {
			e = re
		}
	}
	if e <= i {
		return placeMatch{}
	}
	return placeMatch{s: i, e: e, level: gazetteer.LevelOther, keep: true}
}

// monument returns the end of a monument's head, the title or word of
// honour of whom it honours and that person's name at i, or i.
func (p *pass) monument(i int) int {
	he, c := p.x.lx.kinds.longest(p.toks, i, clMonument)
	if c == 0 || !p.isWord(he) || !p.toks[he].sp {
		return i
	}
	te, _ := p.x.lx.titles.longest(p.toks, he, clTitle|clCue)
	if ke, kc := p.x.lx.kinds.longest(p.toks, he, clHonour); kc != 0 && ke > te {
		te = ke
	}
	if te <= he || !p.capWord(te) || !p.toks[te].sp {
		return i
	}
	if e := p.personName(te, true); e > te {
		return e
	}
	return i
}

// templeName returns the end of a place of worship's name at i that the
// gazetteer cut before a country's name ending it ("chùa Hoằng | Pháp"),
// or i.
func (p *pass) templeName(i int) int {
	he, c := p.x.lx.kinds.longest(p.toks, i, clTemple)
	if c == 0 || !p.capWord(he) || !p.toks[he].sp {
		return i
	}
	g, e := p.placeAt(i), p.capRun(he, false)
	if g <= he || g >= e {
		return i
	}
	if ce, cc := p.x.lx.geo.longest(p.toks, g, clCountry); cc != 0 && ce == e {
		return e
	}
	return i
}

// maxDesignation bounds the lower-case words of a site's designation
// between its head and its name ("quốc gia đặc biệt", "rừng ngập mặn").
const maxDesignation = 4

// siteName returns the end of a site's head, its designation in lower
// case and its name at i, or i. The name is a capitalised run; one
// capitalised word may go on in sentence case with one or two lower-case
// words and another run ("Nhà tù Phú Quốc", "Địa đạo Củ Chi").
func (p *pass) siteName(i int) int {
	he, c := p.x.lx.kinds.longest(p.toks, i, clSite|clSiteTitle)
	if c == 0 || c&clSite == 0 && !p.toks[i].cap {
		return i
	}
	k := he
	for ; k-he < maxDesignation && p.siteWord(k); k++ {
	}
	if !p.capWord(k) || !p.toks[k].sp || k > he && p.unitAt(k).bare {
		return i
	}
	e := p.capRun(k, true)
	if e == k+1 && !p.toks[k].allCap {
		m := e
		for ; m-e < 2 && p.siteWord(m); m++ {
		}
		if m > e && p.capWord(m) && p.toks[m].sp {
			e = p.capRun(m, true)
		}
	}
	return e
}

// siteWord reports a lower-case word at k that may go on a site's name: no
// function word, verb of a clause, unit or body of its own.
func (p *pass) siteWord(k int) bool {
	if !p.isWord(k) || p.toks[k].cap || !p.toks[k].sp || p.toks[k].nl || p.toks[k].digit {
		return false
	}
	if p.wordAt(k, clProgStop|clClauseWord|clClauseMarker|clAfterGivenName) && !p.inNameWord(k) {
		return false
	}
	if _, c := p.x.lx.geo.longest(p.toks, k, clAdmin); c != 0 {
		return false
	}
	if _, c := p.x.lx.titles.longest(p.toks, k, clTitle|clTitleComp|clHonorific|clCue); c != 0 {
		return false
	}
	return !(p.x.lx.orgs.starts(p.key(k)) && p.org(k, false).e > k)
}

// regionCut returns where a region begins inside the capitalised run
// [k, e) after a body's head ("Lúa Đồng bằng …"), or e: the caller reads
// the region as the unit that closes the name.
func (p *pass) regionCut(k, e int) int {
	for m := k + 1; m < e; m++ {
		if _, c := p.x.lx.kinds.longest(p.toks, m, clRegion); c != 0 {
			return m
		}
	}
	return e
}
