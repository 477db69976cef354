package main

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vntext/vntext/internal/testenv"
)

// evalTexts are the evaluation sets whose text written records may not
// repeat (the same list as tools/evalquote.py).
var evalTexts = []string{"domain/dev.jsonl", "ner/vlsp2016/dev.jsonl", "ner/phoner_covid19/dev.jsonl", "sum/vietnews/dev.jsonl"}

// quoteWords is how many consecutive words outside entity and role spans a
// written record may share with evaluation text: the genre's formulae are
// fine in short runs, not as copied sentences.
const quoteWords = 8

// lowerWords splits text into lower-cased words (runs of letters, digits and
// marks).
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) })
}

func gramKey(ws []string) uint64 {
	h := fnv.New64a()
	for _, w := range ws {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// TestWrittenTextQuotesNoEvaluationText keeps the evaluation sets out of the
// training data: a written article may name the same bodies and laws as an
// evaluation article (entity and role spans are masked), but its running
// text may not repeat quoteWords consecutive words of one. Rephrase the
// sentence the failure names.
func TestWrittenTextQuotesNoEvaluationText(t *testing.T) {
	root := filepath.Dir(testenv.DataDir(t, "domain"))
	grams := map[uint64]string{}
	for _, rel := range evalTexts {
		if _, err := os.Stat(filepath.Join(root, rel)); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		recs, err := readJSONL[newsArticle](filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			ws := lowerWords(r.Text + " " + r.Title)
			for i := 0; i+quoteWords <= len(ws); i++ {
				grams[gramKey(ws[i:i+quoteWords])] = rel
			}
		}
	}
	c, err := loadCorpus(corpusDir)
	if err != nil {
		t.Skip("batches fail; TestCorpusBatchesBuild reports it")
	}
	for _, r := range c.Records {
		if r.Source != "written" {
			continue
		}
		for _, seg := range unmasked(r) {
			ws := lowerWords(seg)
			for i := 0; i+quoteWords <= len(ws); i++ {
				if src, ok := grams[gramKey(ws[i:i+quoteWords])]; ok {
					t.Errorf("%s repeats %d words of %s: %q", r.ID, quoteWords, src, strings.Join(ws[i:i+quoteWords], " "))
					break
				}
			}
		}
	}
}

// unmasked returns the parts of a record's text outside its entity and role
// spans.
func unmasked(r goldRecord) []string {
	text := []rune(r.Text)
	masked := make([]bool, len(text))
	mask := func(s, e int) {
		for i := s; i < e; i++ {
			masked[i] = true
		}
	}
	for _, e := range r.Entities {
		mask(e.Start, e.End)
		for _, role := range e.Roles {
			rr := []rune(role)
			if at, ok := roleSpan(text, rr, e.Start, e.End); ok {
				mask(at, at+len(rr))
			}
		}
	}
	var out []string
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && !masked[i] {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, string(text[start:i]))
			start = -1
		}
	}
	return out
}
