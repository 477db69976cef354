package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/vntext/vntext/summarize"
)

// runSummarize prints the extractive summary of one article (FILE or
// standard input): the summary text, or with --json the sentences with
// byte offsets into the input, their scores and the over-budget flag.
func runSummarize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	title := fs.String("title", "", "the article's headline (the strongest hint of what matters)")
	sentences := fs.Int("sentences", 3, "exactly this many sentences (fewer only when the article or the budget has no room)")
	maxSyl := fs.Int("max-syllables", 0, "at most this many syllables (0: no cap)")
	maxChars := fs.Int("max-chars", 0, "at most this many characters (0: no cap)")
	strict := fs.Bool("strict", false, "the first sentence must fit the budget too, when any sentence does")
	keywords := fs.Int("keywords", 0, "also list this many key phrases")
	asJSON := fs.Bool("json", false, "print JSON with scores and byte offsets into the input (as decoded to UTF-8 when it was not; for HTML, into the article's text)")
	formatName := fs.String("format", "auto", formatUsage)
	const usage = "usage: vntext summarize [--title T] [--sentences N] [--max-syllables N] [--max-chars N] [--strict] [--keywords N] [--json] [--format auto|text|html] [FILE]"
	if code, ok := parseFlags(fs, args, usage, stderr); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "vntext summarize: at most one FILE")
		return 2
	}
	opts := []summarize.Option{summarize.WithSentences(*sentences), summarize.WithMaxSyllables(*maxSyl), summarize.WithMaxChars(*maxChars)}
	if *strict {
		opts = append(opts, summarize.WithStrictBudget())
	}
	s, err := summarize.New(opts...)
	if err != nil {
		fmt.Fprintln(stderr, "vntext summarize:", err)
		return 2
	}
	if *keywords < 0 {
		fmt.Fprintln(stderr, "vntext summarize: --keywords must be ≥ 0")
		return 2
	}
	format, err := parseInputFormat(*formatName)
	if err != nil {
		fmt.Fprintln(stderr, "vntext summarize:", err)
		return 2
	}
	in, err := readInput(fs.Arg(0), stdin, format)
	if err != nil {
		fmt.Fprintln(stderr, "vntext summarize:", err)
		return 1
	}
	// A text article is summarized whole (its first line is not taken for
	// a title); an HTML page's article is its body, with its headline.
	text := in.text
	if *title == "" && in.page != nil {
		*title = in.doc.Title
	}
	sum, err := s.Summarize(context.Background(), summarize.Article{Title: *title, Text: text})
	if err != nil {
		fmt.Fprintln(stderr, "vntext summarize:", err)
		return 1
	}
	var kws []summarize.Keyword
	if *keywords > 0 {
		kws = s.Keywords(text, *keywords)
	}
	if *asJSON {
		out := struct {
			summarize.Summary
			Text     string              `json:"text"`
			Keywords []summarize.Keyword `json:"keywords,omitempty"`
		}{sum, sum.Text(), kws}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "vntext summarize:", err)
			return 1
		}
		return 0
	}
	fmt.Fprintln(stdout, sum.Text())
	if sum.OverBudget {
		fmt.Fprintln(stderr, "vntext summarize: the chosen sentence alone exceeds the budget")
	}
	for _, k := range kws {
		fmt.Fprintf(stdout, "# %s\t%.3f\n", k.Text, k.Score)
	}
	return 0
}
