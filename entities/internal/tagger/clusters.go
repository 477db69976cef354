package tagger

//go:generate go run ./internal/genclusters -o data/clusters.tsv

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Word clusters: Brown clusters of syllables computed from Vietnamese
// Wikipedia by internal/genclusters (data/clusters.tsv, CC BY-SA 4.0).
// A syllable's cluster is a path in a binary merge tree; syllables used
// alike share long prefixes, so a name never seen in training still looks
// like the names that were. Capitalised forms are clustered apart from
// lower-case ones ("^tây" beside "tây"): capitals mark names.

//go:embed data/clusters.tsv
var clustersTSV string

// clusterPrefixes are the path lengths used as features (as in the CRF NER
// literature: coarse to fine).
var clusterPrefixes = [...]int{4, 6, 10, 20}

type clusters struct {
	// keys holds what Sentence.Add needs of a key, computed once for every
	// clustered key: most tokens of a text are among them.
	keys map[string]int32 // key → index in info
	info []keyInfo
	sum  uint64 // hash of the file, stored in models
}

// key returns what is known of key, or nil.
func (c *clusters) key(key string) *keyInfo {
	if i, ok := c.keys[key]; ok {
		return &c.info[i]
	}
	return nil
}

type keyInfo struct {
	word         uint64
	lower, upper [len(clusterPrefixes)]uint64 // cluster prefix hashes; zeros: none
	capital      bool                         // upper is set
}

var defaultClusters = sync.OnceValue(func() *clusters {
	c, err := parseClusters(clustersTSV)
	if err != nil {
		panic(err) // the embedded file is generated and tested
	}
	return c
})

// parseClusters reads lines "path<TAB>key<TAB>count"; a key starting with
// '^' is the capitalised form of the rest.
func parseClusters(src string) (*clusters, error) {
	lines := strings.Count(src, "\n")
	c := &clusters{keys: make(map[string]int32, lines), info: make([]keyInfo, 0, lines), sum: hashString(src)}
	for line := 1; src != ""; line++ {
		var l string
		l, src, _ = strings.Cut(src, "\n")
		path, rest, ok1 := strings.Cut(l, "\t")
		word, count, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || path == "" || word == "" || strings.Trim(path, "01") != "" {
			return nil, fmt.Errorf("tagger: clusters line %d: want path<TAB>key<TAB>count", line)
		}
		if _, err := strconv.Atoi(count); err != nil {
			return nil, fmt.Errorf("tagger: clusters line %d: %v", line, err)
		}
		var h [len(clusterPrefixes)]uint64
		for k, n := range clusterPrefixes {
			h[k] = mix(uint64(n), hashString(path[:min(n, len(path))]))
		}
		key, capital := strings.CutPrefix(word, "^")
		k := c.key(key)
		if k == nil {
			c.keys[key] = int32(len(c.info))
			c.info = append(c.info, keyInfo{})
			k = &c.info[len(c.info)-1]
			k.word = hashString(key)
		}
		if capital {
			k.upper, k.capital = h, true
		} else {
			k.lower = h
		}
	}
	return c, nil
}
