package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

// pipelineFlags are the flags that configure the pipeline, the same on
// analyze, entities, segment, summarize, batch and serve, so that one
// configuration gives the same answers on every front end. A command
// registers only the groups of flags it uses (flagGroup).
type pipelineFlags struct {
	dict, entityModel, places, orgs, titles string
	sentences, maxSyllables, maxChars       int
	strict                                  bool
	keywords                                int
	offsets                                 string
	// fs tells which flags were given, to refuse those whose task does not
	// run.
	fs *flag.FlagSet
}

// flagGroup is a group of pipeline flags, by the stage that reads them.
type flagGroup uint8

const (
	segmentFlags flagGroup = 1 << iota // --dict
	entityFlags                        // --entity-model, --places, --orgs, --titles
	summaryFlags                       // --sentences, --max-syllables, --max-chars, --strict, --keywords
	offsetFlags                        // --offsets

	allFlags = segmentFlags | entityFlags | summaryFlags | offsetFlags
)

// builtinModel is the --entity-model value that names the model shipped
// with the library rather than a file.
const builtinModel = "builtin"

// register adds the flags of groups to fs; the others keep their defaults.
func (p *pipelineFlags) register(fs *flag.FlagSet, groups flagGroup) {
	p.fs, p.keywords, p.offsets = fs, 10, "bytes"
	if groups&segmentFlags != 0 {
		fs.StringVar(&p.dict, "dict", "", "file of extra words for the segmenter to keep whole, one per line")
	}
	if groups&entityFlags != 0 {
		fs.StringVar(&p.entityModel, "entity-model", "", "entity model: \"builtin\" for the model shipped with vntext, or a file from vntext train entities (./builtin for a file of that name); default the rules alone")
		fs.StringVar(&p.places, "places", "", "file of extra place names, one per line (always LOCATION)")
		fs.StringVar(&p.orgs, "orgs", "", "file of extra organisation names or abbreviations, one per line")
		fs.StringVar(&p.titles, "titles", "", "file of extra position titles (\"Giám đốc Kho bạc\"), one per line")
	}
	if groups&offsetFlags != 0 {
		fs.StringVar(&p.offsets, "offsets", "bytes", "offset unit: bytes, runes (code points) or utf16 (JavaScript)")
	}
	if groups&summaryFlags != 0 {
		fs.IntVar(&p.sentences, "sentences", 0, "summary length in exactly this many sentences (0: 3 when no budget is given, else the best summary within the budget)")
		fs.IntVar(&p.maxSyllables, "max-syllables", 0, "summary budget in syllables (0: none)")
		fs.IntVar(&p.maxChars, "max-chars", 0, "summary budget in characters (0: none)")
		fs.BoolVar(&p.strict, "strict", false, "the first summary sentence must fit the budget too, when any sentence does")
		fs.IntVar(&p.keywords, "keywords", 10, "how many keywords, when the keywords task runs (0: none)")
	}
}

// taskFlags are the flags that only matter to one task: given while the
// task does not run, they would do nothing, which is a usage error.
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

// options builds the analyzer options for tasks. A file that cannot be
// read is an error of the run (status 1); anything else is a usage error
// (status 2): usageError wraps those. --keywords 0 drops the keywords task.
func (p *pipelineFlags) options(tasks vntext.Task) ([]vntext.Option, error) {
	unit, err := vntext.ParseOffsets(p.offsets)
	if err != nil {
		return nil, usageError{err}
	}
	if p.keywords < 0 {
		return nil, usageError{errors.New("--keywords must be ≥ 0 (0: none)")}
	}
	for _, f := range taskFlags {
		if p.fs != nil && flagSet(p.fs, f.name) && tasks&f.task == 0 && !(f.name == "keywords" && p.keywords == 0) {
			return nil, usageError{fmt.Errorf("--%s applies to the %s task, which is not asked for: add it to --tasks", f.name, f.task)}
		}
	}
	tasks = p.tasks(tasks)
	opts := []vntext.Option{vntext.WithTasks(tasks), vntext.WithOffsets(unit)}
	if p.keywords > 0 {
		opts = append(opts, vntext.WithKeywords(p.keywords))
	}
	if p.sentences < 0 {
		return nil, usageError{errors.New("--sentences must be ≥ 0")}
	}
	// A sentence count is a target within the budget; with a budget alone
	// the summarizer picks the best summary that fits (package summarize,
	// "Length").
	sumOpts := []summarize.Option{summarize.WithMaxSyllables(p.maxSyllables), summarize.WithMaxChars(p.maxChars)}
	if p.sentences > 0 {
		sumOpts = append(sumOpts, summarize.WithSentences(p.sentences))
	}
	if p.strict {
		sumOpts = append(sumOpts, summarize.WithStrictBudget())
	}
	opts = append(opts, vntext.WithSummaryOptions(sumOpts...))
	if p.dict != "" {
		words, err := readWordList(p.dict)
		if err != nil {
			return nil, err
		}
		opts = append(opts, vntext.WithTokenizerOptions(tokenize.WithWords(words...)))
	}
	var entOpts []entities.Option
	for _, f := range []struct {
		path string
		opt  func(...string) entities.Option
	}{
		{p.places, func(s ...string) entities.Option { return entities.WithEntries(entities.Location, s...) }},
		{p.orgs, entities.WithOrganizations},
		{p.titles, entities.WithTitles},
	} {
		if f.path == "" {
			continue
		}
		words, err := readWordList(f.path)
		if err != nil {
			return nil, err
		}
		entOpts = append(entOpts, f.opt(words...))
	}
	switch p.entityModel {
	case "":
	case builtinModel:
		entOpts = append(entOpts, entities.WithBuiltinModel(true))
	default:
		// Read whole here: WithModel reads it when the Analyzer is built.
		b, err := os.ReadFile(p.entityModel)
		if err != nil {
			return nil, fmt.Errorf("--entity-model: %w", err)
		}
		entOpts = append(entOpts, entities.WithModel(bytes.NewReader(b)))
	}
	if len(entOpts) > 0 {
		opts = append(opts, vntext.WithEntityOptions(entOpts...))
	}
	return opts, nil
}

// tasks is what runs of the tasks asked for: all of them, but keywords
// with --keywords 0.
func (p *pipelineFlags) tasks(asked vntext.Task) vntext.Task {
	if p.keywords == 0 {
		return asked &^ vntext.TaskKeywords
	}
	return asked
}

// analyzer builds the analyzer; a bad option value is a usage error.
func (p *pipelineFlags) analyzer(tasks vntext.Task) (*vntext.Analyzer, error) {
	opts, err := p.options(tasks)
	if err != nil {
		return nil, err
	}
	a, err := vntext.New(opts...)
	if err != nil {
		return nil, usageError{err}
	}
	return a, nil
}

// usageError marks an error as the caller's (exit status 2).
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// fail prints err for command name and returns its exit status: 2 for a
// usage error, else 1.
func fail(stderr io.Writer, name string, err error) int {
	fmt.Fprintf(stderr, "vntext %s: %s\n", name, errText(err))
	if errors.As(err, new(usageError)) {
		return 2
	}
	return 1
}

// errText is err's message without the library's "vntext: " prefix: the
// command's own prefix ("vntext batch: ") already says where it comes from.
func errText(err error) string {
	return strings.TrimPrefix(err.Error(), "vntext: ")
}

// readWordList reads one word per line, skipping blank lines and lines
// starting with '#'.
func readWordList(path string) ([]string, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	words := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			words = append(words, l)
		}
	}
	return words, nil
}
