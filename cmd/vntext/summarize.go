package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/summarize"
)

// summarizeOutput is the JSON of "vntext summarize --json" and
// /v1/summarize: the Result's summary and keywords.
type summarizeOutput struct {
	Summary  summarize.Summary   `json:"summary"`
	Keywords []summarize.Keyword `json:"keywords"`
}

// summaryTasks are the tasks of "vntext summarize" and /v1/summarize: the
// page task too, so that the summary is analyze's, chosen from the body,
// with the headline found in the text as its title.
const summaryTasks = vntext.TaskSummary | vntext.TaskKeywords | vntext.TaskPage

// runSummarize prints the extractive summary of one article (FILE or
// standard input): the summary text, or with --json the summary sentences
// with offsets into the input (as decoded to UTF-8), their scores, the
// over-budget flag and the keywords.
func runSummarize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	title := fs.String("title", "", "the article's headline (the strongest hint of what matters)")
	asJSON := fs.Bool("json", false, "print JSON: summary sentences with scores and offsets (for HTML, into the article's text), and keywords")
	formatName := fs.String("format", "auto", formatUsage)
	var pf pipelineFlags
	pf.Register(fs, config.AllFlags)
	const usage = "usage: vntext summarize [--title T] [--sentences N] [--max-syllables N] [--max-chars N] [--strict] [--json] [--format auto|text|html] [flags] [FILE|-]"
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "vntext summarize: at most one FILE")
		return 2
	}
	a, err := pf.analyzer(summaryTasks)
	if err != nil {
		return fail(stderr, "summarize", err)
	}
	format, err := parseInputFormat(*formatName)
	if err != nil {
		return fail(stderr, "summarize", usageError{err})
	}
	in, err := readInput(fs.Arg(0), stdin, format)
	if err != nil {
		return fail(stderr, "summarize", err)
	}
	doc := in.doc
	if *title != "" {
		doc.Title = *title
	}
	res, err := a.Analyze(context.Background(), doc)
	if err != nil {
		return fail(stderr, "summarize", err)
	}
	if *asJSON {
		if err := writeJSON(stdout, summarizeOutput{res.Summary, res.Keywords}, false); err != nil {
			return fail(stderr, "summarize", err)
		}
		return 0
	}
	// A part of a sentence reads with a capital and, cut short, an
	// ellipsis; --json keeps the article's own bytes and "part".
	fmt.Fprintln(stdout, res.Summary.Display())
	if res.Summary.OverBudget {
		fmt.Fprintln(stderr, "vntext summarize: the chosen sentence alone exceeds the budget")
	}
	// The text form lists keywords only when --keywords asks for them.
	if config.Given(fs, "keywords") {
		for _, k := range res.Keywords {
			fmt.Fprintf(stdout, "# %s\t%.3f\n", cleanName(k.Normalized, k.Text), k.Score)
		}
	}
	return 0
}
