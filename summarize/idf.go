package summarize

//go:generate go run ./internal/genidf -o idf.txt

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/vntext/vntext/summarize/internal/syllable"
)

// idfText is the syllable document-frequency table written by
// internal/genidf: a "docs:\tN" line, then "syllable\tdf" lines.
//
//go:embed idf.txt
var idfText string

// idfTable maps a syllable hash to its inverse document frequency.
type idfTable struct {
	weights map[uint64]float32
	// unseen is the weight of a syllable missing from the table: rarer than
	// anything counted, so names and rare words weigh most.
	unseen float32
}

func (t *idfTable) get(h uint64) float32 {
	if w, ok := t.weights[h]; ok {
		return w
	}
	return t.unseen
}

// loadIDF parses the embedded table once per process.
var loadIDF = sync.OnceValue(func() *idfTable {
	t := &idfTable{weights: make(map[uint64]float32, strings.Count(idfText, "\n"))}
	docs := 0.0
	for line := range strings.Lines(idfText) {
		line = strings.TrimRight(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		word, count, ok := strings.Cut(line, "\t")
		n, err := strconv.Atoi(count)
		if !ok || err != nil || n <= 0 {
			continue // the generator never writes such lines; skip rather than fail
		}
		if word == "docs:" { // a colon never occurs in a syllable
			docs = float64(n)
			continue
		}
		t.weights[syllable.Hash(word)] = float32(math.Log((docs + 1) / (float64(n) + 1)))
	}
	t.unseen = float32(math.Log(docs + 1))
	return t
})
