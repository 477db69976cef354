package tokenize

import (
	"testing"

	"github.com/vntext/vntext/internal/tsv"
	"github.com/vntext/vntext/tokenize/internal/lexicon"
)

// The embedded word lists load (parsedWords rejects unknown classes), and
// each class has its entries.
func TestWordLists(t *testing.T) {
	rows, err := tsv.Rows(lexicon.Words(), 2)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]int{"abbreviation": 0, "heading": 0, "date-word": 0, "domain": 0}
	for _, r := range rows {
		if _, ok := known[r[1]]; !ok {
			t.Errorf("unknown class in %q", r)
		}
		known[r[1]]++
	}
	for class, n := range known {
		if n == 0 || len(builtinWords(class)) != n {
			t.Errorf("class %s: %d rows, builtinWords gives %d", class, n, len(builtinWords(class)))
		}
	}
}
