package entities

import "strconv"

// Dates, terms, percentages and ratios, read from tokens so that "33/33",
// "7-12" and "98,5%" are recognised whether or not a tokenizer keeps them
// whole.

// Folded keys of the cue words the numeric rules test.
var (
	kNhiem = foldKey("nhiệm")
	kKy    = foldKey("kỳ")
	kDoan  = foldKey("đoạn")
	kHoc   = foldKey("học")
	kKhoa  = foldKey("khóa")
	kThang = foldKey("tháng")
	kQuy   = foldKey("quý")
	kPhan  = foldKey("phần")
	kSo    = foldKey("số")
	kTuoi  = foldKey("tuổi")
	kMien  = foldKey("miền")
	kDo    = foldKey("độ")
)

func atoi(s string) int {
	if len(s) > 6 {
		return -1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// numParts collects up to three numbers joined by sep with no space:
// 7-12, 15/11/2017. It returns them, how many there are and the end token.
func (p *pass) numParts(i int, sep string) ([3]int, int, int) {
	parts := [3]int{atoi(p.toks[i].key)}
	n := 1
	j := i + 1
	for j+1 < len(p.toks) && n < 3 && p.key(j) == sep && !p.toks[j].sp &&
		p.toks[j+1].kind == tkNum && !p.toks[j+1].sp {
		parts[n] = atoi(p.toks[j+1].key)
		n++
		j += 2
	}
	return parts, n, j
}

func validDay(d, m int) bool { return d >= 1 && d <= 31 && m >= 1 && m <= 12 }

// numeric matches what starts at the number token i.
func (p *pass) numeric(i int) int {
	// Percent: 100%, 98,5 %, 7.2 phần trăm.
	j := i + 1
	if (p.key(j) == "," || p.key(j) == ".") && !p.toks[j].sp && j+1 < len(p.toks) && p.toks[j+1].kind == tkNum && !p.toks[j+1].sp {
		j += 2
	}
	if p.key(j) == "%" {
		p.emit(found{typ: Percent, s: i, e: j + 1})
		return j + 1
	}
	if p.key(j) == kPhan && p.key(j+1) == "trăm" {
		p.emit(found{typ: Percent, s: i, e: j + 2})
		return j + 2
	}
	if parts, n, e := p.numParts(i, "/"); n > 1 {
		a, b := parts[0], parts[1]
		switch {
		case n == 3 && validDay(a, b):
			p.emit(found{typ: Date, s: i, e: e})
		case p.countedAt(e) > e && a <= b:
			ce := p.countedAt(e)
			p.emit(found{typ: Ratio, s: i, e: ce})
			return ce
		case validDay(a, b) || a >= 1 && a <= 12 && b >= 1900 && b <= 2100:
			p.emit(found{typ: Date, s: i, e: e})
		case a <= b:
			p.emit(found{typ: Ratio, s: i, e: e})
		}
		return e
	}
	if parts, n, e := p.numParts(i, "-"); n > 1 {
		a, b := parts[0], parts[1]
		switch {
		case n == 3 && validDay(a, b):
			p.emit(found{typ: Date, s: i, e: e})
		case n == 2 && validDay(a, b) && p.wordEndingAt(i-1, clTimeWord) >= 0:
			p.emit(found{typ: Date, s: i, e: e})
		}
		return e
	}
	// "15 tháng 3 năm 2024"
	if p.key(i+1) == kThang && i+2 < len(p.toks) && p.toks[i+2].kind == tkNum && validDay(atoi(p.key(i)), atoi(p.key(i+2))) {
		e := i + 3
		if p.key(e) == "năm" && e+1 < len(p.toks) && p.toks[e+1].kind == tkNum {
			e += 2
		}
		p.emit(found{typ: Date, s: i, e: e})
		return e
	}
	return i + 1
}

// unitAfter returns the end of a temperature unit written after a number
// that ends at k ("35 độ C", "22-24 độ F", "40°C"), or k: the letter is
// the unit, never a name.
func (p *pass) unitAfter(k int) int {
	m := k
	switch p.key(m) {
	case kDo, "°":
		m++
	default:
		return k
	}
	switch p.key(m) {
	case "c", "f", "k":
		if p.toks[m].cap {
			return m + 1
		}
	}
	return k
}

// countedAt returns the end of a counted noun at k, or k.
func (p *pass) countedAt(k int) int {
	if k >= len(p.toks) || p.toks[k].kind != tkWord {
		return k
	}
	e, _ := p.x.lx.words.longest(p.toks, k, clCounted)
	return e
}

// term matches "nhiệm kỳ 2020-2025", "khóa XV", "giai đoạn 2021-2025",
// "năm học 2024-2025", and dates led by a word: "tháng 3/2024".
func (p *pass) term(i int) int {
	k := p.key(i)
	switch k {
	case kNhiem, "giai", "năm":
		next := p.key(i + 1)
		if !(k == kNhiem && next == kKy || k == "giai" && next == kDoan || k == "năm" && next == kHoc) {
			return i
		}
		j := i + 2
		if j < len(p.toks) && p.toks[j].kind == tkNum && len(p.toks[j].key) == 4 {
			e := j + 1
			if (p.key(e) == "-" || p.key(e) == "–") && e+1 < len(p.toks) && p.toks[e+1].kind == tkNum {
				e += 2
			}
			p.emit(found{typ: Term, s: i, e: e})
			return e
		}
	case kKhoa:
		j := i + 1
		if p.isWord(j) && p.toks[j].allCap && isRoman(p.toks[j].key) || j < len(p.toks) && p.toks[j].kind == tkNum {
			p.emit(found{typ: Term, s: i, e: j + 1})
			return j + 1
		}
	case kThang, kQuy:
		j := i + 1
		if j+2 < len(p.toks) && (p.toks[j].kind == tkNum || k == kQuy && isRoman(p.key(j))) && p.key(j+1) == "/" && p.toks[j+2].kind == tkNum {
			p.emit(found{typ: Date, s: i, e: j + 3})
			return j + 3
		}
		if j+2 < len(p.toks) && p.toks[j].kind == tkNum && p.key(j+1) == "năm" && p.toks[j+2].kind == tkNum {
			p.emit(found{typ: Date, s: i, e: j + 3})
			return j + 3
		}
	}
	return i
}

func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'i', 'v', 'x', 'l', 'c':
		default:
			return false
		}
	}
	return true
}
