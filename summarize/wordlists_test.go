package summarize

import "testing"

// The embedded word lists load, and every class lists reads has rows.
func TestWordLists(t *testing.T) {
	l := lists()
	for class, set := range map[string]phraseSet{"connective": l.connective, "pronoun": l.pronoun, "demonstrative": l.demonstrative, "adverbial": l.adverbial,
		"name-title": l.nameTitle, "boilerplate": l.boilerplate, "media-head": l.mediaHead} {
		if len(set) == 0 {
			t.Errorf("class %s has no rows", class)
		}
	}
	if len(l.surname) < 50 {
		t.Errorf("%d family names", len(l.surname))
	}
	for _, rows := range [][][]string{{{"ông", "nowhere"}}, {{"Nguyễn", "surname"}}} {
		if _, err := parseWords(rows); err == nil {
			t.Errorf("%q parses", rows)
		}
	}
}
