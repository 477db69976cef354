package summarize

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/vntext/vntext/internal/sumeval"
	"github.com/vntext/vntext/tokenize"
)

type unit struct {
	text   string
	parent int // the article sentence it is or is part of
	start  int
}

// unitsOf lists, in article order, the units s's search compares for a
// (its pool), or with all, every unit the rules allow: each eligible
// sentence and the parts of it (see parts.go).
func unitsOf(t testing.TB, s *Summarizer, a Article, sents []tokenize.Sentence, all bool) []unit {
	if all {
		c := *s
		c.cfg.params.pool = 100000
		c.cfg.params.partPool = 1000000
		s = &c
	}
	st := getState()
	defer putState(st)
	if err := s.score(context.Background(), st, a, sents, nil); err != nil {
		t.Fatal(err)
	}
	var out []unit
	for _, i := range st.pool {
		k := int(st.info[i].parent)
		x, _ := sentenceAt(sents[k], k, &st.info[i])
		out = append(out, unit{text: x.Text, parent: k, start: x.Start})
	}
	slices.SortFunc(out, func(a, b unit) int {
		if a.parent != b.parent {
			return a.parent - b.parent
		}
		return a.start - b.start
	})
	return out
}

// oracleOf is the greedy oracle at devBudget over the units keep admits,
// at most one per sentence.
func oracleOf(us []unit, ref string, keep func(unit) bool) string {
	var texts []string
	var group []int
	for _, u := range us {
		if keep(u) {
			texts = append(texts, u.text)
			group = append(group, u.parent)
		}
	}
	return sumeval.OracleUnits(texts, group, ref, 0, devBudget)
}

// TestOracleUnits prints, for each half of dev at devBudget, our ROUGE
// beside the greedy oracle over the eligible whole sentences, over every
// unit the rules allow (sentences and parts), and over the units of our
// search's pool: the headroom of the candidates. Run it by hand with
// VNTEXT_TUNE=1 (it is not a check).
func TestOracleUnits(t *testing.T) {
	if os.Getenv("VNTEXT_TUNE") == "" {
		t.Skip("set VNTEXT_TUNE=1 to print the oracles")
	}
	recs := devRecords(t)
	s, err := New(WithMaxSyllables(devBudget))
	if err != nil {
		t.Fatal(err)
	}
	for _, half := range []string{"tune", "blind", "all"} {
		var whole, units, pool, ours sumeval.Mean
		for _, r := range recs {
			if half != "all" && sumeval.Blind(r.ID) != (half == "blind") {
				continue
			}
			a := Article{Title: r.Title, Text: r.Text}
			sents := s.cfg.tok.Sentences(r.Text)
			all := unitsOf(t, s, a, sents, true)
			pooled := unitsOf(t, s, a, sents, false)
			sum, _ := s.summarize(context.Background(), a, sents, nil)
			ours.Add(sumeval.ROUGE(sum.Text(), r.Summary))
			isWhole := func(u unit) bool {
				x := sents[u.parent]
				return len(u.text) == len(x.Text)-datelineLen(x.Text)
			}
			whole.Add(sumeval.ROUGE(oracleOf(all, r.Summary, isWhole), r.Summary))
			units.Add(sumeval.ROUGE(oracleOf(all, r.Summary, func(unit) bool { return true }), r.Summary))
			pool.Add(sumeval.ROUGE(oracleOf(pooled, r.Summary, func(unit) bool { return true }), r.Summary))
		}
		for _, row := range []struct {
			n string
			m *sumeval.Mean
		}{{"ours", &ours}, {"oracle, whole sentences", &whole}, {"oracle, all units", &units}, {"oracle, our pool's units", &pool}} {
			p := row.m.Percent()
			fmt.Printf("%-5s %-26s %.2f %.2f %.2f\n", half, row.n, p.R1, p.R2, p.RL)
		}
	}
}
