package vntext

import (
	"context"
	"errors"
	"unicode/utf8"

	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/summarize"
)

// GroupSummary is the summary of a story that several documents tell (the
// same event in different outlets): the "group summary" record of the
// vntext/v1 shape (docs/schema/result.v1.json). Every sentence is the text
// of one document at its offsets: Summary.Sentences[i].Text ==
// docs[Article].Text[Start:End] in the unit Offsets names, the text
// decoded to UTF-8 as Analyze decodes it; so are the Echoes' offsets.
type GroupSummary struct {
	// Schema is the JSON shape's version, Schema.
	Schema string `json:"schema"`
	// Group names the story: the value the documents share ("vntext batch
	// --group-by FIELD"), or what the caller gave.
	Group string `json:"group"`
	// Documents are the IDs of the documents summarized, in the order
	// given; a sentence's Article indexes this list.
	Documents []string `json:"documents"`
	// Offsets is the unit of every Start and End (WithOffsets).
	Offsets Offsets                  `json:"offsets"`
	Summary summarize.ClusterSummary `json:"summary"`
}

// SummarizeGroup summarizes a story that docs tell together
// (summarize.Summarizer.SummarizeCluster): near-duplicate sentences across
// the documents are left out and listed as the chosen sentence's echoes,
// and each sentence is traced to its document and its offsets there. The
// summary options of a (WithSummaryOptions) set the length; the entity
// boost does not apply. Pass the documents in reading order (by
// publication time, say): the summary keeps that order.
//
// Like Analyze, it decodes a text that is not UTF-8, normalizes before
// comparing and maps every span back to the caller's text, and it reads
// the first 1 MiB of each document. Memory grows with the documents' total
// length: callers bound how many they pass (vntext batch --max-group). It
// returns an error when ctx is nil or ends, when docs is empty
// (summarize.ErrEmptyCluster), or when strict normalization fails.
func (a *Analyzer) SummarizeGroup(ctx context.Context, group string, docs []Doc) (GroupSummary, error) {
	g := GroupSummary{Schema: Schema, Group: group, Documents: make([]string, len(docs))}
	if ctx == nil {
		return g, errors.New("vntext: nil context")
	}
	a, err := a.orDefault()
	if err != nil {
		return g, err
	}
	g.Offsets = a.offsets
	if len(docs) == 0 {
		return g, summarize.ErrEmptyCluster
	}
	texts := make([]string, len(docs))
	wins := make([]window, len(docs)) // the part of each text summarized
	maps := make([]normalize.Normalized, len(docs))
	arts := make([]summarize.Article, len(docs))
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return g, err
		}
		g.Documents[i] = d.ID
		texts[i] = validUTF8(d.Text)
		// The summary of a long text comes from its first windows, as
		// Analyze's does.
		wins[i] = window{end: cutWindow(texts[i], 0, summarySpan)}
		if maps[i], err = a.norm.NormalizeWithMap(texts[i][:wins[i].end]); err != nil {
			return g, err
		}
		title, err := a.norm.Normalize(validUTF8(d.Title))
		if err != nil {
			return g, err
		}
		arts[i] = summarize.Article{ID: d.ID, Title: title, Text: maps[i].Text}
	}
	sum, err := a.sum.SummarizeCluster(ctx, arts)
	if err != nil {
		return g, err
	}
	convs := make([]offsetConv, len(docs))
	for i := range convs {
		convs[i] = offsetConv{text: texts[i], unit: a.offsets}
	}
	// span maps [s, e) of document i's normalized text to its own text, in
	// the caller's unit.
	span := func(i, s, e int) (int, int) {
		s, e = wins[i].span(texts[i], maps[i], s, e)
		return convs[i].at(s), convs[i].at(e)
	}
	for k := range sum.Sentences {
		x := &sum.Sentences[k]
		s, e := wins[x.Article].span(texts[x.Article], maps[x.Article], x.Start, x.End)
		x.Text = texts[x.Article][s:e]
		x.Start, x.End = convs[x.Article].at(s), convs[x.Article].at(e)
		for j := range x.Echoes {
			r := &x.Echoes[j]
			r.Start, r.End = span(r.Article, r.Start, r.End)
		}
	}
	sum.Sentences = orEmpty(sum.Sentences)
	g.Summary = sum
	return g, nil
}

// validUTF8 returns s, decoded (Decode) when it is not UTF-8.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string(Decode([]byte(s)))
}
