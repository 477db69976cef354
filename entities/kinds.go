package entities

// Capitalised words of kinds that are no person: an ethnic group ("đồng
// bào Mông và Lô Lô", "dân ca Khơ Mú"), a lunar year ("năm Đinh Dậu", "Tết
// Giáp Thìn") and a dynasty after its head word ("thời Đinh - Tiền Lê",
// "nhà Nguyễn"; corpus precedent 70). Their words are family and given
// names, so the name rules read them as people. Lunar months and Roman
// numerals after an ordinal head ("tháng Giêng", "quý I") are numerals of
// words.tsv (ordinalAt).

// kindName returns the end of such a phrase at i, written as a whole
// capitalised run, or i. The step reads it before the name rules and
// claims its tokens for no entity.
func (p *pass) kindName(i int) int {
	if !p.capFirst(i) || p.toks[i].allCap {
		return i
	}
	if e := p.lunarYear(i); e > i {
		return e // also after a capitalised word: "Tết Giáp Thìn"
	}
	if p.capWord(i-1) && p.toks[i].sp && !p.toks[i].nl {
		return i // the tail of a longer run
	}
	if e := p.ethnicName(i); e > i {
		return e
	}
	return p.dynastyName(i)
}

// runEndsAt reports that no capitalised word goes on with a run before e.
func (p *pass) runEndsAt(e int) bool { return !(p.capWord(e) && p.toks[e].sp) }

// ethnicName returns the end of an ethnic group's name at i: one of two
// words or more, or one word after a people word ("người Dao") or after
// another group in a list ("Khơ Mú và Thái"); else i.
func (p *pass) ethnicName(i int) int {
	e, c := p.x.lx.kinds.longest(p.toks, i, clPeopleName)
	if c == 0 || !p.runEndsAt(e) {
		return i // "Lô Lô Chải": a village
	}
	if e-i >= 2 || p.wordEndingAt(i-1, clPeople) >= 0 {
		return e
	}
	if k := p.key(i - 1); (k == "," || k == kVa) && p.x.lx.kinds.endingAt(p.toks, i-2, clPeopleName) >= 0 {
		return e
	}
	return i
}

// lunarYear returns the end of a stem and a branch at i ("Đinh Dậu"), not
// after a person cue ("ông Đinh Dậu" is a man), or i.
func (p *pass) lunarYear(i int) int {
	se, c := p.x.lx.kinds.longest(p.toks, i, clStem)
	if c == 0 || !p.toks[se].sp {
		return i
	}
	be, bc := p.x.lx.kinds.longest(p.toks, se, clBranch)
	if bc == 0 || !p.toks[se].cap || !p.runEndsAt(be) || p.x.lx.titles.endingAt(p.toks, i-1, clHonorific|clCue|clTitle|clTitleComp) >= 0 {
		return i
	}
	return be
}

// dynastyName returns the end of dynasties written after a dynasty's head
// word, joined by dashes ("thời Đinh - Tiền Lê", "nhà Nguyễn"), or i. A
// longer run is a person the era is named after ("thời Nguyễn Văn Linh").
func (p *pass) dynastyName(i int) int {
	if !p.dynastyHeadBefore(i) {
		return i
	}
	e, c := p.x.lx.kinds.longest(p.toks, i, clDynasty)
	if c == 0 {
		return i
	}
	for n := 0; n < maxDynasties && isHyphen(p.key(e)); n++ {
		ne, nc := p.x.lx.kinds.longest(p.toks, e+1, clDynasty)
		if nc == 0 || !p.toks[e+1].cap {
			break
		}
		e = ne
	}
	if !p.runEndsAt(e) {
		return i
	}
	return e
}

// dynastyHeadBefore reports a dynasty's head word before i, or before
// the dynasties joined to i by dashes ("thời Đinh - Tiền Lê").
func (p *pass) dynastyHeadBefore(i int) bool {
	for n := 0; n < maxDynasties; n++ {
		if p.x.lx.kinds.endingAt(p.toks, i-1, clDynastyHead) >= 0 {
			return true
		}
		if !isHyphen(p.key(i - 1)) {
			return false
		}
		if i = p.x.lx.kinds.endingAt(p.toks, i-2, clDynasty); i < 0 {
			return false
		}
	}
	return false
}

// maxDynasties bounds the dynasties of one period ("Đinh - Tiền Lê - Lý").
const maxDynasties = 3
