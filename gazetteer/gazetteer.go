// Package gazetteer knows the administrative units of Viet Nam before and
// after the 2025 reform (63 provinces, 696 districts and 10,035 communes of
// the list of 1 March 2025; 34 provinces and 3,321 communes from 1 July
// 2025) with the old→new mapping, the units abolished before the first of
// those lists (21 districts since 2019, 688 communes in 2024–2025; see
// PeriodUntil2024), the names the press uses for them, countries and
// regions. It looks units up by name (Lookup, Known) and by code (ByCode,
// Parent, Successors), takes user additions (With), and finds the places
// mentioned in a text (Locations):
//
//	g, err := gazetteer.Default()
//	for _, l := range g.Locations("Chủ tịch UBND tỉnh Hà Giang …") {
//		// l.Text "tỉnh Hà Giang", l.Level LevelProvince, l.Code "02",
//		// l.Periods {pre-2025}, l.Successors [{08 Tỉnh Tuyên Quang}]
//	}
//
// # Periods
//
// Every unit belongs to one period, and a name may denote units of several
// (Location.Periods lists them, in time order):
//
//	until-2024  units the pre-2025 list no longer has: renamed ones under
//	            their old name ("tỉnh Thừa Thiên Huế" is the old province,
//	            its successor Thành phố Huế, which "thành phố Huế" names in
//	            both lists), and units abolished by a merger, without a code
//	            ("thị xã Cửa Lò", merged into Thành phố Vinh; "phường An
//	            Cư" of Cần Thơ). A commune merged away in 2019–2021 is not
//	            in the tables: Lookup finds nothing for it.
//	pre-2025    the list in force until 30 June 2025: 63 provinces, 696
//	            districts, 10,035 communes
//	post-2025   the list in force from 1 July 2025: 34 provinces, 3,321
//	            communes, no districts
//	post-2026   post-2025 units renamed or reclassified on 30 April 2026
//	            (Thành phố Đồng Nai and some of its communes); each keeps its
//	            code and its post-2025 entry
//
// Successors gives, for a pre-2025 (or until-2024) unit, the post-2025 units
// that took it over.
//
// Names are printed in one spelling, the one package normalize writes by
// default (normalize.DefaultTone, the modern tone placement: "Tỉnh Hoà Bình",
// "Phường Thuỷ Xuân"), whatever the source lists wrote; lookup and matching
// accept either placement ("Hòa Bình" finds Hoà Bình).
//
// The tables are generated from MIT-licensed lists of the GSO/NSO codes and
// the project's own list of renamed and abolished districts (see
// internal/data/SOURCES.md), embedded, and parsed once per process on
// first use. A Gazetteer is immutable and safe for concurrent use.
package gazetteer

//go:generate go run ./internal/gen -out internal/data

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/gazetteer/internal/data"
)

// Period is one of the administrative lists. A Unit belongs to exactly one.
type Period string

// The periods, in time order.
const (
	// PeriodUntil2024 holds the units the pre-2025 list (1 March 2025) no
	// longer has, as they were before. A unit renamed or re-levelled (Tỉnh
	// Thừa Thiên Huế, the centrally-run Thành phố Huế from 1 January 2025,
	// Resolution 1314/NQ-UBTVQH15) has the code of the pre-2025 unit that
	// continues it, and that unit's successors. A unit abolished by a merger
	// (Thị xã Cửa Lò, merged into Thành phố Vinh; Phường An Cư, Cần Thơ) has
	// no code (the sources record none): ParentCode is the pre-2025 unit it
	// lay in, MergedInto the pre-2025 unit it merged into when known, and
	// Successors the post-2025 units that took it over. The tables hold the
	// districts abolished in the rearrangements of 2019–2021 and 2023–2025
	// and the communes abolished in that of 2023–2025; communes merged away
	// in 2019–2021 are not in them (see internal/data/SOURCES.md).
	PeriodUntil2024 Period = "until-2024"
	// PeriodPre2025 is the list in force until 30 June 2025: 63 provinces,
	// 696 districts, 10,035 communes.
	PeriodPre2025 Period = "pre-2025"
	// PeriodPost2025 is the list in force from 1 July 2025 (Resolution
	// 202/2025/QH15 and the commune resolutions): 34 provinces, 3,321 communes.
	PeriodPost2025 Period = "post-2025"
	// PeriodPost2026 holds the post-2025 units renamed or reclassified on 30
	// April 2026 (Resolution 30/2026/QH16): Thành phố Đồng Nai and 10 of its
	// xã that became phường, plus one respelling. The unit keeps its code and
	// its post-2025 entry.
	PeriodPost2026 Period = "post-2026"
)

// periodOrder lists the periods; bit i of a Periods set is periodOrder[i].
var periodOrder = [...]Period{PeriodUntil2024, PeriodPre2025, PeriodPost2025, PeriodPost2026}

// Periods is a set of periods: the lists a place name may refer to (a
// province that kept its name and code is in both PeriodPre2025 and
// PeriodPost2025; Tỉnh Thừa Thiên Huế only in PeriodUntil2024). The zero value is the empty set. In JSON it is an array
// of period names in time order.
type Periods uint8

// PeriodsOf returns the set of ps; unknown periods are left out.
func PeriodsOf(ps ...Period) Periods {
	var s Periods
	for _, p := range ps {
		s |= periodBit(p)
	}
	return s
}

// beforeReform reports whether p is one of the lists before 1 July 2025,
// whose units have successors.
func (p Period) beforeReform() bool { return p == PeriodUntil2024 || p == PeriodPre2025 }

func periodBit(p Period) Periods {
	for i, q := range periodOrder {
		if p == q {
			return 1 << i
		}
	}
	return 0
}

// Has reports whether p is in s.
func (s Periods) Has(p Period) bool { b := periodBit(p); return b != 0 && s&b != 0 }

// List returns the periods of s in time order (nil for the empty set).
func (s Periods) List() []Period {
	var out []Period
	for i, p := range periodOrder {
		if s&(1<<i) != 0 {
			out = append(out, p)
		}
	}
	return out
}

// String joins the periods of s with commas ("pre-2025,post-2025").
func (s Periods) String() string {
	var b strings.Builder
	for _, p := range s.List() {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(string(p))
	}
	return b.String()
}

// MarshalJSON writes s as an array of period names.
func (s Periods) MarshalJSON() ([]byte, error) {
	list := s.List()
	if list == nil {
		list = []Period{}
	}
	return json.Marshal(list)
}

// UnmarshalJSON reads an array of period names; an unknown name is an error.
func (s *Periods) UnmarshalJSON(b []byte) error {
	if s == nil {
		return errors.New("gazetteer: UnmarshalJSON into a nil *Periods")
	}
	var list []Period
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("gazetteer: periods: %w", err)
	}
	var set Periods
	for _, p := range list {
		bit := periodBit(p)
		if bit == 0 {
			return fmt.Errorf("gazetteer: unknown period %q", p)
		}
		set |= bit
	}
	*s = set
	return nil
}

// Level is how high a place stands: a country, one of the three levels of
// Vietnamese administrative units, or anything else.
type Level string

// Levels of a LOCATION (GUIDELINES.md).
const (
	LevelCountry  Level = "country"
	LevelProvince Level = "province" // tỉnh, thành phố trực thuộc trung ương
	LevelDistrict Level = "district" // quận, huyện, thị xã, thành phố thuộc tỉnh
	LevelCommune  Level = "commune"  // xã, phường, thị trấn, đặc khu
	LevelOther    Level = "other"    // villages, streets, rivers, regions, foreign places
)

// Location is a place mentioned in a text.
type Location struct {
	// Text is the mention as written: the input's bytes [Start, End).
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Level is one of the Level constants; empty when the mention names
	// units of different levels.
	Level Level `json:"level,omitempty"`
	// Code, Periods and Successors describe a mention that names known
	// administrative units agreeing on their code: the GSO/NSO code
	// (Unit.Code; empty for a unit abolished before the pre-2025 list,
	// which has none), the periods of those units, and, for a unit of the
	// lists before the reform (until-2024, pre-2025), the post-2025 units
	// that took over its territory. A name of one unit before the reform
	// and of the unit it became under another code (tỉnh Lào Cai: 10 until
	// 30 June 2025, then 15, Yên Bái's) has both periods, the earlier code
	// and the later unit among the successors, unless the text dates it: a
	// unit written under it or units of one list only named elsewhere.
	Code       string      `json:"code,omitempty"`
	Periods    Periods     `json:"periods,omitempty"`
	Successors []Successor `json:"successors,omitempty"`
}

// Successor is a post-2025 unit that took over (part of) a unit of the
// lists before the reform.
type Successor struct {
	// Code is the post-2025 unit's code (Unit.Code in PeriodPost2025).
	Code string `json:"code"`
	// Name is its full name with its province: "Phường Hồng Hà, Thành phố
	// Hà Nội".
	Name string `json:"name"`
}

// Unit is one administrative unit of Viet Nam from the embedded lists.
type Unit struct {
	// Code is the GSO/NSO code: 2 digits for a province, 3 for a district,
	// 5 for a commune. A post-2025 unit keeps the code of one of the units it
	// absorbed, so codes repeat across periods; Code+Period is unique.
	Code string `json:"code"`
	// Type is the unit's type word as in its official name: Tỉnh, Thành phố,
	// Quận, Huyện, Thị xã, Phường, Xã, Thị trấn, Đặc khu.
	Type string `json:"type"`
	// Name is the name without the type word: "Tây Hồ", "1", "Hoà Bình"
	// (normalize's default tone placement, see the package doc).
	Name string `json:"name"`
	// Level is LevelProvince, LevelDistrict or LevelCommune.
	Level Level `json:"level"`
	// Period is the one list the unit belongs to.
	Period Period `json:"period"`
	// ParentCode is the code of the unit one level up in the same period
	// (the district of a pre-2025 commune, the province of a post-2025
	// commune; for an until-2024 unit, the pre-2025 unit it lay in); empty
	// for provinces.
	ParentCode string `json:"parent_code,omitempty"`
	// Successors holds, for a unit of the lists before the reform
	// (until-2024, pre-2025), the codes of the post-2025 units that took
	// over its territory (one per commune in the source mapping). A
	// district abolished before the pre-2025 list has those of the
	// district it merged into, which cover its territory and may cover
	// more.
	Successors []string `json:"successors,omitempty"`
	// MergedInto is, for a unit abolished before the pre-2025 list (period
	// until-2024, no Code), the code of the pre-2025 unit it merged into,
	// when the sources say.
	MergedInto string `json:"merged_into,omitempty"`
}

// FullName is the official name with its type word: "Quận Tây Hồ".
func (u Unit) FullName() string { return u.Type + " " + u.Name }

// Place is a name the caller adds to a gazetteer (With). It is matched on
// its own, in the same way as a province name: when its first word is
// capitalised in the text, or written after a head word of its level.
type Place struct {
	// Name as written: "Phố cổ Hội An", "Mù Cang Chải". Matching ignores case,
	// NFC/NFD and tone placement like every gazetteer name.
	Name string
	// Level is one of the Level constants; empty means LevelOther.
	Level Level
	// Code optionally points at the units (every period) with this code at
	// Level, making Name another name of those units.
	Code string
}

// Gazetteer holds administrative units, aliases and places, indexed for
// Locations and Lookup. It is immutable and safe for concurrent use. The
// zero value, and a nil *Gazetteer, work like Default().
type Gazetteer struct {
	units     []Unit
	parent    []int32 // index of the parent unit, -1 for provinces
	provinces []int32 // the province units of every period
	// provinceOf holds each unit's province as an index into provinces;
	// mergedProvinces, per province, the set of provinces of the other
	// periods it became, absorbed or continued (Thừa Thiên Huế → Huế).
	provinceOf      []uint8
	mergedProvinces []provinceSet
	// succ caches each unit's successors once spelled; the Gazetteer stays
	// immutable to callers (the cache is filled race-free).
	succ   []atomic.Pointer[[]Successor]
	byCode map[unitKey]int32
	vocab  map[string]uint32 // folded syllable → id (0 = not in any name)
	short  map[uint64]uint32 // the same for keys of at most 8 bytes, packed (packKey)
	names  trie
	heads  trie
	places []placeInfo
	headOf []headInfo
	words  funcWords
	// nonHeads holds compounds ending in a head word (yêu cầu): pairs of syllable ids.
	nonHeads map[uint64]bool
	// memorialTitles holds the titles memorials name people with (chủ tịch).
	memorialTitles map[uint64]bool
	// nonPlaces holds words that start with a one-word place (Pháp chế).
	nonPlaces map[uint64]bool
	extra     []Place
	// others holds the places that name no administrative unit (countries,
	// regions, places abroad), embedded and added, in file order.
	others []Place
	// build, buildToks and nameNodes are scratch space while loading;
	// nameNodes remembers the node of each name already inserted (many
	// communes share a name).
	build     scanner
	buildToks []ltok
	nameNodes map[string]int32
}

// unitKey identifies a unit: codes repeat across periods.
type unitKey struct {
	period Period
	code   string
}

// placeInfo is a name matched on its own (bare) when capitalised.
type placeInfo struct {
	level Level
	units []int32
	weak  bool // also a common word or given name: only inside a sentence
	// lower allows lower-case words after the first, as the name is
	// registered (Thủ đô, Liên bang Nga); other names must be written
	// capitalised (Hòa Bình, not "Hòa bình là …").
	lower bool
}

// Default returns the embedded gazetteer, parsed on first use and
// shared by the whole process (about 25 ms and 6 MB of heap).
func Default() (*Gazetteer, error) { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	return loadGazetteer(data.FS(), nil)
})

// get returns g, or the default gazetteer for a nil or zero one: nil only
// when the embedded tables cannot be parsed, and then every method finds
// nothing.
func (g *Gazetteer) get() *Gazetteer {
	if g != nil && g.byCode != nil {
		return g
	}
	d, _ := defaultGazetteer()
	return d
}

// With returns a new gazetteer that also knows places. It rebuilds the
// indexes (about as costly as the first load): build it once and reuse it.
func (g *Gazetteer) With(places ...Place) (*Gazetteer, error) {
	if g = g.get(); g == nil {
		_, err := defaultGazetteer()
		return nil, err
	}
	for _, p := range places {
		if !strings.ContainsFunc(p.Name, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return nil, fmt.Errorf("gazetteer: place name %q has no letters or digits", p.Name)
		}
		switch p.Level {
		case "", LevelCountry, LevelProvince, LevelDistrict, LevelCommune, LevelOther:
		default:
			return nil, fmt.Errorf("gazetteer: place %q: unknown level %q", p.Name, p.Level)
		}
	}
	extra := append(append([]Place(nil), g.extra...), places...)
	return loadGazetteer(data.FS(), extra)
}

// Places returns a copy of the places that name no administrative unit:
// the countries, regions and places abroad of the embedded lists, then
// those added with With, each once per name and level.
func (g *Gazetteer) Places() []Place {
	if g = g.get(); g == nil {
		return nil
	}
	return slices.Clone(g.others)
}

// Units returns a copy of every unit of every period, in code order per
// period (until-2024, pre-2025, post-2025, post-2026); the abolished
// until-2024 units, which have no code, come after the renamed ones.
func (g *Gazetteer) Units() []Unit {
	if g = g.get(); g == nil {
		return nil
	}
	out := make([]Unit, len(g.units))
	for i := range g.units {
		out[i] = g.unit(int32(i))
	}
	return out
}

// unit returns a copy of unit i that shares nothing mutable with g.
func (g *Gazetteer) unit(i int32) Unit {
	u := g.units[i]
	u.Successors = slices.Clone(u.Successors)
	return u
}

// Parent returns the unit one level above u in u's period (the district of
// a pre-2025 commune, the province of a district or a post-2025 commune;
// for an until-2024 unit, the pre-2025 unit it lay in).
func (g *Gazetteer) Parent(u Unit) (Unit, bool) {
	if g = g.get(); g == nil {
		return Unit{}, false
	}
	i := int32(-1)
	if k, ok := g.byCode[unitKey{u.Period, u.Code}]; ok {
		i = g.parent[k]
	} else if u.Code == "" && u.Period == PeriodUntil2024 {
		i = g.parentIndex(&u) // an abolished unit, known by its parent
	}
	if i < 0 {
		return Unit{}, false
	}
	return g.unit(i), true
}

// ByCode returns the unit with code in period p (codes repeat across
// periods: "01" is Hà Nội in both).
func (g *Gazetteer) ByCode(p Period, code string) (Unit, bool) {
	if g = g.get(); g == nil {
		return Unit{}, false
	}
	i, ok := g.byCode[unitKey{p, code}]
	if !ok {
		return Unit{}, false
	}
	return g.unit(i), true
}

// Successors returns the post-2025 units a unit of the lists before the
// reform became (nil for other units): u.Successors holds their codes, these are the units with
// their names.
func (g *Gazetteer) Successors(u Unit) []Unit {
	if g = g.get(); g == nil {
		return nil
	}
	var out []Unit
	for _, c := range u.Successors {
		if i, ok := g.byCode[unitKey{PeriodPost2025, c}]; ok {
			out = append(out, g.unit(i))
		}
	}
	return out
}

// Lookup resolves a place name, with or without its type word ("Tây Hồ",
// "quận Tây Hồ", "TP.HCM", "Hoà Bình"), to the units it may name in any
// period. A type word keeps only units of that type. Parents written after
// the name must contain the unit ("phường 11, quận 6": the one in quận 6).
// The result is nil for names that are not administrative units, and for
// a name the tables lack with that type word or under those parents
// ("xã Hưng Lợi, huyện Thạnh Trị": no namesake of another type or
// district stands in for it). A commune abolished before the pre-2025 list
// is found only with its type word ("phường An Cư", not "An Cư").
func (g *Gazetteer) Lookup(name string) []Unit {
	if g = g.get(); g == nil {
		return nil
	}
	var out []Unit
	g.lookup(name, func(u int32) bool {
		out = append(out, g.unit(u))
		return true
	})
	return out
}

// Known reports whether Lookup(name) finds a unit, without building the
// units (the entity extractor asks this of many capitalised runs).
func (g *Gazetteer) Known(name string) bool {
	if g = g.get(); g == nil {
		return false
	}
	found := false
	g.lookup(name, func(int32) bool {
		found = true
		return false
	})
	return found
}

// lookup calls yield with each unit Lookup returns, in order, until yield
// returns false.
func (g *Gazetteer) lookup(name string, yield func(u int32) bool) {
	m := matcherPool.Get().(*matcher)
	defer m.release()
	m.g, m.text, m.sc.g = g, name, g
	m.sc.text, m.sc.base = name, 0
	m.toks = m.sc.tokens(m.toks[:0])
	toks := m.toks
	if len(toks) == 0 {
		return
	}
	i := 0
	var h *headInfo
	if end, hi := g.matchHead(toks, 0); hi >= 0 && end < len(toks) {
		h = &g.headOf[hi]
		i = end
		if h.abbrev && toks[i].kind == tokPunct && toks[i].r == '.' {
			i++
		}
	}
	end, node := g.matchName(toks, i)
	if node < 0 || end != len(toks) {
		g.lookupInText(m, h, yield)
		return
	}
	info := &g.names.info[node]
	cands := info.units
	if h == nil && len(cands) == 0 && info.place >= 0 {
		cands = g.places[info.place].units
	}
	for _, u := range cands {
		if h == nil && g.abolishedCommune(u) {
			continue
		}
		if (h == nil || h.accepts(&g.units[u])) && !yield(u) {
			return
		}
	}
}

// abolishedCommune reports a commune abolished before the pre-2025 list.
// Its name alone, without a type word, does not find it: the name lives on
// in what the commune was named after (Quốc Tử Giám, the temple; Nguyễn
// Trung Trực, the man), which the text more likely means.
func (g *Gazetteer) abolishedCommune(u int32) bool {
	return g.units[u].Code == "" && g.units[u].Level == LevelCommune
}

// lookupInText reads the name m has tokenized as running text and yields
// the units of its first mention when that mention opens the text. Unlike
// Locations, which reads past a text that is wrong or newer than the
// lists, Lookup holds to what the name says: the type word h keeps only
// units of its type, and each parent written after the name ("xã X, huyện
// Y, tỉnh Z") must contain the unit, so a name the tables lack there finds
// nothing rather than a namesake elsewhere.
func (g *Gazetteer) lookupInText(m *matcher, h *headInfo, yield func(u int32) bool) {
	m.scan()
	m.narrow()
	ms := m.mentions
	if len(ms) == 0 || len(m.toks) == 0 || ms[0].start != m.toks[0].start {
		return
	}
	first := &ms[0]
	var parents [][]int32
	for k := 1; k < len(ms); k++ {
		p := &ms[k]
		if !parentGap(withoutListedNumbers(m.text[ms[k-1].end:p.start])) || !adminLevel(p.level) ||
			levelRank(p.level) <= levelRank(first.level) {
			break
		}
		if len(p.cands) == 0 {
			return // a parent the tables do not know contains nothing they know
		}
		parents = append(parents, p.cands)
	}
	for _, u := range first.cands {
		if h != nil && h.admin() && !first.bare && !h.accepts(&g.units[u]) || first.bare && g.abolishedCommune(u) {
			continue
		}
		in := true
		for _, p := range parents {
			in = in && g.within(u, p, withinMerged)
		}
		if in && !yield(u) {
			return
		}
	}
}

// adminLevel reports a level of the administrative lists.
func adminLevel(l Level) bool {
	return l == LevelProvince || l == LevelDistrict || l == LevelCommune
}

func loadGazetteer(fsys fs.FS, extra []Place) (*Gazetteer, error) {
	unitsData, err := fs.ReadFile(fsys, "units.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	aliasData, err := fs.ReadFile(fsys, "aliases.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	g := &Gazetteer{vocab: make(map[string]uint32, 16384), short: make(map[uint64]uint32, 16384), extra: extra}
	g.names.init(32768)
	g.heads.init(256)
	g.nameNodes = make(map[string]int32, 12000)
	g.build = scanner{g: g, intern: true}
	if err := g.parseUnits(string(unitsData)); err != nil {
		return nil, err
	}
	g.indexUnits()
	if err := g.indexProvinces(); err != nil {
		return nil, err
	}
	g.succ = make([]atomic.Pointer[[]Successor], len(g.units))
	if err := g.parseAliases(string(aliasData)); err != nil {
		return nil, err
	}
	for _, p := range extra {
		g.addPlace(p)
	}
	l := wordLists()
	g.indexHeads(headList())
	g.indexNonHeads(l)
	g.indexNonPlaces(l)
	g.words = g.funcWords(l)
	g.build, g.buildToks, g.nameNodes = scanner{}, nil, nil
	return g, nil
}

func (g *Gazetteer) parseUnits(data string) error {
	g.units = make([]Unit, 0, 14200)
	g.byCode = make(map[unitKey]int32, 14200)
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		var f [7]string
		rest := line
		for i := range f {
			f[i], rest, _ = strings.Cut(rest, "\t")
		}
		u := Unit{Period: Period(f[0]), Code: f[1], Type: f[2], Name: f[3], ParentCode: f[4], MergedInto: f[6]}
		// A unit abolished before the pre-2025 list has no code, only
		// the pre-2025 unit it lay in.
		abolished := u.Code == "" && u.Period == PeriodUntil2024 && u.ParentCode != ""
		if u.Name == "" || u.Code == "" && !abolished {
			return fmt.Errorf("gazetteer: bad unit line %q", line)
		}
		if f[5] != "" {
			u.Successors = strings.Fields(f[5])
		}
		code := u.Code
		if abolished {
			code = u.ParentCode + "x" // one level below its parent: 2 → 3 digits, 3 → 4 (a commune)
		}
		switch len(code) {
		case 2:
			u.Level = LevelProvince
		case 3:
			u.Level = LevelDistrict
		default:
			u.Level = LevelCommune
		}
		if !abolished {
			g.byCode[unitKey{u.Period, u.Code}] = int32(len(g.units))
		}
		g.units = append(g.units, u)
	}
	return nil
}

// parentIndex returns the index of u's parent unit, -1 for none: in u's
// period, or the pre-2025 unit an until-2024 unit lay in, or the
// unchanged post-2025 province a post-2026 unit hangs under.
func (g *Gazetteer) parentIndex(u *Unit) int32 {
	if u.ParentCode == "" {
		return -1
	}
	periods := []Period{u.Period}
	switch u.Period {
	case PeriodUntil2024:
		periods = []Period{PeriodPre2025}
	case PeriodPost2026:
		periods = append(periods, PeriodPost2025)
	}
	for _, p := range periods {
		if i, ok := g.byCode[unitKey{p, u.ParentCode}]; ok {
			return i
		}
	}
	return -1
}

// indexUnits links parents and inserts every official name.
func (g *Gazetteer) indexUnits() {
	g.parent = make([]int32, len(g.units))
	for i := range g.units {
		u := &g.units[i]
		g.parent[i] = g.parentIndex(u)
		if u.Level == LevelProvince {
			g.provinces = append(g.provinces, int32(i))
		}
		g.addName(u.Name, int32(i))
		// Provinces and cities are matched bare when capitalised; an
		// abolished city is not (Ninh Bình is the province).
		if u.Level == LevelProvince || (u.Level == LevelDistrict && u.Type == "Thành phố" && u.Code != "") {
			g.addBare(u.Name, u.Level, []int32{int32(i)}, false)
		}
	}
}

// indexProvinces numbers the provinces, gives each unit its province's
// number and records which provinces merged in 2025.
func (g *Gazetteer) indexProvinces() error {
	if len(g.provinces) > maxProvinces {
		return fmt.Errorf("gazetteer: %d provinces, more than %d", len(g.provinces), maxProvinces)
	}
	ord := make(map[int32]uint8, len(g.provinces))
	for i, p := range g.provinces {
		ord[p] = uint8(i)
	}
	g.provinceOf = make([]uint8, len(g.units))
	for u := range g.units {
		g.provinceOf[u] = ord[g.province(int32(u))]
	}
	g.mergedProvinces = make([]provinceSet, len(g.provinces))
	for i, p := range g.provinces {
		for j, q := range g.provinces {
			if g.mergedInto(p, q) || g.mergedInto(q, p) || g.continues(p, q) || g.continues(q, p) {
				g.mergedProvinces[i].add(uint8(j))
			}
		}
	}
	return nil
}

func (g *Gazetteer) addName(name string, unit int32) {
	node := g.insert(&g.names, name)
	info := &g.names.info[node]
	for _, u := range info.units {
		if u == unit {
			return
		}
	}
	info.units = append(info.units, unit)
}

// addBare registers a place matched on its own; one place per name, whose
// units and level accumulate.
func (g *Gazetteer) addBare(name string, level Level, units []int32, weak bool) {
	node := g.insert(&g.names, name)
	info := &g.names.info[node]
	if info.place < 0 {
		info.place = int32(len(g.places))
		g.places = append(g.places, placeInfo{level: level, weak: weak})
	}
	p := &g.places[info.place]
	if p.level != level && levelRank(level) > levelRank(p.level) {
		p.level = level
	}
	p.weak = p.weak && weak
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			p.lower = true
		}
	}
	for _, u := range units {
		if !containsIdx(p.units, u) {
			p.units = append(p.units, u)
		}
	}
}

func containsIdx(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func (g *Gazetteer) parseAliases(data string) error {
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		var f [4]string
		rest := line
		for i := range f {
			f[i], rest, _ = strings.Cut(rest, "\t")
		}
		var units []int32
		for _, pc := range strings.Fields(f[3]) {
			period, code, _ := strings.Cut(pc, ":")
			u, ok := g.byCode[unitKey{Period(period), code}]
			if !ok {
				return fmt.Errorf("gazetteer: alias %q: unknown unit %q", f[1], pc)
			}
			units = append(units, u)
		}
		switch f[0] {
		case "name":
			for _, u := range units {
				g.addName(f[1], u)
			}
		case "place":
			g.addBare(f[1], Level(f[2]), units, false)
			g.addOther(Place{Name: f[1], Level: Level(f[2])}, units)
		case "weak":
			// Weak overrides: Vinh is a city and a given name.
			g.addBare(f[1], Level(f[2]), units, true)
			g.places[g.names.info[g.insert(&g.names, f[1])].place].weak = true
			g.addOther(Place{Name: f[1], Level: Level(f[2])}, units)
		default:
			return fmt.Errorf("gazetteer: bad alias line %q", line)
		}
	}
	return nil
}

func (g *Gazetteer) addPlace(p Place) {
	level := p.Level
	if level == "" {
		level = LevelOther
	}
	var units []int32
	if p.Code != "" {
		for _, period := range periodOrder {
			if u, ok := g.byCode[unitKey{period, p.Code}]; ok && g.units[u].Level == level {
				units = append(units, u)
				g.addName(p.Name, u)
			}
		}
	}
	g.addBare(p.Name, level, units, false)
	g.addOther(Place{Name: p.Name, Level: level}, units)
}

// addOther records a place that names no unit for Places.
func (g *Gazetteer) addOther(p Place, units []int32) {
	if len(units) == 0 && !slices.Contains(g.others, p) {
		g.others = append(g.others, p)
	}
}

// insert adds name's syllables to t and returns the final node.
func (g *Gazetteer) insert(t *trie, name string) int32 {
	if t == &g.names {
		if node, ok := g.nameNodes[name]; ok {
			return node
		}
		node := g.insertWords(t, name)
		g.nameNodes[name] = node
		return node
	}
	return g.insertWords(t, name)
}

func (g *Gazetteer) insertWords(t *trie, name string) int32 {
	g.build.reset(name)
	g.buildToks = g.build.tokens(g.buildToks[:0])
	node := int32(0)
	for _, tk := range g.buildToks {
		if tk.kind != tokWord {
			continue // hyphens and apostrophes inside names are skipped when matching
		}
		node = t.child(node, tk.syl, true)
	}
	return node
}

// syllableID interns a folded syllable.
func (g *Gazetteer) syllableID(key []byte) uint32 {
	if id, ok := g.vocab[string(key)]; ok {
		return id
	}
	id := uint32(len(g.vocab) + 1)
	g.vocab[string(key)] = id
	if k, ok := packKey(key); ok {
		g.short[k] = id
	}
	return id
}

// sylID is the id of a folded syllable (0: in no name). Most syllables
// are short: their lookup hashes one integer instead of a string.
func (g *Gazetteer) sylID(key []byte) uint32 {
	if k, ok := packKey(key); ok {
		return g.short[k]
	}
	return g.vocab[string(key)]
}

// packKey packs a key of at most 8 bytes into an integer. Keys never
// hold a zero byte (letters, digits, marks and a tone byte 1–5), so keys
// of different lengths stay distinct.
func packKey(key []byte) (uint64, bool) {
	if len(key) > 8 {
		return 0, false
	}
	var k uint64
	for i, b := range key {
		k |= uint64(b) << (8 * i)
	}
	return k, true
}

func levelRank(level Level) int {
	switch level {
	case LevelCommune:
		return 1
	case LevelDistrict:
		return 2
	case LevelProvince:
		return 3
	case LevelCountry:
		return 4
	}
	return 0
}

// trie maps syllable sequences to nodes; node 0 is the root.
type trie struct {
	edges map[uint64]int32
	// roots[syl] is the child of the root for syllable syl (0: none), an
	// array because the matcher asks the root at nearly every word.
	roots []int32
	info  []nodeInfo
}

type nodeInfo struct {
	units []int32 // units with this name (official or alias)
	place int32   // index into Gazetteer.places, -1 if none
	head  int32   // index into Gazetteer.headOf, -1 if none
}

func (t *trie) init(size int) {
	t.edges = make(map[uint64]int32, size)
	t.info = []nodeInfo{{place: -1, head: -1}}
}

func (t *trie) child(node int32, syl uint32, create bool) int32 {
	if node == 0 && !create {
		if int(syl) < len(t.roots) && t.roots[syl] != 0 {
			return t.roots[syl]
		}
		return -1
	}
	k := uint64(node)<<32 | uint64(syl)
	if c, ok := t.edges[k]; ok {
		return c
	}
	if !create {
		return -1
	}
	c := int32(len(t.info))
	t.info = append(t.info, nodeInfo{place: -1, head: -1})
	t.edges[k] = c
	if node == 0 {
		if int(syl) >= len(t.roots) {
			t.roots = append(t.roots, make([]int32, int(syl)+1-len(t.roots))...)
		}
		t.roots[syl] = c
	}
	return c
}
