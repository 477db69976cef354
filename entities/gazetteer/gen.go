package gazetteer

// The generator reads $VNTEXT_DATA/gazetteer and rewrites data/units.tsv and
// data/aliases.tsv; see internal/gen.
//go:generate go run ./internal/gen
