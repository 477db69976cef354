package gazetteer

import (
	"strings"
	"sync"

	"github.com/vntext/vntext/internal/letters"
)

// Locations returns every LOCATION mention in text, in text order, with byte
// offsets into text as given (NFC, NFD or mixed; either tone placement).
//
// Spans follow GUIDELINES.md: a head word written before the name is
// included (quận Tây Hồ, tỉnh Bình Định, TP.HCM, thôn 12, hồ Tây, đường Võ
// Nguyên Giáp, quốc lộ 1); provinces, cities, countries and the aliases the
// press uses are matched bare when capitalised (Hà Nội, Đà Lạt, Sài Gòn,
// Thủ đô); one head before a list goes with the first item only (các huyện
// Mê Linh, Sóc Sơn → huyện Mê Linh + Sóc Sơn).
//
// A mention that names known units carries Level, and Code, Period and
// Successors when the units agree on them. An ambiguous name (xã Tân Phú) is
// narrowed by the parent written after it (xã X, huyện Y, tỉnh Z; TP Nha
// Trang (Khánh Hoà)) and by the provinces named elsewhere in the text.
// Successors holds, for a unit before the reform, the full names of the post-2025
// units it became ("Phường Hồng Hà, Thành phố Hà Nội").
//
// Mentions may lie inside an organisation name (UBND quận Tây Hồ → quận Tây
// Hồ); the extractor decides which to keep. Locations runs in one linear
// pass without regular expressions and is safe for concurrent use.
func (g *Gazetteer) Locations(text string) []Location {
	if g = g.get(); g == nil {
		return nil
	}
	m := matcherPool.Get().(*matcher)
	defer m.release()
	m.g, m.text, m.sc.g = g, text, g
	for from := 0; from < len(text); {
		to := chunkEnd(text, from)
		m.sc.text, m.sc.base = text[from:to], from
		m.toks = m.sc.tokens(m.toks[:0])
		m.scan()
		from = to
	}
	return m.resolve()
}

// matcherPool keeps the per-call buffers (tokens, mentions, candidates)
// between calls; nothing in them outlives a call.
var matcherPool = sync.Pool{New: func() any { return new(matcher) }}

// release clears m and returns it to the pool; buffers grown by a huge
// text are dropped rather than kept.
func (m *matcher) release() {
	const keep = 1 << 14
	if cap(m.toks) > keep || cap(m.mentions) > keep || cap(m.cands) > 4*keep || cap(m.sc.key) > keep || cap(m.sc.scratch) > keep {
		return
	}
	clear(m.mentions) // drop references to candidate windows
	*m = matcher{toks: m.toks[:0], mentions: m.mentions[:0], cands: m.cands[:0],
		sc: scanner{key: m.sc.key[:0], scratch: m.sc.scratch[:0]}}
	matcherPool.Put(m)
}

// maxChunk bounds the token buffer: long texts are read in pieces cut at a
// line or sentence end, which no mention crosses.
const maxChunk = 1 << 16

func chunkEnd(text string, from int) int {
	if len(text)-from <= maxChunk {
		return len(text)
	}
	limit := from + maxChunk
	half := from + maxChunk/2
	if i := strings.LastIndexByte(text[half:limit], '\n'); i >= 0 {
		return half + i + 1
	}
	if i := strings.LastIndex(text[half:limit], ". "); i >= 0 {
		return half + i + 2
	}
	if i := strings.LastIndexByte(text[half:limit], ' '); i >= 0 {
		return half + i + 1
	}
	// No space at all: cut before a UTF-8 lead byte.
	for limit > half && text[limit]&0xC0 == 0x80 {
		limit--
	}
	return limit
}

// mention is a LOCATION found by scan, before resolution.
type mention struct {
	start, end int
	level      Level
	cands      []int32 // candidate units; empty for unknown names
	node       int32   // name node in the trie, -1 for unknown names
	bare       bool    // matched without a head word
	// tentative marks a bare district or commune name (ở Hoài Ân, (Nông
	// Sơn, Quảng Nam)): kept only if the text confirms it (see resolve).
	tentative bool
	locative  bool // written after tại, ở, về …: a unique name needs no more proof
	chain     bool // only a comma and a parent follow: the parent must confirm it
	// repeat marks a bare name with no cue at all: kept when the text also
	// writes it with its head, or lists it beside a sibling unit.
	repeat bool
}

type matcher struct {
	g        *Gazetteer
	text     string
	sc       scanner
	toks     []ltok
	mentions []mention
	cands    []int32 // backing store of the mentions' candidate lists
}

// scan finds the mentions of the current chunk.
func (m *matcher) scan() {
	toks := m.toks
	for i := 0; i < len(toks); {
		if toks[i].kind != tokWord {
			i++
			continue
		}
		if end := m.atHead(i); end > i {
			i = end
			continue
		}
		if end := m.atBare(i); end > i {
			i = end
			continue
		}
		if end := m.atTentative(i); end > i {
			i = end
			continue
		}
		if end := m.atAddress(i); end > i {
			i = end
			continue
		}
		if m.roadWord(i) {
			m.add(mention{start: toks[i].start, end: toks[i].end, level: LevelOther, node: -1})
		}
		i++
	}
}

// atHead matches head + name at i and any list that follows; it returns the
// end token index, or i when nothing matched.
func (m *matcher) atHead(i int) int {
	// Try the longest head first, then shorter ones: xã Biên Giới is a
	// commune, xã biên giới Thanh Sơn a commune on the border.
	var ends [4]int
	var heads [4]int32
	n := m.g.matchHeads(m.toks, i, ends[:], heads[:])
	for k := n - 1; k >= 0; k-- {
		if end := m.withHead(i, ends[k], heads[k]); end > i {
			return end
		}
	}
	return i
}

// withHead matches the name after the head toks[i:hEnd].
func (m *matcher) withHead(i, hEnd int, hi int32) int {
	g, toks := m.g, m.toks
	h := &g.headOf[hi]
	if h.lower && toks[i].is(fCap) && !toks[i].is(fBoundary) {
		return i
	}
	if i > 0 && toks[i-1].kind == tokWord && g.nonHeads[uint64(toks[i-1].syl)<<32|uint64(toks[i].syl)] {
		return i // yêu cầu, hoạt động
	}
	// Thời báo Hoàn Cầu: a capitalised head inside a capitalised name (but
	// Gồm Các Phường: a quantifier).
	if toks[i].is(fCap) && !toks[i].is(fBoundary) && !h.abbrev && i > 0 && toks[i-1].kind == tokWord &&
		toks[i-1].is(fCap) && !toks[i-1].is(fAbbrev) && !toks[i-1].is(fDigit) && !toks[i-1].is(fBoundary) && g.words[toks[i-1].syl]&wQuant == 0 {
		return i
	}
	p := hEnd
	dotted := false
	if h.abbrev && p+1 < len(toks) && toks[p].kind == tokPunct && toks[p].r == '.' && toks[p+1].kind == tokWord {
		p++
		dotted = true
	}
	// 12 huyện: Châu Thành, Kế Sách; các khu phố: Cam Phúc, Cam Bình: the
	// items stand without the head.
	if !dotted && p+1 < len(toks) && toks[p].kind == tokPunct && toks[p].r == ':' && m.plural(i) {
		return m.list(p, h, h.level, true)
	}
	if (h.dot && !dotted) || p >= len(toks) || toks[p].kind != tokWord {
		return i
	}
	// P. V.Q., H. T.: initials that hide a person's name, not a ward or a
	// district abbreviated.
	if dotted && m.initialAt(p) {
		return i
	}
	if h.area && !dotted {
		if end := m.areaName(i, p); end != p {
			return max(end, i)
		}
	}
	// lăng Chủ tịch Hồ Chí Minh: the honoured person's title is in the name.
	if h.memorial && p+2 < len(toks) && toks[p].kind == tokWord && toks[p+1].kind == tokWord && toks[p+2].kind == tokWord &&
		toks[p+2].is(fCap) && g.memorialTitles[uint64(toks[p].syl)<<32|uint64(toks[p+1].syl)] {
		p += 2
	}
	// tổ dân phố số 9, đường sắt đô thị số 1: "số" before the number.
	if h.number && !h.admin() && p+1 < len(toks) && g.words[toks[p].syl]&wNumberWord != 0 && !toks[p].is(fCap) &&
		toks[p+1].kind == tokWord && toks[p+1].is(fDigit) {
		p++
	}
	// Nghĩa trang liệt sĩ huyện Thọ Xuân, Nhà tang lễ tỉnh: a site named
	// by the unit it serves, which is no mention of its own.
	if h.ofUnit && !dotted {
		if end := m.unitAsName(p); end > p {
			m.add(mention{start: toks[i].start, end: toks[end-1].end, level: LevelOther, node: -1})
			return end
		}
	}
	if h.state && !dotted {
		return m.stateName(i, p, h)
	}
	name := &toks[p]
	if h.numberOnly && (!name.is(fDigit) || m.quantityAt(p)) {
		return i // Trạm Y tế: a body, not a numbered station; tổ 3 người: a count
	}
	// đường 30/4, công viên 23-9: a date names a street.
	if name.is(fDigit) && !h.number && h.person && (dateAt(toks, p) || m.lettered(p)) {
		dated := *h
		dated.number = true
		h = &dated
	}
	if !name.is(fCap) && !(name.is(fDigit) && (h.number || h.admin())) {
		return i
	}
	nEnd, node := g.matchName(toks, p)
	// A bare place that starts at the head itself wins when as long (Vịnh Hạ Long).
	if bEnd, bNode := g.matchPlace(toks, i); bNode >= 0 && toks[i].is(fCap) && bEnd >= nEnd {
		return i
	}
	// ven biển Nha Trang, thủ đô Nga: the place stands alone.
	if pEnd, pNode := g.matchPlace(toks, p); pNode >= 0 && pEnd >= nEnd && (pEnd >= len(toks) || toks[pEnd].kind != tokWord || !toks[pEnd].is(fCap)) {
		if pl := &g.places[g.names.info[pNode].place]; h.weak || h.admin() && pl.level == LevelCountry {
			return i
		} else if h.admin() && m.region(p, pEnd) && (node < 0 || len(m.compatible(h, node)) == 0) {
			return i // các tỉnh Bắc Trung Bộ: a region, which is no province
		}
	}
	start := i
	if m.collective(i) {
		start = p // UBND các tỉnh Lạng Sơn, Cao Bằng: the places stand alone
	}
	var cands []int32
	end := p
	if h.admin() && node >= 0 {
		cands = m.compatible(h, node)
		if len(cands) > 0 || name.is(fDigit) && name.end-name.start <= 2 {
			end = nEnd
			// phường Hoà Thuận Đông, phường Hải Châu I: a qualifier after a
			// known name makes another name.
			if q := m.qualifierEnd(end); q > end {
				end = q
				cands, node = nil, -1
			}
		}
	}
	if end == p {
		if dotted || (!h.admin() && g.words[name.syl]&wOrgHead != 0) {
			return i // TP. Trước đó; yêu cầu Ban …
		}
		if name.is(fDigit) && h.admin() && name.end-name.start > 2 {
			return i // Luật Hợp tác xã 2012: a year, not a numbered unit
		}
		end = m.capRun(p, h)
		if !h.person && end-p >= 3 && g.words[name.syl]&wSurname != 0 && (h.admin() || !m.addressed(i, end)) {
			return i // UBND tỉnh Nguyễn Xuân Phúc, trưởng bản Lò Văn Luấn: a person
		}
		// Thống đốc tỉnh Wakayama Kenji Morishita: after a title, a foreign
		// unit the lists do not know takes one word; the holder's name follows.
		if h.admin() && end-p >= 3 && i > 0 && toks[i-1].kind == tokWord && g.words[toks[i-1].syl]&wTitleEnd != 0 && m.foreignName(p+1, end) {
			if pEnd, pNode := g.matchPlace(toks, p); pNode >= 0 && pEnd < end {
				end = pEnd // Thị trưởng thành phố New York Eric Adams
			} else if pNode < 0 {
				end = p + 1
			}
		}
		// Vùng Thủ đô: a known name written in part in lower case.
		if !h.admin() && node >= 0 && nEnd > end && !name.is(fDigit) && toks[end].kind == tokWord && !toks[end].is(fCap) {
			end = nEnd
		}
		// miền Tây Nam Bộ, khu vực Duyên hải miền Trung: a region the lists
		// know runs on past the words an unknown name may take.
		if pEnd, pNode := g.matchPlace(toks, p); !h.admin() && pNode >= 0 && pEnd > end {
			end = pEnd
		}
		node = -1
	}
	if end == p || h.pair && !m.placePair(p, end) {
		return i
	}
	level := h.level
	if len(cands) > 0 {
		level = g.units[cands[0]].Level
	} else if h.admin() && m.foreignName(p, end) {
		level = LevelOther // tỉnh Savannakhet, quận Lichtenberg: places abroad
	} else if h.admin() && level == LevelOther && !h.capital {
		level = LevelDistrict // thành phố Nhơn Trạch: a city the lists do not know is a province's
	} else if !h.admin() && toks[i].is(fCap) && start == i {
		// Cầu Giấy, Sông Cầu: a unit whose name starts with a head word.
		if bEnd, bNode := g.matchName(toks, i); bNode >= 0 && bEnd == end && len(g.names.info[bNode].units) > 0 {
			cands, node = g.names.info[bNode].units, bNode
			level = g.units[cands[0]].Level
			for _, u := range cands {
				if levelRank(g.units[u].Level) > levelRank(level) {
					level = g.units[u].Level
				}
			}
			cands = m.filter(cands, func(u int32) bool { return g.units[u].Level == level })
		}
	}
	m.add(mention{start: toks[start].start, end: toks[end-1].end, level: level, cands: cands, node: node})
	if h.alley && end < len(toks) && toks[end].kind == tokWord && toks[end].is(fCap) {
		// ngõ 13 Lĩnh Nam: the street the alley leaves is a place too.
		if sEnd := m.capRun(end, streetHead); sEnd > end {
			m.add(mention{start: toks[end].start, end: toks[sEnd-1].end, level: LevelOther, node: -1})
			return sEnd
		}
	}
	if plural := m.plural(i); h.admin() || plural {
		end = m.list(end, h, level, plural)
	}
	return end
}

// areaName reads the name after an area head toks[i:p] (khu vực, vùng)
// that begins with another geographic head. A region head is inside the
// area's name (khu vực miền Tây Nam Bộ, khu vực đồng bằng Bắc Bộ): it
// returns the end of that name, the mention starting at i. Another head
// opens a site of its own (khu vực hồ Hoàn Kiếm, khu vực Tượng đài Lý Thái
// Tổ): it returns -1, the area head names nothing. It returns p when no
// head follows.
func (m *matcher) areaName(i, p int) int {
	g, toks := m.g, m.toks
	iEnd, ih := g.matchHead(toks, p)
	if ih < 0 || g.headOf[ih].admin() || g.headOf[ih].area {
		return p
	}
	if !g.headOf[ih].region || toks[p].is(fCap) {
		return -1
	}
	first := len(m.mentions)
	end := m.withHead(p, iEnd, ih)
	if end == p || len(m.mentions) == first {
		return p
	}
	m.mentions[first].start = toks[i].start
	return end
}

// region reports a name [p, end) made of compass words and a region word
// (Bắc Trung Bộ, Tây Nguyên, Tây Bắc): a region of the country, which a head
// word of a unit before it (các tỉnh Bắc Trung Bộ) does not make a unit.
func (m *matcher) region(p, end int) bool {
	for k := p; k < end; k++ {
		if m.toks[k].kind != tokWord || m.g.words[m.toks[k].syl]&(wQualifier|wRegion) == 0 {
			return false
		}
	}
	return end > p
}

// quantityAt reports a number at p that counts what follows it (tổ 3
// người, đội 5 xe): no numbered place.
func (m *matcher) quantityAt(p int) bool {
	toks := m.toks
	return p+1 < len(toks) && toks[p+1].kind == tokWord && !toks[p+1].is(fCap) && m.g.words[toks[p+1].syl]&wMeasure != 0
}

// roadCode reports a road's code w written as one word: digits, then
// capital letters (1A, 14B); it says whether letters follow the digits.
func roadCode(w string) (ok, letters bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false, false
	}
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= 'A' && c <= 'Z':
			letters = true
		case c >= '0' && c <= '9':
			if letters {
				return false, false // 1A2: no road code
			}
		default:
			return false, false
		}
	}
	return true, letters
}

// lettered reports a road's code at p with letters after its number
// (đường 1A), which names a road as a number does.
func (m *matcher) lettered(p int) bool {
	_, letters := roadCode(m.text[m.toks[p].start:m.toks[p].end])
	return letters
}

// roadWord reports a national or provincial road written as one word,
// its abbreviated head glued to its number (QL1A, QL14, ĐT741, TL10).
func (m *matcher) roadWord(i int) bool {
	w := m.text[m.toks[i].start:m.toks[i].end]
	for _, head := range [...]string{"QL", "ĐT", "TL"} {
		if rest, ok := strings.CutPrefix(w, head); ok {
			ok, _ := roadCode(rest)
			return ok
		}
	}
	return false
}

// initialAt reports a capitalised letter or two with a full stop glued to
// it at p ("V." in "P. V.Q.").
func (m *matcher) initialAt(p int) bool {
	toks := m.toks
	return p+1 < len(toks) && toks[p].is(fCap) && toks[p].end-toks[p].start <= 2 &&
		toks[p+1].kind == tokPunct && toks[p+1].r == '.' && toks[p+1].start == toks[p].end
}

// qualifierEnd returns the end of a qualifier that continues a unit's name
// at i (Hoà Thuận Đông, Hải Châu I, Tam Xuân II), or i. A capitalised word
// after it would make it the start of another name.
func (m *matcher) qualifierEnd(i int) int {
	toks := m.toks
	if i >= len(toks) || toks[i].kind != tokWord || !toks[i].is(fCap) ||
		m.g.words[toks[i].syl]&wQualifier == 0 && !romanNumeral(m.text[toks[i].start:toks[i].end]) && !letterMark(m.text[toks[i].start:toks[i].end]) {
		return i
	}
	if i+1 < len(toks) && toks[i+1].kind == tokWord && toks[i+1].is(fCap) && toks[i+1].start > toks[i].end {
		return i
	}
	return i + 1
}

// letterMark reports a capital letter that tells apart units of one name
// (Phú Tân A, Phú Tân B).
func letterMark(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'D' }

// romanNumeral reports a Roman numeral from I to XX written in capitals, as
// units numbered by their founders are (phường Hải Châu I, xã Tam Xuân II).
func romanNumeral(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// addressed reports a head and name [i, end) written as a place: after a
// locative (ở ấp Nguyễn Văn Tư) or before its parent unit (ấp Nguyễn Văn
// Tư, xã Tân Hòa). A name that reads as a person's is then the place's.
func (m *matcher) addressed(i, end int) bool {
	g, toks := m.g, m.toks
	if i > 0 && toks[i-1].kind == tokWord && !toks[i-1].is(fCap) && g.words[toks[i-1].syl]&(wLocative|wParent) != 0 {
		return true
	}
	if end+1 < len(toks) && toks[end].kind == tokPunct && toks[end].r == ',' {
		_, hi := g.matchHead(toks, end+1)
		return hi >= 0 && g.headOf[hi].admin()
	}
	return false
}

// stateName matches the country after the form words of its official name
// [i, p): a country the lists know (Cộng hòa Ireland, CHDCND Triều Tiên),
// or for a realm any capitalised name (Đế quốc Ba Tư). It returns the end,
// or i.
func (m *matcher) stateName(i, p int, h *headInfo) int {
	g, toks := m.g, m.toks
	if p >= len(toks) || toks[p].kind != tokWord || !toks[p].is(fCap) {
		return i
	}
	end := p
	if pEnd, node := g.matchPlace(toks, p); node >= 0 {
		if pl := g.names.info[node].place; pl >= 0 && g.places[pl].level == LevelCountry {
			end = pEnd
		}
	}
	if end == p && h.realm {
		end = m.capRun(p, h)
	}
	if end == p {
		return i
	}
	m.add(mention{start: toks[i].start, end: toks[end-1].end, level: LevelCountry, node: -1})
	return end
}

// unitAsName returns the end of an administrative unit written at p as the
// name of a site (huyện Thọ Xuân, tỉnh, thành phố Hải Phòng), or p.
func (m *matcher) unitAsName(p int) int {
	g, toks := m.g, m.toks
	if p >= len(toks) || toks[p].kind != tokWord || toks[p].is(fCap) {
		return p
	}
	hEnd, hi := g.matchHead(toks, p)
	if hi < 0 || !g.headOf[hi].admin() {
		return p
	}
	h := &g.headOf[hi]
	if hEnd < len(toks) && toks[hEnd].kind == tokWord && (toks[hEnd].is(fCap) || toks[hEnd].is(fDigit) && h.number) {
		if nEnd, node := g.matchName(toks, hEnd); node >= 0 && len(m.compatible(h, node)) > 0 {
			return nEnd
		}
		return m.capRun(hEnd, h)
	}
	return hEnd // Nhà tang lễ tỉnh: the unit the text is about
}

// placePair reports a name [p, end) made of two places joined by a hyphen:
// Việt Nam - Lào, Lào - Việt.
func (m *matcher) placePair(p, end int) bool {
	g, toks := m.g, m.toks
	for k := p + 1; k+1 < end; k++ {
		if toks[k].kind == tokPunct && joiner(toks[k].r) {
			_, a := g.matchPlace(toks, p)
			_, b := g.matchPlace(toks, k+1)
			return (a >= 0 || countryShort(m.text[toks[p].start:toks[p].end])) && (b >= 0 || countryShort(m.text[toks[k+1].start:toks[k+1].end]))
		}
	}
	return false
}

// shortPair reports a country [i, end) joined by a hyphen to a country's
// short form (Việt - Mỹ, Mỹ - Việt): the pair modifies a noun.
func (m *matcher) shortPair(i, end int) bool {
	toks := m.toks
	word := func(k int) string {
		if k < 0 || k >= len(toks) || toks[k].kind != tokWord {
			return ""
		}
		return m.text[toks[k].start:toks[k].end]
	}
	hyphen := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].kind == tokPunct && joiner(toks[k].r) }
	return hyphen(i-1) && countryShort(word(i-2)) || hyphen(end) && countryShort(word(end+1))
}

// countryShort reports the short forms that name a country only beside
// another one (biên giới Lào - Việt, quan hệ Việt - Mỹ).
func countryShort(w string) bool {
	switch w {
	case "Việt", "Trung", "Xô", "Miên":
		return true
	}
	return false
}

// foreignName reports a name [p, end) with a word that is no Vietnamese
// syllable and no Vietnamese letter or tone mark anywhere (Savannakhet,
// Osaka): a place abroad, where a name of the highlands keeps its marks
// (M'Drăk, Krông Pắc).
func (m *matcher) foreignName(p, end int) bool {
	if p >= end {
		return false
	}
	for k := p; k < end; k++ {
		if t := &m.toks[k]; t.kind == tokWord && !ascii(m.text[t.start:t.end]) {
			return false
		}
	}
	for k := p; k < end; k++ {
		if t := &m.toks[k]; t.kind == tokWord && !t.is(fDigit) && !letters.IsSyllable(m.text[t.start:t.end]) {
			return true
		}
	}
	return false
}

// ascii reports a word without a Vietnamese letter or mark.
func ascii(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// dateAt reports a day/month at p: 30/4, 2-9.
func dateAt(toks []ltok, p int) bool {
	return p+2 < len(toks) && toks[p+1].kind == tokPunct && (toks[p+1].r == '/' || toks[p+1].r == '-') &&
		toks[p+1].start == toks[p].end && toks[p+2].kind == tokWord && toks[p+2].is(fDigit) && toks[p+2].start == toks[p+1].end
}

// compatible returns the units at node that h accepts; failing that, the
// units at h's level (tỉnh Thừa Thiên - Huế names a thành phố since 2025).
//
// The result is a capacity-capped window of m.cands, one buffer for the
// whole call, so matching does not allocate per mention.
func (m *matcher) compatible(h *headInfo, node int32) []int32 {
	start := len(m.cands)
	units := m.g.names.info[node].units
	for _, u := range units {
		if h.accepts(&m.g.units[u]) {
			m.cands = append(m.cands, u)
		}
	}
	if len(m.cands) == start && h.level != LevelOther {
		for _, u := range units {
			if m.g.units[u].Level == h.level {
				m.cands = append(m.cands, u)
			}
		}
	}
	if len(m.cands) == start {
		return nil
	}
	return m.cands[start:len(m.cands):len(m.cands)]
}

// plural reports whether a quantifier (các, hai, những) precedes the head at
// i, directly or before a classifier (các tuyến phố).
func (m *matcher) plural(i int) bool {
	if i == 0 {
		return false
	}
	prev := &m.toks[i-1]
	if i >= 2 && prev.kind == tokWord && m.g.words[prev.syl]&wClassifier != 0 {
		prev = &m.toks[i-2]
	}
	return prev.kind == tokWord && (m.g.words[prev.syl]&wQuant != 0 || prev.is(fDigit))
}

// collective reports an organ of several units before a plural head
// (UBND các tỉnh …), whose list names the places without the head.
func (m *matcher) collective(i int) bool {
	if i < 2 || !m.plural(i) {
		return false
	}
	org := &m.toks[i-2]
	return org.kind == tokWord && org.is(fAbbrev)
}

// list continues a head's list: ", Sóc Sơn", "và Hoà Hội", after a colon
// ("12 huyện: Châu Thành, Kế Sách") when i is one. Items must be units the
// head accepts, or, after a plural head, any capitalised name that does not
// open an organisation. Bare numbers after a numbered unit are items the
// guidelines leave unannotated (các quận 4, 8 và Bình Thạnh → quận 4 +
// Bình Thạnh), so the list reads past them.
func (m *matcher) list(i int, h *headInfo, level Level, plural bool) int {
	g, toks := m.g, m.toks
	for first := i; i+1 < len(toks); {
		sep := &toks[i]
		if !(sep.kind == tokPunct && (sep.r == ',' || sep.r == ':' && i == first)) && !(sep.kind == tokWord && g.words[sep.syl]&wAnd != 0) {
			break
		}
		p := i + 1
		if toks[p].kind != tokWord {
			break
		}
		if toks[p].is(fDigit) {
			if !h.number || !m.listedNumber(p) {
				break
			}
			i = p + 1
			continue
		}
		if !toks[p].is(fCap) {
			break
		}
		end := p
		var cands []int32
		nEnd, node := g.matchName(toks, p)
		if node >= 0 {
			if cands = m.compatible(h, node); len(cands) > 0 {
				end = nEnd
				// Hà Nội, Hưng Yên và Bắc Ninh: items keep the first one's
				// level (a province, not the city of the same name).
				cands = m.filter(cands, func(u int32) bool { return g.units[u].Level == level })
			}
		}
		// phường Trần Lãm, Thái Bình: a province closing a chain after one
		// unit is its parent, not a second ward of its name.
		if len(cands) > 0 && !plural && sep.kind == tokPunct && m.provinceCloses(p, end) {
			break
		}
		// A head word opens the next place (huyện Sóc Sơn), unless it begins
		// the name of a unit the head accepts (Bến Thành, Cầu Giấy).
		if _, hi := g.matchHead(toks, p); hi >= 0 && !g.headOf[hi].lower && (g.headOf[hi].admin() || len(cands) == 0) {
			break
		}
		if len(cands) > 0 {
			if q := m.qualifierEnd(end); q > end {
				end, cands, node = q, nil, -1
			}
		} else if plural && g.words[toks[p].syl]&wOrgHead == 0 {
			node = -1
			end = m.capRun(p, h)
		}
		if end == p || (end < len(toks) && toks[end].kind == tokWord && toks[end].is(fCap)) {
			break
		}
		lv := level
		if len(cands) > 0 {
			lv = g.units[cands[0]].Level
		}
		m.add(mention{start: toks[p].start, end: toks[end-1].end, level: lv, cands: cands, node: node})
		i = end
	}
	return i
}

// provinceCloses reports a province's name [p, end) that ends a chain:
// nothing but the end of the clause follows it.
func (m *matcher) provinceCloses(p, end int) bool {
	g, toks := m.g, m.toks
	pEnd, node := g.matchPlace(toks, p)
	if node < 0 || pEnd != end {
		return false
	}
	if pl := g.names.info[node].place; pl < 0 || g.places[pl].level != LevelProvince {
		return false
	}
	if end >= len(toks) {
		return true
	}
	next := &toks[end]
	return next.kind == tokPunct && next.r != ',' || next.kind == tokWord && !next.is(fCap) && g.words[next.syl]&wAnd == 0
}

// listedNumber reports a bare number at p that is an item of a list of
// numbered units: short, and followed by a separator, a parent cue or the
// end (các phường 1, 2 và 4 của quận 3), not by a noun it counts (10 hộ).
func (m *matcher) listedNumber(p int) bool {
	toks := m.toks
	if toks[p].end-toks[p].start > 3 {
		return false
	}
	if p+1 >= len(toks) {
		return true
	}
	next := &toks[p+1]
	if next.kind == tokWord {
		return m.g.words[next.syl]&(wAnd|wParent) != 0
	}
	switch next.r {
	case ',', ';', ')', '.':
		// 1.000, 2,5: a separator glued to more digits is part of the number.
		return p+2 >= len(toks) || toks[p+2].start > next.end || !toks[p+2].is(fDigit)
	}
	return false
}

// capRun returns the end of the capitalised name starting at p (or p if
// there is none): capitalised words, numbers after them (thôn Phú Gia 2,
// mỏ đá Hoà Sơn 3, 4), joined by hyphens. After an admin head it stops at
// another admin head and, after two words, at a family name (xã Thanh Sơn
// Nguyễn Văn A).
func (m *matcher) capRun(p int, h *headInfo) int {
	g, toks := m.g, m.toks
	number, admin := h.number || h.admin(), h.admin()
	limit := h.words
	if limit == 0 {
		limit = 6
	}
	end := p
	words := 0
	glued := false // the word follows a hyphen written without spaces
	for j := p; j < len(toks) && words < limit; {
		t := &toks[j]
		if t.kind == tokPunct {
			// Hyphens join name parts (Phan Rang-Tháp Chàm, Pắc-xan); spaced
			// ones join the ends of a road (cao tốc Pháp Vân - Cầu Giẽ).
			if joiner(t.r) && words > 0 && j+1 < len(toks) && toks[j+1].kind == tokWord {
				glued = toks[j+1].start == t.end && toks[j-1].end == t.start
				if glued || toks[j+1].is(fCap) && !admin && !m.headedPlaceAt(j+1) {
					j++
					continue
				}
			}
			// Dates as names: công viên 30-4, đường 3/2.
			if (t.r == '-' || t.r == '/') && words > 0 && toks[j-1].is(fDigit) && toks[j-1].end == t.start &&
				j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j+1].is(fDigit) && toks[j+1].start == t.end {
				j++
				continue
			}
			// A list of numbers after a numbered name: mỏ đá Hoà Sơn 3, 4.
			// Quốc lộ 217, 219: after a number alone the others are items of
			// a list, which the guidelines leave bare.
			if t.r == ',' && !admin && words > 1 && toks[j-1].is(fDigit) && j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j+1].is(fDigit) {
				j++
				continue
			}
			break
		}
		switch {
		case t.is(fDigit):
			if words == 0 && !number {
				return end
			}
			// cửa khẩu Móng Cái 4 tháng: a quantity, not a numbered name.
			if words > 0 && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].is(fCap) && g.words[toks[j+1].syl]&wMeasure != 0 {
				return end
			}
		case h.alley && t.is(fCap) && words > 0 && toks[p].is(fDigit) && !glued && t.start > toks[j-1].end:
			return end // ngõ 13 Lĩnh Nam: the street the alley leaves
		case glued || t.is(fCap):
			// chùa Hương Hà Nội: a province after the name is its parent, and
			// vùng Đông Nam Bộ Việt Nam: a country; a zone takes its province
			// into its name (khu kinh tế Đông Nam Nghệ An).
			if words > 0 && !admin && !h.zone && !(toks[j-1].kind == tokPunct && joiner(toks[j-1].r)) {
				if pEnd, node := g.matchPlace(toks, j); node >= 0 {
					pl := g.names.info[node].place
					if pl >= 0 && (g.places[pl].level == LevelProvince ||
						g.places[pl].level == LevelCountry && !g.places[pl].weak && (pEnd >= len(toks) || !toks[pEnd].is(fCap))) {
						return end
					}
				}
			}
			if words > 0 && admin {
				if _, hi := g.matchHead(toks, j); hi >= 0 && g.headOf[hi].admin() {
					return end
				}
				if words >= 2 && g.words[t.syl]&wSurname != 0 {
					return end
				}
			}
		default:
			return end
		}
		words++
		j++
		end = j
		glued = false
	}
	return end
}

// headedPlaceAt reports a head word and a known place name after it at j
// (Vùng Thủ đô), which a hyphen before it does not join to the name before
// (đường Vành đai 4 - Vùng Thủ đô), as it joins the ends of a road
// (cao tốc Pháp Vân - Cầu Giẽ).
func (m *matcher) headedPlaceAt(j int) bool {
	hEnd, hi := m.g.matchHead(m.toks, j)
	if hi < 0 {
		return false
	}
	_, node := m.g.matchPlace(m.toks, hEnd)
	return node >= 0
}

// atBare matches a place written without a head at i.
func (m *matcher) atBare(i int) int {
	g, toks := m.g, m.toks
	t := &toks[i]
	if t.is(fDigit) {
		return i
	}
	end, node := g.matchPlace(toks, i)
	if node < 0 {
		return i
	}
	// Long names also match in lower case (đồng bằng sông Cửu Long).
	if !t.is(fCap) && end-i < 3 {
		return i
	}
	pl := &g.places[g.names.info[node].place]
	if pl.level == LevelCountry && m.shortPair(i, end) {
		return end // quan hệ Việt - Mỹ: a modifier, no place (GUIDELINES)
	}
	if (pl.level == LevelProvince || pl.level == LevelDistrict) && !pl.lower && !allCapitalised(toks[i:end]) {
		return i // Hòa bình là …, Cao bằng: common words at a sentence start
	}
	if !m.standsAlone(i, end, pl.level != LevelProvince && pl.level != LevelDistrict, pl.level == LevelCountry && !pl.weak) {
		return i
	}
	if pl.weak && !m.weakCue(i) || m.compassSide(i, end) {
		return i
	}
	m.add(mention{start: t.start, end: toks[end-1].end, level: pl.level, cands: pl.units, node: node, bare: true})
	if pl.level == LevelProvince || pl.level == LevelDistrict {
		if h := m.bareHead(pl); h != nil {
			return m.list(end, h, pl.level, false)
		}
	}
	return end
}

// compassSide reports compass words [i, end) that give a side or a
// direction, not a region: "Nam giáp quận X", "cách 40 km về phía Tây Nam"
// (corpus precedents 46 and 56); "các tỉnh phía Bắc" stays a region.
func (m *matcher) compassSide(i, end int) bool {
	g, toks := m.g, m.toks
	for k := i; k < end; k++ {
		if toks[k].kind != tokWord || g.words[toks[k].syl]&wQualifier == 0 {
			return false
		}
	}
	if end < len(toks) && toks[end].kind == tokWord && g.words[toks[end].syl]&wBorders != 0 {
		return true
	}
	if i == 0 || toks[i-1].kind != tokWord || g.words[toks[i-1].syl]&wDirection == 0 {
		return false
	}
	// hướng Tây Nam; về phía Tây Nam, but not phía Bắc alone.
	return strings.EqualFold(m.text[toks[i-1].start:toks[i-1].end], "hướng") ||
		i >= 2 && toks[i-2].kind == tokWord && strings.EqualFold(m.text[toks[i-2].start:toks[i-2].end], "về")
}

// allCapitalised reports whether every word of toks starts with a capital
// or a digit.
func allCapitalised(toks []ltok) bool {
	for k := range toks {
		if toks[k].kind == tokWord && !toks[k].is(fCap) && !toks[k].is(fDigit) {
			return false
		}
	}
	return true
}

// weakCue reports whether the word before a weak place (Nam, Bắc, Anh,
// Đức, Nhật) makes it a place: ra Bắc, Thủ tướng Anh, Mỹ, Anh và Đức.
func (m *matcher) weakCue(i int) bool {
	g, toks := m.g, m.toks
	if toks[i].is(fAbbrev) || i == 0 {
		return false
	}
	prev := &toks[i-1]
	// ra Bắc, Thủ tướng Anh; at a sentence start also "Ở Anh, …".
	if prev.kind == tokWord && (!prev.is(fCap) || prev.is(fBoundary)) && g.words[prev.syl]&(wLocative|wNation) != 0 {
		return true
	}
	// Bristol (Anh): a country in brackets.
	if prev.kind == tokPunct && prev.r == '(' && i+1 < len(toks) && toks[i+1].kind == tokPunct && toks[i+1].r == ')' {
		return true
	}
	// An item of a list of places: Mỹ, Anh và Đức.
	isSep := prev.kind == tokPunct && (prev.r == ',' || prev.r == '-' || prev.r == '–' || prev.r == '(') ||
		prev.kind == tokWord && g.words[prev.syl]&wAnd != 0
	if isSep && i >= 2 && len(m.mentions) > 0 && m.mentions[len(m.mentions)-1].end == toks[i-2].end {
		return true
	}
	// … or before one: Anh, Pháp, Nga.
	if i+2 < len(toks) && (toks[i+1].kind == tokPunct && toks[i+1].r == ',' || toks[i+1].kind == tokWord && g.words[toks[i+1].syl]&wAnd != 0) {
		if end, node := g.matchPlace(toks, i+2); node >= 0 && end > i+2 {
			if pl := g.names.info[node].place; pl >= 0 && g.places[pl].level == LevelCountry && !g.places[pl].weak {
				return true
			}
		}
	}
	return false
}

// standsAlone reports whether the capitalised words [i, end) are not part
// of a longer capitalised name or a person's name.
//
// A capitalised word after a Vietnamese unit's name usually continues it
// (Thái Bình Dương, Hà Nội Mới) unless it starts a person's name. After a
// foreign place a foreign word is often a person (Tổng thống Mỹ Donald
// Trump), so for those only Vietnamese-looking words (known syllables)
// continue the name (Pháp Vân, Mỹ Khê).
func (m *matcher) standsAlone(i, end int, foreign, country bool) bool {
	g, toks := m.g, m.toks
	if i > 0 {
		prev := &toks[i-1]
		// VOV.VN, vnexpress.net: part of a web address.
		if prev.kind == tokPunct && prev.r == '.' && prev.end == toks[i].start && i >= 2 && toks[i-2].end == prev.start {
			return false
		}
		if prev.kind == tokWord {
			w := g.words[prev.syl]
			switch {
			case w&wHonorific != 0 && (!prev.is(fCap) || prev.is(fBoundary)) && !country:
				return false // ông Đức, bà Hà Nam: a person (but người cha Pakistan)
			case prev.is(fCap) && !prev.is(fAbbrev) && !prev.is(fDigit) && m.lastEnd() != prev.end:
				// Inside a longer capitalised name (Nguyễn Thái Bình), unless
				// the word before opens the sentence and is no family name,
				// or ends a place (chùa Hương Hà Nội).
				if !prev.is(fBoundary) || w&wSurname != 0 && w&wLocative == 0 {
					return false
				}
			}
		}
	}
	if end < len(toks) {
		next := &toks[end]
		if end == i+1 && next.kind == tokWord && g.nonPlaces[uint64(toks[i].syl)<<32|uint64(next.syl)] {
			return false // Pháp chế, Mỹ thuật, Ý kiến
		}
		if next.kind == tokWord && next.is(fCap) && !next.is(fAbbrev) && g.words[next.syl]&wSurname == 0 && (!foreign || next.syl != 0) {
			if _, hi := g.matchHead(toks, end); hi < 0 {
				return false // Thái Bình Dương: part of a longer name
			}
		}
	}
	return true
}

// atTentative matches a district or commune name written without its head
// where the text suggests a place: after tại, ở, thuộc, địa bàn, in
// brackets, or before a bracketed parent. resolve keeps it only when its
// parent or province is named in the text, or the same name was written
// with a head.
func (m *matcher) atTentative(i int) int {
	g, toks := m.g, m.toks
	t := &toks[i]
	if !t.is(fCap) || t.is(fDigit) || i == 0 {
		return i
	}
	end, node := g.matchName(toks, i)
	if node < 0 || len(g.names.info[node].units) == 0 || !allCapitalised(toks[i:end]) || !m.standsAlone(i, end, false, false) {
		return i
	}
	prev := &toks[i-1]
	locative := prev.kind == tokWord && !prev.is(fCap) && g.words[prev.syl]&wLocative != 0
	cue := locative || prev.kind == tokWord && !prev.is(fCap) && g.words[prev.syl]&wParent != 0 ||
		prev.kind == tokPunct && prev.r == '(' ||
		end+1 < len(toks) && toks[end].kind == tokPunct && toks[end].r == '(' && toks[end+1].is(fCap)
	// Hoằng Lộc, Hoằng Hoá, tỉnh Thanh Hoá: only its parent can confirm it.
	// Phú Lộc, Tân Phú: the next item of a chain that started with a place.
	chain := !cue && (end+1 < len(toks) && toks[end].kind == tokPunct && toks[end].r == ',' && toks[end+1].is(fCap) ||
		prev.kind == tokPunct && prev.r == ',' && i >= 2 && len(m.mentions) > 0 && m.mentions[len(m.mentions)-1].end == toks[i-2].end)
	repeat := !cue && !chain
	start := len(m.cands)
	var level Level
	for _, u := range g.names.info[node].units {
		if lv := g.units[u].Level; (lv == LevelDistrict || lv == LevelCommune) && !g.abolishedCommune(u) {
			m.cands = append(m.cands, u)
			if levelRank(lv) > levelRank(level) {
				level = lv
			}
		}
	}
	if len(m.cands) == start {
		return i
	}
	cands := m.cands[start:len(m.cands):len(m.cands)]
	m.add(mention{start: t.start, end: toks[end-1].end, level: level, cands: cands, node: node, bare: true, tentative: true, locative: locative, chain: chain, repeat: repeat})
	return end
}

// streetHead reads the name of a street written without its head.
var streetHead = &headInfo{level: LevelOther}

// atAddress matches the street after a house number, before the unit or
// the city it lies in: "(số) 48B Hai Bà Trưng, phường Tràng Tiền", "số 5A
// Hàm Long, Hà Nội". The place after the comma is what shows that the
// capitalised words name a street; the house number is no place.
func (m *matcher) atAddress(i int) int {
	toks := m.toks
	if !toks[i].is(fDigit) || i+1 >= len(toks) || toks[i+1].kind != tokWord || !toks[i+1].is(fCap) {
		return i
	}
	end := m.capRun(i+1, streetHead)
	if end-(i+1) < 2 {
		return i
	}
	// tại số 52 Lê Lợi, địa chỉ 129 Trần Phú: the word before the number
	// says it is a house's, so the street needs no unit after it.
	if !m.houseNumberCue(i) && (end+1 >= len(toks) || toks[end].kind != tokPunct || toks[end].r != ',' || !m.unitAfterAddress(end+1)) {
		return i
	}
	m.add(mention{start: toks[i+1].start, end: toks[end-1].end, level: LevelOther, node: -1})
	return end
}

// houseNumberCue reports "địa chỉ" before the number at i, or "số" after a
// locative or "nhà" (tại số 52, nhà số 7), which make it a house's number,
// not a count or a player's.
func (m *matcher) houseNumberCue(i int) bool {
	toks := m.toks
	word := func(k int) bool { return k >= 0 && toks[k].kind == tokWord && !toks[k].is(fCap) }
	if !word(i-1) || !word(i-2) {
		return false
	}
	if m.g.words[toks[i-1].syl]&wNumberWord != 0 {
		return m.g.words[toks[i-2].syl]&wLocative != 0 || strings.EqualFold(m.text[toks[i-2].start:toks[i-2].end], "nhà")
	}
	return strings.EqualFold(m.text[toks[i-2].start:toks[i-1].end], "địa chỉ")
}

// unitAfterAddress reports an administrative head at j, or a province or
// city written bare: the places an address names after its street.
func (m *matcher) unitAfterAddress(j int) bool {
	g, toks := m.g, m.toks
	if _, hi := g.matchHead(toks, j); hi >= 0 {
		return g.headOf[hi].admin()
	}
	if !toks[j].is(fCap) {
		return false
	}
	_, node := g.matchPlace(toks, j)
	if node < 0 {
		return false
	}
	pl := g.names.info[node].place
	return pl >= 0 && (g.places[pl].level == LevelProvince || g.places[pl].level == LevelDistrict)
}

// bareHead returns a head accepting the place's units, so a list after a
// bare province continues with provinces only (Hà Nội, Hưng Yên và Bắc
// Ninh: the province, not the city of Hưng Yên).
func (m *matcher) bareHead(pl *placeInfo) *headInfo {
	if len(pl.units) == 0 {
		return nil
	}
	if pl.level == LevelProvince {
		return provinceList
	}
	for i := range m.g.headOf {
		if h := &m.g.headOf[i]; h.admin() && h.accepts(&m.g.units[pl.units[0]]) && len(h.types) == 1 {
			return h
		}
	}
	return nil
}

// provinceList reads the items of a list that follows a bare province.
var provinceList = &headInfo{level: LevelProvince, types: []string{"Tỉnh", "Thành phố"}}

// lastEnd is the end of the last mention, 0 if none.
func (m *matcher) lastEnd() int {
	if n := len(m.mentions); n > 0 {
		return m.mentions[n-1].end
	}
	return 0
}

// add appends a mention; one that would overlap the previous one is
// dropped, so mentions stay flat and in order (phường 11 phố Huế: the 11
// is not a house number of phố Huế).
func (m *matcher) add(mt mention) {
	if n := len(m.mentions); n > 0 && mt.start < m.mentions[n-1].end {
		return
	}
	m.mentions = append(m.mentions, mt)
}

// matchHeads stores the ends and indexes of the head words at i, shortest
// first, and returns how many it found.
func (g *Gazetteer) matchHeads(toks []ltok, i int, ends []int, heads []int32) int {
	node, n := int32(0), 0
	for j := i; j < len(toks) && toks[j].kind == tokWord && toks[j].syl != 0 && n < len(ends); j++ {
		node = g.heads.child(node, toks[j].syl, false)
		if node < 0 {
			break
		}
		if h := g.heads.info[node].head; h >= 0 {
			ends[n], heads[n] = j+1, h
			n++
		}
	}
	return n
}

// matchHead returns the end and head index of the longest head word at i.
func (g *Gazetteer) matchHead(toks []ltok, i int) (int, int32) {
	node, end, head := int32(0), i, int32(-1)
	for j := i; j < len(toks) && toks[j].kind == tokWord && toks[j].syl != 0; j++ {
		node = g.heads.child(node, toks[j].syl, false)
		if node < 0 {
			break
		}
		if h := g.heads.info[node].head; h >= 0 {
			end, head = j+1, h
		}
	}
	return end, head
}

// matchName returns the end and node of the longest gazetteer name at i;
// hyphens, apostrophes and full stops between words are skipped (Bà Rịa -
// Vũng Tàu, Ea H'Leo, N.T Phong Hải).
func (g *Gazetteer) matchName(toks []ltok, i int) (int, int32) { return g.match(toks, i, false) }

// matchPlace is matchName restricted to names matched on their own.
func (g *Gazetteer) matchPlace(toks []ltok, i int) (int, int32) { return g.match(toks, i, true) }

func (g *Gazetteer) match(toks []ltok, i int, placesOnly bool) (int, int32) {
	node, end, best := int32(0), i, int32(-1)
	for j := i; j < len(toks); j++ {
		t := &toks[j]
		if t.kind == tokPunct {
			if j > i && (joiner(t.r) || t.r == '.') && j+1 < len(toks) && toks[j+1].kind == tokWord {
				continue
			}
			break
		}
		if t.syl == 0 {
			break
		}
		node = g.names.child(node, t.syl, false)
		if node < 0 {
			break
		}
		if info := &g.names.info[node]; info.place >= 0 || len(info.units) > 0 && !placesOnly {
			end, best = j+1, node
		}
	}
	return end, best
}
