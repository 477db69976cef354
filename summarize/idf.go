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

// idfText is the document-frequency table written by internal/genidf: a
// "docs:\tN" line, then "syllable\tdf" and "multi-syllable word\tdf"
// lines.
//
//go:embed idf.txt
var idfText string

// idfTable maps a syllable hash (syllable.Hash) or a multi-syllable word's
// hash (syllable.PhraseHash) to its inverse document frequency. It is
// a flat open-addressing table: the hashes are already well mixed, so a
// probe is a mask and a compare, cheaper than a Go map.
type idfTable struct {
	keys    []uint64
	weights []float32
	// unseen is the weight of a syllable missing from the table: rarer than
	// anything counted, so names and rare words weigh most.
	unseen float32
}

func (t *idfTable) get(h uint64) float32 {
	mask := uint64(len(t.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case h:
			return t.weights[i]
		case 0:
			return t.unseen
		}
	}
}

func (t *idfTable) set(h uint64, w float32) {
	if h == 0 {
		return // 0 marks empty slots; such a syllable just counts as unseen
	}
	mask := uint64(len(t.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if t.keys[i] == 0 || t.keys[i] == h {
			t.keys[i], t.weights[i] = h, w
			return
		}
	}
}

// loadIDF parses the embedded table once per process.
var loadIDF = sync.OnceValue(func() *idfTable {
	size := 1024
	for size < 4*strings.Count(idfText, "\n") {
		size <<= 1
	}
	t := &idfTable{keys: make([]uint64, size), weights: make([]float32, size)}
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
		key := syllable.Hash(word)
		if strings.IndexByte(word, ' ') >= 0 {
			key = syllable.PhraseHash(word)
		}
		t.set(key, float32(math.Log((docs+1)/(float64(n)+1))))
	}
	t.unseen = float32(math.Log(docs + 1))
	return t
})

// lookup is get for a key that may be missing, reporting whether it is there.
func (t *idfTable) lookup(h uint64) (float32, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case h:
			return t.weights[i], true
		case 0:
			return t.unseen, false
		}
	}
}
