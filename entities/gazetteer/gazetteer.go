// Package gazetteer holds the data the entity extractor ships: administrative
// units before and after the 2025 reform, the old→new mapping, titles and
// organisation abbreviations. It is a data leaf: it embeds the files written
// by the project's generator and imports nothing else; package entities
// parses them once on first use.
package gazetteer

import "embed"

// FS holds the generated data files under data/.
//
//go:embed data
var FS embed.FS
