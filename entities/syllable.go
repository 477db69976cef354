package entities

import (
	"strings"
	"unicode/utf8"
)

// Vietnamese syllable shape, used to tell native words from foreign ones
// ("Pepsi", "Microsoft", "Thomas"): a foreign word is not a Vietnamese
// given name, and a foreign brand closes an organisation name.
var (
	sylOnsets = []string{"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
		"h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}
	sylCodas = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true,
		"p": true, "t": true}
)

func isSylVowel(r rune) bool {
	switch r {
	case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y':
		return true
	}
	return false
}

// nativeKey reports whether a folded word key has the shape of one
// Vietnamese syllable: onset, one to three vowels, coda.
func nativeKey(key string) bool {
	if n := len(key); n > 0 && key[n-1] >= '1' && key[n-1] <= '5' {
		key = key[:n-1]
	}
	if key == "" || len(key) > 16 {
		return false
	}
	for _, o := range sylOnsets {
		if !strings.HasPrefix(key, o) {
			continue
		}
		rest := key[len(o):]
		vowels := 0
		for rest != "" {
			r, n := utf8.DecodeRuneInString(rest)
			if !isSylVowel(r) {
				break
			}
			vowels++
			rest = rest[n:]
		}
		if vowels == 0 && o == "gi" {
			return sylCodas[rest] // "gìn" read as gi + n
		}
		return vowels >= 1 && vowels <= 3 && sylCodas[rest]
	}
	return false
}
