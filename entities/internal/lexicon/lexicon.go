// Package lexicon holds the entity extractor's word lists: titles,
// organisation heads and names, programme heads, geographic head words and
// personal-name parts (titles.tsv, orgs.tsv, programs.tsv, geoheads.tsv,
// names.tsv). It is a data leaf: it embeds the files written by
// internal/gen and imports nothing else; package entities parses them once
// on first use.
package lexicon

//go:generate go run ./internal/gen

import (
	"embed"
	"io/fs"
)

//go:embed *.tsv
var files embed.FS

// FS returns the embedded files (read-only).
func FS() fs.FS { return files }
