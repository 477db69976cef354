package summarize

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/names"
	"github.com/vntext/vntext/internal/tsv"
	"github.com/vntext/vntext/page"
	"github.com/vntext/vntext/summarize/internal/syllable"
)

// minSyllables: shorter fragments are bylines, credits or labels, never
// sentences worth a summary slot.
const minSyllables = 6

// isFurniture reports whether s is page furniture that must never enter a
// summary: the rules live in package page, which also parses whole pages.
func isFurniture(s string) bool { return page.IsFurniture(s) }

// isCreditLine reports whether s opens with a photo or video credit: the
// sentences before it on the same line are the caption it credits.
func isCreditLine(s string) bool { return page.IsCreditLine(s) }

// isFragment reports whether s is not a full sentence: a byline or
// dateline (too short) or a heading (no sentence-final punctuation).
func isFragment(s string, nsyl int) bool {
	return nsyl < minSyllables || !endsLikeSentence(s)
}

// endsLikeSentence: the last character, past closing quotes and brackets,
// is sentence-final punctuation. A colon or comma ending means the sentence
// introduces something the summary would not show.
func endsLikeSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '”', '’', '\'', ')', ']', '»', ' ':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}

// wordsText holds the summarizer's word lists (words.tsv): opening words
// that make a sentence read badly out of context (connectives, pronouns,
// demonstratives), titles before names and words that are never keywords.
//
//go:embed words.tsv
var wordsText string

type phraseSet map[uint64]struct{}

// wordSets are the phrase sets of words.tsv by class, and the common
// family names of internal/names: one inside a capitalised run starts a new
// name ("quận Tây Hồ Lê Thị Thu Hằng" is a place, then a person).
type wordSets struct {
	connective, pronoun, demonstrative, adverbial, nameTitle, boilerplate, mediaHead, surname phraseSet
	predicate, placeHead, middleName                                                          phraseSet
}

// lists parses words.tsv once, on first use; TestWordLists loads it.
var lists = tsv.Embedded("summarize/words.tsv", wordsText, 2, parseWords)

// parseWords builds the phrase sets from the rows of words.tsv; an unknown
// class is an error.
func parseWords(rows [][]string) (wordSets, error) {
	sets := map[string]phraseSet{"connective": {}, "pronoun": {}, "demonstrative": {}, "adverbial": {}, "name-title": {}, "boilerplate": {}, "media-head": {}, "surname": {}, "predicate": {}, "place-head": {}, "middle-name": {}}
	for _, r := range rows {
		set, ok := sets[r[1]]
		if !ok || r[1] == "surname" {
			return wordSets{}, fmt.Errorf("%q: unknown class %q", r[0], r[1])
		}
		set[syllable.PhraseHash(r[0])] = struct{}{}
	}
	for _, n := range names.Surnames("surname") {
		sets["surname"][syllable.PhraseHash(n)] = struct{}{}
	}
	return wordSets{sets["connective"], sets["pronoun"], sets["demonstrative"], sets["adverbial"], sets["name-title"], sets["boilerplate"], sets["media-head"], sets["surname"], sets["predicate"], sets["place-head"], sets["middle-name"]}, nil
}

// opensAdverbial reports whether the syllables hashes (the first few of a
// clause) open with an adverbial head of words.tsv ("Trong", "Sau khi").
func opensAdverbial(hashes []uint64) bool {
	return opensWith(lists().adverbial, hashes)
}

// opensWith reports whether the syllables hashes open with a phrase of set
// (of at most three syllables).
func opensWith(set phraseSet, hashes []uint64) bool {
	var h uint64
	for _, sh := range hashes[:min(len(hashes), 3)] {
		h = syllable.Combine(h, sh)
		if _, ok := set[h]; ok {
			return true
		}
	}
	return false
}

// openerFlags describes how a sentence opens.
type openerFlags struct {
	connective, pronoun, demonstrative, quote bool
}

// opener inspects the first syllables of s. hashes holds the hashes of the
// sentence's first syllables in order (up to four), upper whether each of
// them starts with a capital.
func opener(s string, hashes []uint64, upper []bool) openerFlags {
	var f openerFlags
	if r, _ := utf8.DecodeRuneInString(s); r == '"' || r == '“' || r == '\'' || r == '‘' {
		f.quote = true
	}
	sets := lists()
	var h uint64
	for i, sh := range hashes {
		h = syllable.Combine(h, sh)
		if i < 3 {
			if _, ok := sets.connective[h]; ok {
				f.connective = true
			}
		}
		if _, ok := sets.pronoun[h]; ok && i+1 < len(hashes) && !upper[i+1] && i < 2 {
			f.pronoun = true
		}
		if i >= 1 && i <= 3 {
			if _, ok := sets.demonstrative[syllable.Combine(0, sh)]; ok {
				f.demonstrative = true
			}
		}
	}
	return f
}

// datelineLen returns the length of a dateline opening s ("TTO - ",
// "(Dân trí) - ", "HÀ NỘI (Reuters) – "): a short source or place tag in
// capitals or parentheses, then a dash, then the sentence proper. It
// returns 0 when there is none, so "Việt Trinh - diễn viên ..." stays.
func datelineLen(s string) int {
	head := s[:min(len(s), 48)]
	for _, dash := range []string{" - ", " – ", " — "} {
		i := strings.Index(head, dash)
		if i <= 0 {
			continue
		}
		tag, rest := s[:i], s[i+len(dash):]
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' {
			return 0
		}
		if strings.HasSuffix(tag, ")") && strings.Contains(tag, "(") || isCapsTag(tag) {
			return i + len(dash)
		}
		return 0
	}
	return 0
}

// isCapsTag: letters all upper case (at least two), with only dots,
// digits, commas and spaces besides: "TTO", "VOV.VN", "HÀ NỘI".
func isCapsTag(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		case r == '.' || r == ',' || r == ' ' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// hasQuoteMark reports whether s holds a quote mark quoteState follows:
// '"', '“', '”' (E2 80 9C/9D), '«' or '»' (C2 AB/BB).
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "\u201c") || strings.Contains(s, "\u201d") ||
		strings.IndexByte(s, 0xC2) >= 0 && (strings.Contains(s, "«") || strings.Contains(s, "»"))
}

// quoteState follows quotations across sentences: a quotation of several
// sentences opens in one and closes in a later one.
type quoteState struct {
	depth    int // open curly or angle quotes
	straight bool
	// sentences the quotation has been open for; past maxQuoteSentences
	// an unmatched quote mark is taken for a typo rather than a quotation.
	open int
}

const maxQuoteSentences = 4

// next reports whether sentence s is nothing but quotation (every letter
// and digit inside quote marks), given the state before it, and returns
// the state after it. A quotation needs no context to be quoted
// correctly, but out of context it reads as nobody's words, so a summary
// never uses one on its own; a sentence that attributes it ("..., ông
// nói.") is another matter.
func (q quoteState) next(s string) (quoteOnly bool, after quoteState) {
	if q.open >= maxQuoteSentences {
		q = quoteState{}
	}
	if q.depth == 0 && !q.straight && !hasQuoteMark(s) {
		return false, quoteState{} // the common case, found by byte scans
	}
	inside, outside := false, false
	for _, r := range s {
		switch r {
		case '“', '«':
			q.depth++
		case '”', '»':
			q.depth = max(0, q.depth-1)
		case '"':
			q.straight = !q.straight
		default:
			if syllable.IsPart(r) {
				if q.depth > 0 || q.straight {
					inside = true
				} else {
					outside = true
				}
			}
		}
	}
	if q.depth > 0 || q.straight {
		q.open++
	} else {
		q.open = 0
	}
	return inside && !outside, q
}
