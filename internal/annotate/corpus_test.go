package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vntext/vntext/internal/testenv"
)

// The corpus lives in the repository; these tests keep every file of it
// valid: the batches pass the build checks, the compiled splits are current
// and split by document, and the evaluation annotations hold no text.
const corpusDir = "../../corpus/entities"

func TestCorpusBatchesBuild(t *testing.T) {
	c, err := loadCorpus(corpusDir)
	if err != nil {
		t.Fatalf("batch files do not pass the build checks:\n%v", err)
	}
	stale, err := c.staleFiles()
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		t.Errorf("%v out of date: run go run ./internal/annotate build", stale)
	}
}

func TestCorpusSplitByDocument(t *testing.T) {
	sc, err := newSentenceCounter()
	if err != nil {
		t.Fatal(err)
	}
	side := map[string]string{}
	sentences := map[string]int{}
	for _, s := range splits {
		recs, err := readJSONL[goldRecord](filepath.Join(corpusDir, s+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			if prev, ok := side[r.Doc]; ok && prev != s {
				t.Errorf("document %s is in %s and %s", r.Doc, prev, s)
			}
			side[r.Doc] = s
			if want := splitOf(r.Doc); want != s {
				t.Errorf("%s (doc %s) is in %s, the split rule says %s", r.ID, r.Doc, s, want)
			}
			text := []rune(r.Text)
			for _, e := range r.Entities {
				if e.Start < 0 || e.End > len(text) || string(text[e.Start:e.End]) != e.Text {
					t.Errorf("%s: %q does not match its offsets", r.ID, e.Text)
				}
			}
			sentences[s] += sc.count(r.Text)
		}
	}
	total := sentences["train"] + sentences["dev"] + sentences["blind"]
	if total >= 1000 && sentences["blind"]*100 < total*15 {
		t.Errorf("blind holds %d of %d sentences, under 15%%", sentences["blind"], total)
	}
}

func TestCorpusSecondPasses(t *testing.T) {
	c, err := loadCorpus(corpusDir)
	if err != nil {
		t.Skip("batches fail; TestCorpusBatchesBuild reports it")
	}
	ids := map[string]bool{}
	for _, r := range c.Records {
		ids[r.ID] = true
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "passes", "*.txt"))
	for _, f := range files {
		recs, err := readListFile(f)
		if err != nil {
			t.Error(err)
			continue
		}
		for _, r := range recs {
			if !ids[r.ID] {
				t.Errorf("%s: %s is not a corpus record", f, r.ID)
			}
			if _, errs := resolve(r); len(errs) > 0 {
				t.Error(errs)
			}
		}
	}
}

func TestEvalAnnotationsHoldNoText(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(corpusDir, evalIDsFile))
	if err != nil {
		t.Fatal(err)
	}
	ids := strings.Fields(string(raw))
	if len(ids) < 150 || !slices.IsSorted(ids) || len(slices.Compact(slices.Clone(ids))) != len(ids) {
		t.Errorf("%s: want at least 150 unique ids in order, got %d", evalIDsFile, len(ids))
	}
	path := filepath.Join(corpusDir, evalAnnFile)
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	prev := ""
	for n, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields() // no text, no role strings
		var r evalRecord
		if err := dec.Decode(&r); err != nil {
			t.Errorf("%s:%d: %v", path, n+1, err)
			continue
		}
		if r.ID <= prev || !slices.Contains(ids, r.ID) {
			t.Errorf("%s:%d: %s out of order or not in the id list", path, n+1, r.ID)
		}
		prev = r.ID
		end := 0
		for _, e := range r.Entities {
			if _, ok := shortType[e.Type]; !ok || e.Start < end || e.End <= e.Start {
				t.Errorf("%s: bad or overlapping entity %+v", r.ID, e)
			}
			end = e.End
			if (e.Type == "LOCATION") != slices.Contains(levels, e.Level) {
				t.Errorf("%s: level %q on %s", r.ID, e.Level, e.Type)
			}
			for _, ro := range e.Roles {
				if e.Type != "PERSON" || !slices.Contains(statuses, ro.Status) || ro.End <= ro.Start {
					t.Errorf("%s: bad role %+v", r.ID, ro)
				}
			}
		}
	}
}

// TestEvalJoin rebuilds the evaluation records from the shared data and
// checks them like corpus records.
func TestEvalJoin(t *testing.T) {
	data := testenv.DataDir(t, "sum", "vietnews", "dev.jsonl")
	t.Setenv("VNTEXT_DATA", filepath.Dir(filepath.Dir(filepath.Dir(data))))
	raw, err := os.ReadFile(filepath.Join(corpusDir, evalIDsFile))
	if err != nil {
		t.Fatal(err)
	}
	arts, err := newsByID()
	if err != nil {
		t.Fatal(err)
	}
	dev, err := readJSONL[newsArticle](filepath.Join(os.Getenv("VNTEXT_DATA"), "domain", "dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range strings.Fields(string(raw)) {
		if _, ok := arts[id]; !ok {
			t.Errorf("%s is not a VietNews dev article", id)
		}
		for _, d := range dev {
			if d.ID == id {
				t.Errorf("%s is a domain dev article", id)
			}
		}
	}
	anns, err := readJSONL[evalRecord](filepath.Join(corpusDir, evalAnnFile))
	if os.IsNotExist(err) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	golds, err := joinEval(anns, arts)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		if _, errs := resolve(toList(g)); len(errs) > 0 {
			t.Error(errs)
		}
	}
}
