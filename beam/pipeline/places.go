package pipeline

import (
	"strings"
	"time"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/gazetteer"
)

// places finds the provinces of administrative units, for Aggregate.
type places struct{ g *gazetteer.Gazetteer }

func newPlaces() (*places, error) {
	g, err := gazetteer.Default()
	return &places{g}, err
}

// reform is when the post-2025 units took over: an article dated before it
// names pre-2025 units, one dated after it post-2025 units.
var reform = time.Date(2025, 7, 1, 0, 0, 0, 0, time.FixedZone("ICT", 7*3600))

// province returns the province of the units (its full name: "Thành phố
// Hà Nội", "Tỉnh Nghệ An"), or "" when they lie in several. The province
// is named in the units' own period; when they span periods, month (a
// record's "2024-02", or "") chooses the period it was written in.
func (p *places) province(units []gazetteer.Unit, month string) string {
	if len(units) == 0 {
		return ""
	}
	if m, err := time.Parse("2006-01", month); err == nil {
		pre := m.Before(reform)
		var kept []gazetteer.Unit
		for _, u := range units {
			if (u.Period == gazetteer.PeriodPre2025) == pre {
				kept = append(kept, u)
			}
		}
		if len(kept) > 0 {
			units = kept
		}
	}
	name := ""
	for _, u := range units {
		prov, ok := p.provinceOf(u)
		if !ok || name != "" && prov.FullName() != name {
			return ""
		}
		name = prov.FullName()
	}
	return name
}

// provinceOf walks up from u to its province.
func (p *places) provinceOf(u gazetteer.Unit) (gazetteer.Unit, bool) {
	for range 3 { // commune, district, province
		if u.Level == gazetteer.LevelProvince {
			return u, true
		}
		parent, ok := p.g.Parent(u)
		if !ok {
			break
		}
		u = parent
	}
	return gazetteer.Unit{}, false
}

// ofEntity returns the units a LOCATION may denote: those of its code in
// its periods, or, without a code, every unit its text may name.
func (p *places) ofEntity(e entities.Entity) []gazetteer.Unit {
	if e.Code == "" {
		if e.Level == "" || e.Level == gazetteer.LevelOther || e.Level == gazetteer.LevelCountry {
			return nil
		}
		return p.g.Lookup(e.Text)
	}
	var out []gazetteer.Unit
	for _, period := range e.Periods.List() {
		if u, ok := p.g.ByCode(period, e.Code); ok {
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
func (p *places) ofRole(role string) []gazetteer.Unit {
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
