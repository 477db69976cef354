package entities

import (
	"io/fs"
	"strings"
	"testing"

	wordlists "github.com/vntext/vntext/entities/internal/lexicon"
)

// An entry of several words in the rules' word lists matches only as a
// whole phrase: "thực hiện" and "triển khai" end a programme name, "thực"
// and "triển" alone do not; "đồng bào" before a word is a people word,
// "đồng" alone is not.
func TestWordListPhrases(t *testing.T) {
	x := newTestExtractor(t)
	p := x.newPass("đồng bào Khmer, đồng Khmer, triển khai, phát triển thực phẩm, chi cục thực hiện")
	defer p.release()
	at := func(key string) int {
		for k := range p.toks {
			if p.toks[k].key == foldKey(key) {
				return k
			}
		}
		t.Fatalf("no token %q", key)
		return -1
	}
	khmer := at("Khmer")
	if s := p.wordEndingAt(khmer-1, clPeople); s != khmer-2 {
		t.Errorf("people word ending before the first Khmer starts at %d, want %d (đồng bào)", s, khmer-2)
	}
	second := khmer + 3 // ", đồng Khmer"
	if p.key(second) != p.key(khmer) {
		t.Fatalf("token layout: %q", p.key(second))
	}
	if s := p.wordEndingAt(second-1, clPeople); s >= 0 {
		t.Errorf("đồng alone reads as a people word (starts at %d)", s)
	}
	trien := at("triển")
	if !p.wordAt(trien, clProgStop) {
		t.Error("triển khai is no programme stop")
	}
	if p.wordAt(trien+4, clProgStop) || p.key(trien+4) != foldKey("triển") {
		t.Error("triển alone (phát triển) is a programme stop")
	}
	if k := at("thực"); p.wordAt(k, clProgStop) {
		t.Error("thực alone (thực phẩm) is a programme stop")
	}
	if k := len(p.toks) - 2; p.key(k) != foldKey("thực") || !p.wordAt(k, clProgStop) {
		t.Error("thực hiện is no programme stop")
	}
}

// Sentences whose reading depends on matching list entries as whole phrases.
func TestWordListPhraseCases(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name       string
		text       string
		want, dont []string
	}{
		// "triển" (of "triển khai") once ended every programme name.
		{"word of a stop phrase inside a name", "Tỉnh triển khai Đề án Phát triển thực phẩm an toàn được Bộ phê duyệt.",
			[]string{"PROGRAM Đề án Phát triển thực phẩm an toàn"}, []string{"PROGRAM Đề án Phát"}},
		// Citizenship names the state: the country is a place.
		{"country after quốc tịch", "Ông Lê Văn Tám có quốc tịch Pháp.", []string{"LOCATION Pháp"}, nil},
		// A country after a language word is no place.
		{"language", "Cô giáo Phạm Thị Hoa dạy tiếng Pháp ở Huế.", []string{"LOCATION Huế"}, []string{"LOCATION Pháp"}},
	}
	for _, c := range cases {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}

// Every embedded list loads, each list with a class table has rows, and a
// misspelt class or a file without a class table is an error rather than
// a silently empty list.
func TestWordLists(t *testing.T) {
	rows, err := builtinRows()
	if err != nil {
		t.Fatal(err)
	}
	for list := range classNames {
		if len(rows[list]) == 0 {
			t.Errorf("%s: no rows", list)
		}
	}
	if _, err := classRows("orgs.tsv")([][]string{{"Bộ", "nowhere"}}); err == nil {
		t.Error("an unknown class parses")
	}
	if _, err := classRows("nowhere.tsv")(nil); err == nil {
		t.Error("a list without a class table parses")
	}
	// The model's marks index a class by its bit (lexMarks, lowBit).
	for list, classes := range classNames {
		for name, c := range classes {
			if c == 0 || c&(c-1) != 0 || lowBit(c) >= lexClassBits || c != 1<<lowBit(c) {
				t.Errorf("%s: class %s is not one of the %d bits", list, name, lexClassBits)
			}
		}
	}
}

// A hand-written list holds each phrase once per class: helpers working
// in parallel added the same rows twice, which the lexicon merges
// silently and a later edit of one copy would not change.
func TestWordListsNoDuplicateRows(t *testing.T) {
	files, err := fs.Glob(wordlists.FS(), "*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasPrefix(name, "wiki-") {
			continue // generated: may repeat what a hand-written list holds
		}
		text, err := fs.ReadFile(wordlists.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for i, line := range strings.Split(string(text), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if first, ok := seen[line]; ok {
				t.Errorf("%s:%d: %q repeats line %d", name, i+1, line, first)
			}
			seen[line] = i + 1
		}
	}
}
