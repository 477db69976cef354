package summarize

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// SummarizeSentences with a per-article boost gives what a Summarizer built
// WithBoost gives, and Keywords of given words what Keywords finds itself.
func TestSummarizeSentencesBoost(t *testing.T) {
	boost := func(s string) float64 {
		if strings.Contains(s, "Trần Văn Khải") {
			return 10
		}
		return 0
	}
	base := mustNew(t, WithSentences(1))
	boosted := mustNew(t, WithSentences(1), WithBoost(boost))
	a := Article{Title: testTitle, Text: testText}
	want, err := boosted.Summarize(context.Background(), a)
	require.NoError(t, err)
	sents := base.Tokenizer().Sentences(a.Text)
	got, err := base.SummarizeSentences(context.Background(), a, sents, func(i int) float64 { return boost(sents[i].Text) })
	require.NoError(t, err)
	assert.Equal(t, want, got)
	plain, err := base.SummarizeSentences(context.Background(), a, sents, nil)
	require.NoError(t, err)
	alone, err := base.Summarize(context.Background(), a)
	require.NoError(t, err)
	assert.Equal(t, alone, plain)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = base.SummarizeSentences(ctx, a, sents, nil)
	assert.Error(t, err)

	assert.Equal(t, keywords(base, a.Text, 5), keywordsOf(base, a.Text, KeywordInput{Words: base.Tokenizer().Words(a.Text), Sentences: base.Tokenizer().Sentences(a.Text)}, 5))
}
