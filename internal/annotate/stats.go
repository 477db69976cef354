package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/vntext/vntext/tokenize"
)

// tally counts what a set of records holds.
type tally struct {
	Records, Sentences int
	Docs               map[string]bool
	Types              map[string]int
	Levels             map[string]int
	Statuses           map[string]int
	Pairs              int // unique (person, role) pairs per record, as the scorer counts them
	RoleMentions       int // PERSON mentions with at least one role
}

func newTally() *tally {
	return &tally{Docs: map[string]bool{}, Types: map[string]int{}, Levels: map[string]int{}, Statuses: map[string]int{}}
}

func (t *tally) add(r goldRecord, sentences int) {
	t.Records++
	t.Sentences += sentences
	t.Docs[r.Doc] = true
	pairs := map[[2]string]bool{}
	for _, e := range r.Entities {
		t.Types[e.Type]++
		if e.Level != "" {
			t.Levels[e.Level]++
		}
		if len(e.Roles) > 0 {
			t.RoleMentions++
		}
		for i, role := range e.Roles {
			t.Statuses[e.RoleStatus[i]]++
			pairs[[2]string{foldSpace(e.Text), foldSpace(role)}] = true
		}
	}
	t.Pairs += len(pairs)
}

func (t *tally) mentions() int {
	n := 0
	for _, v := range t.Types {
		n += v
	}
	return n
}

// foldSpace lower-cases and collapses white space, as the scorer compares
// names and roles.
func foldSpace(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// sourceKind is the part of a source before the colon: viwiki, ud-vtb, written.
func sourceKind(source string) string {
	k, _, _ := strings.Cut(source, ":")
	return k
}

// sentenceCounter counts sentences with the library's splitter.
type sentenceCounter struct{ tk *tokenize.Tokenizer }

func newSentenceCounter() (*sentenceCounter, error) {
	tk, err := tokenize.New()
	if err != nil {
		return nil, err
	}
	return &sentenceCounter{tk}, nil
}

func (s *sentenceCounter) count(text string) int { return len(s.tk.Sentences(text)) }

func cmdStats(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("stats", stderr)
	dir := fs.String("dir", defaultDir, "corpus directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var recs []goldRecord
	if fs.NArg() > 0 {
		lists, err := readLists(fs.Args())
		if err != nil {
			return err
		}
		for _, r := range lists {
			g, errs := resolve(r)
			for _, e := range errs {
				fmt.Fprintln(stderr, e)
			}
			recs = append(recs, g)
		}
	} else {
		c, err := loadCorpus(*dir)
		if err != nil {
			return err
		}
		recs = c.Records
	}
	sc, err := newSentenceCounter()
	if err != nil {
		return err
	}
	writeStats(stdout, recs, sc, fs.NArg() == 0)
	return nil
}

// writeStats prints the corpus tables as Markdown: one column per split
// (when bySplit) or per source kind, and the total.
func writeStats(w io.Writer, recs []goldRecord, sc *sentenceCounter, bySplit bool) {
	cols := []string{"viwiki", "ud-vtb", "written", "vietnews"}
	key := func(r goldRecord) string { return sourceKind(r.Source) }
	if bySplit {
		cols = splits
		key = func(r goldRecord) string { return splitOf(r.Doc) }
	}
	by := map[string]*tally{}
	total := newTally()
	for _, c := range cols {
		by[c] = newTally()
	}
	bySource := map[string]*tally{}
	for _, r := range recs {
		n := sc.count(r.Text)
		k := key(r)
		if by[k] == nil {
			by[k] = newTally()
			cols = append(cols, k)
		}
		by[k].add(r, n)
		total.add(r, n)
		sk := sourceKind(r.Source)
		if bySource[sk] == nil {
			bySource[sk] = newTally()
		}
		bySource[sk].add(r, n)
	}
	var shown []string
	for _, c := range cols {
		if by[c].Records > 0 {
			shown = append(shown, c)
		}
	}
	row := func(name string, f func(*tally) int) {
		fmt.Fprintf(w, "| %s |", name)
		for _, c := range shown {
			fmt.Fprintf(w, " %d |", f(by[c]))
		}
		fmt.Fprintf(w, " %d |\n", f(total))
	}
	fmt.Fprintf(w, "| | %s | total |\n|---|%s---:|\n", strings.Join(shown, " | "), strings.Repeat("---:|", len(shown)))
	row("records", func(t *tally) int { return t.Records })
	row("documents", func(t *tally) int { return len(t.Docs) })
	row("sentences", func(t *tally) int { return t.Sentences })
	row("mentions", func(t *tally) int { return t.mentions() })
	for _, ty := range scoredTypes {
		row(ty, func(t *tally) int { return t.Types[ty] })
	}
	for _, lv := range levels {
		row("LOCATION "+lv, func(t *tally) int { return t.Levels[lv] })
	}
	row("PERSON with roles", func(t *tally) int { return t.RoleMentions })
	row("(person, role) pairs", func(t *tally) int { return t.Pairs })
	for _, st := range statuses {
		row("role status "+st, func(t *tally) int { return t.Statuses[st] })
	}
	if bySplit && total.Sentences > 0 {
		fmt.Fprintf(w, "\nblind share: %.1f%% of sentences, %.1f%% of documents\n",
			100*float64(by["blind"].Sentences)/float64(total.Sentences),
			100*float64(len(by["blind"].Docs))/float64(len(total.Docs)))
		fmt.Fprintln(w, "\nby source:")
		for _, k := range []string{"viwiki", "ud-vtb", "written"} {
			if t := bySource[k]; t != nil {
				fmt.Fprintf(w, "- %s: %d records, %d documents, %d sentences, %d mentions, %d pairs, %d PROGRAM\n",
					k, t.Records, len(t.Docs), t.Sentences, t.mentions(), t.Pairs, t.Types["PROGRAM"])
			}
		}
	}
}
