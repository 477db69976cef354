package tokenize

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/internal/tsv"
	"github.com/vntext/vntext/tokenize/internal/lexicon"
	"github.com/vntext/vntext/tokenize/internal/wseg"
)

// builtinWords returns the tokenizer's word lists of a class (the
// classes of tokenize/internal/lexicon/words.tsv), parsed once;
// TestWordLists loads them.
func builtinWords(class string) []string { return parsedWords()[class] }

var parsedWords = tsv.Embedded("tokenize/internal/lexicon/words.tsv", lexicon.Words(), 2,
	tsv.ByClass("abbreviation", "heading", "date-word", "domain"))

// maxAbbrevLen bounds lookups: longer words are never abbreviations, which
// also keeps every backward scan in the splitter short.
const maxAbbrevLen = 32

// abbrevSet holds lower-cased abbreviations without their final period.
// It is read-only after construction.
type abbrevSet struct {
	keys map[string]struct{}
}

// defaultAbbrevs is shared by every Tokenizer without WithAbbreviations.
// The built-in entries are plain NFC words (TestBuiltinAbbreviations checks
// them), so lower-casing is all they need.
var defaultAbbrevs = sync.OnceValue(func() *abbrevSet { return &abbrevSet{keys: builtinKeys()} })

func builtinKeys() map[string]struct{} {
	abbrevs := builtinWords("abbreviation")
	keys := make(map[string]struct{}, len(abbrevs))
	for _, s := range abbrevs {
		keys[strings.ToLower(s)] = struct{}{}
	}
	return keys
}

// newAbbrevSet merges the built-in list with the caller's entries ("Q.",
// "Ths", "GS.TS."): trailing periods are optional, case is ignored.
func newAbbrevSet(extra []string) (*abbrevSet, error) {
	if len(extra) == 0 {
		return defaultAbbrevs(), nil
	}
	keys := builtinKeys()
	for _, s := range extra {
		key, err := abbrevKey(s)
		if err != nil {
			return nil, err
		}
		keys[key] = struct{}{}
	}
	return &abbrevSet{keys: keys}, nil
}

func abbrevKey(s string) (string, error) {
	k := strings.TrimRight(strings.TrimSpace(s), ".")
	switch {
	case k == "":
		return "", fmt.Errorf("tokenize: empty abbreviation %q", s)
	case !utf8.ValidString(k):
		return "", fmt.Errorf("tokenize: abbreviation %q is not valid UTF-8", s)
	case len(k) > maxAbbrevLen:
		return "", fmt.Errorf("tokenize: abbreviation %q is longer than %d bytes", s, maxAbbrevLen)
	case strings.IndexFunc(k, isGapRune) >= 0:
		return "", fmt.Errorf("tokenize: abbreviation %q contains white space", s)
	case strings.IndexFunc(k, isLetterRune) < 0:
		return "", fmt.Errorf("tokenize: abbreviation %q has no letter", s)
	}
	return strings.ToLower(norm.NFC.String(k)), nil
}

// has reports whether w (without its period) is a known abbreviation. It
// does not allocate for NFC input.
func (a *abbrevSet) has(w string) bool {
	if len(w) == 0 || len(w) > maxAbbrevLen {
		return false
	}
	if strings.IndexFunc(w, isMarkRune) >= 0 {
		// Decomposed spellings such as "NSƯT" typed with a combining horn.
		_, ok := a.keys[strings.ToLower(norm.NFC.String(w))]
		return ok
	}
	var buf [maxAbbrevLen * 2]byte
	b := wseg.AppendLower(buf[:0], w)
	_, ok := a.keys[string(b)]
	return ok
}

// abbreviations returns the set configured for t, or the built-in one for a
// nil or zero Tokenizer.
func (t *Tokenizer) abbreviations() *abbrevSet {
	if t == nil || t.abbrevs == nil {
		return defaultAbbrevs()
	}
	return t.abbrevs
}
