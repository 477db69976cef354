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
	lower, upper map[string][len(clusterPrefixes)]uint64
	sum          uint64 // hash of the file, stored in models
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
	c := &clusters{
		lower: map[string][len(clusterPrefixes)]uint64{},
		upper: map[string][len(clusterPrefixes)]uint64{},
		sum:   hashString(src),
	}
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
		if key, ok := strings.CutPrefix(f[1], "^"); ok {
			c.upper[key] = h
		} else {
			c.lower[key] = h
		}
	}
	return c, sc.Err()
}

// lookup returns the prefix hashes of key's cluster, the capitalised
// form's when capital and known, else the lower-case form's; zeros when
// the key is in no cluster.
func (c *clusters) lookup(key string, capital bool) [len(clusterPrefixes)]uint64 {
	if capital {
		if h, ok := c.upper[key]; ok {
			return h
		}
	}
	return c.lower[key]
}
