package entities

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/vntext/vntext/gazetteer"
)

// provinceName is a name of provinces of the gazetteer with the units
// (of every list) it names.
type provinceName struct {
	name  string
	units []gazetteer.Unit
}

// provinceNames returns the provinces of every list grouped by name, in
// the gazetteer's order.
func provinceNames(g *gazetteer.Gazetteer) []*provinceName {
	var out []*provinceName
	byName := map[string]*provinceName{}
	for _, u := range g.Units() {
		if u.Level != gazetteer.LevelProvince {
			continue
		}
		p := byName[u.Name]
		if p == nil {
			p = &provinceName{name: u.Name}
			byName[u.Name] = p
			out = append(out, p)
		}
		p.units = append(p.units, u)
	}
	return out
}

// written returns the units of p a mention names: with its type word, those
// of that type; bare (typeWord ""), all of them.
func (p *provinceName) written(typeWord string) []gazetteer.Unit {
	var out []gazetteer.Unit
	for _, u := range p.units {
		if typeWord == "" || strings.EqualFold(u.Type, typeWord) {
			out = append(out, u)
		}
	}
	return out
}

// typeWords returns the type words p's units are written with, in order.
func (p *provinceName) typeWords() []string {
	var out []string
	for _, u := range p.units {
		if w := strings.ToLower(u.Type); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// checkProvince reports whether ents hold the LOCATION span as a province
// with the code of the first of units and the periods of all of them (with
// others too unless exact: Đồng Nai, a parent written bare, is the
// province of 2025 and the city of 2026).
func checkProvince(t *testing.T, text, span string, units []gazetteer.Unit, exact bool, ents []Entity) {
	t.Helper()
	var codes []string
	var periods gazetteer.Periods
	for _, u := range units {
		codes = append(codes, u.Code)
		periods |= gazetteer.PeriodsOf(u.Period)
	}
	for _, e := range ents {
		if e.Type != Location || e.Text != span {
			continue
		}
		if e.Level != gazetteer.LevelProvince || e.Code != codes[0] || e.Periods&periods != periods || exact && e.Periods != periods {
			t.Errorf("%s: %q is %s#%s %v, want province#%s %v", text, span, e.Level, e.Code, e.Periods, codes[0], periods)
		}
		// The name of one province before and after the reform under two
		// codes (tỉnh Lào Cai): the earlier stands, the later is its successor.
		for _, c := range codes[1:] {
			if c != codes[0] && !slices.ContainsFunc(e.Successors, func(s gazetteer.Successor) bool { return s.Code == c }) {
				t.Errorf("%s: %q has successors %v, want %s among them", text, span, e.Successors, c)
			}
		}
		return
	}
	t.Errorf("%s: no LOCATION %q in %v", text, span, ents)
}

// child returns a unit one level below province u, in u's list (the
// pre-2025 units continue those of until-2024), with a name other units
// of its type have too, so that only the parent picks it; ok is false when
// u has no such unit.
func child(g *gazetteer.Gazetteer, u gazetteer.Unit) (gazetteer.Unit, bool) {
	period, level := u.Period, gazetteer.LevelDistrict
	switch period {
	case gazetteer.PeriodUntil2024:
		period = gazetteer.PeriodPre2025
	case gazetteer.PeriodPost2025, gazetteer.PeriodPost2026:
		level = gazetteer.LevelCommune
	}
	named := map[string]int{}
	var kids []gazetteer.Unit
	for _, k := range g.Units() {
		if k.Level != level || k.Name[0] >= '0' && k.Name[0] <= '9' {
			continue
		}
		named[k.Type+" "+k.Name]++
		if k.Period == period && k.ParentCode == u.Code {
			kids = append(kids, k)
		}
	}
	for _, k := range kids {
		if named[k.Type+" "+k.Name] > 1 {
			return k, true
		}
	}
	return gazetteer.Unit{}, false
}

// TestEveryProvince writes the name of every province of every list of the
// gazetteer in sentences (alone with its type word and bare, as an item of
// a list under one head, and as the parent of one of its units, in
// parentheses and after a comma) and checks what Extract finds: a province
// with the code of a unit of that name and the periods of all of them (of
// the unit's own list when it is a parent), and the unit under it resolved
// by it.
func TestEveryProvince(t *testing.T) {
	x := newTestExtractor(t)
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	names := provinceNames(g)
	if len(names) < 63 {
		t.Fatalf("%d province names, want at least the 63 of the pre-2025 list", len(names))
	}
	for _, p := range names {
		for _, w := range p.typeWords() {
			full := w + " " + p.name
			text := fmt.Sprintf("Đoàn công tác làm việc tại %s trong hai ngày.", full)
			checkProvince(t, text, full, p.written(w), true, extract(x, text))
		}
		text := fmt.Sprintf("Đoàn công tác làm việc tại %s trong hai ngày.", p.name)
		checkProvince(t, text, p.name, p.written(""), true, extract(x, text))
	}
	// Lists under one head, of names that name units of the same lists (a
	// name of one list only dates the text, and the others with it).
	lists := map[string][]*provinceName{}
	var keys []string
	for _, p := range names {
		for _, w := range p.typeWords() {
			var periods gazetteer.Periods
			for _, u := range p.written(w) {
				periods |= gazetteer.PeriodsOf(u.Period)
			}
			key := w + "|" + periods.String()
			if lists[key] == nil {
				keys = append(keys, key)
			}
			lists[key] = append(lists[key], p)
		}
	}
	for _, key := range keys {
		w, _, _ := strings.Cut(key, "|")
		for items := range slices.Chunk(lists[key], 5) {
			var b strings.Builder
			for i, p := range items {
				switch {
				case i == 0:
					b.WriteString(w + " ")
				case i == len(items)-1:
					b.WriteString(" và ")
				default:
					b.WriteString(", ")
				}
				b.WriteString(p.name)
			}
			text := "Đại diện các " + b.String() + " đã dự họp."
			ents := extract(x, text)
			for i, p := range items {
				span := p.name
				if i == 0 {
					span = w + " " + span
				}
				checkProvince(t, text, span, p.written(w), true, ents)
			}
		}
	}
	for _, p := range names {
		for _, u := range p.units {
			kid, ok := child(g, u)
			if !ok {
				continue
			}
			kidName := strings.ToLower(kid.Type) + " " + kid.Name
			for _, tc := range []struct{ text, parent string }{
				{fmt.Sprintf("Người dân %s (%s) đã nhận hỗ trợ.", kidName, p.name), p.name},
				{fmt.Sprintf("Người dân %s, %s %s đã nhận hỗ trợ.", kidName, strings.ToLower(u.Type), p.name), strings.ToLower(u.Type) + " " + p.name},
			} {
				ents := extract(x, tc.text)
				checkProvince(t, tc.text, tc.parent, []gazetteer.Unit{u}, false, ents)
				i := slices.IndexFunc(ents, func(e Entity) bool { return e.Type == Location && e.Text == kidName })
				if i < 0 || ents[i].Code != kid.Code {
					t.Errorf("%s: want %s#%s, got %v", tc.text, kidName, kid.Code, ents)
				}
			}
		}
	}
}
