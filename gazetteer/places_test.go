package gazetteer

import (
	"slices"
	"testing"
)

// Places lists the embedded places that name no unit, and the caller's
// additions after them; names of units ("Huế", another name of Thành phố
// Huế) are not among them.
func TestPlaces(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ps := g.Places()
	for _, want := range []Place{{Name: "Việt Nam", Level: LevelCountry}, {Name: "Đông Nam Á", Level: LevelOther}} {
		if !slices.Contains(ps, want) {
			t.Errorf("Places lacks %+v", want)
		}
	}
	for _, p := range ps {
		if p.Name == "Huế" || p.Code != "" {
			t.Errorf("Places holds a unit's name: %+v", p)
		}
	}
	ps[0].Name = "changed" // a copy: the gazetteer keeps its own
	if g.Places()[0].Name == "changed" {
		t.Error("Places returns the gazetteer's own slice")
	}
	h, err := g.With(Place{Name: "Làng Gốm Bát Tràng"}, Place{Name: "Phúc Xá Mới", Level: LevelCommune, Code: "00001"})
	if err != nil {
		t.Fatal(err)
	}
	got := h.Places()
	if len(got) != len(ps)+1 || got[len(got)-1] != (Place{Name: "Làng Gốm Bát Tràng", Level: LevelOther}) {
		t.Errorf("With: Places ends %+v (%d places, want %d)", got[len(got)-1], len(got), len(ps)+1)
	}
}
