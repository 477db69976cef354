package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/page"
	"github.com/vntext/vntext/summarize/internal/syllable"
)

// minSyllables: shorter fragments are bylines, credits or labels, never
// sentences worth a summary slot.
const minSyllables = 6

// isFurniture reports whether s is page furniture that must never enter a
// summary: the rules live in package page, which also parses whole pages.
func isFurniture(s string) bool { return page.IsFurniture(s) }

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

// Opening phrases that make a sentence read badly out of context: it
// continues or contrasts with something the reader has not seen.
var connectives = []string{
	"tuy nhiên", "nhưng", "song", "ngoài ra", "bên cạnh đó", "do đó", "vì vậy", "vì thế", "theo đó",
	"trong khi đó", "đồng thời", "thêm vào đó", "mặt khác", "sau đó", "khi đó", "lúc đó", "cùng với đó",
	"hơn nữa", "thậm chí", "như vậy", "do vậy", "tuy vậy", "dù vậy", "trước đó", "cũng", "còn", "và",
	"hay", "hoặc", "thế nhưng", "mặc dù vậy", "ngược lại", "trái lại", "riêng", "bởi vậy", "chính vì vậy",
	"từ đó", "qua đó", "nhờ đó", "tiếp đó", "cụ thể", "điều này", "việc này", "đây là", "đó là",
	"nên", "vậy",
}

// Personal pronouns: an opener followed by a lower-case word ("Ông cho
// biết") points back to someone named earlier; followed by a name ("Ông
// Nguyễn Văn A") it is a title and reads fine.
var pronouns = []string{"ông", "bà", "anh", "chị", "cô", "họ", "hắn", "nó", "em", "cậu", "chúng tôi", "tôi", "mình", "y", "thị", "gã", "cụ"}

// Demonstratives among the first words ("Người này", "Vụ việc trên").
var demonstratives = []string{"này", "đó", "ấy"}

type phraseSet map[uint64]struct{}

func newPhraseSet(list []string) phraseSet {
	set := phraseSet{}
	for _, p := range list {
		set[phraseHash(p)] = struct{}{}
	}
	return set
}

// phraseHash combines the syllable hashes of p the way openers does.
func phraseHash(p string) uint64 {
	var h uint64
	for i := 0; ; {
		start, end, sh := syllable.Next(p, i)
		if start == len(p) {
			return h
		}
		h = combine(h, sh)
		i = end
	}
}

func combine(h, s uint64) uint64 { return (h^s)*1099511628211 + 0x9e3779b97f4a7c15 }

var (
	connectiveSet    = newPhraseSet(connectives)
	pronounSet       = newPhraseSet(pronouns)
	demonstrativeSet = newPhraseSet(demonstratives)
)

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
	var h uint64
	for i, sh := range hashes {
		h = combine(h, sh)
		if i < 3 {
			if _, ok := connectiveSet[h]; ok {
				f.connective = true
			}
		}
		if _, ok := pronounSet[h]; ok && i+1 < len(hashes) && !upper[i+1] && i < 2 {
			f.pronoun = true
		}
		if i >= 1 && i <= 3 {
			if _, ok := demonstrativeSet[combine(0, sh)]; ok {
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
