package page

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/tsv"
)

// wordsText holds the words that mark furniture and datelines
// (words.tsv, written by the project; see SOURCES.md).
//
//go:embed words.tsv
var wordsText string

// wordLists are the lists of words.tsv by class.
type wordLists struct {
	// prefixes open lines that are page furniture, not article sentences
	// (every line-KIND row): photo/video credits, source lines, comment
	// counters, related-article teasers, copyright footers. Compared
	// case-insensitively after trimming opening brackets and quotes.
	prefixes []string
	// prefixBytes is how much of a sentence the prefix test lower-cases:
	// the longest prefix, in bytes.
	prefixBytes int
	// lineKinds refines the prefixes into the kind of a whole line;
	// shortLineKinds are openings that mark furniture only on a short
	// line that is not a sentence.
	lineKinds, shortLineKinds map[Kind][]string
	// credit words, right before a colon anywhere in a sentence, mark a
	// photo, video or source credit: "(Ảnh: Reuters)", "Nguồn: TTXVN".
	credit []string
	// contains marks counters and footers wherever they occur, in the case
	// variants that occur: matching the text as written avoids
	// lower-casing every sentence.
	contains []string
	// dateLabels, bylineLabels and dateGaps: see dateline and quietGap.
	dateLabels, bylineLabels, dateGaps []string
	// sections are the names of news-site sections, lower case, and
	// sectionWords the most words one of them has: see menuLine.
	sections     map[string]bool
	sectionWords int
}

// parseWords builds the lists from the rows of words.tsv; an unknown
// class is an error.
func parseWords(rows [][]string) (*wordLists, error) {
	l := &wordLists{lineKinds: map[Kind][]string{}, shortLineKinds: map[Kind][]string{}, sections: map[string]bool{}}
	for _, r := range rows {
		phrase, class := r[0], r[1]
		var kind Kind
		switch {
		case class == "credit":
			l.credit = append(l.credit, phrase)
		case class == "contains":
			l.contains = append(l.contains, phrase)
		case class == "date-label":
			l.dateLabels = append(l.dateLabels, phrase)
		case class == "byline-label":
			l.bylineLabels = append(l.bylineLabels, phrase)
		case class == "date-gap":
			l.dateGaps = append(l.dateGaps, phrase)
		case class == "section":
			l.sections[phrase] = true
			l.sectionWords = max(l.sectionWords, len(strings.Fields(phrase)))
		case strings.HasPrefix(class, "line-") && kind.UnmarshalText([]byte(class[len("line-"):])) == nil:
			l.lineKinds[kind] = append(l.lineKinds[kind], phrase)
			l.prefixes = append(l.prefixes, phrase)
			l.prefixBytes = max(l.prefixBytes, len(phrase))
		case strings.HasPrefix(class, "short-") && kind.UnmarshalText([]byte(class[len("short-"):])) == nil:
			l.shortLineKinds[kind] = append(l.shortLineKinds[kind], phrase)
		default:
			return nil, fmt.Errorf("%q: unknown class %q", phrase, class)
		}
	}
	return l, nil
}

// lists parses words.tsv once, on first use; TestWordLists loads it.
var lists = tsv.Embedded("page/words.tsv", wordsText, 2, parseWords)

// imageExts are file-name endings of photos pasted into article text.
var imageExts = []string{".jpg", ".jpeg", ".png", ".gif", ".webp"}

// IsFurniture reports whether the sentence or line s is page furniture that
// must never be read as article text: photo/video credits, source lines,
// comment counters, teasers, copyright footers, image file names, headings
// typed in capitals. The summarizer skips such sentences; Parse refines the
// same tests into the Kind of a line. s is expected in NFC (as Normalize
// writes it).
func IsFurniture(s string) bool {
	l := lists()
	head := strings.TrimLeft(s, "([\"“'‘-–—•*> ")
	if len(head) > l.prefixBytes {
		head = head[:l.prefixBytes]
	}
	var buf [64]byte
	low := lowerInto(buf[:0], head)
	for _, p := range l.prefixes {
		if bytes.HasPrefix(low, []byte(p)) {
			return true
		}
	}
	for _, p := range l.contains {
		if strings.Contains(s, p) {
			return true
		}
	}
	return hasCredit(s) || hasImageName(s) || isAllCaps(s)
}

// IsCreditLine reports whether s opens with a photo, video or source
// credit ("Ảnh: Minh Hải", "(Video: VTV)", "Nguồn ảnh: …"): the sentences
// before it on the same line are the caption it credits.
func IsCreditLine(s string) bool {
	head := strings.TrimLeft(s, "([ ")
	colon := strings.IndexByte(head[:min(len(head), 24)], ':')
	if colon < 0 {
		return false
	}
	var buf [32]byte
	low := bytes.TrimSpace(lowerInto(buf[:0], head[:colon]))
	switch string(low) {
	case "nguồn ảnh", "ảnh minh họa", "ảnh minh hoạ":
		return true
	}
	return slices.Contains(lists().credit, string(low))
}

// hasCredit finds a credit word before any colon ("cảnh:" is not "ảnh:").
func hasCredit(s string) bool { return creditAt(s) >= 0 }

// creditAt returns the offset of the first credit word that stands before
// a colon ("Ảnh: Minh Đức", "(Nguồn: TTXVN)"), or -1.
func creditAt(s string) int {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		from := max(0, i-8)
		for from > 0 && !utf8.RuneStart(s[from]) {
			from++ // the window starts on a rune
		}
		word := strings.TrimRight(s[from:i], " ")
		var buf [16]byte
		low := lowerInto(buf[:0], word)
		for _, w := range lists().credit {
			if bytes.HasSuffix(low, []byte(w)) {
				r, _ := utf8.DecodeLastRune(low[:len(low)-len(w)])
				if len(low) == len(w) || !isSyllablePart(r) {
					return from + len(word) - len(w)
				}
			}
		}
		j := strings.IndexByte(s[i+1:], ':')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1
}

// isSyllablePart: a letter, a digit or a combining mark, so that NFD text
// does not break a word apart.
func isSyllablePart(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// hasImageName finds a photo file name ("IMG_2041.JPG").
func hasImageName(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		for _, ext := range imageExts {
			if len(s)-i >= len(ext) && strings.EqualFold(s[i:i+len(ext)], ext) {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// lowerInto appends the lower-case form of s to dst.
func lowerInto(dst []byte, s string) []byte {
	for _, r := range s {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// isAllCaps spots headings typed in capitals. It looks at the first 40
// letters only: a heading shows itself early, and the cost stays bounded.
func isAllCaps(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z':
			lower++
		case 'A' <= r && r <= 'Z':
			upper++
		case r < utf8.RuneSelf:
			continue
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
		if upper+lower >= 40 || lower*4 > 40 {
			break
		}
	}
	return upper > 8 && lower*4 < upper
}
