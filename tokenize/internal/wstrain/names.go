package wstrain

import (
	"slices"

	"github.com/vntext/vntext/internal/names"
)

// The family and middle names come from the module's one list of them
// (internal/names): names are the largest error class of segmenters
// without them.

var isFamilyName = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range slices.Concat(names.Surnames("surname"), names.Surnames("surname-ambiguous"), names.Surnames("surname-rare")) {
		m[n] = true
	}
	return m
}()
