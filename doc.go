// Package vntext runs the whole Vietnamese pipeline in one call: it
// normalizes an article, splits it into sentences and words, finds entities
// and officials, and writes an extractive summary and keywords.
//
//	a, err := vntext.New()
//	res, err := a.Analyze(ctx, vntext.Doc{Title: title, Text: text})
//
// The stages are the packages normalize, tokenize, page (the structure of
// scraped page text, TaskPage), entities (with the administrative units of
// package gazetteer) and summarize; options pass
// each stage's own options through (WithNormOptions, WithTokenizerOptions,
// WithEntityOptions, WithSummaryOptions), and WithTasks picks what to
// compute. docs/ARCHITECTURE.md maps the packages and their conventions.
//
// # Positions
//
// The stages run on the normalized text, but every Start and End in a Result
// is an offset into Doc.Text exactly as the caller passed it (bytes by
// default; code points or UTF-16 units with WithOffsets), so spans can be
// highlighted in the original even when it was NFD, carried misplaced tone
// marks or odd spaces. Each span's Text is the caller's own text at those
// offsets (with byte offsets, Text == Doc.Text[Start:End]), whatever
// normalization changed inside; the normalized forms are separate fields (Result.Normalized,
// Result.Segmented). A Doc.Text that is not UTF-8 (a legacy encoding) is
// decoded first (Decode), and the offsets index the decoded text,
// Result.Text.
//
// # Concurrency
//
// An Analyzer is immutable after New and safe for concurrent use; share one
// per process. The built-in data of every stage is parsed once and shared.
package vntext
