package gazetteer_test

import (
	"slices"
	"testing"

	"github.com/vntext/vntext/gazetteer"
	"github.com/vntext/vntext/normalize"
)

// TestOneToneStyle checks that every name the gazetteer prints (unit names,
// hence successor names, and the places that name no unit) is spelt as
// normalize spells text by default, so "Tỉnh Hoà Bình" never meets "Xã Hòa
// Bình"; and that lookup still accepts both tone placements.
func TestOneToneStyle(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	check := func(what, name string) {
		t.Helper()
		if want := normalize.Normalize(name); name != want {
			t.Errorf("%s %q is not spelt as normalize spells it: %q", what, name, want)
		}
	}
	units := g.Units()
	for _, u := range units {
		check("unit", u.FullName())
	}
	for _, p := range g.Places() {
		check("place", p.Name)
	}
	for _, l := range g.Locations("Xã Hoà Bình, huyện Thủy Nguyên, và phường Thuỷ Xuân.") {
		for _, s := range l.Successors {
			check("successor", s.Name)
		}
	}
	if len(units) < 14000 {
		t.Fatalf("only %d units", len(units))
	}

	for _, pair := range [][2]string{{"tỉnh Hòa Bình", "tỉnh Hoà Bình"}, {"Thanh Hóa", "Thanh Hoá"}, {"phường Thủy Xuân", "phường Thuỷ Xuân"}} {
		a, b := g.Lookup(pair[0]), g.Lookup(pair[1])
		if len(a) == 0 || !slices.EqualFunc(a, b, func(x, y gazetteer.Unit) bool { return x.Code == y.Code && x.Period == y.Period }) {
			t.Errorf("Lookup(%q) = %v, Lookup(%q) = %v: want the same units", pair[0], a, pair[1], b)
		}
	}
}
