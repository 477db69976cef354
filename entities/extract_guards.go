package entities

// Guards that keep a rule from reading past what it matched: a unit head
// word inside a common compound ("xã hội"), a personal name after a bare
// unit head ("UBND tỉnh Hoàng Thị Lan Vy").

// unitCompounds are words an administrative head word begins when written
// with the next word in lower case: "Ngân hàng Chính sách xã hội", "tỉnh
// táo". The head then names no unit.
var unitCompounds = func() *lexicon {
	l := &lexicon{}
	for _, w := range []string{
		"xã hội", "xã viên", "xã giao", "xã luận", "xã tắc",
		"tỉnh táo", "tỉnh ngộ", "tỉnh giấc", "tỉnh dậy", "tỉnh bơ", "tỉnh rượu", "tỉnh thành",
		"quận chúa", "quận công", "phường hội", "phường chèo", "phường tuồng",
	} {
		l.add(w, 1)
	}
	return l
}()

// unitCompound reports an administrative head word at k that begins a
// common compound with the lower-case word after it.
func (p *pass) unitCompound(k int) bool { return p.unitCompoundEnd(k) > k }

// unitCompoundEnd returns the end of such a compound at k, or k.
func (p *pass) unitCompoundEnd(k int) int {
	if k+1 >= len(p.toks) || p.toks[k+1].cap || !p.toks[k+1].sp {
		return k
	}
	if e, c := unitCompounds.longest(p.toks, k, 1); c != 0 && e > k+1 {
		return e
	}
	return k
}

// personAfterHead reports a capitalised run at k, after an administrative
// head word, that reads as a personal name rather than the unit's name: a
// family name, a middle name and a given name ("tỉnh Hoàng Thị Lan Vy").
// A run the gazetteer knows as a unit ("huyện Lê Thủy") stays a place.
func (p *pass) personAfterHead(k int) bool {
	if !p.isSurname(k) || !p.x.lx.middles[p.key(k+1)] {
		return false
	}
	for j := k + 1; j <= k+2; j++ {
		if !p.capWord(j) || !p.toks[j].sp {
			return false
		}
	}
	return !p.knownUnit(k, k+2) && !p.knownUnit(k, k+3)
}
