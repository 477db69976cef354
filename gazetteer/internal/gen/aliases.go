package main

import (
	"fmt"

	"github.com/vntext/vntext/internal/tsv"
)

// alias is one line of aliases.tsv: a row of the hand-written places.tsv
// or a place read off Wikipedia (wiki.go). target is the full name of a unit
// ("Thành phố Hồ Chí Minh") looked up in every period; empty for places that
// are not administrative units of Viet Nam.
type alias struct {
	kind, name, level, target string
}

// readPlaces reads the hand-written places.tsv.
func readPlaces(path string) ([]alias, error) {
	rows, err := tsv.ReadRows(path, 4)
	if err != nil {
		return nil, err
	}
	out := make([]alias, 0, len(rows))
	for _, f := range rows {
		switch f[0] {
		case "name", "place", "weak", "former", "merged":
		default:
			return nil, fmt.Errorf("%s: bad kind in %q", path, f)
		}
		switch f[2] {
		case "country", "province", "district", "commune", "other":
		default:
			return nil, fmt.Errorf("%s: bad level in %q", path, f)
		}
		if f[1] == "" {
			return nil, fmt.Errorf("%s: no name in %q", path, f)
		}
		out = append(out, alias{kind: f[0], name: nfc(f[1]), level: f[2], target: f[3]})
	}
	return out, nil
}
