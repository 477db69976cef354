package gazetteer

import "testing"

// The hand-written lists load, every class has rows, and a misspelt level,
// flag or class is an error rather than a silently empty list.
func TestWordLists(t *testing.T) {
	if n := len(headList()); n < 50 {
		t.Errorf("heads.tsv: %d heads", n)
	}
	w := wordLists()
	classes := map[uint16]bool{}
	for _, f := range w.funcWords {
		classes[f.class] = true
	}
	for name, c := range wordClasses {
		if !classes[c] {
			t.Errorf("words.tsv: no %s rows", name)
		}
	}
	if len(w.nonHeads) == 0 || len(w.nonPlaces) == 0 || len(w.memorialTitles) == 0 {
		t.Errorf("words.tsv: %d non-head, %d non-place, %d memorial-title rows", len(w.nonHeads), len(w.nonPlaces), len(w.memorialTitles))
	}
	for _, r := range [][]string{{"quận", "nowhere", "-", "-"}, {"quận", "district", "-", "nowhere"}, {"quận", "district", "-", "words=0"}} {
		if _, err := parseHeads([][]string{r}); err == nil {
			t.Errorf("head row %q parses", r)
		}
	}
	if _, err := parseWords([][]string{{"tại", "nowhere"}}); err == nil {
		t.Error("an unknown word class parses")
	}
}
