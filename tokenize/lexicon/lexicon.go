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

// Model is the encoded segmentation model.
//
//go:embed model.bin
var Model []byte
