// Package tokenize splits Vietnamese text into sentences, tokens (syllables,
// numbers, dates, abbreviations, URLs, punctuation) and words ("chính_quyền",
// "Hà_Nội"). It reads any text, normalized or not; package normalize cleans
// up legacy encodings, mojibake and tone placement first when the input needs
// it.
//
// # Positions
//
// Every span carries byte offsets into the string the caller passed in:
// text[x.Start:x.End] == x.Text. Normalization changes bytes; use
// normalize.NormalizeWithMap when offsets must point back into the original
// input.
//
// # Concurrency
//
// A Tokenizer is immutable after New and safe for concurrent use. Built-in
// data (lexicon, segmentation model) is parsed once per process and shared.
package tokenize
