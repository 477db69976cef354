// Package model holds the entity model shipped with the library
// (entities.model), written by entities/internal/trainmodel from the
// project's own annotated corpus (see SOURCES.md); empty when this build
// ships none. It is a data leaf: it embeds the file and imports nothing
// else; package entities loads it once, on first use.
package model

import (
	"embed"
	"io/fs"
)

//go:embed entities.model
var files embed.FS

// FS returns the embedded file (read-only).
func FS() fs.FS { return files }
