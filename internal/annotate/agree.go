package main

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
)

// prf holds true positives and the sizes of the two sides.
type prf struct{ TP, A, B int }

// f1Text is the F1 for a table, "–" when neither side has any.
func (p prf) f1Text() string {
	if p.A+p.B == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f", p.f1())
}

func (p prf) f1() float64 {
	if p.A+p.B == 0 {
		return 100
	}
	return 200 * float64(p.TP) / float64(p.A+p.B)
}

// agreement compares two passes over the same records.
type agreement struct {
	Records, Sentences int
	TextChanged        int // records whose text differs between the passes: their offsets do not compare
	Types              map[string]*prf
	Micro, Pairs       prf
	LevelSame, Levels  int // LOCATION spans both passes found, and how many got the same level
	StatusSame, Status int // pairs both passes found, and how many got the same status
	Diffs              []string
}

func compareRecords(a, b []goldRecord, sc *sentenceCounter) *agreement {
	ag := &agreement{Types: map[string]*prf{}}
	for _, t := range scoredTypes {
		ag.Types[t] = &prf{}
	}
	byID := map[string]goldRecord{}
	for _, r := range b {
		byID[r.ID] = r
	}
	type span struct {
		Type       string
		Start, End int
	}
	type pair struct{ Name, Role string }
	for _, ra := range a {
		rb, ok := byID[ra.ID]
		if !ok {
			continue
		}
		ag.Records++
		if ra.Text != rb.Text {
			ag.TextChanged++
			ag.Diffs = append(ag.Diffs, fmt.Sprintf("%s: the text differs between the passes", ra.ID))
		}
		if sc != nil {
			ag.Sentences += sc.count(ra.Text)
		}
		spans := func(r goldRecord) map[span]entity {
			m := map[span]entity{}
			for _, e := range r.Entities {
				m[span{e.Type, e.Start, e.End}] = e
			}
			return m
		}
		pairs := func(r goldRecord) map[pair]string {
			m := map[pair]string{}
			for _, e := range r.Entities {
				for i, role := range e.Roles {
					m[pair{foldSpace(e.Text), foldSpace(role)}] = e.RoleStatus[i]
				}
			}
			return m
		}
		sa, sb := spans(ra), spans(rb)
		for s, ea := range sa {
			ag.Types[s.Type].A++
			if eb, ok := sb[s]; ok {
				ag.Types[s.Type].TP++
				if s.Type == "LOCATION" {
					ag.Levels++
					if ea.Level == eb.Level {
						ag.LevelSame++
					} else {
						ag.Diffs = append(ag.Diffs, fmt.Sprintf("%s: LOC %q level @%s vs @%s", ra.ID, ea.Text, ea.Level, eb.Level))
					}
				}
			} else {
				ag.Diffs = append(ag.Diffs, fmt.Sprintf("%s: only A: %s %q [%d,%d)", ra.ID, shortType[s.Type], ea.Text, s.Start, s.End))
			}
		}
		for s, eb := range sb {
			ag.Types[s.Type].B++
			if _, ok := sa[s]; !ok {
				ag.Diffs = append(ag.Diffs, fmt.Sprintf("%s: only B: %s %q [%d,%d)", ra.ID, shortType[s.Type], eb.Text, s.Start, s.End))
			}
		}
		pa, pb := pairs(ra), pairs(rb)
		ag.Pairs.A += len(pa)
		ag.Pairs.B += len(pb)
		for p, st := range pa {
			if stb, ok := pb[p]; ok {
				ag.Pairs.TP++
				ag.Status++
				if st == stb {
					ag.StatusSame++
				} else {
					ag.Diffs = append(ag.Diffs, fmt.Sprintf("%s: pair (%s, %s) status {%s} vs {%s}", ra.ID, p.Name, p.Role, st, stb))
				}
			} else {
				ag.Diffs = append(ag.Diffs, fmt.Sprintf("%s: only A: pair (%s, %s)", ra.ID, p.Name, p.Role))
			}
		}
		for p := range pb {
			if _, ok := pa[p]; !ok {
				ag.Diffs = append(ag.Diffs, fmt.Sprintf("%s: only B: pair (%s, %s)", ra.ID, p.Name, p.Role))
			}
		}
	}
	for _, t := range scoredTypes {
		p := ag.Types[t]
		ag.Micro.TP += p.TP
		ag.Micro.A += p.A
		ag.Micro.B += p.B
	}
	slices.Sort(ag.Diffs)
	return ag
}

func (ag *agreement) write(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "records compared: %d (%d sentences)\n", ag.Records, ag.Sentences)
	if ag.TextChanged > 0 {
		fmt.Fprintf(w, "WARNING: the text of %d records differs between the passes; their spans do not compare\n", ag.TextChanged)
	}
	fmt.Fprintln(w, "| | A | B | both | F1 |\n|---|---:|---:|---:|---:|")
	for _, t := range scoredTypes {
		p := ag.Types[t]
		fmt.Fprintf(w, "| %s | %d | %d | %d | %s |\n", t, p.A, p.B, p.TP, p.f1Text())
	}
	fmt.Fprintf(w, "| micro (typed exact span) | %d | %d | %d | %.1f |\n", ag.Micro.A, ag.Micro.B, ag.Micro.TP, ag.Micro.f1())
	fmt.Fprintf(w, "| (person, role) pairs | %d | %d | %d | %.1f |\n", ag.Pairs.A, ag.Pairs.B, ag.Pairs.TP, ag.Pairs.f1())
	fmt.Fprintf(w, "same level on %d of %d shared LOCATION spans; same status on %d of %d shared pairs\n",
		ag.LevelSame, ag.Levels, ag.StatusSame, ag.Status)
	if verbose {
		fmt.Fprintln(w, strings.Join(ag.Diffs, "\n"))
	}
}

func cmdAgree(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("agree", stderr)
	verbose := fs.Bool("v", false, "list every disagreement")
	all := fs.Bool("all", false, "compare every second pass in DIR/passes with its batch and sum the share of sentences annotated twice")
	dir := fs.String("dir", defaultDir, "corpus directory (with -all)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sc, err := newSentenceCounter()
	if err != nil {
		return err
	}
	if *all {
		if fs.NArg() != 0 {
			return fmt.Errorf("usage: agree -all [-dir DIR] (no file arguments)")
		}
		return agreeAll(*dir, sc, stdout, stderr)
	}
	if fs.NArg() != 2 {
		return fmt.Errorf("usage: agree [-v] PASS_A.txt PASS_B.txt (records matched by id), or agree -all")
	}
	var sides [2][]goldRecord
	for i, path := range fs.Args() {
		recs, err := readListFile(path)
		if err != nil {
			return err
		}
		for _, r := range recs {
			g, errs := resolve(r)
			for _, e := range errs {
				fmt.Fprintln(stderr, e)
			}
			sides[i] = append(sides[i], g)
		}
	}
	compareRecords(sides[0], sides[1], sc).write(stdout, *verbose)
	return nil
}

// passRow is one batch's second-pass sample compared with the batch as it
// stands now.
type passRow struct {
	Batch          string
	BatchSentences int
	Ag             *agreement
}

// agreeAll compares every passes/bNNN.second.txt with batches/bNNN.txt and,
// when $VNTEXT_DATA is set, every passes/eNN.second.jsonl with the
// evaluation annotations, and prints one Markdown table per set with the
// share of sentences that two annotators annotated independently.
func agreeAll(dir string, sc *sentenceCounter, stdout, stderr io.Writer) error {
	c, err := loadCorpus(dir)
	if err != nil {
		return err
	}
	byBatch := map[string][]goldRecord{}
	for _, r := range c.Records {
		b, _, _ := strings.Cut(r.ID, "-")
		byBatch[b] = append(byBatch[b], r)
	}
	passes, err := filepath.Glob(filepath.Join(dir, "passes", "*.second.txt"))
	if err != nil {
		return err
	}
	slices.Sort(passes)
	var rows []passRow
	for _, p := range passes {
		batch := strings.TrimSuffix(filepath.Base(p), ".second.txt")
		first, ok := byBatch[batch]
		if !ok {
			return fmt.Errorf("%s: batch %s is missing or still a draft", p, batch)
		}
		recs, err := readListFile(p)
		if err != nil {
			return err
		}
		var second []goldRecord
		for _, r := range recs {
			g, errs := resolve(r)
			for _, e := range errs {
				fmt.Fprintln(stderr, e)
			}
			second = append(second, g)
		}
		ag := compareRecords(first, second, sc)
		if ag.Records != len(second) {
			return fmt.Errorf("%s: %d of its %d records are not in batch %s", p, len(second)-ag.Records, len(second), batch)
		}
		rows = append(rows, passRow{batch, countSentences(first, sc), ag})
	}
	fmt.Fprintln(stdout, "Corpus batches: each second pass against the batch as it stands now.")
	writePassTable(stdout, rows, countSentences(c.Records, sc), len(byBatch))

	evalPasses, err := filepath.Glob(filepath.Join(dir, "passes", "*.second.jsonl"))
	if err != nil || len(evalPasses) == 0 {
		return err
	}
	if _, err := dataDir(); err != nil {
		fmt.Fprintf(stdout, "\nEvaluation batches skipped: %v.\n", err)
		return nil
	}
	arts, err := newsByID()
	if err != nil {
		return err
	}
	anns, err := readJSONL[evalRecord](filepath.Join(dir, evalAnnFile))
	if err != nil {
		return err
	}
	gold, err := joinEval(anns, arts)
	if err != nil {
		return err
	}
	slices.Sort(evalPasses)
	rows = rows[:0]
	batches := 0
	for k := 1; ; k++ {
		if _, err := evalBatchIDs(dir, fmt.Sprintf("e%02d", k)); err != nil {
			break
		}
		batches++
	}
	for _, p := range evalPasses {
		batch := strings.TrimSuffix(filepath.Base(p), ".second.jsonl")
		ids, err := evalBatchIDs(dir, batch)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		first := slices.DeleteFunc(slices.Clone(gold), func(g goldRecord) bool { return !slices.Contains(ids, g.ID) })
		sa, err := readJSONL[evalRecord](p)
		if err != nil {
			return err
		}
		second, err := joinEval(sa, arts)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		ag := compareRecords(first, second, sc)
		if ag.Records != len(second) {
			return fmt.Errorf("%s: %d of its %d articles are not in batch %s", p, len(second)-ag.Records, len(second), batch)
		}
		rows = append(rows, passRow{batch, countSentences(first, sc), ag})
	}
	fmt.Fprintln(stdout, "\nEvaluation batches (VietNews): each second pass against the batch as it stands now.")
	writePassTable(stdout, rows, countSentences(gold, sc), batches)
	return nil
}

func countSentences(recs []goldRecord, sc *sentenceCounter) int {
	n := 0
	for _, r := range recs {
		n += sc.count(r.Text)
	}
	return n
}

// writePassTable prints one row per second pass and the totals: pooled F1
// and the share of all sentences that the samples cover.
func writePassTable(w io.Writer, rows []passRow, allSentences, batches int) {
	fmt.Fprintln(w, "| batch | records | sentences | of the batch | mentions (batch / pass) | micro F1 | pairs (batch / pass) | pairs F1 | texts changed since the pass |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	var tot agreement
	batchSentences := 0
	for _, r := range rows {
		a := r.Ag
		fmt.Fprintf(w, "| %s | %d | %d | %.1f%% | %d / %d | %.1f | %d / %d | %s | %d |\n", r.Batch, a.Records, a.Sentences,
			pct(a.Sentences, r.BatchSentences), a.Micro.A, a.Micro.B, a.Micro.f1(), a.Pairs.A, a.Pairs.B, a.Pairs.f1Text(), a.TextChanged)
		tot.Records += a.Records
		tot.TextChanged += a.TextChanged
		tot.Sentences += a.Sentences
		batchSentences += r.BatchSentences
		for _, p := range []struct{ to, from *prf }{{&tot.Micro, &a.Micro}, {&tot.Pairs, &a.Pairs}} {
			p.to.TP += p.from.TP
			p.to.A += p.from.A
			p.to.B += p.from.B
		}
	}
	fmt.Fprintf(w, "| total | %d | %d | %.1f%% | %d / %d | %.1f | %d / %d | %s | %d |\n", tot.Records, tot.Sentences,
		pct(tot.Sentences, batchSentences), tot.Micro.A, tot.Micro.B, tot.Micro.f1(), tot.Pairs.A, tot.Pairs.B, tot.Pairs.f1Text(), tot.TextChanged)
	fmt.Fprintf(w, "\nannotated independently twice: %d of %d sentences (%.1f%%); %d of %d batches have a second-pass sample\n",
		tot.Sentences, allSentences, pct(tot.Sentences, allSentences), len(rows), batches)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
