package main

import (
	"slices"
	"unicode"
)

// isWordRune reports whether r continues a word: a span boundary may not fall
// between two such runes.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// occurrences returns the code-point offsets at which sub occurs in text at
// word boundaries: the rune before and the rune after the match are not word
// runes (an edge of sub that is not itself a word rune needs no boundary).
func occurrences(text, sub []rune) []int {
	var out []int
	if len(sub) == 0 {
		return nil
	}
	for i := 0; i+len(sub) <= len(text); i++ {
		if text[i] != sub[0] || !slices.Equal(text[i:i+len(sub)], sub) {
			continue
		}
		if atBoundary(text, i, i+len(sub)) {
			out = append(out, i)
		}
	}
	return out
}

// atBoundary reports whether [start, end) is delimited by word boundaries.
func atBoundary(text []rune, start, end int) bool {
	if start > 0 && isWordRune(text[start-1]) && isWordRune(text[start]) {
		return false
	}
	if end < len(text) && isWordRune(text[end]) && isWordRune(text[end-1]) {
		return false
	}
	return true
}

// occurrenceIndex is the 1-based number of the occurrence of text[start:end]
// that starts at start, or 0 when that span is not at word boundaries.
func occurrenceIndex(text []rune, start, end int) int {
	for n, at := range occurrences(text, text[start:end]) {
		if at == start {
			return n + 1
		}
	}
	return 0
}

// byteToRune maps every byte offset of s that starts a rune (and len(s)) to
// its code-point offset.
func byteToRune(s string) map[int]int {
	m := make(map[int]int, len(s)+1)
	n := 0
	for i := range s {
		m[i] = n
		n++
	}
	m[len(s)] = n
	return m
}
