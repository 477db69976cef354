package tagger

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FoldKey returns the folded key of one word: NFC, lower case, the tone
// mark taken off its vowel and written as a trailing digit (1 grave,
// 2 acute, 3 hook, 4 tilde, 5 dot below), other marks kept, a right single
// quote written '. Keys ignore case and tone placement ("Hoà" and "hòa"
// are "hoa1"). The entities scanner writes the same keys (a test there
// checks it); the cluster generator uses this function.
func FoldKey(word string) string {
	var out []rune
	var tone byte
	for _, r := range norm.NFD.String(word) {
		switch r {
		case 0x300:
			tone = 1
		case 0x301:
			tone = 2
		case 0x309:
			tone = 3
		case 0x303:
			tone = 4
		case 0x323:
			tone = 5
		case '’':
			out = append(out, '\'')
		default:
			out = append(out, unicode.ToLower(r))
		}
	}
	s := norm.NFC.String(string(out))
	if tone != 0 {
		s += string(rune('0' + tone))
	}
	return s
}
