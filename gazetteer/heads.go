package gazetteer

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vntext/vntext/gazetteer/internal/data"
	"github.com/vntext/vntext/internal/names"
	"github.com/vntext/vntext/internal/tsv"
)

// Head words written before a place name (GUIDELINES.md: the head is part of
// the LOCATION span) and the words read around names live in
// internal/data/heads.tsv and words.tsv. Admin heads name the unit types
// they accept; the others make a LOCATION of their level from the
// capitalised name after them.

type headInfo struct {
	level  Level    // level of an unknown name after the head; "" = decided by the unit
	types  []string // unit types the head accepts; nil for non-admin heads
	number bool     // a number may stand as the name (quận 6, quốc lộ 1, thôn 12)
	abbrev bool     // an abbreviation that may take a full stop (TP. Hà Nội)
	lower  bool     // must be lower case inside a sentence (Hồ, Đường are also surnames)
	dot    bool     // only with a full stop (Q. 1, P. 17)
	weak   bool     // often descriptive (ven biển Nha Trang): a known place after it stands alone
	words  int      // most words in an unknown name; 0 = 6
	person bool     // often named after a person (đường Nguyễn Huệ, cầu Trần Phú)
	// numberOnly: only a number names the place (trạm 20, not Trạm Y tế).
	numberOnly bool
	// pair: only two places joined by a hyphen name it (biên giới Việt Nam -
	// Lào).
	pair bool
	// ofUnit: an administrative unit may stand as the name, with its head
	// word or alone (Nghĩa trang liệt sĩ huyện Thọ Xuân, Nhà tang lễ tỉnh).
	ofUnit bool
	// alley: a numbered alley, after which the street it leaves may follow
	// without its head (ngõ 13 Lĩnh Nam).
	alley bool
	// state: the form words of a country's official name (Cộng hòa
	// Ireland, Vương quốc Anh): the country the lists know follows, or,
	// with realm, any capitalised name (Đế quốc Babylon).
	state, realm bool
	// capital: a name the lists do not know after it is a capital abroad
	// (thủ đô Viêng Chăn), where after thành phố it is a city of a province.
	capital bool
	// zone: a province after the name is part of it (khu kinh tế Đông Nam
	// Nghệ An), where after other heads it is the parent (chùa Hương Hà Nội).
	zone bool
	// memorial: the person honoured may be named with a title (lăng Chủ tịch
	// Hồ Chí Minh, tượng đài Đại tướng Võ Nguyên Giáp).
	memorial bool
	// area: an area (khu vực, vùng), whose name may begin with a region
	// head (khu vực miền Tây Nam Bộ); a site named with its own head after
	// it stands alone (khu vực hồ Hoàn Kiếm, khu vực Tượng đài Lý Thái Tổ).
	area bool
	// region: names a region of the country (miền, đồng bằng), kept inside
	// an area's name.
	region bool
}

func (h *headInfo) admin() bool { return h.types != nil }

// accepts reports whether u may be the unit named after h.
func (h *headInfo) accepts(u *Unit) bool {
	for _, t := range h.types {
		if t == u.Type {
			return true
		}
	}
	return false
}

// headRow is one row of heads.tsv: the head words and what they mean.
type headRow struct {
	words string
	info  headInfo
}

// headFlags are the flag names of heads.tsv.
var headFlags = map[string]func(*headInfo){
	"number": func(h *headInfo) { h.number = true }, "number-only": func(h *headInfo) { h.numberOnly = true },
	"abbrev": func(h *headInfo) { h.abbrev = true }, "dot": func(h *headInfo) { h.dot = true },
	"lower": func(h *headInfo) { h.lower = true }, "weak": func(h *headInfo) { h.weak = true },
	"person": func(h *headInfo) { h.person = true }, "pair": func(h *headInfo) { h.pair = true },
	"of-unit": func(h *headInfo) { h.ofUnit = true }, "alley": func(h *headInfo) { h.alley = true },
	"state": func(h *headInfo) { h.state = true }, "realm": func(h *headInfo) { h.realm = true },
	"capital": func(h *headInfo) { h.capital = true }, "zone": func(h *headInfo) { h.zone = true },
	"memorial": func(h *headInfo) { h.memorial = true }, "area": func(h *headInfo) { h.area = true },
	"region": func(h *headInfo) { h.region = true },
}

// parseHeads builds the head words from the rows of heads.tsv; an unknown
// level or flag is an error.
func parseHeads(rows [][]string) ([]headRow, error) {
	out := make([]headRow, 0, len(rows))
	for _, r := range rows {
		info := headInfo{level: Level(r[1])}
		switch info.level {
		case LevelCountry, LevelProvince, LevelDistrict, LevelCommune, LevelOther:
		default:
			return nil, fmt.Errorf("head %q: unknown level %q", r[0], r[1])
		}
		if r[2] != "-" {
			info.types = strings.Split(r[2], ",")
		}
		if r[3] != "-" {
			for _, f := range strings.Split(r[3], ",") {
				if n, ok := strings.CutPrefix(f, "words="); ok {
					var err error
					if info.words, err = strconv.Atoi(n); err != nil || info.words <= 0 {
						return nil, fmt.Errorf("head %q: bad %q", r[0], f)
					}
					continue
				}
				set, ok := headFlags[f]
				if !ok {
					return nil, fmt.Errorf("head %q: unknown flag %q", r[0], f)
				}
				set(&info)
			}
		}
		out = append(out, headRow{r[0], info})
	}
	return out, nil
}

// Function-word classes used around names.
const (
	wQuant      uint16 = 1 << iota // các, những, hai … mười: a plural head before a list
	wAnd                           // và, cùng: joins list items
	wHonorific                     // ông, bà, anh …: a person follows
	wSurname                       // common family names: a person starts here
	wParent                        // thuộc, của: a parent unit follows
	wLocative                      // tại, ở, ra, vào: a place follows
	wOrgHead                       // Ban, Bộ, Cục: an organisation, not a place name
	wQualifier                     // Đông, Tây, Thượng: may end a commune name
	wNation                        // thủ tướng, chính phủ, người: a country may follow
	wNumberWord                    // số: a house number follows
	wMeasure                       // tháng, km, hộ: a number before it is a quantity, not part of a name
	wBorders                       // giáp: a compass word before it is a side, not a region
	wTitleEnd                      // thống đốc, thị trưởng: a title ends before a unit, its holder's name may follow it
	wClassifier                    // tuyến, con: between a quantifier and a head (các tuyến phố)
	wDirection                     // phía, hướng: compass words after it give a direction, not a region
	wRegion                        // bộ, nguyên: with compass words, names a region (Bắc Trung Bộ, Tây Nguyên)
)

type funcWords map[uint32]uint16

// wordClasses are the classes of words.tsv that are function words.
var wordClasses = map[string]uint16{
	"quantifier": wQuant, "and": wAnd, "honorific": wHonorific, "parent": wParent, "locative": wLocative,
	"org-head": wOrgHead, "nation": wNation, "number-word": wNumberWord, "borders": wBorders,
	"classifier": wClassifier, "direction": wDirection, "title-end": wTitleEnd, "measure": wMeasure,
	"qualifier": wQualifier, "region": wRegion,
}

// wordList is one function word of words.tsv with its class.
type wordList struct {
	class uint16
	word  string
}

// nameWords are the words.tsv lists of the place matcher: the function
// words and the two-syllable compounds.
type nameWords struct {
	funcWords                           []wordList
	nonHeads, nonPlaces, memorialTitles []string
}

// parseWords builds the lists from the rows of words.tsv; an unknown class
// is an error.
func parseWords(rows [][]string) (*nameWords, error) {
	l := &nameWords{}
	for _, r := range rows {
		switch r[1] {
		case "non-head":
			l.nonHeads = append(l.nonHeads, r[0])
		case "non-place":
			l.nonPlaces = append(l.nonPlaces, r[0])
		case "memorial-title":
			l.memorialTitles = append(l.memorialTitles, r[0])
		default:
			c, ok := wordClasses[r[1]]
			if !ok {
				return nil, fmt.Errorf("%q: unknown class %q", r[0], r[1])
			}
			l.funcWords = append(l.funcWords, wordList{c, r[0]})
		}
	}
	return l, nil
}

// headList and wordLists parse heads.tsv and words.tsv once, on first
// use; TestWordLists loads them.
var (
	headList  = tsv.Embedded("gazetteer/internal/data/heads.tsv", data.Heads(), 4, parseHeads)
	wordLists = tsv.Embedded("gazetteer/internal/data/words.tsv", data.Words(), 2, parseWords)
)

// indexHeads inserts the head words into the head trie.
func (g *Gazetteer) indexHeads(heads []headRow) {
	g.headOf = make([]headInfo, 0, len(heads))
	for _, h := range heads {
		node := g.insert(&g.heads, h.words)
		g.heads.info[node].head = int32(len(g.headOf))
		g.headOf = append(g.headOf, h.info)
	}
}

// indexNonPlaces records the non-place words as (first, second) syllable pairs.
func (g *Gazetteer) indexNonPlaces(l *nameWords) { g.nonPlaces = g.syllablePairs(l.nonPlaces) }

// indexNonHeads records the non-head compounds and the memorial titles as
// (first, second) syllable pairs.
func (g *Gazetteer) indexNonHeads(l *nameWords) {
	g.nonHeads = g.syllablePairs(l.nonHeads)
	g.memorialTitles = g.syllablePairs(l.memorialTitles)
}

// syllablePairs interns the two-syllable phrases of words as (first,
// second) syllable pairs.
func (g *Gazetteer) syllablePairs(words []string) map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range words {
		s := scanner{g: g, intern: true}
		s.reset(w)
		if toks := s.tokens(nil); len(toks) == 2 {
			m[uint64(toks[0].syl)<<32|uint64(toks[1].syl)] = true
		}
	}
	return m
}

// funcWords interns the function words. Classes tested on the word before
// a name (honorifics, quantifiers, cues) keep the last syllable of a
// multi-syllable entry (đồng chí → chí, thị trường → trường); classes
// tested on a name's own first word keep the first.
func (g *Gazetteer) funcWords(l *nameWords) funcWords {
	m := funcWords{}
	for _, w := range l.funcWords {
		s := scanner{g: g, intern: true}
		s.reset(w.word)
		toks := s.tokens(nil)
		if len(toks) == 0 {
			continue
		}
		k := len(toks) - 1
		if w.class&(wOrgHead|wSurname|wQualifier) != 0 {
			k = 0
		}
		m[toks[k].syl] |= w.class
	}
	// Family names: the module's one list of them (internal/names).
	for _, w := range names.Surnames("surname") {
		s := scanner{g: g, intern: true}
		s.reset(w)
		if toks := s.tokens(nil); len(toks) > 0 {
			m[toks[0].syl] |= wSurname
		}
	}
	return m
}
