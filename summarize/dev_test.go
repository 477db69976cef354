package summarize

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/vntext/vntext/internal/sumeval"
	"github.com/vntext/vntext/internal/testenv"
	"github.com/vntext/vntext/tokenize"
)

// devBudget is the syllable budget the issue measures at.
const devBudget = 45

var devOnce struct {
	sync.Once
	recs []sumeval.Record
	err  error
}

func devRecords(tb testing.TB) []sumeval.Record {
	tb.Helper()
	path := filepath.Join(testenv.DataDir(tb, "sum", "vietnews"), "dev.jsonl")
	devOnce.Do(func() {
		f, err := os.Open(path)
		if err != nil {
			devOnce.err = err
			return
		}
		defer f.Close()
		devOnce.recs, devOnce.err = sumeval.ReadGold(f)
	})
	if devOnce.err != nil {
		tb.Fatal(devOnce.err)
	}
	return devOnce.recs
}

// evalDev returns the summarizer's and LEAD's mean ROUGE (×100) on recs;
// LEAD follows the same length rules (n sentences, or the budget).
func evalDev(tb testing.TB, s *Summarizer, recs []sumeval.Record) (ours, lead sumeval.Scores) {
	tb.Helper()
	tok, err := tokenize.New()
	if err != nil {
		tb.Fatal(err)
	}
	split := tok.Sentences
	if os.Getenv("VNTEXT_REFSPLIT") != "" {
		split = refSplit
	}
	var mo, ml sumeval.Mean
	for _, r := range recs {
		sents := split(r.Text)
		sum, err := s.summarize(context.Background(), Article{Title: r.Title, Text: r.Text}, sents, nil)
		if err != nil {
			tb.Fatal(err)
		}
		mo.Add(sumeval.ROUGE(sum.Text(), r.Summary))
		ml.Add(sumeval.ROUGE(sumeval.Lead(sents, s.cfg.sentences, s.cfg.maxSyllables), r.Summary))
	}
	return mo.Percent(), ml.Percent()
}

// TestDevROUGE holds the measured quality on VietNews dev, each half apart
// (see sumeval.Blind): at a 45-syllable budget, ROUGE-1 34.42 (tune half)
// and 34.42 (blind half) against LEAD's 27.69 and 27.53; at exactly three
// sentences, 30.87 and 30.90 against LEAD-3's 27.33 and 26.96. Floors sit
// about a point below.
func TestDevROUGE(t *testing.T) {
	var tune, blind []sumeval.Record
	for _, r := range devRecords(t) {
		if sumeval.Blind(r.ID) {
			blind = append(blind, r)
		} else {
			tune = append(tune, r)
		}
	}
	for _, tc := range []struct {
		name     string
		opts     []Option
		floor    float64 // ROUGE-1
		overLead float64 // ROUGE-1 points above LEAD under the same rules
	}{
		{"45 syllables", []Option{WithMaxSyllables(devBudget)}, 33.3, 5.6},
		{"3 sentences", []Option{WithSentences(3)}, 29.8, 2.8},
	} {
		s, err := New(tc.opts...)
		if err != nil {
			t.Fatal(err)
		}
		for _, half := range []struct {
			name string
			recs []sumeval.Record
		}{{"tune", tune}, {"blind", blind}} {
			ours, lead := evalDev(t, s, half.recs)
			t.Logf("%s, %s half: ours R1/R2/RL %.2f/%.2f/%.2f; LEAD %.2f/%.2f/%.2f", tc.name, half.name, ours.R1, ours.R2, ours.RL, lead.R1, lead.R2, lead.RL)
			if ours.R1 < tc.floor {
				t.Errorf("%s, %s half: ROUGE-1 %.2f < %.1f", tc.name, half.name, ours.R1, tc.floor)
			}
			if ours.R1-lead.R1 < tc.overLead {
				t.Errorf("%s, %s half: ROUGE-1 %.2f is only %.2f above LEAD (%.2f); want ≥ %.1f", tc.name, half.name, ours.R1, ours.R1-lead.R1, lead.R1, tc.overLead)
			}
		}
	}
}

// TestTune prints dev ROUGE for weight variations; run it by hand with
// VNTEXT_TUNE=1 (it is not a check).
func TestTune(t *testing.T) {
	if os.Getenv("VNTEXT_TUNE") == "" {
		t.Skip("set VNTEXT_TUNE=1 to print the tuning grid")
	}
	recs := tuneHalf(devRecords(t))
	try := func(name string, p params) {
		s, err := New(WithMaxSyllables(devBudget), withParams(p))
		if err != nil {
			t.Fatal(err)
		}
		o, _ := evalDev(t, s, recs)
		fmt.Printf("%-40s %.2f %.2f %.2f\n", name, o.R1, o.R2, o.RL)
	}
	base := defaultParams
	try("default", base)
	whole := base
	whole.partPool = 0
	try("whole sentences only (no parts)", whole)
	once := base
	once.repeat, once.titleRepeat = 0, 0
	try("no credit for repeated syllables", once)
	for _, v := range tuneGrid(base) {
		try(v.name, v.p)
	}
}

type variant struct {
	name string
	p    params
}

// tuneHalf keeps the records outside sumeval's blind half: weights are
// tuned on these only.
func tuneHalf(recs []sumeval.Record) []sumeval.Record {
	var out []sumeval.Record
	for _, r := range recs {
		if !sumeval.Blind(r.ID) {
			out = append(out, r)
		}
	}
	return out
}

// On every dev article, WithSentences(3) gives three sentences whenever
// the article has three eligible ones that are not copies of one another,
// with or without a budget that holds them.
func TestDevExactSentences(t *testing.T) {
	recs := devRecords(t)
	for _, opts := range [][]Option{{WithSentences(3)}, {WithSentences(3), WithMaxSyllables(120)}} {
		s, err := New(opts...)
		if err != nil {
			t.Fatal(err)
		}
		short := 0
		for _, r := range recs {
			a := Article{Title: r.Title, Text: r.Text}
			sents := s.cfg.tok.Sentences(r.Text)
			sum, err := s.summarize(context.Background(), a, sents, nil)
			if err != nil {
				t.Fatal(err)
			}
			st := getState()
			if err := s.score(context.Background(), st, a, sents, nil); err != nil {
				t.Fatal(err)
			}
			var distinct []int
			for i := range st.info {
				if len(distinct) == 3 {
					break
				}
				if st.info[i].eligible && !slices.ContainsFunc(distinct, func(j int) bool { return st.copies(i, j) }) {
					distinct = append(distinct, i)
				}
			}
			fits := len(distinct) >= 3 && (s.cfg.maxSyllables == 0 || s.room(st, budget{}, st.short[0], 2))
			putState(st)
			if fits && len(sum.Sentences) != 3 {
				short++
			}
		}
		if short > 0 {
			t.Errorf("%d articles with three eligible sentences that fit got fewer", short)
		}
	}
}
