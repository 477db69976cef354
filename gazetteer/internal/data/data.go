// Package data holds the gazetteer's tables: administrative units before
// and after the 2025 reform with the old→new mapping (units.tsv) and the
// names the press uses for them, countries and regions (aliases.tsv), both
// written by gazetteer/internal/gen, and the hand-written head words
// (heads.tsv) and words read around names (words.tsv). It is a data leaf:
// it embeds the files (see SOURCES.md) and imports nothing else; package
// gazetteer parses them once on first use.
package data

import (
	"embed"
	"io/fs"
)

//go:embed units.tsv aliases.tsv
var files embed.FS

// FS returns the embedded tables units.tsv and aliases.tsv (read-only).
func FS() fs.FS { return files }

//go:embed heads.tsv
var heads string

// Heads returns the hand-written head words (heads.tsv).
func Heads() string { return heads }

//go:embed words.tsv
var words string

// Words returns the hand-written words read around names (words.tsv).
func Words() string { return words }
