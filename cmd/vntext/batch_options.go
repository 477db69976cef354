package main

import "github.com/vntext/vntext/summarize"

// summaryOptions turns the --sentences and --max-syllables flags shared by
// analyze, batch and serve into summarizer options; summarize validates them.
func summaryOptions(sentences, maxSyllables int) ([]summarize.Option, error) {
	opts := []summarize.Option{summarize.WithSentences(sentences), summarize.WithMaxSyllables(maxSyllables)}
	if _, err := summarize.New(opts...); err != nil {
		return nil, err
	}
	return opts, nil
}
