package summarize

import (
	"testing"

	"github.com/vntext/vntext/summarize/internal/syllable"
)

// The embedded word lists load, and every class lists reads has rows.
func TestWordLists(t *testing.T) {
	l := lists()
	sets := map[string]phraseSet{"connective": l.connective, "pronoun": l.pronoun, "demonstrative": l.demonstrative, "adverbial": l.adverbial,
		"name-title": l.nameTitle, "boilerplate": l.boilerplate, "media-head": l.mediaHead, "predicate": l.predicate, "place-head": l.placeHead,
		"middle-name": l.middleName, "first-person": l.firstPerson, "pronoun-noun": l.pronounNoun, "back-reference": l.backReference}
	for class, set := range sets {
		if len(set) == 0 {
			t.Errorf("class %s has no rows", class)
		}
	}
	// What each class holds, and what it must not: a word in the wrong
	// class changes what a summary opens with or what a keyword is.
	for _, tc := range []struct {
		class, phrase string
		in            bool
	}{
		{"connective", "Tuy nhiên", true}, {"connective", "Bên cạnh đó", true}, {"connective", "Đây là", false},
		{"back-reference", "Đây là", true}, {"back-reference", "Điều này", true}, {"back-reference", "Tuy nhiên", false},
		{"pronoun", "Ông", true}, {"pronoun", "Họ", true}, {"pronoun", "Tôi", false}, {"pronoun", "Thị", false},
		{"first-person", "Tôi", true}, {"first-person", "Chúng tôi", true}, {"first-person", "Ông", false},
		{"pronoun-noun", "gái", true}, {"pronoun-noun", "bé", true}, {"pronoun-noun", "cho", false},
		{"place-head", "phường", true}, {"place-head", "đặc khu", true}, {"place-head", "sông", false},
		{"middle-name", "Thị", true}, {"middle-name", "Văn", false},
		{"boilerplate", "UBND", true},
	} {
		if _, ok := sets[tc.class][syllable.PhraseHash(tc.phrase)]; ok != tc.in {
			t.Errorf("%s in %s: %t, want %t", tc.phrase, tc.class, ok, tc.in)
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
