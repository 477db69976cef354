package entities

// Guards that keep a rule from reading past what it matched: a personal
// name after a bare unit head ("UBND tỉnh Hoàng Thị Lan Vy").

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
