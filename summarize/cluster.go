package summarize

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/vntext/vntext/tokenize"
)

// Near-duplicates: a sentence whose syllables (weighted by capped IDF, see
// state.overlap) another sentence has for at least this share says
// nothing new beside it: one outlet's copy of another's, cut short or
// lengthened. On clusters built from VietNews dev for the tests
// (cluster_test.go), this finds 99.8% of the copies, and 94% of the pairs
// it finds are copies (most others restate part of a longer sentence).
const (
	dupOverlap = 0.8
	// maxClusterPool bounds the candidates of a cluster summary.
	maxClusterPool = 128
)

// ErrEmptyCluster is SummarizeCluster's error for no articles.
var ErrEmptyCluster = errors.New("summarize: a cluster needs at least one article")

// SentenceRef points at a sentence of one article of a cluster.
type SentenceRef struct {
	Article int    `json:"article"` // its article's index in the cluster
	ID      string `json:"id"`      // that article's ID
	Start   int    `json:"start"`   // byte offsets into that article's Text
	End     int    `json:"end"`
}

// ClusterSentence is a sentence of a cluster summary, traced to its
// article: Text == articles[Article].Text[Start:End], and Index is its
// position among that article's sentences.
type ClusterSentence struct {
	Sentence
	Article int    `json:"article"`
	ID      string `json:"id"`
	// Echoes are the sentences of the cluster that say the same thing
	// (near-duplicates, left out of the summary), in cluster order: how
	// many sources report it, and where. Empty, not nil, when none.
	Echoes []SentenceRef `json:"echoes"`
}

// ClusterSummary summarizes a story told by several articles.
type ClusterSummary struct {
	// Sentences in cluster order: by article, then by position.
	Sentences []ClusterSentence `json:"sentences"`
	// OverBudget is true when the best sentence alone exceeds the budget,
	// or when a sentence was cut to MaxSentenceChars.
	OverBudget bool `json:"over_budget"`
}

// Text joins the summary sentences with a space.
func (s ClusterSummary) Text() string {
	parts := make([]string, len(s.Sentences))
	for i, x := range s.Sentences {
		parts[i] = x.Text
	}
	return strings.Join(parts, " ")
}

// SummarizeCluster summarizes a story that several articles tell (the
// same event in different outlets), under the Summarizer's length options
// as for one article. Pass the articles in the order a reader should meet
// them (by publication time, say): the summary keeps that order, and of
// two sentences that say the same thing the earlier article's wins ties.
//
// The articles' syllable counts are pooled: what every source repeats
// weighs most (a syllable's mean count per article decides its weight),
// and every headline counts as a title. A sentence that nearly duplicates
// one already chosen (80% or more of the lighter one's weighted syllables
// shared: a copied or lightly edited sentence) is not chosen while any other sentence can meet the
// length asked for; the chosen sentence lists its near-duplicates as
// Echoes. The work is linear in the cluster's total length, plus the
// echo search: the chosen sentences times the cluster's sentences.
func (s *Summarizer) SummarizeCluster(ctx context.Context, arts []Article) (ClusterSummary, error) {
	if ctx == nil {
		return ClusterSummary{}, errNilContext
	}
	s, err := s.orDefault()
	if err != nil {
		return ClusterSummary{}, err
	}
	if err := ctx.Err(); err != nil {
		return ClusterSummary{}, err
	}
	if len(arts) == 0 {
		return ClusterSummary{}, ErrEmptyCluster
	}
	sents := make([][]tokenize.Sentence, len(arts))
	size, n := 0, 0
	for i, a := range arts {
		sents[i] = s.cfg.tok.Sentences(a.Text)
		size += len(a.Text)
		n += len(sents[i])
	}
	st := getState()
	defer putState(st)
	st.begin(size, n)
	for _, a := range arts {
		s.addTitle(st, a.Title)
	}
	st.closeTitles()
	first := make([]int, len(arts)+1) // first[i]: st.info index of article i's first sentence
	for i, a := range arts {
		first[i] = len(st.info)
		if err := s.addSentences(ctx, st, a.Text, sents[i], nil); err != nil {
			return ClusterSummary{}, err
		}
	}
	first[len(arts)] = len(st.info)
	s.finish(st, len(arts))
	picks, over := s.pick(st)
	over = s.dropLeads(st, picks, over)

	// where maps a global sentence index to its article and local index.
	where := func(g int) (art, local int) {
		art, _ = slices.BinarySearch(first, g+1)
		art--
		return art, g - first[art]
	}
	sum := ClusterSummary{Sentences: make([]ClusterSentence, 0, len(picks)), OverBudget: over}
	for _, g := range picks {
		a, i := where(g)
		x, clipped := sentenceAt(sents[a][i], i, &st.info[g])
		sum.OverBudget = sum.OverBudget || clipped
		cs := ClusterSentence{Sentence: x, Article: a, ID: arts[a].ID, Echoes: []SentenceRef{}}
		for h := range st.info {
			if h == g || st.info[h].nsyl == 0 || st.overlap(g, h) < dupOverlap {
				continue
			}
			b, j := where(h)
			y, skip := sents[b][j], st.info[h].skip
			cs.Echoes = append(cs.Echoes, SentenceRef{Article: b, ID: arts[b].ID, Start: y.Start + skip, End: y.End})
		}
		sum.Sentences = append(sum.Sentences, cs)
	}
	return sum, nil
}
