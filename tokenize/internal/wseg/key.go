package wseg

import (
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
)

// Hashing: feature keys and syllable keys are 64-bit mixes of small integers,
// so no strings are built while segmenting.

const (
	mulA = 0x9E3779B97F4A7C15
	mulB = 0xC2B2AE3D27D4EB4F
)

// mix folds v into h. h*mulA+v keeps (template, small value) pairs apart,
// the rest is a 64-bit finalizer.
func mix(h, v uint64) uint64 {
	h = h*mulA + v
	h ^= h >> 32
	h *= mulB
	return h ^ h>>29
}

// hashBytes is FNV-1a folded through mix; stable across runs and platforms.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return mix(h, uint64(len(b)))
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h, uint64(len(s)))
}

// AppendLower appends the lower-cased s to dst. Vietnamese letters all have
// simple one-rune case mappings.
func AppendLower(dst []byte, s string) []byte {
	lt := letters.Get()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, lt.Of(r).Lower)
		i += n
	}
	return dst
}

// Shape classes of a unit.
const (
	ShapeLower uint8 = iota
	ShapeTitle
	ShapeUpper
	ShapeMixed
	ShapeNumber
	ShapePunct
	ShapeOther
	shapeBOS
	shapeEOS
)

// shapeOf classifies a syllable by the case of its letters.
func shapeOf(s string) uint8 {
	lt := letters.Get()
	upper, lower := 0, 0
	firstUpper, first := false, true
	for i := 0; i < len(s); {
		c := s[i]
		var isUp, isLow, isDigit, isLetter bool
		if c < utf8.RuneSelf {
			isUp, isLow, isDigit = 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9'
			isLetter = isUp || isLow
			i++
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			c := lt.Of(r).Class
			isUp, isLow, isDigit = c&letters.Upper != 0, c&letters.Lower != 0, c&letters.Digit != 0
			isLetter = isUp || isLow || c&letters.Alpha != 0
			i += n
		}
		switch {
		case isUp:
			upper++
			if first {
				firstUpper = true
			}
		case isLow:
			lower++
		case isDigit:
			if first && upper+lower == 0 {
				return ShapeNumber
			}
		}
		if isLetter || isDigit {
			first = false
		}
	}
	switch {
	case upper == 0:
		return ShapeLower
	case lower == 0 && upper > 1:
		return ShapeUpper
	case firstUpper && upper == 1:
		return ShapeTitle
	case lower == 0:
		return ShapeTitle
	default:
		return ShapeMixed
	}
}
