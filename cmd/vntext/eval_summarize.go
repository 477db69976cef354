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
// ({"id","title","text","summary"} lines) with syllable-level ROUGE, beside
// the baselines on the same articles: LEAD under the same length rules,
// LEAD-3, the headline alone and the greedy sentence oracle (same rules).
func evalSummarize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval summarize", flag.ContinueOnError)
	gold := fs.String("gold", "", "gold JSONL file (required)")
	maxSyl := fs.Int("max-syllables", 45, "syllable budget (0: no cap)")
	sentences := fs.Int("sentences", 0, "exactly this many sentences (0: as the budget decides; with no budget either, 3)")
	strict := fs.Bool("strict", false, "the first sentence must fit the budget too, when any sentence does")
	half := fs.String("half", "all", "score the tune half, the blind half or all of the gold set (halves by a hash of the id)")
	pred := fs.String("pred", "", "also write our summaries as {\"id\",\"summary\"} JSONL here (for score.py, the reference scorer shipped with the corpora)")
	const usage = "usage: vntext eval summarize --gold FILE.jsonl [--max-syllables N] [--sentences N] [--strict] [--half tune|blind|all] [--pred OUT.jsonl]\n" +
		`  FILE.jsonl: one article a line, {"id", "title", "text", "summary"}: "summary" is the human-written lead (sapo)` + "\n" +
		`  the summaries are scored against (syllable ROUGE-1, -2, -L F1); "text" and "summary" are required`
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if *gold == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "vntext eval summarize: --gold FILE is required and takes no other arguments")
		return 2
	}
	if *half != "all" && *half != "tune" && *half != "blind" {
		fmt.Fprintln(stderr, "vntext eval summarize: --half must be tune, blind or all")
		return 2
	}
	tok, err := tokenize.New()
	if err != nil {
		fmt.Fprintln(stderr, "vntext eval summarize:", err)
		return 1
	}
	opts := []summarize.Option{summarize.WithTokenizer(tok), summarize.WithMaxSyllables(*maxSyl)}
	if *sentences != 0 {
		opts = append(opts, summarize.WithSentences(*sentences))
	}
	if *strict {
		opts = append(opts, summarize.WithStrictBudget())
	}
	s, err := summarize.New(opts...)
	if err != nil {
		fmt.Fprintln(stderr, "vntext eval summarize:", err)
		return 2
	}
	// The baselines follow the same length rules: exactly n sentences, or
	// the budget alone.
	n := *sentences
	if n == 0 && *maxSyl == 0 {
		n = summarize.DefaultSentences
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
	var ours, lead, lead3, title, oracle sumeval.Mean
	scored, syl, nsent, parts, over := 0, 0, 0, 0, 0
	for _, r := range recs {
		if *half != "all" && sumeval.Blind(r.ID) != (*half == "blind") {
			continue
		}
		scored++
		sum, err := s.Summarize(context.Background(), summarize.Article{Title: r.Title, Text: r.Text})
		if err != nil {
			fmt.Fprintf(stderr, "vntext eval summarize: %s: %v\n", r.ID, err)
			return 1
		}
		text := sum.Text()
		syl += len(sumeval.Tokens(text))
		nsent += len(sum.Sentences)
		for _, x := range sum.Sentences {
			if x.Part {
				parts++
			}
		}
		if sum.OverBudget {
			over++
		}
		sents := tok.Sentences(r.Text)
		texts := make([]string, len(sents))
		for i, x := range sents {
			texts[i] = x.Text
		}
		ours.Add(sumeval.ROUGE(text, r.Summary))
		lead.Add(sumeval.ROUGE(sumeval.Lead(sents, n, *maxSyl), r.Summary))
		lead3.Add(sumeval.ROUGE(sumeval.Leading(texts, 3), r.Summary))
		title.Add(sumeval.ROUGE(r.Title, r.Summary))
		oracle.Add(sumeval.ROUGE(sumeval.Oracle(texts, r.Summary, n, *maxSyl), r.Summary))
		if predOut != nil {
			if err := predOut.Encode(map[string]string{"id": r.ID, "summary": text}); err != nil {
				fmt.Fprintln(stderr, "vntext eval summarize:", err)
				return 1
			}
		}
	}
	length := "no syllable cap"
	if *maxSyl > 0 {
		length = fmt.Sprintf("%d-syllable budget", *maxSyl)
		if *strict {
			length += " (strict)"
		}
	}
	if n > 0 {
		length += fmt.Sprintf(", %d sentences", n)
	}
	which := ""
	if *half != "all" {
		which = " (" + *half + " half)"
	}
	fmt.Fprintf(stdout, "%d articles%s, %s; ROUGE F1 ×100 (syllables)\n", scored, which, length)
	fmt.Fprintf(stdout, "%-10s %6s %6s %6s\n", "system", "R-1", "R-2", "R-L")
	for _, row := range []struct {
		name string
		m    *sumeval.Mean
	}{{"vntext", &ours}, {"LEAD", &lead}, {"LEAD-3", &lead3}, {"headline", &title}, {"oracle", &oracle}} {
		p := row.m.Percent()
		fmt.Fprintf(stdout, "%-10s %6.2f %6.2f %6.2f\n", row.name, p.R1, p.R2, p.RL)
	}
	d := float64(max(scored, 1))
	fmt.Fprintf(stdout, "our summaries: %.1f syllables, %.2f sentences on average (%d of them parts of sentences); %d over budget (a single sentence)\n",
		float64(syl)/d, float64(nsent)/d, parts, over)
	fmt.Fprintln(stdout, "LEAD and oracle follow the same length rules; LEAD-3 is the first three sentences, the headline is the title alone")
	return 0
}
