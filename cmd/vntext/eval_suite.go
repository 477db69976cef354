package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/vntext/vntext/entities"
)

// evalSet is one gold file of the entity evaluation suite; where says
// where the path came from, for the note when the file is missing.
type evalSet struct {
	name, path, where string
}

// suiteSets lists the suite: the project's corpus blind and dev splits,
// VLSP 2016 dev, the domain dev set and the VietNews evaluation set (built
// with go run ./internal/annotate join -o FILE). A set whose file is
// missing is reported as such, not silently left out.
func suiteSets(corpus, vietnews string) []evalSet {
	data, dataWhere := dataDir()
	corpusWhere := "--corpus " + corpus
	if !filepath.IsAbs(corpus) {
		corpusWhere += ", relative to the current directory: run from the repository's root or give --corpus"
	}
	return []evalSet{
		{"blind", filepath.Join(corpus, "blind.jsonl"), corpusWhere},
		{"dev", filepath.Join(corpus, "dev.jsonl"), corpusWhere},
		{"vlsp16dev", filepath.Join(data, "ner", "vlsp2016", "dev.txt"), dataWhere},
		{"domaindev", filepath.Join(data, "domain", "dev.jsonl"), dataWhere},
		{"vietnews", vietnews, "give --vietnews FILE"},
	}
}

// errNothingScored is the failure of a suite run that found none of its
// files.
var errNothingScored = errors.New("no gold file found: nothing scored")

// readSuite reads the sets' gold files; a missing file leaves its entry
// nil and gets one line on notes saying which file and why. It fails when
// no file is there.
func readSuite(sets []evalSet, notes io.Writer) ([][]goldRecord, error) {
	recs := make([][]goldRecord, len(sets))
	found := 0
	for i, s := range sets {
		if s.path == "" {
			fmt.Fprintf(notes, "vntext eval entities: %s: no file (%s)\n", s.name, s.where)
			continue
		}
		if _, err := os.Stat(s.path); errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(notes, "vntext eval entities: %s: no file %s (%s)\n", s.name, s.path, s.where)
			continue
		}
		r, err := readGold(s.path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
		recs[i] = r
		found++
	}
	if found == 0 {
		return nil, errNothingScored
	}
	return recs, nil
}

// suiteRows are the table's rows: the scored types, micro, pairs.
var suiteRows = []string{"PER", "LOC", "ORG", "PROG", "micro", "pairs"}

// evalSuite scores each extractor on each set and prints one table per
// extractor: a row per type, micro and officials pairs, a P R F1 column
// group per set. Types a set does not annotate (PROG and pairs on VLSP)
// show "-"; a set whose file is missing shows "(no file)", and notes says
// which file and why. Without any file it fails (errNothingScored).
func evalSuite(w, notes io.Writer, sets []evalSet, names []string, xs []*entities.Extractor) error {
	type cell struct {
		c  counts
		ok bool
	}
	recs, err := readSuite(sets, notes)
	if err != nil {
		return err
	}
	for xi, x := range xs {
		table := map[string][]cell{}
		for i := range sets {
			if recs[i] == nil {
				continue
			}
			s, _ := scoreEntities(x, recs[i], nil)
			for _, row := range suiteRows {
				var c counts
				switch row {
				case "micro":
					c = s.micro
				case "pairs":
					if !s.domain {
						continue
					}
					c = s.officials
				default:
					bc, ok := s.byType[row]
					if !ok {
						continue
					}
					c = *bc
				}
				if table[row] == nil {
					table[row] = make([]cell, len(sets))
				}
				table[row][i] = cell{c, true}
			}
		}
		fmt.Fprintf(w, "%s\n%-6s", names[xi], "")
		for _, s := range sets {
			fmt.Fprintf(w, " | %-17s", s.name)
		}
		fmt.Fprintf(w, "\n%-6s", "")
		for range sets {
			fmt.Fprintf(w, " | %5s %5s %5s", "P", "R", "F1")
		}
		fmt.Fprintln(w)
		for _, row := range suiteRows {
			fmt.Fprintf(w, "%-6s", row)
			for i := range sets {
				c := table[row]
				switch {
				case recs[i] == nil:
					fmt.Fprintf(w, " | %-17s", "(no file)")
				case c == nil || !c[i].ok:
					fmt.Fprintf(w, " | %5s %5s %5s", "-", "-", "-")
				default:
					p, r, f := c[i].c.figures(1)
					fmt.Fprintf(w, " | %5s %5s %5s", p, r, f)
				}
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w)
	}
	return nil
}

// suiteExtractors returns the rules alone and, when a model is given or
// the library ships one, the rules with the model.
func suiteExtractors(model []entities.Option) (names []string, xs []*entities.Extractor, err error) {
	rules, err := entities.New(entities.WithBuiltinModel(false))
	if err != nil {
		return nil, nil, err
	}
	names, xs = []string{"rules"}, []*entities.Extractor{rules}
	given := len(model) > 0
	if !given {
		model = []entities.Option{entities.WithBuiltinModel(true)}
	}
	withModel, err := entities.New(model...)
	if err != nil {
		if given {
			return nil, nil, err
		}
		return names, xs, nil // no model in this build: rules alone
	}
	return append(names, "rules+model"), append(xs, withModel), nil
}

// dataDir is $VNTEXT_DATA, or ../shared/data next to the module as the
// project lays it out; where says which, for the note on a missing file.
func dataDir() (dir, where string) {
	if d := os.Getenv("VNTEXT_DATA"); d != "" {
		return d, "in $VNTEXT_DATA=" + d
	}
	return filepath.Join("..", "shared", "data"), "set VNTEXT_DATA to the folder of the evaluation data; it is unset, so the folder next to the repository was tried"
}

func suiteUsage() string {
	return strings.Join([]string{
		"vntext eval entities [--corpus DIR] [--vietnews FILE] [--entity-model MODEL]",
		"  scores the rules, and the rules with the model, on the corpus blind and dev splits,",
		"  VLSP 2016 dev and the domain dev set ($VNTEXT_DATA) and the VietNews evaluation set",
		"  (go run ./internal/annotate join -o FILE); standard error names each missing file and why,",
		"  and the run fails (exit 1) when none is found",
	}, "\n")
}
