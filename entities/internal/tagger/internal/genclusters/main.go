// Command genclusters writes the tagger's word clusters: Brown clusters of
// syllables computed from Vietnamese Wikipedia.
//
//	go generate ./entities/internal/tagger
//	(go run ./internal/genclusters -o data/clusters.tsv, in that folder)
//
// It reads $VNTEXT_DATA/text/viwiki/viwiki.jsonl.gz (Vietnamese Wikipedia
// contributors, CC BY-SA 4.0; the output is offered under the same
// licence), splits the text into syllables and punctuation as the entities
// scanner does, keys each syllable with letters.AppendKey (the scanner's key) and marks
// capitalised ones with '^', and clusters the most frequent keys.
//
// Why Brown clusters: they are the word representation that carried most
// of the transfer to unseen names in feature-based NER (Ratinov and Roth
// 2009; vietner for Vietnamese), a feature takes one map lookup at run
// time, and the hierarchy gives coarse and fine classes from one file.
// The algorithm is Liang's (2005) windowed agglomerative clustering: the
// Clusters most frequent keys start as clusters; each further key enters
// as a new cluster and the pair whose merge loses the least mutual
// information between adjacent clusters is merged; at the end the
// remaining clusters are merged down to one. The merge tree gives each key
// its bit string (0 for the lower slot, 1 for the other). Time is
// O(V·C²): about four minutes of one core for 20,000 keys and 256
// clusters, spread over the cores.
//
// Deterministic: keys are ordered by count then key, ties between merges
// go to the lowest pair of slots, and every sum runs in a fixed order, so
// the same input gives the same file (floating point as on amd64).
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/internal/letters"
	"github.com/vntext/vntext/internal/wikitext"
)

func main() {
	out := flag.String("o", "data/clusters.tsv", "output file")
	clusters := flag.Int("c", 256, "number of clusters in the window")
	vocab := flag.Int("v", 20000, "most keys clustered")
	minCount := flag.Int("min", 5, "least count of a clustered key")
	flag.Parse()
	root := os.Getenv("VNTEXT_DATA")
	if root == "" {
		fmt.Fprintln(os.Stderr, "genclusters: VNTEXT_DATA is not set")
		os.Exit(1)
	}
	if err := run(wikitext.Path(root), *out, *clusters, *vocab, *minCount); err != nil {
		fmt.Fprintln(os.Stderr, "genclusters:", err)
		os.Exit(1)
	}
}

func run(in, out string, nc, maxVocab, minCount int) error {
	c, err := readCorpus(in)
	if err != nil {
		return err
	}
	words := c.vocabulary(maxVocab, minCount)
	fmt.Fprintf(os.Stderr, "genclusters: %d tokens, %d distinct keys, clustering %d into %d\n", c.tokens, len(c.count), len(words), nc)
	start := time.Now()
	paths := brown(c, words, nc)
	fmt.Fprintf(os.Stderr, "genclusters: clustered in %v\n", time.Since(start).Round(time.Second))
	var b strings.Builder
	for i, w := range words {
		if w == rare || w == boundary {
			continue
		}
		fmt.Fprintf(&b, "%s\t%s\t%d\n", paths[i], w, c.count[w])
	}
	lines := strings.SplitAfter(b.String(), "\n")
	slices.Sort(lines)
	return os.WriteFile(out, []byte(strings.Join(lines, "")), 0o644)
}

// Keys standing for what is not clustered.
const (
	rare     = "<rare>" // a key below the vocabulary's cut
	boundary = "</s>"   // a line break or the end of an article
)

// corpus is the text as a sequence of keys (numbered in order of first
// appearance) with their counts.
type corpus struct {
	ids    map[string]int32
	keys   []string
	seq    []int32
	count  map[string]int
	tokens int
}

func readCorpus(path string) (*corpus, error) {
	c := &corpus{ids: map[string]int32{}, count: map[string]int{}}
	err := wikitext.Articles(path, func(a wikitext.Article) error {
		c.addText(norm.NFC.String(a.Text))
		return nil
	})
	return c, err
}

func (c *corpus) add(key string) {
	id, ok := c.ids[key]
	if !ok {
		id = int32(len(c.keys))
		c.ids[key] = id
		c.keys = append(c.keys, key)
	}
	c.seq = append(c.seq, id)
	c.count[key]++
	c.tokens++
}

// addText splits text as the entities scanner does: runs of letters,
// digits and marks (an apostrophe between letters kept: R'Lấp), and single
// punctuation runes. Digit-only runs become "0": their value is noise.
func (c *corpus) addText(text string) {
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			c.add(boundary)
			i += n
			continue
		case unicode.IsSpace(r):
			i += n
			continue
		case !wordRune(r):
			c.add(key(string(r)))
			i += n
			continue
		}
		start, letters := i, 0
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !wordRune(r) {
				if (r == '\'' || r == '’') && letters > 0 && i+n < len(text) {
					if r2, _ := utf8.DecodeRuneInString(text[i+n:]); unicode.IsLetter(r2) {
						i += n
						continue
					}
				}
				break
			}
			if unicode.IsLetter(r) {
				letters++
			}
			i += n
		}
		w := text[start:i]
		switch first, _ := utf8.DecodeRuneInString(w); {
		case letters == 0:
			c.add("0")
		case unicode.IsUpper(first):
			c.add("^" + key(w))
		default:
			c.add(key(w))
		}
	}
	c.add(boundary)
}

// key is the scanner's key of w (NFC first: the scanner reads normalized
// text).
func key(w string) string { return string(letters.AppendKey(nil, norm.NFC.String(w))) }

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// vocabulary returns the keys to cluster, most frequent first (ties by
// key), at most max of them with count ≥ minCount, plus rare.
func (c *corpus) vocabulary(max, minCount int) []string {
	keys := make([]string, 0, len(c.count))
	for k, n := range c.count {
		if n >= minCount && k != rare {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c.count[a] != c.count[b] {
			return c.count[b] - c.count[a]
		}
		return strings.Compare(a, b)
	})
	if len(keys) > max-1 {
		keys = keys[:max-1]
	}
	rareCount := c.tokens
	for _, k := range keys {
		rareCount -= c.count[k]
	}
	c.count[rare] = rareCount
	// rare enters in order of its count like any key.
	at, _ := slices.BinarySearchFunc(keys, rareCount, func(k string, n int) int { return n - c.count[k] })
	return slices.Insert(keys, at, rare)
}

// graph holds the bigram counts between vocabulary words as sorted
// adjacency lists: right[w] are the words after w, left[w] those before.
type graph struct {
	right, left [][]edge
	unigram     []float64 // probability of each word
}

type edge struct {
	w int32
	n float64
}

func buildGraph(c *corpus, words []string) *graph {
	index := make([]int32, len(c.keys)) // corpus id → word, or the rare word
	rareW := int32(slices.Index(words, rare))
	for i := range index {
		index[i] = rareW
	}
	for w, k := range words {
		if id, ok := c.ids[k]; ok {
			index[id] = int32(w)
		}
	}
	pairs := map[uint64]float64{}
	for i := 1; i < len(c.seq); i++ {
		a, b := index[c.seq[i-1]], index[c.seq[i]]
		pairs[uint64(a)<<32|uint64(b)]++
	}
	g := &graph{right: make([][]edge, len(words)), left: make([][]edge, len(words)), unigram: make([]float64, len(words))}
	total := float64(len(c.seq) - 1)
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		a, b, n := int32(k>>32), int32(uint32(k)), pairs[k]/total
		g.right[a] = append(g.right[a], edge{b, n})
		g.left[b] = append(g.left[b], edge{a, n})
	}
	for w, k := range words {
		g.unigram[w] = float64(c.count[k]) / float64(c.tokens)
	}
	return g
}

// state is the clustering in progress: nc+1 slots, each holding a cluster
// (a node of the merge tree) or free.
type state struct {
	g     *graph
	nc    int
	used  []bool
	node  []int32     // slot → tree node
	p1    []float64   // slot → probability
	p2    [][]float64 // [s][t]: probability of s followed by t
	q2    [][]float64 // p2·log(p2/(p1·p1))
	loss  [][]float64 // [s][t], s<t: mutual information lost by merging s and t
	slot  []int32     // word → slot, -1 before it enters
	words [][]int32   // slot → the words of its cluster
	kids  [][2]int32  // internal node → children (nodes); leaves are words 0..V-1
	nodes int32
}

func brown(c *corpus, words []string, nc int) []string {
	g := buildGraph(c, words)
	v := len(words)
	nc = min(nc, v)
	st := &state{g: g, nc: nc, nodes: int32(v)}
	n := nc + 1
	st.used = make([]bool, n)
	st.node = make([]int32, n)
	st.p1 = make([]float64, n)
	st.p2, st.q2, st.loss = square(n), square(n), square(n)
	st.slot = make([]int32, v)
	st.words = make([][]int32, n)
	for i := range st.slot {
		st.slot[i] = -1
	}
	for w := range nc {
		st.enter(w, w)
	}
	for s := range nc {
		st.setQ(s)
	}
	for s := range nc {
		for t := s + 1; t < nc; t++ {
			st.loss[s][t] = st.directLoss(s, t)
		}
	}
	for w := nc; w < v; w++ {
		if (w-nc)%2000 == 0 {
			fmt.Fprintf(os.Stderr, "genclusters: word %d of %d\n", w, v)
		}
		st.enter(w, nc)
		st.setQ(nc)
		parallel(nc, func(s int) { st.loss[s][nc] = st.directLoss(s, nc) })
		st.merge(st.bestPair())
	}
	// The window's clusters are the leaves of the tree the last merges
	// build: a key's bit string is its cluster's path (the merges inside a
	// cluster say nothing about its keys).
	var leaves [][]int32
	for s := range n {
		if st.used[s] {
			st.node[s] = int32(len(leaves))
			leaves = append(leaves, slices.Clone(st.words[s]))
		}
	}
	st.kids, st.nodes = nil, int32(len(leaves))
	for st.active() > 1 {
		st.merge(st.bestPair())
	}
	root := int32(-1)
	for s := range n {
		if st.used[s] {
			root = st.node[s]
		}
	}
	paths := make([]string, v)
	var walk func(node int32, path []byte)
	walk = func(node int32, path []byte) {
		if node < int32(len(leaves)) {
			for _, w := range leaves[node] {
				paths[w] = string(path)
			}
			return
		}
		k := st.kids[node-int32(len(leaves))]
		walk(k[0], append(path, '0'))
		walk(k[1], append(path, '1'))
	}
	walk(root, nil)
	return paths
}

// parallel calls f(i) for every i in [0, n), spread over the cores. Each
// call writes its own cells and only reads shared state, so the result does
// not depend on the schedule.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), 8)
	if workers == 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				f(i)
			}
		})
	}
	wg.Wait()
}

func square(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	return m
}

func (st *state) active() int {
	k := 0
	for _, u := range st.used {
		if u {
			k++
		}
	}
	return k
}

// enter puts word w, a cluster of its own, into free slot s and fills the
// bigram probabilities between s and the clusters present.
func (st *state) enter(w, s int) {
	st.used[s] = true
	st.node[s] = int32(w)
	st.slot[w] = int32(s)
	st.words[s] = append(st.words[s][:0], int32(w))
	st.p1[s] = st.g.unigram[w]
	for t := range st.p2 {
		st.p2[s][t], st.p2[t][s] = 0, 0
	}
	for _, e := range st.g.right[w] {
		if t := st.slot[e.w]; t >= 0 {
			st.p2[s][t] += e.n
		}
	}
	for _, e := range st.g.left[w] {
		if t := st.slot[e.w]; t >= 0 && int(t) != s {
			st.p2[t][s] += e.n
		}
	}
}

func hyp(p, pl, pr float64) float64 {
	if p <= 0 {
		return 0
	}
	return p * math.Log(p/(pl*pr))
}

// setQ recomputes the q2 entries of slot s.
func (st *state) setQ(s int) {
	for t, u := range st.used {
		if !u {
			continue
		}
		st.q2[s][t] = hyp(st.p2[s][t], st.p1[s], st.p1[t])
		st.q2[t][s] = hyp(st.p2[t][s], st.p1[t], st.p1[s])
	}
}

// sTerm is the sum of the q2 terms that involve slot s.
func (st *state) sTerm(s int) float64 {
	sum := 0.0
	for t, u := range st.used {
		if u {
			sum += st.q2[s][t] + st.q2[t][s]
		}
	}
	return sum - st.q2[s][s]
}

// directLoss computes the loss of merging slots s and t from scratch.
func (st *state) directLoss(s, t int) float64 {
	pu := st.p1[s] + st.p1[t]
	self := st.p2[s][s] + st.p2[s][t] + st.p2[t][s] + st.p2[t][t]
	after := hyp(self, pu, pu)
	for x, u := range st.used {
		if !u || x == s || x == t {
			continue
		}
		after += hyp(st.p2[s][x]+st.p2[t][x], pu, st.p1[x]) + hyp(st.p2[x][s]+st.p2[x][t], st.p1[x], pu)
	}
	return st.sTerm(s) + st.sTerm(t) - st.q2[s][t] - st.q2[t][s] - after
}

// bestPair returns the used pair of slots with the least loss; ties go to
// the lowest pair.
func (st *state) bestPair() (int, int) {
	ba, bb, best := -1, -1, math.Inf(1)
	for s, us := range st.used {
		if !us {
			continue
		}
		for t := s + 1; t < len(st.used); t++ {
			if st.used[t] && st.loss[s][t] < best {
				ba, bb, best = s, t, st.loss[s][t]
			}
		}
	}
	return ba, bb
}

// merge joins slots a < b into a, frees b, and updates every loss.
func (st *state) merge(a, b int) {
	n := len(st.used)
	pm := st.p1[a] + st.p1[b]
	// The merged cluster's bigrams, with every other slot.
	newRow, newCol := make([]float64, n), make([]float64, n)
	for x, u := range st.used {
		if u && x != a && x != b {
			newRow[x] = st.p2[a][x] + st.p2[b][x]
			newCol[x] = st.p2[x][a] + st.p2[x][b]
		}
	}
	self := st.p2[a][a] + st.p2[a][b] + st.p2[b][a] + st.p2[b][b]
	qRow, qCol := make([]float64, n), make([]float64, n) // q(m,x), q(x,m)
	for x, u := range st.used {
		if u && x != a && x != b {
			qRow[x] = hyp(newRow[x], pm, st.p1[x])
			qCol[x] = hyp(newCol[x], st.p1[x], pm)
		}
	}
	// Losses of pairs without a or b change only through the terms that
	// involve a, b and the merged cluster (Liang 2005, §3.2).
	parallel(n, func(c int) {
		if !st.used[c] || c == a || c == b {
			return
		}
		for d := c + 1; d < n; d++ {
			if !st.used[d] || d == a || d == b {
				continue
			}
			pcd := st.p1[c] + st.p1[d]
			l := st.loss[c][d]
			l -= st.q2[c][a] + st.q2[a][c] + st.q2[c][b] + st.q2[b][c]
			l -= st.q2[d][a] + st.q2[a][d] + st.q2[d][b] + st.q2[b][d]
			l += hyp(st.p2[c][a]+st.p2[d][a], pcd, st.p1[a]) + hyp(st.p2[a][c]+st.p2[a][d], st.p1[a], pcd)
			l += hyp(st.p2[c][b]+st.p2[d][b], pcd, st.p1[b]) + hyp(st.p2[b][c]+st.p2[b][d], st.p1[b], pcd)
			l += qCol[c] + qRow[c] + qCol[d] + qRow[d]
			l -= hyp(newCol[c]+newCol[d], pcd, pm) + hyp(newRow[c]+newRow[d], pm, pcd)
			st.loss[c][d] = l
		}
	})
	// Slot a becomes the merged cluster; b is freed.
	st.kids = append(st.kids, [2]int32{st.node[a], st.node[b]})
	st.node[a] = st.nodes
	st.nodes++
	st.p1[a] = pm
	for x := range n {
		st.p2[a][x], st.p2[x][a] = newRow[x], newCol[x]
		st.p2[b][x], st.p2[x][b] = 0, 0
		st.q2[b][x], st.q2[x][b] = 0, 0
	}
	st.p2[a][a] = self
	st.used[b] = false
	for _, w := range st.words[b] {
		st.slot[w] = int32(a)
	}
	st.words[a] = append(st.words[a], st.words[b]...)
	st.words[b] = st.words[b][:0]
	st.setQ(a)
	parallel(n, func(x int) {
		if st.used[x] && x != a {
			st.loss[min(a, x)][max(a, x)] = st.directLoss(min(a, x), max(a, x))
		}
	})
	// Keep the window's free slot last, where enter expects it.
	if b != n-1 && st.used[n-1] {
		st.move(n-1, b)
	}
}

// move puts the cluster of slot from into free slot to.
func (st *state) move(from, to int) {
	n := len(st.used)
	st.used[to], st.used[from] = true, false
	st.node[to] = st.node[from]
	st.words[to], st.words[from] = st.words[from], st.words[to][:0]
	for _, w := range st.words[to] {
		st.slot[w] = int32(to)
	}
	st.p1[to] = st.p1[from]
	for x := range n {
		st.p2[to][x], st.p2[x][to] = st.p2[from][x], st.p2[x][from]
		st.q2[to][x], st.q2[x][to] = st.q2[from][x], st.q2[x][from]
	}
	st.p2[to][to], st.q2[to][to] = st.p2[from][from], st.q2[from][from]
	for x := range n {
		st.p2[from][x], st.p2[x][from] = 0, 0
		st.q2[from][x], st.q2[x][from] = 0, 0
	}
	for x, u := range st.used {
		if u && x != to {
			st.loss[min(to, x)][max(to, x)] = st.lossOf(from, x)
		}
	}
}

// lossOf reads the stored loss of the pair (s, t) in either order.
func (st *state) lossOf(s, t int) float64 { return st.loss[min(s, t)][max(s, t)] }
