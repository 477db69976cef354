package summarize

import (
	"testing"

	"github.com/vntext/vntext/internal/tsv"
)

// The embedded word lists parse and hold only the classes lists reads.
func TestWordLists(t *testing.T) {
	rows, err := tsv.Rows(wordsText, 2)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{"connective": 0, "pronoun": 0, "demonstrative": 0, "name-title": 0, "boilerplate": 0, "media-head": 0}
	for _, r := range rows {
		if _, ok := counts[r[1]]; !ok {
			t.Errorf("unknown class in %q", r)
		}
		counts[r[1]]++
	}
	for class, n := range counts {
		if n == 0 {
			t.Errorf("class %s has no rows", class)
		}
	}
	if len(lists().surname) < 50 {
		t.Errorf("%d family names", len(lists().surname))
	}
}
