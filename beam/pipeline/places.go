package pipeline

import (
	"strings"
	"time"

	"github.com/vntext/vntext/entities"
)

// places finds the provinces of administrative units, for Aggregate.
type places struct {
	g     *entities.Gazetteer
	units map[unitKey]entities.Unit
}

type unitKey struct{ period, code string }

func newPlaces() (*places, error) {
	g, err := entities.DefaultGazetteer()
	if err != nil {
		return nil, err
	}
	p := &places{g: g, units: map[unitKey]entities.Unit{}}
	for _, u := range g.Units() {
		p.units[unitKey{u.Period, u.Code}] = u
	}
	return p, nil
}

// reform is when the post-2025 units took over: an article dated before it
// names pre-2025 units, one dated after it post-2025 units.
var reform = time.Date(2025, 7, 1, 0, 0, 0, 0, time.FixedZone("ICT", 7*3600))

// province returns the province of the units (its full name: "Thành phố
// Hà Nội", "Tỉnh Nghệ An"), or "" when they lie in several. The province
// is named in the units' own period; when they span periods, month (a
// record's "2024-02", or "") chooses the period it was written in.
func (p *places) province(units []entities.Unit, month string) string {
	if len(units) == 0 {
		return ""
	}
	if month != "" {
		if m, err := time.Parse("2006-01", month); err == nil {
			pre := m.Before(reform)
			var kept []entities.Unit
			for _, u := range units {
				if (u.Period == entities.PeriodPre2025) == pre {
					kept = append(kept, u)
				}
			}
			if len(kept) > 0 {
				units = kept
			}
		}
	}
	name := ""
	for _, u := range units {
		prov, ok := p.provinceOf(u)
		if !ok {
			return ""
		}
		if name != "" && prov.FullName() != name {
			return ""
		}
		name = prov.FullName()
	}
	return name
}

// provinceOf walks up from u to its province.
func (p *places) provinceOf(u entities.Unit) (entities.Unit, bool) {
	for range 4 { // commune, district, province: never more
		if u.Level == entities.LevelProvince {
			return u, true
		}
		parent, ok := p.units[unitKey{u.Period, u.ParentCode}]
		if !ok {
			return entities.Unit{}, false
		}
		u = parent
	}
	return entities.Unit{}, false
}

// ofEntity returns the units a LOCATION may denote: those of its code in
// its periods, or, without a code, every unit its text may name.
func (p *places) ofEntity(e entities.Entity) []entities.Unit {
	if e.Code == "" {
		if e.Level == "" || e.Level == entities.LevelOther || e.Level == entities.LevelCountry {
			return nil
		}
		return p.g.Lookup(e.Text)
	}
	var out []entities.Unit
	for period := range strings.SplitSeq(e.Period, ",") {
		if u, ok := p.units[unitKey{period, e.Code}]; ok {
			out = append(out, u)
		}
	}
	return out
}

// unitWords open the name of a unit in a role phrase ("Chủ tịch UBND
// quận Tây Hồ"), lower-cased.
var unitWords = []string{"tỉnh", "thành phố", "tp.", "tp", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn", "đặc khu"}

// ofRole returns the units a role phrase names at its end ("Phó Chủ tịch
// UBND tỉnh Nghệ An": Tỉnh Nghệ An), nil when it names none.
func (p *places) ofRole(role string) []entities.Unit {
	words := strings.Fields(role)
	for i := range words {
		rest := strings.ToLower(strings.Join(words[i:], " "))
		for _, w := range unitWords {
			if strings.HasPrefix(rest, w+" ") {
				if units := p.g.Lookup(strings.Join(words[i:], " ")); len(units) > 0 {
					return units
				}
			}
		}
	}
	return nil
}
