package page

import "testing"

// TestWordLists checks that words.tsv parses and fills every class the
// rules read.
func TestWordLists(t *testing.T) {
	l := lists()
	for name, n := range map[string]int{"line-*": len(l.prefixes), "credit": len(l.credit), "contains": len(l.contains),
		"date-label": len(l.dateLabels), "byline-label": len(l.bylineLabels), "date-gap": len(l.dateGaps)} {
		if n == 0 {
			t.Errorf("words.tsv: no %s rows", name)
		}
	}
	for _, k := range []Kind{Caption, Source, Comments, Related, Navigation, Footer, Byline} {
		if len(l.lineKinds[k]) == 0 {
			t.Errorf("words.tsv: no line-%s rows", k)
		}
	}
	if _, err := parseWords([][]string{{"ảnh:", "line-nowhere"}}); err == nil {
		t.Error("an unknown kind parses")
	}
}
