package main

import (
	"slices"
	"strings"

	"github.com/vntext/vntext/internal/letters"
	"github.com/vntext/vntext/internal/wikitext"
	"github.com/vntext/vntext/normalize"
)

// wikiHeads are the lower-case geographic head words after which
// Vietnamese Wikipedia writes the name of a place: a city, state or
// province, an island, a river, a mountain, a lake, a sea, a region.
var wikiHeads = [][]string{
	{"thành", "phố"}, {"thủ", "đô"}, {"bang"}, {"tỉnh"}, {"đảo"}, {"quần", "đảo"}, {"bán", "đảo"}, {"sông"},
	{"núi"}, {"dãy", "núi"}, {"hồ"}, {"vịnh"}, {"biển"}, {"eo", "biển"}, {"sa", "mạc"}, {"cao", "nguyên"},
	{"vùng"}, {"châu"},
}

const (
	// minPlaceArticles is the number of articles that must name a place
	// after a head word.
	minPlaceArticles = 3
	// maxPlaceWords bounds a place's name, in words.
	maxPlaceWords = 4
)

// wikiPlaces reads the places that Vietnamese Wikipedia names after a
// geographic head word written in lower case ("thành phố New York", "tỉnh
// Quảng Đông", "sông Mê Kông") in at least minPlaceArticles articles, and
// at least once followed by punctuation or a paragraph's end (a name in
// sentence case going on in lower case is cut short otherwise). Provinces
// and districts of Viet Nam and the names of places.tsv are left to those
// lists (a commune is named only after its head word, so a place abroad may
// share its name: "Quảng Đông"). A one-word
// name is kept only when it is not shaped like a Vietnamese syllable (then
// as often a common word), has three letters or more, and is written alone
// at least as often as followed by another capitalised word (else it is
// mostly the first word of a person's or a longer name: "Charles"). The
// places come back sorted, as rows of level other.
func wikiPlaces(path string, units []unit, hand []alias) ([]alias, error) {
	known := map[string]bool{}
	for _, u := range units {
		if u.code != "" && len(u.code) <= 3 { // provinces and districts, the units matched without a head word
			known[toneless(u.name)] = true
		}
	}
	for _, a := range hand {
		known[toneless(a.name)] = true
	}
	seen := map[string]map[string]bool{} // name → articles
	closed := map[string]bool{}
	// Per capitalised word, how often it is written and how often another
	// capitalised word follows it.
	written, followed := map[string]int{}, map[string]int{}
	err := wikitext.Articles(path, func(a wikitext.Article) error {
		for para := range strings.Lines(normalize.Normalize(a.Text)) {
			ws := wikitext.Words(para)
			for i, w := range ws {
				if wikitext.IsCap(w) {
					written[w]++
					if i+1 < len(ws) && wikitext.IsCap(ws[i+1]) {
						followed[w]++
					}
				}
				e := headAt(ws, i)
				if e < 0 || e >= len(ws) || !wikitext.IsCap(ws[e]) {
					continue
				}
				j := e
				for j < len(ws) && j-e <= maxPlaceWords && wikitext.IsCap(ws[j]) && len([]rune(ws[j])) > 1 {
					j++
				}
				if j-e > maxPlaceWords || j < len(ws) && wikitext.IsCap(ws[j]) {
					continue
				}
				name := strings.Join(ws[e:j], " ")
				if seen[name] == nil {
					seen[name] = map[string]bool{}
				}
				seen[name][a.ID] = true
				if j == len(ws) || !wikitext.IsWordRune([]rune(ws[j])[0]) {
					closed[name] = true
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []alias
	for name, ids := range seen {
		one := !strings.Contains(name, " ")
		if len(ids) < minPlaceArticles || !closed[name] || known[toneless(name)] {
			continue
		}
		if one && (letters.IsSyllable(name) || len([]rune(name)) < 3 || 2*followed[name] > written[name]) {
			continue // a common word, or most often the first word of a longer name ("Charles Darwin")
		}
		out = append(out, alias{kind: "place", name: nfc(name), level: "other"})
	}
	slices.SortFunc(out, func(a, b alias) int { return strings.Compare(a.name, b.name) })
	return out, nil
}

// headAt returns the end of the longest head word written in lower case
// at ws[i], or -1.
func headAt(ws []string, i int) int {
	end := -1
	for _, h := range wikiHeads {
		if i+len(h) <= len(ws) && slices.Equal(ws[i:i+len(h)], h) && i+len(h) > end {
			end = i + len(h)
		}
	}
	return end
}
