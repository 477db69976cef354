// Package lexicon holds the entity extractor's word lists. The hand-written
// lists (titles.tsv, orgs.tsv, programs.tsv, geoheads.tsv, words.tsv,
// kinds.tsv) are
// edited directly; the wiki-*.tsv lists are read off Vietnamese Wikipedia
// by internal/gen and join the hand-written list of the same name. SOURCES.md gives the origin and licence of each file. It
// is a data leaf: it embeds the files and imports nothing else; package
// entities parses them once on first use.
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
