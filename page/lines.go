package page

import (
	"strings"

	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// shortWords: a line of at most this many words can be a header, counter
// or menu item; a longer one is read as text.
const shortWords = 14

// lowerPrefix lower-cases the start of s (trimmed of opening brackets and
// bullets) for the prefix tests.
func lowerPrefix(s string) string {
	head := strings.TrimLeft(s, "([\"“'‘-–—•*>#| ")
	if len(head) > 48 {
		cut := 48
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	return strings.ToLower(head)
}

// prefixKind reports the kind whose opening s starts with, trying table.
func prefixKind(low string, table map[Kind][]string) (Kind, bool) {
	// The kinds in a fixed order: a map's order would make ties random.
	for _, k := range []Kind{Footer, Comments, Related, Byline, Caption, Source, Navigation} {
		for _, p := range table[k] {
			if strings.HasPrefix(low, p) && wordEnds(low, len(p)) {
				return k, true
			}
		}
	}
	return Body, false
}

// wordEnds: low[i:] does not continue the word the prefix ended in
// ("tin mới" is not "tin mớiii", "bài:" stands alone).
func wordEnds(low string, i int) bool {
	if i >= len(low) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(low[:i])
	if !isSyllablePart(r) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(low[i:])
	return !isSyllablePart(next)
}

// wordCount counts the words of s that hold a letter or a digit.
func wordCount(s string) int {
	n := 0
	counted := false // the current word has been counted
	for _, r := range s {
		if unicode.IsSpace(r) {
			counted = false
			continue
		}
		if !counted && (r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9') || r >= utf8.RuneSelf && isSyllablePart(r)) {
			n++
			counted = true
		}
	}
	return n
}

// endsSentence: the last character, past closing quotes and brackets, is
// sentence-final punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"”’')]» ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// nameSeparators join several authors on a byline.
var nameSeparators = []string{" - ", " – ", " — ", ",", " và ", "/", " & ", ";", " | "}

// nameGroups splits a byline's names into the [start, end) of each name, and
// reports whether every part reads as a name: capitalised words, no digits,
// at most five words each ("Hương Ly", "MINH ANH", "Lê Văn A - Trần B").
// Source tags in brackets ("(VOV)") are allowed after the names and left out.
func nameGroups(s string) (groups [][2]int, ok bool) {
	end := len(s)
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(strings.TrimSpace(s), ")") {
		end = i
	}
	start := 0
	for start < end {
		next, sep := end, 0
		for _, p := range nameSeparators {
			if i := strings.Index(s[start:end], p); i >= 0 && start+i < next {
				next, sep = start+i, len(p)
			}
		}
		part := s[start:next]
		lead := len(part) - len(strings.TrimLeft(part, " "))
		part = strings.TrimSpace(part)
		if part != "" {
			if !isName(part) {
				return nil, false
			}
			groups = append(groups, [2]int{start + lead, start + lead + len(part)})
		}
		if next == end {
			break
		}
		start = next + sep
	}
	return groups, len(groups) > 0
}

// isName: one to five capitalised words of letters ("Hương Ly", "PV",
// "TTXVN", "MINH ANH", "Đ.Tùng").
func isName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	switch words[0] {
	case "Ông", "Bà", "Theo", "Tại", "Ngày":
		return false // "Ông Nguyễn Văn A." is a sentence about someone, not a signature
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '.' {
				return false
			}
		}
	}
	return true
}

// isPersonName: a name of at least two words, so that an agency's initials
// ("PV", "TTXVN") are not a person.
func isPersonName(s string) bool { return isName(s) && len(strings.Fields(s)) >= 2 }

// breadcrumbSeparators divide a breadcrumb ("Thời sự > Chính trị").
var breadcrumbSeparators = []string{">", "›", "»", "/", "|", "→"}

// lastCrumb returns the [start, end) of the last part of a breadcrumb that
// is not "Trang chủ", or of the whole trimmed line.
func lastCrumb(s string) (int, int) {
	end := len(s)
	for end > 0 {
		sepAt, sepLen := -1, 0
		for _, sep := range breadcrumbSeparators {
			if i := strings.LastIndex(s[:end], sep); i > sepAt {
				sepAt, sepLen = i, len(sep)
			}
		}
		from := sepAt + sepLen
		if sepAt < 0 {
			from = 0
		}
		part := strings.TrimSpace(s[from:end])
		if part != "" && !strings.EqualFold(norm.NFC.String(part), "Trang chủ") || sepAt < 0 {
			start := from + len(s[from:end]) - len(strings.TrimLeft(s[from:end], " "))
			return start, start + len(part)
		}
		end = sepAt
	}
	return 0, len(s)
}

// menuLine: a line that lists four section names or more, and twice as
// many section names as other items, is a site's menu printed on one line
// ("Thời sự Thế giới Kinh doanh Giải trí Thể thao", "Trang chủ | Xã hội |
// Pháp luật | …"): none of its items is the article's category. A
// breadcrumb's arrows (›, », >, →) or a sentence are never a menu; an item
// that is no known section is a capitalised word and at most three
// lower-case ones after it ("Nhịp sống trẻ").
func menuLine(t string) bool {
	if strings.ContainsAny(t, ">›»→\"") || endsSentence(t) {
		return false
	}
	words := strings.FieldsFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|/·•,;", r)
	})
	words = slices.DeleteFunc(words, func(w string) bool { return strings.Trim(w, "-–—") == "" })
	if len(words) < 4 {
		return false
	}
	names, others := 0, 0
	for i := 0; i < len(words); {
		if !startsUpper(words[i]) {
			return false // a lower-case word outside an item: a sentence
		}
		known := sectionAt(words[i:])
		i += max(known, 1)
		more := 0
		for ; more < 3 && i < len(words) && !startsUpper(words[i]); more++ {
			i++
		}
		if known > 0 && more == 0 {
			names++
		} else {
			others++ // "Nhịp sống trẻ" is no section
		}
	}
	return names >= 4 && names >= 2*others
}

// sectionAt returns how many of words, from the first, spell a section
// name with a capital, or 0.
func sectionAt(words []string) int {
	if !startsUpper(words[0]) {
		return 0
	}
	l := lists()
	for k := min(l.sectionWords, len(words)); k > 0; k-- {
		if l.sections[strings.ToLower(strings.Join(words[:k], " "))] {
			return k
		}
	}
	return 0
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
