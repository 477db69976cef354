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
	predicate, placeHead, middleName, firstPerson, pronounNoun, backReference                 phraseSet
}

// lists parses words.tsv once, on first use; TestWordLists loads it.
var lists = tsv.Embedded("summarize/words.tsv", wordsText, 2, parseWords)

// parseWords builds the phrase sets from the rows of words.tsv; an unknown
// class is an error.
func parseWords(rows [][]string) (wordSets, error) {
	sets := map[string]phraseSet{"connective": {}, "pronoun": {}, "demonstrative": {}, "adverbial": {}, "name-title": {}, "boilerplate": {}, "media-head": {}, "surname": {}, "predicate": {}, "place-head": {}, "middle-name": {}, "first-person": {}, "pronoun-noun": {}, "back-reference": {}}
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
	return wordSets{sets["connective"], sets["pronoun"], sets["demonstrative"], sets["adverbial"], sets["name-title"], sets["boilerplate"], sets["media-head"], sets["surname"], sets["predicate"], sets["place-head"], sets["middle-name"], sets["first-person"], sets["pronoun-noun"], sets["back-reference"]}, nil
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
	self                                      bool // the pronoun is the speaker's ("Tôi")
	refers                                    bool // the connective is a back-reference ("Đây là")
	titled                                    bool // the pronoun is also a title ("Ông", not "Họ")
}

// leans reports whether a sentence that opens so needs the sentence
// before it: a connective ("Tuy nhiên", "Đây là"), or a pronoun that
// points back to someone named there ("Ông cho biết"; not the speaker's
// "Tôi", nor words opening a quotation: "“Chúng tôi ...”, ...").
func (f openerFlags) leans() bool {
	return f.connective || f.pronoun && !f.self && !f.quote
}

// namesSomeone reports whether s names someone a pronoun such as "Ông"
// can point back to: a title before a capital ("ông Khải", "bà Nhung"),
// or two capitalised syllables in a row past the first ("Trần Văn Khải",
// "Donald Trump", also "Sở Y tế": an organisation speaks through
// someone).
func namesSomeone(s string) bool {
	sets := lists()
	title, upper := false, false
	for i, n := 0, 0; ; n++ {
		start, end, h := syllable.Next(s, i)
		if start == len(s) {
			return false
		}
		up := syllable.IsUpperStart(s, start)
		if up && (title || upper && n > 1) {
			return true
		}
		_, title = sets.pronoun[syllable.Combine(0, h)]
		upper = up
		i = end
	}
}

// connectiveLead returns the length of the connective that opens s and
// of the commas and spaces after it ("Tuy nhiên, "), when the rest of s
// reads alone: a statement of minSyllables or more that does not lean in
// turn. It returns 0 otherwise, and for a back-reference ("Đây là"),
// which is the sentence's subject.
func connectiveLead(s string) int {
	sets := lists()
	var h uint64
	end := 0
	for i, k := 0, 0; k < 3; k++ {
		start, e, sh := syllable.Next(s, i)
		if start == len(s) || k == 0 && start != 0 {
			break
		}
		h = syllable.Combine(h, sh)
		if _, ok := sets.connective[h]; ok {
			end = e
		}
		i = e
	}
	if end == 0 {
		return 0
	}
	for end < len(s) && (s[end] == ' ' || s[end] == ',') {
		end++
	}
	rest := s[end:]
	var hashes [openerSyllables]uint64
	var upper [openerSyllables]bool
	n, count := 0, 0
	for i := 0; ; count++ {
		start, e, sh := syllable.Next(rest, i)
		if start == len(rest) {
			break
		}
		if n < openerSyllables {
			hashes[n], upper[n] = sh, syllable.IsUpperStart(rest, start)
			n++
		}
		i = e
	}
	if count < minSyllables || opener(rest, hashes[:n], upper[:n]).leans() {
		return 0
	}
	return end
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
			if _, ok := sets.backReference[h]; ok {
				f.connective, f.refers = true, true
			}
		}
		_, pronoun := sets.pronoun[h]
		_, self := sets.firstPerson[h]
		if (pronoun || self) && i+1 < len(hashes) && !upper[i+1] && i < 2 {
			if _, noun := sets.pronounNoun[syllable.Combine(0, hashes[i+1])]; !noun {
				_, titled := sets.nameTitle[h]
				f.pronoun, f.self, f.titled = true, self, titled
			}
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
