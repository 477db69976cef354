package gazetteer

import (
	"testing"

	"github.com/vntext/vntext/internal/growth"
)

// Locations is linear: eight times the text costs less than twelve times
// the work, on news text, on a list of units and on an endless
// capitalised run.
func TestLocationsLinear(t *testing.T) {
	g := testGazetteer(t)
	for name, in := range map[string]func(int) string{
		"news":            growth.Repeat(benchText, 8),
		"unit list":       growth.Repeat("các xã Phú Lộc, Phú Mỹ, Phú Xuân và ", 200),
		"capitalised run": growth.Repeat("Hà Nội Quảng Nam ", 500),
		"head words":      growth.Repeat("huyện xã phường tỉnh ", 500),
	} {
		growth.Linear(t, name, in, func(text string) { g.Locations(text) })
	}
}
