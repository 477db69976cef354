package entities

import (
	"sync"

	"github.com/vntext/vntext/entities/internal/tagger"
)

// passPool keeps the buffers of finished passes (tokens, scan buffers,
// results, scratch) for the next Extract: news archives call Extract
// millions of times on texts of similar size, and allocating these afresh
// made the garbage collector a large share of the pipeline's time. Nothing
// in a pass outlives its Extract call: the entities copy what they need.
var passPool = sync.Pool{New: func() any { return new(pass) }}

// newPass returns a pass over text with its tokens scanned.
func (x *Extractor) newPass(text string) *pass {
	p := passPool.Get().(*pass)
	p.x, p.text = x, text
	p.toks = x.scan(&p.bufs.scan, text)
	p.doc = p.toks
	return p
}

// keepTokens bounds what a pooled pass keeps: the buffers of a huge text
// are dropped rather than held.
const keepTokens = 1 << 15

// passBuffers holds the arrays a pooled pass reuses; the pass's own fields
// start nil as the rules expect (locEnd == nil: no places).
type passBuffers struct {
	scan           scanBuffers
	locEnd, locIdx []int32
	// The model layer's (model.go).
	sent   tagger.Sentence
	cover  []int32
	merged []found
	prior  []tagger.Span
}

// release clears p and returns it to the pool.
func (p *pass) release() {
	if cap(p.toks) > keepTokens || cap(p.out) > keepTokens || cap(p.spans) > keepTokens || p.bufs.sent.Len() > keepTokens {
		return
	}
	b := p.bufs
	if p.locEnd != nil {
		b.locEnd, b.locIdx = p.locEnd, p.locIdx
	}
	clear(p.out) // drop the references to places and role spans
	// Every other field is zeroed, so a rule's new per-call state starts
	// empty without changes here.
	*p = pass{
		bufs:  b,
		out:   p.out[:0],
		hits:  p.hits[:0],
		roles: p.roles[:0],
		spans: p.spans[:0],
	}
	passPool.Put(p)
}

// zeroed returns s resized to n zero elements, reusing its array.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
