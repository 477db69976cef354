// Package names holds the Vietnamese family names and middle names
// (names.tsv, with SOURCES.md): one list for the word-segmentation
// trainer, the gazetteer and the entity rules. It is a data leaf: it embeds
// the file and imports only the list parser, internal/tsv.
package names

import (
	_ "embed"
	"slices"

	"github.com/vntext/vntext/internal/tsv"
)

//go:embed names.tsv
var file string

// parsed holds the rows of names.tsv by class, in file order; the
// package's tests load it, so a bad row cannot ship.
var parsed = tsv.Embedded("internal/names/names.tsv", file, 2,
	tsv.ByClass("surname", "surname-ambiguous", "surname-rare", "middle"))

// Surnames returns the family names of a class in file order, capitalised
// as written ("Nguyễn", "Ksor"): "surname", "surname-ambiguous" (also the
// first word of many place names, a middle name or a common word: "Hà",
// "Văn") or "surname-rare" (rare, and also a title or a common word:
// "Phó"). A new slice on each call.
func Surnames(class string) []string { return slices.Clone(parsed()[class]) }

// Middles returns the middle names, capitalised as written, in file order;
// a new slice on each call.
func Middles() []string { return Surnames("middle") }
