// Package lexicon embeds the word-segmentation model of package tokenize:
// syllable vocabulary, the multi-syllable word list, family and middle
// names, and the perceptron weights, in one binary file.
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
