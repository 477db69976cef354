// Package normalize turns Vietnamese text as news archives hold it into
// clean NFC: legacy encodings (TCVN3, VNI, VIQR, VPS, VISCII, Windows-1258),
// mojibake, HTML character references, NFD, misplaced tone marks, look-alike
// letters, full-width forms and invisible characters. It returns its input
// itself, without allocating, when there is nothing to change.
//
// Tone placement is an option named by what it does: ToneModern (the
// default: "hoà", "thuỷ", the school rule and what current news text uses),
// ToneClassic ("hòa", "thủy") and ToneKeep (as written); all three fix
// misplaced marks ("họat" → "hoạt"). Detect and Decode expose the encoding
// step, Fold and Slug build search keys and URL slugs, and a Normalizer
// (immutable, safe for concurrent use) adds strict UTF-8 checking and a
// streaming transform.Transformer.
//
// # Positions
//
// Normalization changes bytes; NormalizeWithMap returns a Normalized whose
// Orig maps every output offset back into the original input, so spans
// found in the normalized text can be reported in the caller's own text;
// the pipeline (package vntext) does so for every span it returns.
package normalize
