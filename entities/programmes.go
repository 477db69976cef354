package entities

import "github.com/vntext/vntext/gazetteer"

// Programmes: quoted names after a head noun, numbered instruments and
// named plans, laws and programmes.

// maxQuoted bounds a quoted programme name, in tokens.
const maxQuoted = 120

// maxProgName bounds an unquoted programme name, in tokens.
const maxProgName = 24

// phraseKey is the folded key of a phrase: its tokens' keys joined by
// spaces, as joinKeys gives for the same tokens in a text.
func phraseKey(phrase string) string { return joinKeys(scan(phrase)) }

// program matches a programme starting at token i and returns the token
// after it, or i.
func (p *pass) program(i int) int {
	lx := p.x.lx
	he, c := lx.programs.longest(p.toks, i, clProgHead|clNational)
	if c == 0 || p.inCompound(i) {
		return i // "kỷ luật", "pháp luật" hold no law's name
	}
	if c&clNational != 0 {
		k := p.progWords(he, true)
		if k > he {
			p.emit(found{typ: Program, s: i, e: k})
			return k
		}
	}
	k := he
	if p.key(k) == ":" {
		k++
	}
	// Quoted name: the span is inside the quotes.
	if p.key(k) == "\"" {
		q := k + 1
		for q < len(p.toks) && q-k < maxQuoted && p.key(q) != "\"" && !(q > k+1 && p.toks[q].nl) {
			q++
		}
		if q < len(p.toks) && p.key(q) == "\"" && q > k+1 {
			p.emit(found{typ: Program, s: k + 1, e: q})
			return q + 1
		}
		return i
	}
	// Numbered instrument: "Nghị quyết số 15-NQ/TW", "Kế hoạch 123/KH-UBND".
	k = he
	so := p.key(k) == kSo
	if so {
		k++
	}
	if k < len(p.toks) && p.toks[k].kind == tkNum {
		ne := p.docNumber(k)
		if so || ne > k+1 || p.toks[i].cap {
			p.emit(found{typ: Program, s: i, e: ne})
			return ne
		}
		return i
	}
	k = he
	if !p.isWord(k) || !p.toks[k].sp {
		return i
	}
	// Named: "Luật Đầu tư 2020", "dự án Rusalka", "Nghị quyết Trung ương 4",
	// "Đề án X".
	if p.toks[k].cap && !p.isSurnameStart(k) {
		e := p.progWords(k, true)
		if e > k {
			p.emit(found{typ: Program, s: i, e: e})
			return e
		}
	}
	if !p.toks[i].cap {
		// "dự án đường X - cầu Y": a place names the project.
		if pl := p.place(k); pl.e > k && pl.level == gazetteer.LevelOther {
			e := pl.e
			for (p.key(e) == "-" || p.key(e) == "–") && p.place(e+1).e > e+1 {
				e = p.place(e + 1).e
			}
			p.emit(found{typ: Program, s: i, e: e})
			return e
		}
		return i
	}
	if !p.sentenceStart(i) {
		if e := p.progWords(k, false); e > k+1 {
			p.emit(found{typ: Program, s: i, e: e})
			return e
		}
	}
	return i
}

// progWords returns the end of an unquoted programme name starting at k.
// started says the name has begun (after a capitalised word or a national
// programme head), which admits a few inner prepositions.
func (p *pass) progWords(k int, started bool) int {
	j := k
	last := k
	for j < len(p.toks) && j-k < maxProgName {
		t := &p.toks[j]
		if t.nl && j > k {
			break
		}
		switch t.kind {
		case tkPunct:
			if (t.key == "-" || t.key == "–" || t.key == "/") && j > k && j+1 < len(p.toks) && p.toks[j+1].kind != tkPunct {
				j++
				continue
			}
			return last
		case tkNum:
			if j > k && !p.numberInName(k, j) {
				return p.dropQuantityVerb(k, last) // "… giảm nghèo bền vững chiếm 42%"
			}
			j++
			last = j
			continue
		}
		if p.wordAt(j, clProgStop) && !(started && p.wordAt(j, clProgInner) && !(j > k && p.toks[j-1].kind == tkNum)) {
			break
		}
		if j > k && p.startsPhrase(j) && p.toks[j].cap {
			break
		}
		if p.isSurnameStart(j) && j > k {
			break
		}
		j++
		last = j
	}
	return last
}

// docNumber returns the end of a document number starting at the number k:
// "15-NQ/TW", "102 - QĐ / TW", "3415/QĐ-UBND", "202/2025/QH15".
func (p *pass) docNumber(k int) int {
	j := k + 1
	for j+1 < len(p.toks) {
		switch p.key(j) {
		case "/", "-", "–", ".":
		default:
			return j
		}
		n := &p.toks[j+1]
		if n.kind == tkNum || n.kind == tkWord && n.cap {
			if p.key(j) == "." && n.kind != tkNum {
				return j
			}
			j += 2
			continue
		}
		return j
	}
	return j
}
