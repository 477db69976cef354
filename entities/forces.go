package entities

// Armed forces: a region of the navy or the coast guard named by its
// number ("Vùng 5 Hải quân", "Vùng Cảnh sát biển 2") and a service named
// with the country it serves ("Hải quân Hoàng gia Campuchia", "Lục quân
// Hoa Kỳ"). The general name rules cut them: a service's first word reads
// as a given name ("Hải"), and a number inside a capitalised run ends it.

var kVung = foldKey("vùng")

// forceUnit returns the end of an armed-force unit or service at i, with
// an organisation head written before it ("Bộ Tư lệnh Vùng 1 Hải quân"),
// or i. A service written alone is a body outside a role phrase (the
// services of a war's account); after a title it names the title's field,
// as a sector does ("Thứ trưởng Hải quân"), and the title reads it so.
func (p *pass) forceUnit(i int, role bool) int {
	if !p.isWord(i) {
		return i
	}
	if he, c := p.x.lx.orgs.longest(p.toks, i, clHead); c != 0 && p.toks[i].cap {
		if e, bare := p.forceName(he); e > he && !bare && p.toks[he].sp {
			return e
		}
	}
	e, bare := p.forceName(i)
	if bare && (role || !p.toks[i].cap) {
		return i
	}
	return e
}

// forceName returns the end of a region or a service at k, or k; bare
// tells a service written without its country or region.
func (p *pass) forceName(k int) (e int, bare bool) {
	if p.key(k) == kVung && p.toks[k].cap {
		// "Vùng 5 Hải quân", "Vùng Cảnh sát biển 2"
		if p.forceNumber(k + 1) {
			if se, c := p.x.lx.kinds.longest(p.toks, k+2, clService); c != 0 && p.toks[k+2].sp {
				return se, false
			}
		}
		if se, c := p.x.lx.kinds.longest(p.toks, k+1, clService); c != 0 && p.toks[k+1].sp && p.forceNumber(se) {
			return se + 1, false
		}
		return k, false
	}
	se, c := p.x.lx.kinds.longest(p.toks, k, clService)
	if c == 0 {
		return k, false
	}
	// "Cảnh sát biển Vùng 2"
	if p.key(se) == kVung && p.toks[se].cap && p.forceNumber(se+1) {
		return se + 2, false
	}
	m := se
	if qe, qc := p.x.lx.kinds.longest(p.toks, m, clServiceQualifier); qc != 0 && p.toks[m].sp {
		m = qe
	}
	if p.capWord(m) && p.toks[m].sp {
		if pl := p.place(m); pl.e > m && p.countryPlace(pl) {
			return pl.e, false
		}
		if ce, cc := p.x.lx.geo.longest(p.toks, m, clCountry); cc != 0 {
			return ce, false
		}
		if p.capWord(se) {
			return k, false // another capitalised name goes on: not a service of ours
		}
	}
	return se, true
}

// forceNumber reports a region's number at k: digits after a space.
func (p *pass) forceNumber(k int) bool {
	return k < len(p.toks) && p.toks[k].kind == tkNum && p.toks[k].sp && len(p.toks[k].key) <= 2
}
