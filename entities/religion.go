package entities

// Religious bodies and clergy: a church whose name closes with the region
// it serves in parentheses ("Hội thánh Tin lành Việt Nam (miền Nam)"), and
// a Catholic's saint's name written before the Vietnamese name ("Giám mục
// Giuse Nguyễn Văn A"), which the brand rule read as a body and the name
// rules left out. A Buddhist's dharma name keeps "Thích" (corpus b003:
// "Hòa thượng Thích Thượng Hào" → "Thích Thượng Hào"), as the name rules
// already read it.

// churchRegion returns the end of the region in parentheses that closes
// a church's name o ("(miền Nam)"), or o.e.
func (p *pass) churchRegion(o orgMatch) int {
	if o.e <= o.s || p.key(o.e) != "(" || !p.kindAt(o.s, clChurch) {
		return o.e
	}
	if p.key(o.e+1) != kMien {
		return o.e
	}
	if pl := p.place(o.e + 1); pl.e > o.e+1 && p.key(pl.e) == ")" {
		return pl.e + 1
	}
	return o.e
}

// saintName returns the end of a personal name written after a saint's
// name at i ("Giuse Nguyễn Văn A", "Phanxicô Xaviê Lê Văn B"): a family
// name and a given name at least follow; else i.
func (p *pass) saintName(i int) int {
	se, c := p.x.lx.kinds.longest(p.toks, i, clSaint)
	if c == 0 || !p.toks[i].cap || !p.capWord(se) || !p.toks[se].sp || !p.isSurnameStart(se) {
		return i
	}
	if e := p.personName(se, false); e > se+1 {
		return e
	}
	return i
}
