// Package lexicon embeds the data of package tokenize: the
// word-segmentation model (syllable vocabulary, the multi-syllable word
// list, family and middle names, and the perceptron weights, in one binary
// file) and the tokenizer's word lists (words.tsv).
//
// model.bin is generated; rebuild it with
//
//	go run ./tokenize/internal/train
//
// (VNTEXT_DATA must point at the corpora). It is trained on UD Vietnamese-VTB
// (CC BY-SA 4.0) with lexicon features from RDRsegmenter's VnVocab
// (Apache-2.0), and hand-written name lists.
package lexicon

import _ "embed"

//go:embed model.bin
var model string

// Model returns a copy of the encoded segmentation model (the embedded bytes
// themselves stay read-only).
func Model() []byte { return []byte(model) }

//go:embed words.tsv
var words string

// Words returns the tokenizer's word lists (abbreviations, heading words,
// date words), a hand-written TSV file (SOURCES.md).
func Words() string { return words }
