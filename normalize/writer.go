package normalize

import "unicode/utf8"

// normWriter builds the output of one normalization stage. It is lazy: while the
// output equals a prefix of the stage input it only counts bytes, so a stage
// that changes nothing returns its input without allocating. When track is
// set it also records, for every output byte, the offset in the original
// input it came from.
type normWriter struct {
	in    string
	inMap []int32 // original offset of each byte of in; nil means identity
	track bool

	n     int // output length while clean (output == in[:n])
	dirty bool
	out   []byte
	omap  []int32
}

// origAt returns the original offset for output written for stage-input
// offset at, never less than the previous output byte's: the map stays
// monotone even when a stage emits held-back bytes (line breaks) whose
// source precedes text the lazy prefix already matched.
func (w *normWriter) origAt(at int) int32 {
	o := w.orig(at)
	if n := len(w.omap); n > 0 && w.omap[n-1] > o {
		return w.omap[n-1]
	}
	return o
}

func newNormWriter(in string, inMap []int32, track bool) normWriter {
	return normWriter{in: in, inMap: inMap, track: track}
}

// orig returns the original offset of stage-input offset i.
func (w *normWriter) orig(i int) int32 {
	if w.inMap == nil || i >= len(w.inMap) {
		if w.inMap != nil && len(w.inMap) > 0 {
			return w.inMap[len(w.inMap)-1]
		}
		return int32(i)
	}
	return w.inMap[i]
}

// spill switches to an explicit buffer holding in[:n].
func (w *normWriter) spill(extra int) {
	w.dirty = true
	w.out = make([]byte, w.n, len(w.in)+extra+16)
	copy(w.out, w.in[:w.n])
	if w.track {
		w.omap = make([]int32, w.n, cap(w.out))
		for k := range w.n {
			w.omap[k] = w.orig(k)
		}
	}
}

// emit appends s, which stands for stage input starting at offset at.
func (w *normWriter) emit(s string, at int) {
	if !w.dirty {
		if w.n+len(s) <= len(w.in) && w.in[w.n:w.n+len(s)] == s {
			w.n += len(s)
			return
		}
		w.spill(len(s))
	}
	w.out = append(w.out, s...)
	if w.track {
		o := w.origAt(at)
		for range len(s) {
			w.omap = append(w.omap, o)
		}
	}
}

// emitByte appends one byte (see emit).
func (w *normWriter) emitByte(c byte, at int) {
	if !w.dirty {
		if w.n < len(w.in) && w.in[w.n] == c {
			w.n++
			return
		}
		w.spill(1)
	}
	w.out = append(w.out, c)
	if w.track {
		w.omap = append(w.omap, w.origAt(at))
	}
}

// emitRune appends r (see emit).
func (w *normWriter) emitRune(r rune, at int) {
	if r < utf8.RuneSelf {
		w.emitByte(byte(r), at)
		return
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	w.emit(string(b[:n]), at)
}

// copyIn emits in[i:j] unchanged.
func (w *normWriter) copyIn(i, j int) {
	if i >= j {
		return
	}
	if !w.dirty && w.n == i {
		w.n = j
		return
	}
	if !w.dirty {
		w.spill(j - i)
	}
	w.out = append(w.out, w.in[i:j]...)
	if w.track {
		for k := i; k < j; k++ {
			w.omap = append(w.omap, w.origAt(k))
		}
	}
}

// result returns the stage output and its map (nil when not tracking or the
// map is the identity).
func (w *normWriter) result() (string, []int32) {
	if !w.dirty {
		if w.n == len(w.in) {
			return w.in, w.inMap
		}
		if w.inMap != nil {
			return w.in[:w.n], w.inMap[:w.n]
		}
		return w.in[:w.n], nil
	}
	return string(w.out), w.omap
}
