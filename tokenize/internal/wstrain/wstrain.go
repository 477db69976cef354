// Package wstrain builds the word-segmentation model from the corpora under
// $VNTEXT_DATA/ws. It is shared by the training command and the tests that
// train a model to check the accuracy bar.
package wstrain

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/names"
	"github.com/vntext/vntext/internal/segeval"
	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/tokenize"
	"github.com/vntext/vntext/tokenize/internal/wseg"
)

// Config selects the training material.
type Config struct {
	Data    string   // the folder holding ws/ (usually $VNTEXT_DATA)
	Train   []string // gold files relative to Data, e.g. "ws/ud-vtb/train.seg.txt"
	Lexicon string   // word list relative to Data, one word per line
	Epochs  int
	// MinWeight prunes averaged weights smaller than it (0: keep all).
	MinWeight float32
	// SentenceCaseNames adds, for every training sentence with a full
	// personal name, a copy with the name written in sentence case.
	SentenceCaseNames bool
	// Tune, when not nil, adjusts the trainer before training (experiments).
	Tune func(*wseg.Trainer)
}

// Shipped is the configuration of the model in tokenize/internal/lexicon: only
// licence-clean material (UD-VTB, CC BY-SA 4.0; VnVocab, Apache-2.0).
func Shipped(data string) Config {
	return Config{
		Data:      data,
		Train:     []string{"ws/ud-vtb/train.seg.txt", "ws/ud-vtb/dev.seg.txt"},
		Lexicon:   "ws/lexicon/vnvocab.txt",
		Epochs:    10,
		MinWeight: 0.5,
		// Some sources type names in sentence case ("Nguyễn đình hùng");
		// the corpus has too few for the model to learn them.
		SentenceCaseNames: true,
	}
}

// TrainOnly is Shipped without the dev sentences, for honest dev scores.
func TrainOnly(data string) Config {
	c := Shipped(data)
	c.Train = c.Train[:1]
	return c
}

// canonical must match tokenize's canonicalSyllable.
func canonical(s string) string {
	out, _ := classic.Normalize(s)
	return out
}

var classic, _ = normalize.New(normalize.WithTone(normalize.ToneClassic))

func variants(k string) []string {
	v := strings.ToLower(normalize.Normalize(k)) // the default, modern placement
	if v == k {
		return nil
	}
	return []string{v}
}

// ReadLines reads a UTF-8 text file as lines.
func ReadLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		lines = append(lines, strings.TrimRight(sc.Text(), "\r"))
	}
	return lines, sc.Err()
}

// Build trains a model and returns its encoding.
func Build(c Config) ([]byte, error) {
	var files [][]string
	for _, f := range c.Train {
		lines, err := ReadLines(filepath.Join(c.Data, f))
		if err != nil {
			return nil, err
		}
		files = append(files, lines)
	}
	return build(c, files)
}

// CrossValidate splits the lines of the training files into folds
// contiguous blocks (documents stay together), trains on all but one block
// and segments that one, for every block, and scores all the predictions
// together. It chooses settings without looking at dev.
func CrossValidate(c Config, folds int) (segeval.Result, error) {
	var all []string
	for _, f := range c.Train {
		lines, err := ReadLines(filepath.Join(c.Data, f))
		if err != nil {
			return segeval.Result{}, err
		}
		all = append(all, lines...)
	}
	var gold, pred []string
	for k := range folds {
		lo, hi := k*len(all)/folds, (k+1)*len(all)/folds
		rest := append(append([]string(nil), all[:lo]...), all[hi:]...)
		model, err := build(c, [][]string{rest})
		if err != nil {
			return segeval.Result{}, err
		}
		_, p, err := Evaluate(model, all[lo:hi])
		if err != nil {
			return segeval.Result{}, err
		}
		gold = append(gold, all[lo:hi]...)
		pred = append(pred, p...)
	}
	return segeval.Score(gold, pred)
}

func build(c Config, files [][]string) ([]byte, error) {
	// Tokens does not depend on the model; the empty one breaks the
	// bootstrap cycle when tokenize/internal/lexicon/model.bin is missing or stale.
	tok, err := tokenize.New(tokenize.WithModel(wseg.Empty()))
	if err != nil {
		return nil, err
	}
	tr := wseg.NewTrainer(canonical, variants)
	if c.Epochs > 0 {
		tr.Epochs = c.Epochs
	}
	tr.MinWeight = c.MinWeight
	if c.Tune != nil {
		c.Tune(tr)
	}
	// The model's name features are per syllable: names of several
	// syllables ("Rơ Châm") stay out.
	for _, n := range slices.Concat(names.Surnames("surname"), names.Surnames("surname-ambiguous"), names.Surnames("surname-rare")) {
		if !strings.Contains(n, " ") {
			tr.AddName(n, wseg.FlagSurname)
		}
	}
	for _, n := range names.Middles() {
		if !strings.Contains(n, " ") {
			tr.AddName(n, wseg.FlagMiddle)
		}
	}
	if c.Lexicon != "" {
		words, err := ReadLines(filepath.Join(c.Data, c.Lexicon))
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			tr.AddLexiconWord(strings.Fields(w))
		}
	}
	group := 0
	for _, lines := range files {
		for _, l := range lines {
			group++
			if strings.TrimSpace(l) == "" {
				continue
			}
			// Each sentence twice: as running text and as already
			// tokenized text (punctuation split off), so both inputs
			// segment alike.
			raw, starts := Detokenize(l)
			units, begins := Units(tok, raw, starts)
			tr.AddSentence(group, units, begins)
			if spaced := segeval.Raw(l); spaced != raw {
				units, begins := Units(tok, spaced, Starts(l))
				tr.AddSentence(group, units, begins)
			}
			if c.SentenceCaseNames {
				if lowered, ok := sentenceCaseNames(l); ok {
					raw, starts := Detokenize(lowered)
					units, begins := Units(tok, raw, starts)
					tr.AddSentence(group, units, begins)
				}
			}
		}
	}
	if tr.NumSentences() == 0 {
		return nil, fmt.Errorf("wstrain: no training sentences")
	}
	return tr.Train(), nil
}

// sentenceCaseNames rewrites the personal names of a gold line (a family
// name then two or more capitalised syllables, one word) with all but the
// family name in lower case, "Nguyễn_đình_hùng", as some sources type them.
// It reports whether the line had such a name.
func sentenceCaseNames(gold string) (string, bool) {
	words := strings.Split(gold, " ")
	changed := false
	for i, w := range words {
		syl := strings.Split(w, "_")
		if len(syl) < 3 || !isFamilyName[syl[0]] {
			continue
		}
		all := true
		for _, s := range syl[1:] {
			r, _ := utf8.DecodeRuneInString(s)
			all = all && unicode.IsUpper(r) && strings.ToLower(s[len(string(r)):]) == s[len(string(r)):]
		}
		if !all {
			continue
		}
		for j := 1; j < len(syl); j++ {
			syl[j] = strings.ToLower(syl[j])
		}
		words[i] = strings.Join(syl, "_")
		changed = true
	}
	return strings.Join(words, " "), changed
}

// Units tokenizes raw, the text of a gold line, and marks, per token,
// whether a gold word begins there (starts holds the words' byte offsets). Tokens are aligned by byte
// offset, so any tokenization works: a token that starts inside a gold word
// continues it.
func Units(tok *tokenize.Tokenizer, raw string, starts map[int]bool) ([]wseg.Unit, []bool) {
	toks := tok.Tokens(raw)
	units := make([]wseg.Unit, len(toks))
	begins := make([]bool, len(toks))
	for i, t := range toks {
		glued := i > 0 && toks[i-1].End == t.Start
		units[i] = wseg.Unit{Text: t.Text, Syllable: t.Kind == tokenize.Syllable, Shape: unitShape(t.Kind), Glued: glued}
		begins[i] = i == 0 || starts[t.Start]
	}
	return units, begins
}

// Detokenize writes a gold line the way running text is written: syllables
// separated by spaces, closing punctuation attached to the word before it
// and opening brackets to the word after, so the model learns that "Nội,"
// splits while the pieces of "..." or "2.000" do not. It returns the text
// and the byte offsets where gold words start.
func Detokenize(gold string) (string, map[int]bool) {
	words := strings.Fields(gold)
	starts := make(map[int]bool, len(words))
	var b strings.Builder
	for i, w := range words {
		if i > 0 && !(closing(w) && alnumEnd(words[i-1])) && !(opening(words[i-1]) && alnumStart(w)) {
			b.WriteByte(' ')
		}
		starts[b.Len()] = true
		b.WriteString(strings.ReplaceAll(w, "_", " "))
	}
	return b.String(), starts
}

// Starts returns the byte offsets of the words of a gold line in its raw
// form (segeval.Raw).
func Starts(gold string) map[int]bool {
	starts := map[int]bool{}
	pos := 0
	for _, w := range strings.Split(gold, " ") {
		if w != "" {
			starts[pos] = true
		}
		pos += len(w) + 1
	}
	return starts
}

func closing(w string) bool { return strings.ContainsRune(",.;:!?)]}…", firstRune(w)) }
func opening(w string) bool { return w == "(" || w == "[" || w == "{" }

func firstRune(w string) rune {
	for _, r := range w {
		return r
	}
	return 0
}

func alnumStart(w string) bool {
	r := firstRune(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func alnumEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// unitShape mirrors tokenize's mapping of token kinds to unit shapes.
func unitShape(k tokenize.Kind) uint8 {
	switch k {
	case tokenize.Number, tokenize.Percent, tokenize.Ratio, tokenize.Date, tokenize.Time:
		return wseg.ShapeNumber
	case tokenize.Punct:
		return wseg.ShapePunct
	}
	return wseg.ShapeOther
}

// Evaluate segments the raw form of every gold line with model and scores
// the result.
func Evaluate(model []byte, gold []string) (segeval.Result, []string, error) {
	tok, err := tokenize.New(tokenize.WithModel(model))
	if err != nil {
		return segeval.Result{}, nil, err
	}
	pred := make([]string, len(gold))
	for i, g := range gold {
		pred[i] = tok.Segment(segeval.Raw(g))
	}
	r, err := segeval.Score(gold, pred)
	return r, pred, err
}
