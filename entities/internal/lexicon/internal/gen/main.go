// Command gen writes the word lists of entities/internal/lexicon that are
// read off Vietnamese Wikipedia rather than written by hand:
//
//   - wiki-names.tsv: foreign given names (class foreign-given), the first
//     word of a name in Latin script written after a person cue ("ông", "ca
//     sĩ", "Tổng thống": the honorific, cue and title rows of titles.tsv);
//   - wiki-orgs.tsv: organisation names that stand alone (class organ), the
//     capitalised name after an organisation head written in lower case
//     ("báo", "hãng", "tập đoàn": the lower-head rows of orgs.tsv);
//   - wiki-words.tsv: the words that end several of those names in Latin
//     script (class foreign-org of words.tsv: "Airlines", "Times").
//
// Each wiki-X.tsv has the classes of the hand-written X.tsv.
//
// A word or name is kept when it is seen so in at least minArticles
// articles, is no place the gazetteer knows, does not read as a person's
// name and is not already in a hand-written list. The only inputs are
// $VNTEXT_DATA/text/viwiki/viwiki.jsonl.gz (CC BY-SA 4.0), the hand-written
// lists of this folder and the embedded gazetteer; rows are sorted, so the
// same inputs give the same bytes. Run it with
//
//	VNTEXT_DATA=/path/to/data go generate ./entities/internal/lexicon
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/vntext/vntext/gazetteer"
	"github.com/vntext/vntext/internal/letters"
	"github.com/vntext/vntext/internal/names"
	"github.com/vntext/vntext/internal/tsv"
	"github.com/vntext/vntext/internal/wikitext"
	"github.com/vntext/vntext/normalize"
)

// minArticles is the number of articles a word or name must be seen in:
// one article's own names stay out.
const minArticles = 2

// minOrgEnds is the number of organisation names a word must end to be a
// word that marks foreign organisation names.
const minOrgEnds = 3

// maxName bounds a name after a cue or head, in words.
const maxName = 4

func main() {
	dir := flag.String("dir", ".", "the lexicon folder: reads its hand-written lists, writes wiki-*.tsv")
	flag.Parse()
	data := os.Getenv("VNTEXT_DATA")
	if data == "" {
		// Like the gazetteer's generator and the data-backed tests: without
		// the corpora, keep the committed files (CI sets VNTEXT_DATA).
		fmt.Fprintln(os.Stderr, "lexicon gen: VNTEXT_DATA is not set; keeping the committed word lists")
		return
	}
	if err := run(*dir, data); err != nil {
		fmt.Fprintln(os.Stderr, "lexicon gen:", err)
		os.Exit(1)
	}
}

func run(dir, data string) error {
	hand, err := readHand(dir)
	if err != nil {
		return err
	}
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	c := newCounter(hand)
	err = wikitext.Articles(wikitext.Path(data), func(a wikitext.Article) error {
		for para := range strings.Lines(normalize.Normalize(a.Text)) {
			c.paragraph(a.ID, wikitext.Words(para))
		}
		return nil
	})
	if err != nil {
		return err
	}
	given := c.givenNames(g)
	orgs, ends := c.orgNames(g, given)
	if err := write(filepath.Join(dir, "wiki-names.tsv"), "foreign given names", rowsOf(given, "foreign-given")); err != nil {
		return err
	}
	if err := write(filepath.Join(dir, "wiki-orgs.tsv"), "organisation names written alone", rowsOf(orgs, "organ")); err != nil {
		return err
	}
	return write(filepath.Join(dir, "wiki-words.tsv"), "words that end foreign organisation names", rowsOf(ends, "foreign-org"))
}

// hand holds what the generator reads from the hand-written lists.
type hand struct {
	cues, heads, compounds *node
	surnames               map[string]bool
	known                  map[string]bool // every phrase of every list, folded
	inPhrase               map[string]bool // every word of the organisation and title phrases, folded
}

func readHand(dir string) (*hand, error) {
	h := &hand{cues: &node{}, heads: &node{}, compounds: &node{}, surnames: map[string]bool{}, known: map[string]bool{}, inPhrase: map[string]bool{}}
	surnames := slices.Concat(names.Surnames("surname"), names.Surnames("surname-ambiguous"))
	for _, n := range append(surnames, names.Middles()...) {
		h.known[strings.ToLower(n)] = true
	}
	for _, n := range surnames {
		h.surnames[strings.ToLower(n)] = true
	}
	for _, file := range []string{"titles.tsv", "orgs.tsv", "programs.tsv", "geoheads.tsv", "words.tsv"} {
		rows, err := tsv.ReadRows(filepath.Join(dir, file), 2)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			phrase, class := r[0], r[1]
			words := wikitext.Words(phrase)
			h.known[fold(words)] = true
			if file == "orgs.tsv" || file == "titles.tsv" {
				for _, w := range words {
					h.inPhrase[strings.ToLower(w)] = true
				}
			}
			switch {
			case file == "titles.tsv" && (class == "honorific" || class == "cue" || class == "title"):
				h.cues.add(words)
			case file == "orgs.tsv" && class == "lower-head" && wikitext.IsLower(words[0]):
				h.heads.add(words)
			case file == "orgs.tsv" && class == "compound":
				h.compounds.add(words)
			}
		}
	}
	return h, nil
}

// node is a trie of lower-case words.
type node struct {
	kids map[string]*node
	end  bool
}

func (n *node) add(words []string) {
	for _, w := range words {
		if n.kids == nil {
			n.kids = map[string]*node{}
		}
		k := strings.ToLower(w)
		if n.kids[k] == nil {
			n.kids[k] = &node{}
		}
		n = n.kids[k]
	}
	n.end = true
}

// longest returns the end of the longest phrase of n at ws[i:], or -1.
func (n *node) longest(ws []string, i int) int {
	end := -1
	for j := i; j < len(ws) && n != nil; j++ {
		n = n.kids[strings.ToLower(ws[j])]
		if n != nil && n.end {
			end = j + 1
		}
	}
	return end
}

// counter collects, per candidate, the articles it was seen in.
type counter struct {
	h     *hand
	given map[string]map[string]bool // first word of a Latin name after a cue → articles
	orgs  map[string]map[string]bool // name after a lower-case head → articles
	// closed holds the names seen followed by punctuation or a paragraph's
	// end, which are whole: a name in sentence case goes on in lower case
	// ("Việt Nam Cộng hòa") and its capitalised part alone is no name.
	closed map[string]bool
}

func newCounter(h *hand) *counter {
	return &counter{h: h, given: map[string]map[string]bool{}, orgs: map[string]map[string]bool{}, closed: map[string]bool{}}
}

func (c *counter) paragraph(id string, ws []string) {
	for i := range ws {
		if e := c.h.cues.longest(ws, i); e > 0 {
			j := e
			for j < len(ws) && j-e < maxName && isLatinName(ws[j]) {
				j++
			}
			if j-e >= 2 {
				see(c.given, ws[e], id)
			}
		}
		if !wikitext.IsLower(ws[i]) || c.inCompound(ws, i) {
			continue
		}
		if e := c.h.heads.longest(ws, i); e > 0 && e < len(ws) && wikitext.IsCap(ws[e]) {
			j := e
			for j < len(ws) && j-e <= maxName && wikitext.IsCap(ws[j]) {
				j++
			}
			if j-e <= maxName {
				name := strings.Join(ws[e:j], " ")
				see(c.orgs, name, id)
				if j == len(ws) || !wikitext.IsWordRune([]rune(ws[j])[0]) {
					c.closed[name] = true
				}
			}
		}
	}
}

// inCompound reports a head word at i that ends or begins a common
// compound ("lễ hội", "thư viện"), which names no organisation.
func (c *counter) inCompound(ws []string, i int) bool {
	for s := max(0, i-2); s <= i; s++ {
		if c.h.compounds.longest(ws, s) > i {
			return true
		}
	}
	return false
}

func see(m map[string]map[string]bool, key, id string) {
	if m[key] == nil {
		m[key] = map[string]bool{}
	}
	m[key][id] = true
}

// givenNames keeps the candidates seen in enough articles that are no
// place and no word of the hand-written lists.
func (c *counter) givenNames(g *gazetteer.Gazetteer) map[string]bool {
	out := map[string]bool{}
	for w, ids := range c.given {
		if c.closed[w] && len(c.orgs[w]) >= minArticles {
			continue // an organisation's name ("Microsoft")
		}
		if len(ids) < minArticles || c.h.known[strings.ToLower(w)] || beginsPlace(g, w) {
			continue
		}
		out[w] = true
	}
	// A word that begins organisation names is a name's first word only
	// by accident ("Real", "General").
	for name, ids := range c.orgs {
		if len(ids) >= minArticles {
			if first, _, ok := strings.Cut(name, " "); ok {
				delete(out, first)
			}
		}
	}
	return out
}

// orgNames keeps the organisation names seen in enough articles that are
// no place, no person and no phrase of the hand-written lists, and returns
// them with the words that end at least minOrgEnds foreign ones.
func (c *counter) orgNames(g *gazetteer.Gazetteer, given map[string]bool) (names, ends map[string]bool) {
	names, ends = map[string]bool{}, map[string]bool{}
	endCount := map[string]int{}
	for name, ids := range c.orgs {
		ws := strings.Split(name, " ")
		switch {
		case len(ids) < minArticles, !c.closed[name], c.h.known[fold(ws)]:
			continue
		case len(ws) == 1 && c.h.inPhrase[strings.ToLower(name)]:
			continue // a word of a hand-written phrase ("THPT" of "Trường THPT")
		case len(ws) == 1 && (letters.IsSyllable(name) || len([]rune(name)) < 2):
			continue // one Vietnamese word: the first word of a name in sentence case
		case len(ws) > 1 && (c.h.surnames[strings.ToLower(ws[0])] || given[ws[0]]):
			continue // a person the body is named after
		case isPlace(g, name):
			continue
		}
		names[name] = true
		if len(ws) > 1 && allLatin(ws) {
			endCount[ws[len(ws)-1]]++
		}
	}
	for w, n := range endCount {
		if n >= minOrgEnds && !c.h.known[strings.ToLower(w)] {
			ends[w] = true
		}
	}
	return names, ends
}

// isPlace reports a name the gazetteer reads as one place in running text.
func isPlace(g *gazetteer.Gazetteer, name string) bool {
	const before = "Họ đến "
	text := before + name + " hôm qua."
	for _, l := range g.Locations(text) {
		if l.Start == len(before) && l.End == len(before)+len(name) {
			return true
		}
	}
	return g.Known(name)
}

// beginsPlace reports a word that begins a place the gazetteer reads in
// running text ("New" of "New York").
func beginsPlace(g *gazetteer.Gazetteer, w string) bool {
	const before = "Họ đến "
	for _, l := range g.Locations(before + w + " York hôm qua.") {
		if l.Start == len(before) {
			return true
		}
	}
	return isPlace(g, w)
}

func fold(ws []string) string { return strings.ToLower(strings.Join(ws, " ")) }

// isLatinName reports a capitalised word of a foreign name: Latin letters,
// not all upper case, and not shaped like a Vietnamese syllable.
func isLatinName(w string) bool {
	if !wikitext.IsCap(w) || strings.ToUpper(w) == w || letters.IsSyllable(w) {
		return false
	}
	for _, r := range w {
		if !unicode.Is(unicode.Latin, r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

func allLatin(ws []string) bool {
	for _, w := range ws {
		if !isLatinName(w) && !(wikitext.IsCap(w) && !letters.IsSyllable(w)) {
			return false
		}
	}
	return true
}

type row struct{ phrase, class string }

func rowsOf(set map[string]bool, class string) []row {
	out := make([]row, 0, len(set))
	for p := range set {
		out = append(out, row{p, class})
	}
	slices.SortFunc(out, func(a, b row) int { return strings.Compare(a.phrase, b.phrase) })
	return out
}

func write(path, what string, rows []row) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Entity word list: %s, read off Vietnamese Wikipedia (CC BY-SA 4.0; see SOURCES.md).\n", what)
	b.WriteString("# Generated by go generate ./entities/internal/lexicon; do not edit.\n")
	b.WriteString("phrase\tclass\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\n", r.phrase, r.class)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
