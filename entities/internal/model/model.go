// Package model holds the entity model shipped with the library, written
// by go generate ./entities (entities/internal/trainmodel) from the
// project's own annotated corpus. Empty until that corpus is large enough.
package model

import _ "embed"

// Data is the model file (entities/internal/tagger format), or empty.
//
//go:embed entities.model
var Data []byte
