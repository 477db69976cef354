package tagger

//go:generate go run ./internal/genclusters -o data/clusters.tsv

import (
	"bufio"
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
	// keys holds what Sentence.Add computes of a key, computed once for
	// every clustered key: most tokens of a text are among them.
	keys map[string]*keyInfo
	sum  uint64 // hash of the file, stored in models
}

type keyInfo struct {
	word         uint64
	affix        [4]uint64
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
	c := &clusters{keys: map[string]*keyInfo{}, sum: hashString(src)}
	sc := bufio.NewScanner(strings.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" || strings.Trim(f[0], "01") != "" {
			return nil, fmt.Errorf("tagger: clusters line %d: want path<TAB>key<TAB>count", line)
		}
		if _, err := strconv.Atoi(f[2]); err != nil {
			return nil, fmt.Errorf("tagger: clusters line %d: %v", line, err)
		}
		var h [len(clusterPrefixes)]uint64
		for k, n := range clusterPrefixes {
			p := f[0][:min(n, len(f[0]))]
			h[k] = mix(uint64(n), hashString(p))
		}
		key, capital := strings.CutPrefix(f[1], "^")
		k := c.keys[key]
		if k == nil {
			k = &keyInfo{}
			k.word, k.affix = keyHashes(key)
			c.keys[key] = k
		}
		if capital {
			k.upper, k.capital = h, true
		} else {
			k.lower = h
		}
	}
	return c, sc.Err()
}
