// Package config is the analyzer configuration the front ends share: the
// pipeline flags of the vntext command (analyze, entities, segment,
// summarize, batch, serve) and of the Beam pipeline, under the same names,
// so that one configuration gives the same answers on every front end.
//
// Flags are what a user gives: values and file names. Load reads the files
// into a Config, which holds everything needed to build the Analyzer and
// nothing that must be read again: a Beam pipeline ships it to workers that
// cannot see the launcher's files.
package config

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

// Flags are the pipeline flags as given.
type Flags struct {
	// Files of one entry per line: extra words for the segmenter, place
	// names, organisation names, position titles; and the entity model.
	Dict, Places, Orgs, Titles, EntityModel string
	Config
}

// Config is a pipeline configuration with the contents of its files. Its
// zero value is not the default: Register sets the defaults (Keywords 10,
// Offsets "bytes").
type Config struct {
	// Offsets is the offset unit: bytes, runes or utf16.
	Offsets string
	// Keywords is how many keywords (≥ 1).
	Keywords int
	// Sentences, MaxSyllables, MaxChars and Strict set the summary's
	// length (package summarize, "Length"); 0 is no count, no budget.
	Sentences, MaxSyllables, MaxChars int
	Strict                            bool
	// Words, Places, Orgs and Titles are the entries of the files Dict,
	// Places, Orgs and Titles; EntityModel the model file's bytes.
	Words, Places, Orgs, Titles []string
	EntityModel                 []byte
}

// Register adds the flags to fs with their defaults; summary says whether
// the summary flags apply to the command.
func (f *Flags) Register(fs *flag.FlagSet, summary bool) {
	fs.StringVar(&f.Dict, "dict", "", "file of extra words for the segmenter to keep whole, one per line")
	fs.StringVar(&f.EntityModel, "entity-model", "", "entity model file (from vntext train entities)")
	fs.StringVar(&f.Places, "places", "", "file of extra place names, one per line (always LOCATION)")
	fs.StringVar(&f.Orgs, "orgs", "", "file of extra organisation names or abbreviations, one per line")
	fs.StringVar(&f.Titles, "titles", "", "file of extra position titles (\"Giám đốc Kho bạc\"), one per line")
	fs.StringVar(&f.Offsets, "offsets", "bytes", "offset unit: bytes, runes (code points) or utf16 (JavaScript)")
	if summary {
		fs.IntVar(&f.Sentences, "sentences", 0, "summary length in exactly this many sentences (0: 3 when no budget is given, else the best summary within the budget)")
		fs.IntVar(&f.MaxSyllables, "max-syllables", 0, "summary budget in syllables (0: none)")
		fs.IntVar(&f.MaxChars, "max-chars", 0, "summary budget in characters (0: none)")
		fs.BoolVar(&f.Strict, "strict", false, "the first summary sentence must fit the budget too, when any sentence does")
		fs.IntVar(&f.Keywords, "keywords", 10, "how many keywords")
	} else {
		f.Keywords = 10
	}
}

// Load reads the files the flags name with read (os.ReadFile when nil),
// and returns the configuration with their contents. Its errors are those
// of reading; the values are checked by Options.
func (f Flags) Load(read func(name string) ([]byte, error)) (Config, error) {
	if read == nil {
		read = os.ReadFile
	}
	c := f.Config
	for _, l := range []struct {
		path string
		to   *[]string
	}{{f.Dict, &c.Words}, {f.Places, &c.Places}, {f.Orgs, &c.Orgs}, {f.Titles, &c.Titles}} {
		if l.path == "" {
			continue
		}
		b, err := read(l.path)
		if err != nil {
			return Config{}, err
		}
		*l.to = WordList(b)
	}
	if f.EntityModel != "" {
		b, err := read(f.EntityModel)
		if err != nil {
			return Config{}, fmt.Errorf("--entity-model: %w", err)
		}
		c.EntityModel = b
	}
	return c, nil
}

// WordList reads one entry per line, skipping blank lines and lines
// starting with '#'.
func WordList(b []byte) []string {
	var words []string
	for line := range bytes.Lines(b) {
		if w := strings.TrimSpace(string(line)); w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	return words
}

// Options returns the analyzer options for tasks; an error names the value
// that is wrong.
func (c Config) Options(tasks vntext.Task) ([]vntext.Option, error) {
	unit, err := vntext.ParseOffsets(c.Offsets)
	if err != nil {
		return nil, err
	}
	if c.Keywords < 1 {
		return nil, errors.New("--keywords must be ≥ 1")
	}
	if c.Sentences < 0 {
		return nil, errors.New("--sentences must be ≥ 0")
	}
	opts := []vntext.Option{vntext.WithTasks(tasks), vntext.WithOffsets(unit), vntext.WithKeywords(c.Keywords)}
	// A sentence count is a target within the budget; with a budget alone
	// the summarizer picks the best summary that fits (package summarize,
	// "Length").
	sumOpts := []summarize.Option{summarize.WithMaxSyllables(c.MaxSyllables), summarize.WithMaxChars(c.MaxChars)}
	if c.Sentences > 0 {
		sumOpts = append(sumOpts, summarize.WithSentences(c.Sentences))
	}
	if c.Strict {
		sumOpts = append(sumOpts, summarize.WithStrictBudget())
	}
	opts = append(opts, vntext.WithSummaryOptions(sumOpts...))
	if len(c.Words) > 0 {
		opts = append(opts, vntext.WithTokenizerOptions(tokenize.WithWords(c.Words...)))
	}
	var entOpts []entities.Option
	if len(c.Places) > 0 {
		entOpts = append(entOpts, entities.WithEntries(entities.Location, c.Places...))
	}
	if len(c.Orgs) > 0 {
		entOpts = append(entOpts, entities.WithOrganizations(c.Orgs...))
	}
	if len(c.Titles) > 0 {
		entOpts = append(entOpts, entities.WithTitles(c.Titles...))
	}
	if c.EntityModel != nil {
		// A model that cannot be read fails vntext.New, naming it.
		entOpts = append(entOpts, entities.WithModel(bytes.NewReader(c.EntityModel)))
	}
	if len(entOpts) > 0 {
		opts = append(opts, vntext.WithEntityOptions(entOpts...))
	}
	return opts, nil
}
