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
	// names, organisation names, position titles; and the entity model
	// (BuiltinModel names the model shipped with the library).
	Dict, Places, Orgs, Titles, EntityModel string
	Config
	// fs tells which flags were given (Check).
	fs *flag.FlagSet
}

// Config is a pipeline configuration with the contents of its files. Its
// zero value is not the default: Register sets the defaults (Keywords 10,
// Offsets "bytes").
type Config struct {
	// Offsets is the offset unit: bytes, runes or utf16.
	Offsets string
	// Keywords is how many keywords; 0 drops the keywords task (Tasks).
	Keywords int
	// Sentences, MaxSyllables, MaxChars and Strict set the summary's
	// length (package summarize, "Length"); 0 is no count, no budget.
	Sentences, MaxSyllables, MaxChars int
	Strict                            bool
	// Words, Places, Orgs and Titles are the entries of the files Dict,
	// Places, Orgs and Titles; EntityModel the model file's bytes, or
	// BuiltinModel the model shipped with the library.
	Words, Places, Orgs, Titles []string
	EntityModel                 []byte
	BuiltinModel                bool
}

// Group is a group of pipeline flags, by the stage that reads them: a
// command registers only the groups it uses.
type Group uint8

// The groups.
const (
	SegmentFlags Group = 1 << iota // --dict
	EntityFlags                    // --entity-model, --places, --orgs, --titles
	SummaryFlags                   // --sentences, --max-syllables, --max-chars, --strict, --keywords
	OffsetFlags                    // --offsets

	AllFlags = SegmentFlags | EntityFlags | SummaryFlags | OffsetFlags
)

// BuiltinModel is the --entity-model value that names the model shipped
// with the library rather than a file ("./builtin" names a file).
const BuiltinModel = "builtin"

// Register adds the flags of groups to fs with their defaults; the others
// keep their defaults.
func (f *Flags) Register(fs *flag.FlagSet, groups Group) {
	f.fs, f.Keywords, f.Offsets = fs, 10, "bytes"
	if groups&SegmentFlags != 0 {
		fs.StringVar(&f.Dict, "dict", "", "file of extra words for the segmenter to keep whole, one per line")
	}
	if groups&EntityFlags != 0 {
		fs.StringVar(&f.EntityModel, "entity-model", "", "entity model: \"builtin\" for the model shipped with vntext, or a file from vntext train entities (./builtin for a file of that name); default the rules alone")
		fs.StringVar(&f.Places, "places", "", "file of extra place names, one per line (always LOCATION)")
		fs.StringVar(&f.Orgs, "orgs", "", "file of extra organisation names or abbreviations, one per line")
		fs.StringVar(&f.Titles, "titles", "", "file of extra position titles (\"Giám đốc Kho bạc\"), one per line")
	}
	if groups&OffsetFlags != 0 {
		fs.StringVar(&f.Offsets, "offsets", "bytes", "offset unit: bytes, runes (code points) or utf16 (JavaScript)")
	}
	if groups&SummaryFlags != 0 {
		fs.IntVar(&f.Sentences, "sentences", 0, "summary length in exactly this many sentences (0: 3 when no budget is given, else the best summary within the budget)")
		fs.IntVar(&f.MaxSyllables, "max-syllables", 0, "summary budget in syllables (0: none)")
		fs.IntVar(&f.MaxChars, "max-chars", 0, "summary budget in characters (0: none)")
		fs.BoolVar(&f.Strict, "strict", false, "the first summary sentence must fit the budget too, when any sentence does")
		fs.IntVar(&f.Keywords, "keywords", 10, "how many keywords, when the keywords task runs (0: none)")
	}
}

// taskFlags are the flags that only matter to one task: given while the
// task does not run, they would do nothing.
var taskFlags = []struct {
	name string
	task vntext.Task
}{
	{"keywords", vntext.TaskKeywords},
	{"sentences", vntext.TaskSummary},
	{"max-syllables", vntext.TaskSummary},
	{"max-chars", vntext.TaskSummary},
	{"strict", vntext.TaskSummary},
}

// Given reports whether the flag name was given on the command line fs
// parsed.
func Given(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// Check refuses a flag given on the command line whose task is not among
// tasks (it would do nothing); --keywords 0 is always allowed.
func (f *Flags) Check(tasks vntext.Task) error {
	if f.fs == nil {
		return nil
	}
	for _, tf := range taskFlags {
		if Given(f.fs, tf.name) && tasks&tf.task == 0 && !(tf.name == "keywords" && f.Keywords == 0) {
			return fmt.Errorf("--%s applies to the %s task, which is not asked for: add it to --tasks", tf.name, tf.task)
		}
	}
	return nil
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
	switch f.EntityModel {
	case "":
	case BuiltinModel:
		c.BuiltinModel = true
	default:
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

// Tasks is what runs of the tasks asked for: all of them, but keywords
// when Keywords is 0.
func (c Config) Tasks(asked vntext.Task) vntext.Task {
	if c.Keywords == 0 {
		return asked &^ vntext.TaskKeywords
	}
	return asked
}

// Options returns the analyzer options for tasks (Tasks of them); an error
// names the value that is wrong.
func (c Config) Options(tasks vntext.Task) ([]vntext.Option, error) {
	unit, err := vntext.ParseOffsets(c.Offsets)
	if err != nil {
		return nil, err
	}
	if c.Keywords < 0 {
		return nil, errors.New("--keywords must be ≥ 0 (0: none)")
	}
	if c.Sentences < 0 {
		return nil, errors.New("--sentences must be ≥ 0")
	}
	opts := []vntext.Option{vntext.WithTasks(c.Tasks(tasks)), vntext.WithOffsets(unit)}
	if c.Keywords > 0 {
		opts = append(opts, vntext.WithKeywords(c.Keywords))
	}
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
	if c.BuiltinModel {
		entOpts = append(entOpts, entities.WithBuiltinModel(true))
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
