// Package growth checks the module's linear-time claims by counted work,
// never by a clock: a stage run on eight times the input must do less than
// twelve times the work. Work is what the Go runtime counts for one call:
// objects allocated and bytes allocated. Both are exact and do not depend
// on how busy the machine is.
package growth

import (
	"runtime"
	"strings"
	"testing"
)

// Work is what one call allocated.
type Work struct {
	Allocs uint64 // heap objects
	Bytes  uint64 // heap bytes
}

// Measure runs f once to load what it loads once (tables, models), empties
// the sync.Pools (two collections: the pools and their victim caches), so
// that every call pays for its own buffers, and runs f again counting.
func Measure(f func()) Work {
	f()
	runtime.GC()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return Work{Allocs: after.Mallocs - before.Mallocs, Bytes: after.TotalAlloc - before.TotalAlloc}
}

// Factor and Bound are the claim: Factor times the input costs less than
// Bound times the work.
const (
	Factor = 8
	Bound  = 12
)

// Linear compares the work of f on inputs of Factor times the size with
// its work on the originals, and fails t when either count grows by Bound
// or more, or when the small runs count no work (the check would then
// prove nothing). input(k) must be k times as long as input(1). Slices
// that grow by a factor make the work of one size depend on where it falls
// between two capacities, so both sides sum two sizes half an octave
// apart: input(4) and input(6) against input(32) and input(48). Inputs
// should be large enough (thousands of tokens) that append has left its
// doubling regime for its 1.25× one on both sides.
func Linear(t testing.TB, name string, input func(k int) string, f func(text string)) {
	t.Helper()
	var w1, w8 Work
	var n1, n8 int
	for _, k := range []int{4, 6} {
		small, large := input(k), input(Factor*k)
		n1, n8 = n1+len(small), n8+len(large)
		a := Measure(func() { f(small) })
		b := Measure(func() { f(large) })
		w1.Allocs, w1.Bytes = w1.Allocs+a.Allocs, w1.Bytes+a.Bytes
		w8.Allocs, w8.Bytes = w8.Allocs+b.Allocs, w8.Bytes+b.Bytes
	}
	if w1.Allocs == 0 || w1.Bytes == 0 {
		t.Errorf("%s: %d bytes in %d objects on %d bytes of input: nothing to compare", name, w1.Bytes, w1.Allocs, n1)
		return
	}
	ra, rb := float64(w8.Allocs)/float64(w1.Allocs), float64(w8.Bytes)/float64(w1.Bytes)
	t.Logf("%s: ×%.1f input → ×%.1f objects, ×%.1f bytes", name, float64(n8)/float64(n1), ra, rb)
	if ra >= Bound || rb >= Bound {
		t.Errorf("%s: ×%d input costs ×%.1f objects and ×%.1f bytes (bound ×%d)", name, Factor, ra, rb, Bound)
	}
}

// Repeat is the input of n·k copies of unit.
func Repeat(unit string, n int) func(k int) string {
	return func(k int) string { return strings.Repeat(unit, n*k) }
}

// LinearSteps is Linear for work that allocates nothing per step (a loop
// over candidates): count(text) runs the stage on text and returns the
// steps it took, as the stage counts them. The sizes are Linear's.
func LinearSteps(t testing.TB, name string, input func(k int) string, count func(text string) int) {
	t.Helper()
	var s1, s8 int
	for _, k := range []int{4, 6} {
		s1 += count(input(k))
		s8 += count(input(Factor * k))
	}
	if s1 == 0 {
		t.Errorf("%s: no steps counted", name)
		return
	}
	r := float64(s8) / float64(s1)
	t.Logf("%s: ×%d input → ×%.1f steps", name, Factor, r)
	if r >= Bound {
		t.Errorf("%s: ×%d input costs ×%.1f steps (bound ×%d)", name, Factor, r, Bound)
	}
}
