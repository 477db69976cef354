package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Flags describe how a token sits in the text.
type Flags uint8

const (
	// Space: white space (or the start of the text) before the token.
	Space Flags = 1 << iota
	// Newline: a line break before the token.
	Newline
)

// Mark is a fact about a token that the caller knows and the tagger cannot
// see in the token itself: a gazetteer match, a title word, the rules' own
// proposal. Marks are named; NewMark turns a name into the value the
// features hash, so equal names are equal marks in every process.
type Mark uint64

// NewMark returns the mark named name ("gaz:province:B", "rule:PERSON:I").
func NewMark(name string) Mark { return Mark(hashString(name) | 1) }

// maxMarks bounds the marks of one token; more are dropped, the first kept.
const maxMarks = 8

// token holds the hashed attributes of one token, computed once by Add.
type token struct {
	word   uint64                       // folded key
	cased  uint64                       // folded key with the capitalisation pattern
	shape  uint64                       // capitalisation, digits and punctuation, runs collapsed
	affix  [4]uint64                    // prefix and suffix hashes of a key in no cluster; zeros otherwise
	clus   [len(clusterPrefixes)]uint64 // cluster bit-string prefixes; 0: no cluster
	marks  [maxMarks]Mark
	nmarks uint8
	line   bool // a line break before the token: no entity goes on across it
}

// Sentence is a token sequence to tag or to learn from: a sentence, a
// paragraph or a whole text. The caller adds tokens and marks; a Sentence
// also holds the scratch space of Model.Tag, so reusing one across calls
// allocates nothing. A Sentence is not safe for concurrent use.
type Sentence struct {
	toks []token
	// Tag's scratch, and TagPrior's.
	emit    []int32
	back    []uint8
	labels  []uint8
	spans   []Span
	plabels []uint8
	emitAll []int32
	alpha   []int64
	beta    []int64
	regions []region
}

// Reset empties s, keeping its memory.
func (s *Sentence) Reset() { s.toks = s.toks[:0] }

// Len returns the number of tokens.
func (s *Sentence) Len() int { return len(s.toks) }

// Add appends a token: text as written and key, its folded form (lower
// case, tone mark as a trailing digit 1–5, as letters.AppendKey writes it).
func (s *Sentence) Add(text, key string, f Flags) {
	sh, caps := shapeOf(text, f)
	t := token{shape: sh, line: f&Newline != 0}
	if k := defaultClusters().key(key); k != nil {
		t.word, t.clus = k.word, k.lower
		if caps != capsLower && k.capital {
			t.clus = k.upper
		}
	} else {
		// A syllable Wikipedia hardly uses: a foreign word, a rare name, a
		// typo. Its prefixes and suffixes stand in for the cluster.
		t.word = hashString(key)
		t.affix = affixes(key)
	}
	t.cased = mix(t.word, uint64(caps))
	s.toks = append(s.toks, t)
}

// Mark adds mark m to token i.
func (s *Sentence) Mark(i int, m Mark) {
	t := &s.toks[i]
	if int(t.nmarks) == maxMarks {
		return
	}
	for _, x := range t.marks[:t.nmarks] {
		if x == m {
			return
		}
	}
	t.marks[t.nmarks] = m
	t.nmarks++
}

// Capitalisation patterns.
const (
	capsLower = iota // no upper-case letter, or no letter
	capsFirst        // first letter upper, some lower
	capsAll          // two letters or more, all upper
	capsMixed        // upper after lower (iPhone, McDonald)
)

// shapeOf returns the shape hash of a token (upper-case letters X, lower x,
// digit runs d1–d4 by length, punctuation as itself, letter runs collapsed,
// with the space flags) and its capitalisation pattern.
func shapeOf(text string, f Flags) (uint64, int) {
	var buf [24]byte
	b := buf[:0]
	upper, lower, letters := 0, 0, 0
	caps := capsLower
	first := true
	digits := 0
	flush := func() {
		if digits > 0 {
			b = append(b, 'd', byte('0'+min(digits, 4)))
			digits = 0
		}
	}
	for _, r := range text {
		if len(b) >= len(buf)-3 {
			break
		}
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			letters++
			if lower > 0 {
				caps = capsMixed
			}
			if first {
				caps = capsFirst
			}
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			c = 'x'
			lower++
			letters++
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			digits++
			first = false
			continue
		case r < utf8.RuneSelf:
			c = byte(r)
		case r == '“' || r == '”' || r == '«' || r == '»' || r == '„':
			c = '"'
		case r == '‘' || r == '’':
			c = '\''
		case r >= 0x2010 && r <= 0x2015:
			c = '-'
		default:
			c = '*'
		}
		first = false
		flush()
		if n := len(b); n > 0 && b[n-1] == c && (c == 'x' || c == 'X') {
			continue
		}
		b = append(b, c)
	}
	flush()
	switch {
	case letters >= 2 && upper == letters:
		caps = capsAll
	case caps == capsFirst && lower == 0 && letters == 1:
		// one upper-case letter ("A", "L."): a capital, not all caps
	}
	b = append(b, '|', byte('0'+f&(Space|Newline)))
	return hashBytes(b), caps
}

// affixes returns the hashes of the first two and three and the last two
// and three runes of key without its tone digit: the endings of a foreign
// name, the onset and rhyme of a rare syllable.
func affixes(key string) [4]uint64 {
	base := key
	if n := len(base); n > 1 && base[n-1] >= '1' && base[n-1] <= '5' {
		base = base[:n-1]
	}
	var out [4]uint64
	n := utf8.RuneCountInString(base)
	if n == 0 {
		return out
	}
	cut := func(k int) int { // byte offset after k runes
		i := 0
		for ; k > 0 && i < len(base); k-- {
			_, w := utf8.DecodeRuneInString(base[i:])
			i += w
		}
		return i
	}
	p2, p3 := cut(min(2, n)), cut(min(3, n))
	s2, s3 := cut(max(n-2, 0)), cut(max(n-3, 0))
	out[0] = mix(1, hashString(base[:p2]))
	out[1] = mix(2, hashString(base[:p3]))
	out[2] = mix(3, hashString(base[s2:]))
	out[3] = mix(4, hashString(base[s3:]))
	return out
}

// Hashing. FNV-1a for strings and a multiply-xorshift mix for combining:
// both fixed, so the same features hash to the same buckets on every run
// and every machine.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix combines a hash with a value: one multiply and a shift, as the
// inputs are hashes already and bucket multiplies again.
func mix(h, v uint64) uint64 {
	h = (h ^ v) * 0x9E3779B97F4A7C15
	return h ^ h>>32
}

// Feature templates. Each feature is a template number mixed with the
// attributes it reads; numbers are fixed (a model stores FeatureVersion and
// refuses other versions), so never renumber: add.
const (
	tBias = iota + 1
	tWord
	tWordPrev
	tWordNext
	tWordPrev2
	tWordNext2
	tBigramPrev // w[i-1] w[i]
	tBigramNext // w[i] w[i+1]
	tCased
	tShape
	tShapePrev
	tShapeNext
	tShapeTri
	tAffix
	tCluster
	tClusterPrev
	tClusterNext
	tMark
	tMarkPrev
	tMarkNext
)

// FeatureVersion names the feature templates and their hashing; a model
// trained under another version is refused at load.
const FeatureVersion = "tagger-features-4"

// Sentinel attributes outside the sentence.
var (
	bos = token{word: hashString("<s>"), cased: hashString("<s>"), shape: hashString("<s>")}
	eos = token{word: hashString("</s>"), cased: hashString("</s>"), shape: hashString("</s>")}
)

func (s *Sentence) at(i int) *token {
	switch {
	case i < 0:
		return &bos
	case i >= len(s.toks):
		return &eos
	}
	return &s.toks[i]
}

// maxFeatures bounds the features of one token (13 fixed, 4 affixes, the
// clusters, 2 neighbours' clusters, 1 per mark of the token and of each
// neighbour).
const maxFeatures = 13 + 4 + len(clusterPrefixes) + 2 + 3*maxMarks

// features appends the hash of every feature of token i to dst.
func (s *Sentence) features(i int, dst []uint64) []uint64 {
	t := &s.toks[i]
	p, n := s.at(i-1), s.at(i+1)
	p2, n2 := s.at(i-2), s.at(i+2)
	dst = append(dst, tBias)
	dst = append(dst, mix(tWord, t.word))
	dst = append(dst, mix(tWordPrev, p.word))
	dst = append(dst, mix(tWordNext, n.word))
	dst = append(dst, mix(tWordPrev2, p2.word))
	dst = append(dst, mix(tWordNext2, n2.word))
	dst = append(dst, mix(mix(tBigramPrev, p.word), t.word))
	dst = append(dst, mix(mix(tBigramNext, t.word), n.word))
	dst = append(dst, mix(tCased, t.cased))
	dst = append(dst, mix(tShape, t.shape))
	dst = append(dst, mix(tShapePrev, p.shape))
	dst = append(dst, mix(tShapeNext, n.shape))
	dst = append(dst, mix(mix(mix(tShapeTri, p.shape), t.shape), n.shape))
	for _, a := range t.affix {
		if a != 0 {
			dst = append(dst, mix(tAffix, a))
		}
	}
	for _, c := range t.clus {
		dst = append(dst, mix(tCluster, c))
	}
	dst = append(dst, mix(tClusterPrev, p.clus[1]))
	dst = append(dst, mix(tClusterNext, n.clus[1]))
	for _, m := range t.marks[:t.nmarks] {
		dst = append(dst, mix(tMark, uint64(m)))
	}
	for _, m := range p.marks[:p.nmarks] {
		dst = append(dst, mix(tMarkPrev, uint64(m)))
	}
	for _, m := range n.marks[:n.nmarks] {
		dst = append(dst, mix(tMarkNext, uint64(m)))
	}
	return dst
}
