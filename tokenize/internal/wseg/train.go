package wseg

import (
	"math/rand/v2"
	"slices"
)

// Unit is one token of a training sentence.
type Unit struct {
	Text     string
	Syllable bool  // the model may join it to its neighbours
	Shape    uint8 // for non-syllables: ShapeNumber, ShapePunct or ShapeOther
	Glued    bool  // no white space before it
}

// Trainer builds a Model from segmented sentences, a lexicon of
// multi-syllable words and lists of family and middle names.
type Trainer struct {
	norm     Normalizer
	variants func(canonical string) []string
	keys     map[string]uint32
	d        modelData
	lexWords [][]string
	// how many lexicon words each syllable begins and ends
	lexFirst, lexLast map[uint32]int
	sents             []trainSent
	Epochs            int
	Seed              uint64
	// MinWeight drops averaged weights whose magnitude is below it.
	MinWeight float32
	// Margin is added to the wrong tag's score while training, so updates
	// continue until the gold tags win by at least that much.
	Margin float32
	// Bags averages the weights of this many runs with different seeds.
	Bags int
	// MinCount drops features seen at fewer training positions.
	MinCount int32
}

type trainSent struct {
	group int
	units []Unit
	gold  []bool
}

// NewTrainer returns a trainer. variants, when not nil, lists other
// spellings (tone-mark styles) of a canonical lower-case syllable; they are
// stored so the segmenter finds them without normalizing.
func NewTrainer(norm Normalizer, variants func(string) []string) *Trainer {
	return &Trainer{norm: norm, variants: variants, keys: map[string]uint32{},
		Epochs: 10, Seed: 1, Bags: 8, Margin: 3, MinCount: 2, MinWeight: 0.05}
}

// canonical returns the vocabulary key of a syllable.
func (t *Trainer) canonical(s string) string {
	if t.norm != nil {
		s = t.norm(s)
	}
	return string(AppendLower(nil, s))
}

func (t *Trainer) addKey(s string) uint32 {
	k := t.canonical(s)
	if id, ok := t.keys[k]; ok {
		return id
	}
	t.d.vocab = append(t.d.vocab, k)
	t.d.flags = append(t.d.flags, 0)
	id := uint32(len(t.d.vocab))
	t.keys[k] = id
	return id
}

// AddName marks a syllable as a family name and/or middle name.
func (t *Trainer) AddName(s string, flags uint8) {
	id := t.addKey(s)
	t.d.flags[id-1] |= flags
}

// AddLexiconWord adds a word given as its syllables.
func (t *Trainer) AddLexiconWord(syllables []string) {
	if len(syllables) < 2 {
		return
	}
	for _, s := range syllables {
		id := t.addKey(s)
		t.d.flags[id-1] |= flagLexicon
	}
	t.lexWords = append(t.lexWords, syllables)
	if t.lexFirst == nil {
		t.lexFirst, t.lexLast = map[uint32]int{}, map[uint32]int{}
	}
	t.lexFirst[t.addKey(syllables[0])]++
	t.lexLast[t.addKey(syllables[len(syllables)-1])]++
}

// AddSentence adds a training sentence: its units and, per unit, whether a
// word begins there. Sentences of one group (spellings of one source
// sentence) share a jackknife fold.
func (t *Trainer) AddSentence(group int, units []Unit, begins []bool) {
	for _, u := range units {
		if u.Syllable || u.Shape != ShapeNumber {
			t.addKey(u.Text)
		}
	}
	t.sents = append(t.sents, trainSent{group: group, units: units, gold: begins})
}

// Fill appends the units to in.
func (m *Model) Fill(in *Input, units []Unit) {
	in.Reset()
	for _, u := range units {
		if u.Syllable {
			in.AddSyllable(m, u.Text, u.Glued)
		} else {
			in.AddOther(m, u.Text, u.Shape, u.Glued)
		}
	}
}

// negatives finds lexicon words that the training corpus mostly does not
// treat as words (annotation conventions differ: "nhà khoa_học"). Per
// jackknife fold, counts come from the other folds only.
func (t *Trainer) negatives(m *Model, folds int) ([][][]uint32, [][]uint32) {
	type count struct {
		ids             []uint32
		yes, no         int
		foldYes, foldNo []int
	}
	counts := map[uint64]*count{}
	var in Input
	for _, s := range t.sents {
		m.Fill(&in, s.units)
		n := in.Len()
		fold := s.group % folds
		for a := 0; a < n; a++ {
			lex, _, _ := m.lists.match(&in, a)
			for mask := lex; mask != 0; {
				l := trailing(mask)
				mask &^= 1 << l
				word := s.gold[a] && (a+l == n || s.gold[a+l])
				for j := a + 1; j < a+l && word; j++ {
					word = !s.gold[j]
				}
				h := uint64(lexSeed)
				for _, id := range in.id[a : a+l] {
					h = mix(h, uint64(id))
				}
				c := counts[h]
				if c == nil {
					c = &count{ids: append([]uint32(nil), in.id[a:a+l]...), foldYes: make([]int, folds), foldNo: make([]int, folds)}
					counts[h] = c
				}
				if word {
					c.yes++
					c.foldYes[fold]++
				} else {
					c.no++
					c.foldNo[fold]++
				}
			}
		}
	}
	keys := make([]uint64, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	sets := make([][][]uint32, folds)
	var full [][]uint32
	for k := range folds {
		var words [][]uint32
		for _, h := range keys {
			c := counts[h]
			if c.no-c.foldNo[k] > c.yes-c.foldYes[k] {
				words = append(words, c.ids)
			}
		}
		sets[k] = words
	}
	for _, h := range keys {
		if c := counts[h]; c.no > c.yes {
			full = append(full, c.ids)
		}
	}
	return sets, full
}

// bucket sorts a count into 0 (none), 1 (1-3), 2 (4-20) or 3 (more).
func bucket(n int) uint8 {
	switch {
	case n == 0:
		return 0
	case n <= 3:
		return 1
	case n <= 20:
		return 2
	}
	return 3
}

// wordIDs maps words to vocabulary-ID sequences, dropping duplicates.
func (t *Trainer) wordIDs(words [][]string) [][]uint32 {
	var out [][]uint32
	seen := map[string]bool{}
	for _, w := range words {
		ids := make([]uint32, len(w))
		key := ""
		for i, s := range w {
			c := t.canonical(s)
			ids[i] = t.keys[c]
			key += c + " "
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, ids)
		}
	}
	return out
}

type compiled struct {
	in    Input
	gold  []bool
	offs  []int32
	feats []int32
}

// Train runs the averaged perceptron and returns the encoded model.
func (t *Trainer) Train() []byte { return t.train().encode() }

func (t *Trainer) train() *modelData {
	d := t.d
	d.lexicon = t.wordIDs(t.lexWords)
	for id, n := range t.lexFirst {
		d.flags[id-1] |= bucket(n) << profFirstShift
	}
	for id, n := range t.lexLast {
		d.flags[id-1] |= bucket(n) << profLastShift
	}
	if t.variants != nil {
		for i, k := range d.vocab {
			for _, v := range t.variants(k) {
				if _, dup := t.keys[v]; !dup && v != k {
					d.variants = append(d.variants, variant{v, uint32(i + 1)})
				}
			}
		}
	}
	// Corpus words: the multi-syllable gold words. Each sentence's features
	// see only the words of the other folds (jackknife), so the weights
	// learn how far the list can be trusted on unseen text.
	const folds = 10
	var foldWords [folds][][]uint32
	seenW := map[string]bool{}
	for _, s := range t.sents {
		for a := 0; a < len(s.units); {
			b := a + 1
			for b < len(s.units) && !s.gold[b] {
				b++
			}
			if b-a >= 2 && b-a <= maxLexLen {
				ids := make([]uint32, 0, b-a)
				key := ""
				for _, u := range s.units[a:b] {
					if !u.Syllable {
						ids = nil
						break
					}
					c := t.canonical(u.Text)
					ids = append(ids, t.keys[c])
					key += c + " "
				}
				if ids != nil {
					for k := range folds {
						if s.group%folds != k {
							foldWords[k] = append(foldWords[k], ids)
						}
					}
					if !seenW[key] {
						seenW[key] = true
						d.corpus = append(d.corpus, ids)
					}
				}
			}
			a = b
		}
	}
	d.weights = map[uint64]float32{}
	m := d.build(t.norm)
	negFolds, negFull := t.negatives(m, folds)
	d.negative = negFull
	var foldLists [folds]wordLists
	for k := range folds {
		foldLists[k] = newWordLists(d.lexicon, foldWords[k], negFolds[k])
	}
	fullLists := newWordLists(d.lexicon, d.corpus, d.negative)

	index := map[uint64]int32{}
	var featKeys []uint64
	data := make([]compiled, len(t.sents))
	for si, s := range t.sents {
		c := &data[si]
		m.lists = foldLists[s.group%folds]
		m.Fill(&c.in, s.units)
		m.prepare(&c.in)
		n := c.in.Len()
		// The decoder cannot reach a gold tag "inside" where a tag is
		// decided; train towards the closest reachable sequence.
		c.gold = make([]bool, n)
		run := 0
		for i := range n {
			c.gold[i] = s.gold[i] || c.in.decided(i) || run == maxWord
			if c.gold[i] {
				run = 0
			}
			run++
		}
		c.offs = make([]int32, n+1)
		for i := 0; i < n; i++ {
			c.offs[i] = int32(len(c.feats))
			if c.in.decided(i) {
				continue
			}
			m.features(&c.in, i)
			for _, k := range c.in.feats {
				idx, ok := index[k]
				if !ok {
					idx = int32(len(featKeys))
					index[k] = idx
					featKeys = append(featKeys, k)
				}
				c.feats = append(c.feats, idx)
			}
		}
		c.offs[n] = int32(len(c.feats))
	}
	m.lists = fullLists

	if t.MinCount > 1 {
		count := make([]int32, len(featKeys))
		for _, c := range data {
			for _, f := range c.feats {
				count[f]++
			}
		}
		for ci := range data {
			c := &data[ci]
			kept := c.feats[:0]
			n := c.in.Len()
			var newOffs = make([]int32, n+1)
			for i := 0; i < n; i++ {
				newOffs[i] = int32(len(kept))
				for _, f := range c.feats[c.offs[i]:c.offs[i+1]] {
					if count[f] >= t.MinCount {
						kept = append(kept, f)
					}
				}
			}
			newOffs[n] = int32(len(kept))
			c.feats, c.offs = kept, newOffs
		}
	}
	bags := max(1, t.Bags)
	avg := make([]float64, len(featKeys)+wordFeatSize)
	for b := range bags {
		t.perceptron(m, data, t.Seed+uint64(b), avg)
	}
	for i, k := range featKeys {
		if a := float32(avg[i] / float64(bags)); a >= t.MinWeight || a <= -t.MinWeight {
			d.weights[k] = a
		}
	}
	d.wordW = make([]float32, wordFeatSize)
	for i := range d.wordW {
		d.wordW[i] = float32(avg[len(featKeys)+i] / float64(bags))
	}
	return &d
}

// NumSentences returns the number of training sentences added.
func (t *Trainer) NumSentences() int { return len(t.sents) }

// perceptron runs one averaged-perceptron training and adds the averaged
// weights to avg: the hashed features first, then the word features.
func (t *Trainer) perceptron(m *Model, data []compiled, seed uint64, avg []float64) {
	nf := len(avg)
	nh := nf - wordFeatSize
	w := make([]float32, nf)
	sum := make([]float64, nf)
	last := make([]int32, nf)
	clock := int32(1)
	upd := func(i int32, delta float32) {
		sum[i] += float64(w[i]) * float64(clock-last[i])
		last[i] = clock
		w[i] += delta
	}
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x5E6))
	wordUpd := func(in *Input, begin []bool, delta float32, other []bool) {
		n := in.Len()
		for a := 0; a < n; {
			b := a + 1
			for b < n && !begin[b] {
				b++
			}
			same := other[a] && (b == n || other[b])
			for j := a + 1; j < b && same; j++ {
				same = !other[j]
			}
			if !same {
				capRest := true
				for j := a + 1; j < b; j++ {
					capRest = capRest && capital(in.shape[j])
				}
				i1, i2, i3 := m.wordFeatures(in, a, b, capital(in.shape[a]), capRest)
				inside := uint8(15)
				for j := a + 1; j < b; j++ {
					inside &^= in.lmStart[j]
				}
				upd(int32(nh+agreeIndex(in, a, b, inside)), delta)
				upd(int32(nh+i1), delta)
				upd(int32(nh+i2), delta)
				upd(int32(nh+i3), delta)
			}
			a = b
		}
	}
	for range t.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			c := &data[si]
			in := &c.in
			n := in.Len()
			in.em = grow(in.em, n)
			for i := range n {
				var s float32
				for _, f := range c.feats[c.offs[i]:c.offs[i+1]] {
					s += w[f]
				}
				if c.gold[i] {
					s -= t.Margin
				} else {
					s += t.Margin
				}
				in.em[i] = s
			}
			m.decode(in, w[nh:])
			wrong := false
			for i := 1; i < n; i++ {
				p, g := in.begin[i], c.gold[i]
				if p == g {
					continue
				}
				wrong = true
				if in.decided(i) {
					continue
				}
				delta := float32(1)
				if !g {
					delta = -1
				}
				for _, f := range c.feats[c.offs[i]:c.offs[i+1]] {
					upd(f, delta)
				}
			}
			if wrong {
				wordUpd(in, c.gold, 1, in.begin)
				wordUpd(in, in.begin, -1, c.gold)
			}
			clock++
		}
	}
	total := float64(clock)
	for i := range w {
		avg[i] += (sum[i] + float64(w[i])*float64(clock-last[i])) / total
	}
}
