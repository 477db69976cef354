package vntext

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Offsets is the unit of the Start and End offsets of a Result.
type Offsets uint8

// The offset units.
const (
	OffsetBytes Offsets = iota // UTF-8 bytes (Go)
	OffsetRunes                // Unicode code points (Python)
	OffsetUTF16                // UTF-16 code units (JavaScript, Java)
)

var offsetNames = [...]string{"bytes", "runes", "utf16"}

// String returns "bytes", "runes" or "utf16"; "" for an unknown unit.
func (u Offsets) String() string {
	if int(u) < len(offsetNames) {
		return offsetNames[u]
	}
	return ""
}

// ParseOffsets reads a unit name: bytes, runes (or codepoints) or utf16.
func ParseOffsets(s string) (Offsets, error) {
	switch s {
	case "bytes", "":
		return OffsetBytes, nil
	case "runes", "codepoints":
		return OffsetRunes, nil
	case "utf16", "utf-16":
		return OffsetUTF16, nil
	}
	return 0, fmt.Errorf("vntext: unknown offset unit %q (want bytes, runes or utf16)", s)
}

// MarshalText writes the unit's name.
func (u Offsets) MarshalText() ([]byte, error) {
	if u.String() == "" {
		return nil, fmt.Errorf("vntext: unknown offset unit %d", u)
	}
	return []byte(u.String()), nil
}

// UnmarshalText reads what MarshalText writes.
func (u *Offsets) UnmarshalText(b []byte) error {
	if u == nil {
		return errors.New("vntext: UnmarshalText into a nil *Offsets")
	}
	v, err := ParseOffsets(string(b))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// offsetConv converts byte offsets of one text to another unit. Offsets
// mostly come in ascending order (each list of a Result is sorted), so it
// keeps a cursor, and a checkpoint about every convStep bytes makes a step
// back cost at most convStep bytes: conversion stays linear in the text.
type offsetConv struct {
	text   string
	unit   Offsets
	pos    int // byte offset of the cursor, at a rune start
	count  int // units before pos
	checks []checkpoint
}

// checkpoint is the cursor at the first rune start at or after a multiple
// of convStep.
type checkpoint struct{ pos, count int }

const convStep = 1024

func (c *offsetConv) at(b int) int {
	if c.unit == OffsetBytes {
		return b
	}
	b = min(max(b, 0), len(c.text))
	if b < c.pos {
		i := min(b/convStep, len(c.checks)-1)
		for i > 0 && c.checks[i].pos > b {
			i--
		}
		c.pos, c.count = c.checks[i].pos, c.checks[i].count
	}
	for c.pos < b {
		if c.pos >= len(c.checks)*convStep {
			c.checks = append(c.checks, checkpoint{c.pos, c.count})
		}
		r, n := rune(c.text[c.pos]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(c.text[c.pos:])
		}
		c.count++
		if c.unit == OffsetUTF16 && r > 0xFFFF {
			c.count++ // a surrogate pair
		}
		c.pos += n
	}
	return c.count
}

// convertOffsets rewrites every offset of r in unit u. Spans that a later
// change adds to Result must be added here too (TestOffsetsEveryField).
func convertOffsets(r *Result, u Offsets) {
	if u == OffsetBytes {
		return
	}
	c := &offsetConv{text: r.Text, unit: u}
	conv := func(start, end *int) {
		*start = c.at(*start)
		*end = c.at(*end)
	}
	for i := range r.Sentences {
		conv(&r.Sentences[i].Start, &r.Sentences[i].End)
	}
	for i := range r.Words {
		conv(&r.Words[i].Start, &r.Words[i].End)
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		conv(&e.Start, &e.End)
		for j := range e.Roles {
			conv(&e.Roles[j].Start, &e.Roles[j].End)
		}
	}
	for i := range r.Officials {
		o := &r.Officials[i]
		for j := range o.Mentions {
			conv(&o.Mentions[j].Start, &o.Mentions[j].End)
		}
		for j := range o.Roles {
			conv(&o.Roles[j].Start, &o.Roles[j].End)
		}
	}
	for i := range r.Summary.Sentences {
		conv(&r.Summary.Sentences[i].Start, &r.Summary.Sentences[i].End)
	}
	for i := range r.Furniture {
		conv(&r.Furniture[i].Start, &r.Furniture[i].End)
	}
	for i := range r.Keywords {
		for j := range r.Keywords[i].Mentions {
			m := &r.Keywords[i].Mentions[j]
			conv(&m.Start, &m.End)
		}
	}
}
