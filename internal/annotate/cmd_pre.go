package main

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/vntext/vntext/entities"
)

func cmdPre(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("pre", stderr)
	batch := fs.String("batch", "", "batch name (bNNN): record ids become bNNN-001, ...")
	wiki := fs.Int("wiki", 0, "Wikipedia slot to sample (1, 2, ...; see BATCHES.md)")
	ud := fs.Int("ud", 0, "UD-VTB slot to sample")
	in := fs.String("in", "", "list file whose texts to pre-annotate (written articles); its entity lines are replaced")
	bare := fs.Bool("bare", false, "no pre-annotation: texts only (independent passes, evaluation)")
	sample := fs.Int("sample", 0, "with -in: keep a deterministic sample of records holding at least this percentage of the sentences")
	out := fs.String("o", "", "output list file (default stdout)")
	force := fs.Bool("force", false, "overwrite the output file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var recs []record
	switch {
	case *in != "" && (*wiki != 0 || *ud != 0):
		return errors.New("-in and -wiki/-ud exclude each other")
	case *in != "":
		r, err := readListFile(*in)
		if err != nil {
			return err
		}
		recs = r
		if !*bare && !*force {
			for _, rec := range recs {
				if len(rec.Mentions) > 0 {
					return fmt.Errorf("%s: %s already has entity lines; pre would replace them (use -force)", *in, rec.ID)
				}
			}
		}
	case *wiki != 0 || *ud != 0:
		if *batch == "" {
			return errors.New("-batch is required with -wiki/-ud")
		}
		r, err := sampleBatch(*batch, *wiki, *ud)
		if err != nil {
			return err
		}
		recs = r
	default:
		return errors.New("give -wiki/-ud slots or -in FILE")
	}
	if *sample > 0 {
		if *in == "" {
			return errors.New("-sample needs -in")
		}
		sc, err := newSentenceCounter()
		if err != nil {
			return err
		}
		recs = sampleRecords(recs, *sample, sc)
	}
	var x *entities.Extractor
	if !*bare {
		var err error
		if x, err = entities.New(); err != nil {
			return err
		}
	}
	for i := range recs {
		recs[i].Mentions = nil
		if x == nil {
			continue
		}
		ms, notes, err := preAnnotate(x, recs[i].Text)
		if err != nil {
			return fmt.Errorf("%s: %w", recs[i].ID, err)
		}
		recs[i].Mentions = ms
		recs[i].Comments = append(recs[i].Comments, notes...)
	}
	return writeOutput(*out, *force || (*in != "" && *in == *out), statusDraft, recs, stdout)
}

// sampleBatch draws the texts of a sampled batch: Wikipedia slot wiki and
// UD-VTB slot ud (0 = none), numbered batch-001, ...
func sampleBatch(batch string, wiki, ud int) ([]record, error) {
	data, err := dataDir()
	if err != nil {
		return nil, err
	}
	var recs []record
	if wiki != 0 {
		arts, err := readWiki(data)
		if err != nil {
			return nil, err
		}
		r, err := wikiSlot(rankWiki(arts), wiki)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r...)
	}
	if ud != 0 {
		ranked, err := rankUD(data)
		if err != nil {
			return nil, err
		}
		r, err := udSlot(ranked, ud)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r...)
	}
	for i := range recs {
		recs[i].ID = fmt.Sprintf("%s-%03d", batch, i+1)
	}
	return recs, nil
}

// sampleRecords picks records in the order of a hash of their ids until they
// hold pct% of the sentences, and returns them in file order: the sample an
// independent second pass annotates from scratch.
func sampleRecords(recs []record, pct int, sc *sentenceCounter) []record {
	type cand struct {
		i    int
		key  [32]byte
		sent int
	}
	var (
		cands []cand
		total int
	)
	for i, r := range recs {
		n := sc.count(r.Text)
		total += n
		cands = append(cands, cand{i, sha256.Sum256([]byte("vntext-second-pass/" + r.ID)), n})
	}
	slices.SortFunc(cands, func(a, b cand) int { return cmp.Compare(string(a.key[:]), string(b.key[:])) })
	var keep []int
	got := 0
	for _, c := range cands {
		if got*100 >= total*pct {
			break
		}
		keep = append(keep, c.i)
		got += c.sent
	}
	slices.Sort(keep)
	out := make([]record, 0, len(keep))
	for _, i := range keep {
		out = append(out, recs[i])
	}
	return out
}
