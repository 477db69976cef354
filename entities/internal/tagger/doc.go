// Package tagger is the learned entity layer's engine: a sequence tagger
// over syllables (averaged perceptron, BILOU labels, Viterbi decoding)
// whose features are the syllable, its neighbours, shape and casing, its
// Brown cluster (data/clusters.tsv) and the marks package entities gives
// it (rule proposals, gazetteer places, word-list matches). It trains
// models, reads and writes their format and scores spans; package entities
// is its one user (WithModel, WithBuiltinModel, Train).
package tagger
