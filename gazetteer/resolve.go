package gazetteer

import (
	"slices"
	"strings"
)

// resolve narrows the mentions and builds the locations.
func (m *matcher) resolve() []Location {
	m.narrow()
	if len(m.mentions) == 0 {
		return nil
	}
	out := make([]Location, 0, len(m.mentions))
	for k := range m.mentions {
		out = append(out, m.g.location(m.text, &m.mentions[k]))
	}
	return out
}

// narrow narrows ambiguous names with their written parents and the
// provinces named in the text, and drops unconfirmed tentative names.
func (m *matcher) narrow() {
	ms := m.mentions
	if len(ms) == 0 {
		return
	}
	g := m.g
	// A bare name of several levels (Hà Tĩnh: province and city) means the higher one.
	for k := range ms {
		if ms[k].bare && !ms[k].tentative {
			ms[k].cands = m.filter(ms[k].cands, func(u int32) bool { return g.units[u].Level == ms[k].level })
		}
	}
	// xã X, huyện Y, tỉnh Z: each unit must lie in the one written after it.
	// Items of a list share the parent written after the list: các xã Bình
	// Minh, Bình Phước và Bình An thuộc tỉnh Tây Ninh.
	confirmed := make([]bool, len(ms))
	parentOf := make([]int, len(ms)) // index of the mention that narrowed k, -1
	for k := range parentOf {
		parentOf[k] = -1
	}
	for k := len(ms) - 2; k >= 0; k-- {
		cur, next := &ms[k], &ms[k+1]
		if len(cur.cands) == 0 || len(next.cands) == 0 {
			continue
		}
		gap := m.text[cur.end:next.start]
		if listGap(gap) && cur.level == next.level && parentOf[k+1] >= 0 {
			parent := &ms[parentOf[k+1]]
			in := func(u int32) bool { return g.within(u, parent.cands, withinMerged) }
			if count(cur.cands, in) > 0 {
				cur.cands = m.filter(cur.cands, in)
				confirmed[k] = true
			}
			parentOf[k] = parentOf[k+1] // the list goes on even past a misfit
			continue
		}
		if !parentGap(withoutListedNumbers(gap)) {
			continue
		}
		// The parent written next, or, for a unit that moved (xã Phú
		// Thượng, huyện Phú Vang, Thừa Thiên Huế: in quận Thuận Hoá since
		// 2025), the one written after it.
		for p := k + 1; p >= 0; p = parentOf[p] {
			how, ok := m.inParent(cur, &ms[p])
			if !ok {
				continue
			}
			confirmed[k], parentOf[k] = true, k+1
			cur.cands = m.filter(cur.cands, func(u int32) bool { return g.within(u, ms[p].cands, how) })
			if p == k+1 {
				// The child confirms its parent too (Tà Lài (Tân Phú)) and
				// dates it: huyện Văn Bàn, tỉnh Lào Cai is the province
				// before the reform.
				confirmed[k+1] = confirmed[k+1] || next.tentative
				next.cands = m.filter(next.cands, func(p int32) bool { return g.anyWithin(cur.cands, []int32{p}, how) })
			}
			break
		}
	}
	// A name the lists before the reform still have names that unit
	// rather than a namesake abolished before them (huyện Kỳ Sơn: Nghệ
	// An's, not the one merged into Thành phố Hoà Bình in 2020), unless a
	// written parent chose the abolished one above.
	for k := range ms {
		if len(ms[k].cands) > 1 {
			ms[k].cands = m.filter(ms[k].cands, func(u int32) bool { return g.units[u].Code != "" })
		}
	}
	// Bare names listed together that share a parent support each other
	// ("Thanh Tùng, Thanh Lâm và Thanh Đức", communes of one district).
	sibling := make([]bool, len(ms))
	for k := 0; k+1 < len(ms); k++ {
		cur, next := &ms[k], &ms[k+1]
		if !cur.tentative || !next.tentative || !listGap(m.text[cur.end:next.start]) {
			continue
		}
		if g.shareParent(cur.cands, next.cands) {
			sibling[k], sibling[k+1] = true, true
		}
	}
	m.abolishedAsWards()
	// Elsewhere, prefer units of the period the text is written in and in
	// the provinces it names unambiguously. A province named without a
	// period (tỉnh Hưng Yên: the unit of either list) counts in both, and
	// across the merger: a pre-2025 province lies in the post-2025 one it
	// joined, so a ward of either list resolves by the province the text
	// names.
	var provinces provinceSet
	withHead := map[int32]bool{}
	var pre, post int
	for k := range ms {
		if ms[k].tentative {
			continue
		}
		if !ms[k].bare && ms[k].node >= 0 {
			withHead[ms[k].node] = true
		}
		if g.oneProvince(ms[k].cands) {
			for _, u := range ms[k].cands {
				provinces.add(g.provinceOf[u])
			}
		}
		switch g.samePeriod(ms[k].cands) {
		case PeriodUntil2024, PeriodPre2025:
			pre++
		case PeriodPost2025, PeriodPost2026:
			post++
		}
	}
	provinces = g.withMerged(provinces)
	inProvince := func(u int32) bool { return provinces.has(g.provinceOf[u]) }
	kept := ms[:0]
	for k := range ms {
		mt := &ms[k]
		if mt.tentative && !confirmed[k] && !withHead[mt.node] {
			inText := count(mt.cands, inProvince) > 0
			switch {
			case mt.chain || mt.repeat:
				if !sibling[k] || !inText {
					continue
				}
			case !inText && !(mt.locative && g.oneProvince(mt.cands)):
				continue
			}
		}
		if len(mt.cands) > 1 && (pre == 0) != (post == 0) {
			mt.cands = m.filter(mt.cands, func(u int32) bool { return g.units[u].Period.beforeReform() == (pre > 0) })
		}
		if len(mt.cands) > 1 && !provinces.empty() {
			mt.cands = m.filter(mt.cands, inProvince)
		}
		kept = append(kept, *mt)
	}
	m.mentions = kept
}

// inParent reports whether a candidate of cur lies in parent, and how (see
// within), after replacing them with the units of cur's name of another
// type when only those do.
func (m *matcher) inParent(cur, parent *mention) (how int, ok bool) {
	g := m.g
	// Direct parents first: xã X, tỉnh Z is a post-2025 commune (a
	// pre-2025 one would name its district); then any ancestor; then
	// across the merger.
	how = g.nearest(cur.cands, parent.cands)
	if g.anyWithin(cur.cands, parent.cands, how) {
		return how, true
	}
	// A huyện that became a thị xã in 2025 is still written as a huyện
	// under its old province: a unit keeps the type it had before it rose.
	other := m.otherTypes(cur)
	if !g.anyWithin(other, parent.cands, withinMerged) {
		return 0, false
	}
	cur.cands = other
	return g.nearest(other, parent.cands), true
}

// otherTypes returns the units of mt's level at its name that its head
// word does not accept (nil for a bare name).
func (m *matcher) otherTypes(mt *mention) []int32 {
	if mt.bare || mt.node < 0 {
		return nil
	}
	start := len(m.cands)
	for _, u := range m.g.names.info[mt.node].units {
		if m.g.units[u].Level == mt.level && !slices.Contains(mt.cands, u) {
			m.cands = append(m.cands, u)
		}
	}
	return m.cands[start:len(m.cands):len(m.cands)]
}

// abolishedAsWards reads a bare name of a province abolished in 2025 as
// the post-2025 commune the text also writes with its head: after "phường
// Bắc Giang, tỉnh Bắc Ninh", a later "Bắc Giang" is that ward, not the
// former province.
func (m *matcher) abolishedAsWards() {
	g, ms := m.g, m.mentions
	var wards map[int32]int
	for k := range ms {
		w := &ms[k]
		if w.bare || w.node < 0 || w.level != LevelCommune || len(w.cands) == 0 {
			continue
		}
		if p := g.samePeriod(w.cands); p == PeriodPost2025 || p == PeriodPost2026 {
			if wards == nil {
				wards = map[int32]int{}
			}
			wards[w.node] = k
		}
	}
	if wards == nil {
		return
	}
	for k := range ms {
		b := &ms[k]
		if !b.bare || b.tentative || b.level != LevelProvince || !g.samePeriod(b.cands).beforeReform() {
			continue
		}
		if w, ok := wards[b.node]; ok {
			b.cands, b.level = ms[w].cands, LevelCommune
		}
	}
}

func count(cands []int32, keep func(int32) bool) int {
	n := 0
	for _, u := range cands {
		if keep(u) {
			n++
		}
	}
	return n
}

// oneProvince reports whether all candidates lie in one province, by code
// (ở Đức Phổ: the district, its town and the ward that replaced them).
func (g *Gazetteer) oneProvince(cands []int32) bool {
	for _, u := range cands {
		if g.units[g.province(u)].Code != g.units[g.province(cands[0])].Code {
			return false
		}
	}
	return len(cands) > 0
}

// samePeriod returns the period shared by all candidates, or "".
func (g *Gazetteer) samePeriod(cands []int32) Period {
	if len(cands) == 0 {
		return ""
	}
	p := g.units[cands[0]].Period
	for _, u := range cands[1:] {
		if g.units[u].Period != p {
			return ""
		}
	}
	return p
}

// parentGap reports whether the text between two mentions makes the second
// the parent of the first: ", " or " (" or " thuộc ".
func parentGap(gap string) bool {
	gap = strings.TrimSpace(gap)
	switch gap {
	case ",", "(", "-", "–", "thuộc", ", thuộc", "của":
		return true
	}
	return false
}

// withoutListedNumbers drops the bare numbers listed after a numbered unit
// from the start of gap: in "các phường 1, 2 và 4 của quận 3" the parent
// of phường 1 follows ", 2 và 4".
func withoutListedNumbers(gap string) string {
	for {
		rest := strings.TrimLeft(gap, " ")
		switch {
		case strings.HasPrefix(rest, ","):
			rest = rest[1:]
		case strings.HasPrefix(rest, "và "):
			rest = rest[len("và "):]
		default:
			return gap
		}
		rest = strings.TrimLeft(rest, " ")
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 0 || n < len(rest) && rest[n] != ' ' && rest[n] != ',' {
			return gap
		}
		gap = rest[n:]
	}
}

// listGap reports whether two mentions are items of one list.
func listGap(gap string) bool {
	switch strings.TrimSpace(gap) {
	case ",", "và", ";", "hoặc":
		return true
	}
	return false
}

// shareParent reports whether some unit of a and some unit of b have the
// same parent.
func (g *Gazetteer) shareParent(a, b []int32) bool {
	for _, x := range a {
		for _, y := range b {
			if x != y && g.parent[x] >= 0 && g.parent[x] == g.parent[y] {
				return true
			}
		}
	}
	return false
}

// filter keeps the candidates for which keep holds, or all of them when
// none does (the text may be wrong or newer than the lists). A narrowed
// list is a capacity-capped window of m.cands, like compatible's.
func (m *matcher) filter(cands []int32, keep func(int32) bool) []int32 {
	n := count(cands, keep)
	if n == 0 || n == len(cands) {
		return cands
	}
	start := len(m.cands)
	for _, u := range cands {
		if keep(u) {
			m.cands = append(m.cands, u)
		}
	}
	return m.cands[start:len(m.cands):len(m.cands)]
}

// How within compares a unit with the parents written after it.
const (
	withinParent   = iota // the unit's own parent
	withinAncestor        // any unit above it in the same period
	withinMerged          // also a pre-2025 province merged into a post-2025 one
)

// within reports whether unit u lies in one of the parents. With
// withinMerged, a province of one side of the reform also lies in the
// province it became or came from, so a commune written with its new
// province resolves, and a new one written with its old province (phường
// Phong Điền, tỉnh Thừa Thiên Huế).
func (g *Gazetteer) within(u int32, parents []int32, how int) bool {
	for a := g.parent[u]; a >= 0; a = g.parent[a] {
		for _, p := range parents {
			if p == a || g.continues(a, p) || how == withinMerged && (g.mergedInto(a, p) || g.mergedInto(p, a)) {
				return true
			}
		}
		if how == withinParent {
			break
		}
	}
	return false
}

// nearest returns the first way of within by which one of units lies in
// one of the parents (withinMerged when none does).
func (g *Gazetteer) nearest(units, parents []int32) int {
	how := withinParent
	for how < withinMerged && !g.anyWithin(units, parents, how) {
		how++
	}
	return how
}

// anyWithin reports whether one of units lies in one of the parents.
func (g *Gazetteer) anyWithin(units, parents []int32, how int) bool {
	for _, u := range units {
		if g.within(u, parents, how) {
			return true
		}
	}
	return false
}

// continues reports whether pre-2025 unit a is until-2024 unit p under its
// new name or type (Thành phố Huế continues Tỉnh Thừa Thiên Huế) or took
// it in (Thành phố Vinh, Thị xã Cửa Lò), so a unit written with the old
// name of its parent lies in it.
func (g *Gazetteer) continues(a, p int32) bool {
	ua, up := &g.units[a], &g.units[p]
	if up.Period != PeriodUntil2024 || ua.Period != PeriodPre2025 || ua.Level != up.Level {
		return false
	}
	return ua.Code == up.Code || up.Code == "" && up.MergedInto == ua.Code
}

// mergedInto reports whether province a of a list before the reform became
// post-2025 province p.
func (g *Gazetteer) mergedInto(a, p int32) bool {
	ua, up := &g.units[a], &g.units[p]
	if ua.Level != LevelProvince || up.Level != LevelProvince || !ua.Period.beforeReform() || up.Period.beforeReform() {
		return false
	}
	for _, s := range ua.Successors {
		if s == up.Code {
			return true
		}
	}
	return false
}

// province returns the province unit above u (u itself for a province).
func (g *Gazetteer) province(u int32) int32 {
	for g.parent[u] >= 0 {
		u = g.parent[u]
	}
	return u
}

// provinceSet is a set of provinces by their ordinal (Gazetteer.provinces).
type provinceSet [maxProvinces / 64]uint64

// maxProvinces bounds the provinces of every period together (63 + 34 and
// the few changed since).
const maxProvinces = 256

func (s *provinceSet) add(ord uint8)     { s[ord/64] |= 1 << (ord % 64) }
func (s provinceSet) has(ord uint8) bool { return s[ord/64]&(1<<(ord%64)) != 0 }
func (s provinceSet) empty() bool        { return s == provinceSet{} }

// withMerged adds to s the provinces of the other list that its provinces
// became or absorbed: for a pre-2025 province the post-2025 one it joined,
// for a post-2025 province the pre-2025 ones merged into it.
func (g *Gazetteer) withMerged(s provinceSet) provinceSet {
	out := s
	for ord := range g.provinces {
		if s.has(uint8(ord)) {
			for w := range out {
				out[w] |= g.mergedProvinces[ord][w]
			}
		}
	}
	return out
}

// location builds the Location of a resolved mention.
func (g *Gazetteer) location(text string, mt *mention) Location {
	e := Location{Text: text[mt.start:mt.end], Start: mt.start, End: mt.end, Level: mt.level}
	if len(mt.cands) == 0 {
		return e
	}
	first := &g.units[mt.cands[0]]
	sameCode, sameLevel := true, true
	var periods Periods
	for _, u := range mt.cands {
		x := &g.units[u]
		// Units abolished before the pre-2025 list have no code: two of
		// them are two units.
		sameCode = sameCode && x.Code == first.Code && (x.Code != "" || u == mt.cands[0])
		sameLevel = sameLevel && x.Level == first.Level
		periods |= periodBit(x.Period)
	}
	if sameLevel {
		e.Level = first.Level
	}
	if !sameCode && !(sameLevel && g.oneLineage(mt.cands)) {
		return e
	}
	// One unit and what it became under another code (tỉnh Lào Cai: 10,
	// then 15, Yên Bái's): the text names it in both periods, and nothing
	// in it says which, so the earlier code stands with the later one as
	// its successor, and both are reachable.
	e.Periods = periods
	for _, u := range mt.cands {
		if x := &g.units[u]; x.Period.beforeReform() {
			e.Code = x.Code
			if len(x.Successors) > 0 {
				e.Successors = slices.Clone(g.successorsOf(u))
				break
			}
		}
	}
	if e.Code == "" {
		e.Code = first.Code
	}
	return e
}

// oneLineage reports whether the candidates are one unit before the reform
// (one code, under one name or two: until-2024 and pre-2025) and units after
// it (post-2025, post-2026) whose one code is among its successors: the
// same name for one place in both lists, under two codes.
func (g *Gazetteer) oneLineage(cands []int32) bool {
	var before, after string
	var succ []string
	for _, u := range cands {
		x := &g.units[u]
		code := &after
		if x.Period.beforeReform() {
			code = &before
			if len(x.Successors) > 0 {
				succ = x.Successors
			}
		}
		if *code != "" && *code != x.Code {
			return false
		}
		*code = x.Code
	}
	return before != "" && after != "" && slices.Contains(succ, after)
}

// successorsOf returns the cached successors of unit u, spelling their
// names on first use (most units are never mentioned, so the load stays
// fast).
func (g *Gazetteer) successorsOf(u int32) []Successor {
	if p := g.succ[u].Load(); p != nil {
		return *p
	}
	succ := g.successors(&g.units[u])
	g.succ[u].CompareAndSwap(nil, &succ)
	return *g.succ[u].Load()
}

// successors spells out the successors of a unit before the reform: "Tỉnh Gia Lai",
// "Phường Hồng Hà, Thành phố Hà Nội".
func (g *Gazetteer) successors(u *Unit) []Successor {
	if len(u.Successors) == 0 {
		return nil
	}
	out := make([]Successor, 0, len(u.Successors))
	for _, c := range u.Successors {
		i, ok := g.byCode[unitKey{PeriodPost2025, c}]
		if !ok {
			continue
		}
		s := &g.units[i]
		name := s.FullName()
		if p := g.parent[i]; p >= 0 {
			name += ", " + g.units[p].FullName()
		}
		out = append(out, Successor{Code: c, Name: name})
	}
	return out
}
