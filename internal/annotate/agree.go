package main

import (
	"fmt"
	"io"
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
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return fmt.Errorf("usage: agree [-v] PASS_A.txt PASS_B.txt (records matched by id)")
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
	sc, err := newSentenceCounter()
	if err != nil {
		return err
	}
	compareRecords(sides[0], sides[1], sc).write(stdout, *verbose)
	return nil
}
