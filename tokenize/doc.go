// Package tokenize normalizes Vietnamese text and splits it into sentences,
// tokens (syllables, numbers, dates, abbreviations, URLs, punctuation) and
// words ("chính_quyền", "Hà_Nội").
//
// # Normalization
//
// Normalize turns what news archives hold (legacy encodings such as TCVN3
// and VNI, mojibake, HTML character references, NFD, misplaced tone marks,
// look-alike letters, full-width forms, invisible characters) into clean
// NFC, and returns its input itself, without allocating, when there is
// nothing to change. Tone placement is an option named by what it does:
// ToneModern (the default: "hoà", "thuỷ", the school rule and what current
// news text uses), ToneClassic ("hòa", "thủy") and ToneKeep (as written);
// all three fix misplaced marks ("họat" → "hoạt"). Detect and Decode expose
// the encoding step, Fold and Slug build search keys and URL slugs, and a
// Normalizer (immutable, safe for concurrent use) adds strict UTF-8 checking
// and a streaming transform.Transformer.
//
// # Positions
//
// Every span carries byte offsets into the string the caller passed in:
// text[x.Start:x.End] == x.Text. Normalization changes bytes; use
// NormalizeWithMap when offsets must point back into the original input.
//
// # Concurrency
//
// A Tokenizer is immutable after New and safe for concurrent use. Built-in
// data (lexicon, segmentation model) is parsed once per process and shared.
package tokenize
