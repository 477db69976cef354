package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/vntext/vntext/internal/sumeval"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

// evalSummarize scores the summarizer against gold summaries
// ({"id","title","text","summary"} lines) with syllable-level ROUGE, next to
// LEAD under the same budget and the title alone.
func evalSummarize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval summarize", flag.ContinueOnError)
	gold := fs.String("gold", "", "gold JSONL file (required)")
	maxSyl := fs.Int("max-syllables", 45, "syllable budget (0: no cap)")
	sentences := fs.Int("sentences", 3, "sentence cap")
	strict := fs.Bool("strict", false, "the first sentence must fit the budget too, when any sentence does")
	pred := fs.String("pred", "", "also write our summaries as {\"id\",\"summary\"} JSONL here (for score.py)")
	const usage = "usage: vntext eval summarize --gold FILE.jsonl [--max-syllables N] [--sentences N] [--strict] [--pred OUT.jsonl]"
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if *gold == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "vntext eval summarize: --gold FILE is required and takes no other arguments")
		return 2
	}
	tok, err := tokenize.New()
	if err != nil {
		fmt.Fprintln(stderr, "vntext eval summarize:", err)
		return 1
	}
	opts := []summarize.Option{summarize.WithTokenizer(tok), summarize.WithSentences(*sentences), summarize.WithMaxSyllables(*maxSyl)}
	if *strict {
		opts = append(opts, summarize.WithStrictBudget())
	}
	s, err := summarize.New(opts...)
	if err != nil {
		fmt.Fprintln(stderr, "vntext eval summarize:", err)
		return 2
	}
	f, err := os.Open(*gold)
	if err != nil {
		fmt.Fprintln(stderr, "vntext eval summarize:", err)
		return 1
	}
	defer f.Close()
	recs, err := sumeval.ReadGold(f)
	if errors.Is(err, sumeval.ErrNotGold) {
		err = usageError{err}
	}
	if err != nil {
		return fail(stderr, "eval summarize", fmt.Errorf("%s: %w", *gold, err))
	}
	var predOut *json.Encoder
	if *pred != "" {
		pf, err := os.Create(*pred)
		if err != nil {
			fmt.Fprintln(stderr, "vntext eval summarize:", err)
			return 1
		}
		defer pf.Close()
		predOut = json.NewEncoder(pf)
		predOut.SetEscapeHTML(false)
	}
	var ours, lead, title sumeval.Mean
	syl, over := 0, 0
	for _, r := range recs {
		sum, err := s.Summarize(context.Background(), summarize.Article{Title: r.Title, Text: r.Text})
		if err != nil {
			fmt.Fprintf(stderr, "vntext eval summarize: %s: %v\n", r.ID, err)
			return 1
		}
		text := sum.Text()
		syl += len(sumeval.Tokens(text))
		if sum.OverBudget {
			over++
		}
		ours.Add(sumeval.ROUGE(text, r.Summary))
		lead.Add(sumeval.ROUGE(sumeval.Lead(tok.Sentences(r.Text), *sentences, *maxSyl), r.Summary))
		title.Add(sumeval.ROUGE(r.Title, r.Summary))
		if predOut != nil {
			if err := predOut.Encode(map[string]string{"id": r.ID, "summary": text}); err != nil {
				fmt.Fprintln(stderr, "vntext eval summarize:", err)
				return 1
			}
		}
	}
	n := max(len(recs), 1)
	budget := "no syllable cap"
	if *maxSyl > 0 {
		budget = fmt.Sprintf("%d-syllable budget", *maxSyl)
	}
	if *strict {
		budget += " (strict)"
	}
	fmt.Fprintf(stdout, "%d articles, %s, ≤ %d sentences; ROUGE F1 ×100 (syllables)\n", len(recs), budget, *sentences)
	fmt.Fprintf(stdout, "%-10s %6s %6s %6s\n", "system", "R-1", "R-2", "R-L")
	for _, row := range []struct {
		name string
		m    *sumeval.Mean
	}{{"vntext", &ours}, {"LEAD", &lead}, {"title", &title}} {
		p := row.m.Percent()
		fmt.Fprintf(stdout, "%-10s %6.2f %6.2f %6.2f\n", row.name, p.R1, p.R2, p.RL)
	}
	fmt.Fprintf(stdout, "summaries: %.1f syllables on average; %d over budget (a single sentence)\n", float64(syl)/float64(n), over)
	return 0
}
