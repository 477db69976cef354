package tokenize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
)

// Tokens splits text into tokens with kinds and byte offsets.
//
// Tokens never overlap, come in input order and cover every byte of text
// except the gaps between them; joining tokens and gaps gives text back
// exactly. Gaps hold only white space (unicode.IsSpace) and invisible
// format characters (category Cf: zero-width space and joiners, BOM, soft
// hyphen, direction marks).
// Letters and combining marks stay together, so decomposed (NFD) syllables
// are one token. Each maximal run of invalid UTF-8 bytes becomes one Symbol
// token: nothing is dropped.
//
// Kinds:
//   - Syllable: a run of letters ("Việt", "H'Mông", "iPhone").
//   - Abbreviation: acronyms, told from syllables in capitals by Vietnamese
//     syllable shape ("UBND", "HĐND" but not "HÀ"), dotted abbreviations
//     ("TP.HCM", "TP.", "GS.TS.", "ThS.", "v.v."), capital initials with
//     their period ("C.", "Q."), and codes ("COVID-19", "NĐ-CP", "1A", "5G",
//     "15-NQ/TW", "100/2019/NĐ-CP", "Đ/c").
//   - Number ("2023", "1.234,5", "54.200.000", "100km", ranges such as
//     "2021-2026" and "1.500-2.000"), Percent ("19,2%", "5-10%"),
//     Ratio ("33/33", "3:1"), Date ("11/02/2024", "30/4", "02/2024",
//     "8-9/6", "11.02.2024", "2024-02-11", "6-2019", and "23-3" after a day
//     word such as "ngày" or "chiều"), Time ("15:00", "14h30", "7h"). A
//     number over a year is a document number ("25/2018", Abbreviation).
//   - URL ("https://…", "www.…", "baochinhphu.vn/…"), Email.
//   - Punct: one punctuation character, or a run of periods ("...") or of
//     ! and ?; Symbol: anything else ("$", "+", emoji, control bytes).
func (t *Tokenizer) Tokens(text string) []Token {
	return t.AppendTokens(make([]Token, 0, len(text)/5+4), text)
}

// AppendTokens appends the tokens of text to dst and returns the extended
// slice, like Tokens. Reusing dst across calls makes tokenization
// allocation-free.
func (t *Tokenizer) AppendTokens(dst []Token, text string) []Token {
	s := scanner{text: text, abbrevs: t.abbreviations()}
	i := 0
	for i < len(text) {
		c := text[i]
		var end int
		var kind Kind
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clSpace:
				i++
				continue
			case clLower, clUpper:
				end, kind = s.word(i)
			case clDigit:
				end, kind = s.number(i)
			case clPunct:
				end, kind = s.punct(i)
			default:
				end, kind = i+1, Symbol
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				end, kind = s.invalid(i), Symbol
			case isLetterRune(r):
				end, kind = s.word(i)
			case isGapRune(r):
				i += size
				continue
			case unicode.IsDigit(r):
				end, kind = s.otherDigits(i), Number
			case unicode.IsPunct(r):
				end, kind = i+size, Punct
			default:
				end, kind = s.skipMarks(i+size), Symbol
			}
		}
		dst = append(dst, Token{Text: text[i:end], Start: i, End: end, Kind: kind})
		i = end
	}
	return dst
}

// scanner holds one call's state. The two memo fields keep look-aheads
// linear: a failed e-mail or host scan from one start fails the same way
// from any later start inside the run it covered.
type scanner struct {
	text          string
	abbrevs       *abbrevSet
	noEmailBefore int
	noHostBefore  int
}

func (s *scanner) at(i int) byte {
	if i < len(s.text) {
		return s.text[i]
	}
	return 0
}

func (s *scanner) isDigitAt(i int) bool { c := s.at(i); return '0' <= c && c <= '9' }

// runeAt decodes the rune at i; it returns (0, 0) at the end of text.
func (s *scanner) runeAt(i int) (rune, int) {
	if i >= len(s.text) {
		return 0, 0
	}
	if c := s.text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s.text[i:])
}

// letters scans the run of letters and marks from i.
func (s *scanner) letters(i int) (end, upper, count int, ascii bool) {
	text := s.text
	j := i
	ascii = true
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clLower:
				j++
				count++
				continue
			case clUpper:
				j++
				count++
				upper++
				continue
			}
			break
		}
		ascii = false
		// Vietnamese letters outside ASCII are almost all in U+1EA0–U+1EF9
		// (E1 BA/BB xx) and U+00C0–U+01B0 (C3–C6 xx): decode those inline.
		if c == 0xE1 && j+2 < len(text) && text[j+1]&0xFC == 0xB8 && text[j+2]&0xC0 == 0x80 {
			r := 0x1000 | rune(text[j+1]&0x3F)<<6 | rune(text[j+2]&0x3F)
			count++
			if isUpperRune(r) {
				upper++
			}
			j += 3
			continue
		}
		if c >= 0xC3 && c <= 0xC6 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(text[j+1]&0x3F)
			if r != 0xD7 && r != 0xF7 {
				count++
				if isUpperRune(r) {
					upper++
				}
				j += 2
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isLetterRune(r) {
			break
		}
		if !isMarkRune(r) {
			count++
			if isUpperRune(r) {
				upper++
			}
		}
		j += size
	}
	return j, upper, count, ascii
}

// word scans a token that starts with a letter. The common case, a
// syllable followed by a space, returns from the first branch.
func (s *scanner) word(i int) (int, Kind) {
	j, upper, count, ascii := s.letters(i)
	if j < len(s.text) {
		switch c := s.text[j]; {
		case c == '.', c == '@', c == '-', c == '_', c == '+', c == ':', c == '/', c == '\'', c == 0xE2, '0' <= c && c <= '9':
			return s.wordSlow(i, j, upper, count, ascii)
		}
	}
	if upper >= 2 && isAcronym(s.text[i:j], upper, count) {
		return j, Abbreviation
	}
	return j, Syllable
}

// isAcronym tells "UBND", "HĐND", "ThS" from "HÀ", "VnExpress", "iPhone".
func isAcronym(w string, upper, count int) bool {
	if count < 2 || (upper < count && count > 4) {
		return false
	}
	return !letters.IsSyllable(w)
}

func (s *scanner) wordSlow(i, j, upper, count int, ascii bool) (int, Kind) {
	text := s.text
	c := text[j]
	if ascii {
		if end, ok := s.email(i); ok {
			return end, Email
		}
		if end, ok := s.url(i); ok {
			return end, URL
		}
	}
	switch {
	case c == '.':
		if end, ok := s.dotted(i, j, upper, count); ok {
			return end, Abbreviation
		}
	case '0' <= c && c <= '9':
		// Letters then digits: "U23", "H5N1", "F0", "mp3".
		for j < len(text) && (isASCIIAlnum(text[j]) || text[j] >= utf8.RuneSelf) {
			r, size := s.runeAt(j)
			if r >= utf8.RuneSelf && !isLetterRune(r) {
				break
			}
			if isUpperRune(r) {
				upper++
			}
			j += size
		}
		if upper > 0 {
			return s.codeTail(j), Abbreviation
		}
		return j, Syllable
	case c == '\'' || (c == 0xE2 && s.at(j+1) == 0x80 && s.at(j+2) == 0x99):
		// Ethnic-minority names: "H'Mông", "K'Ho", "Đắk R'Lấp".
		size := 1
		if c == 0xE2 {
			size = 3
		}
		if count <= 2 && isUpperRune(firstRune(text[i:])) {
			if r, _ := s.runeAt(j + size); isLetterRune(r) && !isMarkRune(r) {
				end, _, _, _ := s.letters(j + size)
				return end, Syllable
			}
		}
	case c == '/':
		// "Đ/c" (đồng chí), "km/h".
		if count <= 2 {
			if r, _ := s.runeAt(j + 1); isLetterRune(r) {
				end, _, n, _ := s.letters(j + 1)
				if n <= 2 && !s.isDigitAt(end) {
					return end, Abbreviation
				}
			}
		}
	}
	if upper >= 2 && isAcronym(text[i:j], upper, count) {
		return s.codeTail(j), Abbreviation
	}
	if upper == 1 && count == 1 && c == '-' {
		// A capital and a digit run make a code ("F-16"); "A-B" stays apart.
		if s.isDigitAt(j + 1) {
			return s.codeTail(j), Abbreviation
		}
	}
	return j, Syllable
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isASCIIAlnum(c byte) bool {
	cl := asciiClass[c&0x7f]
	return c < utf8.RuneSelf && (cl == clLower || cl == clUpper || cl == clDigit)
}

// codePart scans capitals and digits from i ("CP", "UBND", "19", "QH14").
// ok is false when the run is empty or runs into a lower-case letter
// ("CoV").
func (s *scanner) codePart(i int) (end int, ok bool) {
	j := i
	for j < len(s.text) {
		r, size := s.runeAt(j)
		switch {
		case r >= '0' && r <= '9', isUpperRune(r) && isLetterRune(r), j > i && isMarkRune(r):
			j += size
			continue
		case isLetterRune(r):
			return i, false
		}
		break
	}
	return j, j > i
}

// codeTail extends a code through hyphens and slashes followed by more code
// parts: "COVID-19", "NĐ-CP", "QĐ-UBND", "NQ/TW".
func (s *scanner) codeTail(j int) int {
	for {
		c := s.at(j)
		if c != '-' && c != '/' {
			return j
		}
		end, ok := s.codePart(j + 1)
		if !ok {
			return j
		}
		j = end
	}
}

// dotted decides whether the period after the letters text[i:j] belongs to
// an abbreviation: a listed one ("TP.", "ThS."), a capital initial ("C.",
// "Q."), or a chain of single letters ("v.v.", "U.S."). Chains continue
// through further listed parts or initials ("GS.TS.", "PGS.TS.BS.") and may
// end in an acronym without a period ("TP.HCM").
func (s *scanner) dotted(i, j, upper, count int) (int, bool) {
	w := s.text[i:j]
	switch {
	case s.abbrevs.has(w), count == 1 && upper == 1:
	case count == 1 && s.singleLetterDot(j+1):
	case isUnitLetter(w) && s.unitFollows(j+1):
	default:
		return 0, false
	}
	end := j + 1
	for {
		r, _ := s.runeAt(end)
		if !isLetterRune(r) || isMarkRune(r) {
			break
		}
		k, up, n, _ := s.letters(end)
		part := s.text[end:k]
		if s.at(k) == '.' && (n == 1 || s.abbrevs.has(part)) {
			if s.at(k+1) == '.' {
				end = k // "v.v..." keeps the ellipsis whole
				break
			}
			end = k + 1
			continue
		}
		if up == n && (n == 1 || isAcronym(part, up, n)) && !s.isDigitAt(k) {
			end = k
		}
		break
	}
	if s.at(end) == '.' && s.text[end-1] == '.' {
		end-- // "TP..." keeps the ellipsis whole
	}
	return end, true
}

// isUnitLetter reports the lower-case letters that abbreviate
// administrative units in informal writing: "q.1" (quận), "p. Bến Nghé"
// (phường), "h." (huyện), "x." (xã).
func isUnitLetter(w string) bool {
	return w == "q" || w == "p" || w == "h" || w == "x"
}

// unitFollows reports a number or a capitalised name at i, with or without
// one space before it.
func (s *scanner) unitFollows(i int) bool {
	if s.at(i) == ' ' {
		i++
	}
	r, _ := s.runeAt(i)
	return (r >= '0' && r <= '9') || (isUpperRune(r) && isLetterRune(r))
}

// singleLetterDot reports a single letter followed by a period at i: the
// second link of "v.v." or "U.S.".
func (s *scanner) singleLetterDot(i int) bool {
	r, _ := s.runeAt(i)
	if !isLetterRune(r) || isMarkRune(r) {
		return false
	}
	k, _, n, _ := s.letters(i)
	return n == 1 && s.at(k) == '.'
}

func isEmailLocal(c byte) bool {
	return isASCIIAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// email matches local@host.tld starting at i.
func (s *scanner) email(i int) (int, bool) {
	if i < s.noEmailBefore {
		return 0, false
	}
	text := s.text
	j := i
	for j < len(text) && isEmailLocal(text[j]) {
		j++
	}
	if j < len(text) && text[j] == '@' && text[j-1] != '.' {
		if end, labels := s.host(j + 1); labels >= 2 && !isDigitByte(text[end-1]) {
			return end, true
		}
	}
	s.noEmailBefore = j
	return 0, false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// host scans dot-separated labels of letters, digits and hyphens.
func (s *scanner) host(i int) (end, labels int) {
	text := s.text
	j := i
	for {
		k := j
		for k < len(text) && (isASCIIAlnum(text[k]) || text[k] == '-') {
			k++
		}
		// An empty label, or one that runs into a non-ASCII letter ("vn.ặ",
		// which NFD would spell with an ASCII "a"), is not part of the host.
		if r, _ := s.runeAt(k); k == j || (r >= utf8.RuneSelf && isLetterRune(r)) {
			if j == i {
				return i, 0
			}
			return j - 1, labels // drop the period before it
		}
		labels++
		j = k
		if j+1 >= len(text) || text[j] != '.' || !isASCIIAlnum(text[j+1]) {
			return j, labels
		}
		j++
	}
}

// topLevelDomains are the domain rows of the word lists, which turn
// "word.word" into a URL.
var topLevelDomains = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, d := range builtinWords("domain") {
		m[d] = true
	}
	return m
})

func (s *scanner) url(i int) (int, bool) {
	text := s.text
	if hasPrefixFold(text[i:], "http://") || hasPrefixFold(text[i:], "https://") || hasPrefixFold(text[i:], "ftp://") {
		return s.urlTail(i), true
	}
	if i < s.noHostBefore {
		return 0, false
	}
	end, labels := s.host(i)
	if labels >= 2 {
		if hasPrefixFold(text[i:], "www.") {
			return s.urlTail(end), true
		}
		dot := end - 1
		for text[dot] != '.' {
			dot--
		}
		var tld [8]byte
		if n := end - dot - 1; n <= len(tld) {
			for k := range n {
				tld[k] = text[dot+1+k] | 0x20
			}
			if topLevelDomains()[string(tld[:n])] {
				return s.urlTail(end), true
			}
		}
	}
	s.noHostBefore = end
	return 0, false
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i]|0x20 != prefix[i]|0x20 {
			return false
		}
	}
	return true
}

// urlTail extends a URL through path, query and fragment characters
// (letters of any script included, so NFC and NFD paths end alike), then
// gives back trailing punctuation that belongs to the sentence.
func (s *scanner) urlTail(j int) int {
	text := s.text
	open := 0
	for j < len(text) {
		c := text[j]
		if c >= utf8.RuneSelf {
			r, size := s.runeAt(j)
			if !isLetterRune(r) {
				break
			}
			j += size
			continue
		}
		if c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' {
			break
		}
		switch c {
		case '(':
			open++
		case ')':
			open--
		case ',':
			if hasPrefixFold(text[j+1:], "http") || hasPrefixFold(text[j+1:], "www.") {
				return j // a list of URLs without spaces: "a.vn,http://b.vn"
			}
		}
		j++
	}
	for j > 0 {
		switch text[j-1] {
		case '.', ',', ';', ':', '!', '?', '\'', ']':
			j--
			continue
		case ')':
			if open < 0 {
				open++
				j--
				continue
			}
		}
		break
	}
	return j
}

// digits scans ASCII digits from i and returns the value (capped) and count.
func (s *scanner) digits(i int) (end, value, n int) {
	text := s.text
	j := i
	for j < len(text) && isDigitByte(text[j]) {
		if value < 1_000_000 {
			value = value*10 + int(text[j]-'0')
		}
		j++
	}
	return j, value, j - i
}

// number scans a token that starts with an ASCII digit.
func (s *scanner) number(i int) (int, Kind) {
	j, v, n := s.digits(i)
	if j == len(s.text) || asciiClass[s.text[j]&0x7f] == clSpace && s.text[j] < utf8.RuneSelf {
		return j, Number
	}
	switch c := s.text[j]; {
	case c == '.', c == ',', c == '%', c == '/', c == ':', c == '-', c >= utf8.RuneSelf, asciiClass[c] == clLower, asciiClass[c] == clUpper:
		end, kind := s.numberSlow(i, j, v, n)
		if kind == Number {
			return s.unitTail(end)
		}
		return end, kind
	}
	return j, Number
}

// unitTail glues letters written right after a number into its token:
// "1A" (QL 1A), "5G", "3D" are codes (Abbreviation); "100km", "20ha",
// "1m75", "100đ" are quantities (Number).
func (s *scanner) unitTail(j int) (int, Kind) {
	r, _ := s.runeAt(j)
	if !isLetterRune(r) || isMarkRune(r) {
		return j, Number
	}
	kind := Number
	for j < len(s.text) {
		r, size := s.runeAt(j)
		if !isLetterRune(r) && !(r >= '0' && r <= '9') {
			break
		}
		if isUpperRune(r) {
			kind = Abbreviation
		}
		j += size
	}
	if kind == Abbreviation {
		return s.codeTail(j), kind
	}
	return j, kind
}

func isDay(v, n int) bool   { return n <= 2 && v >= 1 && v <= 31 }
func isMonth(v, n int) bool { return n <= 2 && v >= 1 && v <= 12 }
func isYear(n int) bool     { return n == 2 || n == 4 }

func (s *scanner) numberSlow(i, j, v, n int) (int, Kind) {
	text := s.text
	switch text[j] {
	case '/':
		return s.slashed(j, v, n)
	case ':':
		if s.isDigitAt(j + 1) {
			k, m, mn := s.digits(j + 1)
			if n <= 2 && v <= 24 && mn == 2 && m < 60 {
				if s.at(k) == ':' && s.isDigitAt(k+1) {
					if k2, sec, sn := s.digits(k + 1); sn == 2 && sec < 60 {
						k = k2
					}
				}
				return k, Time
			}
			return k, Ratio
		}
	case 'h', 'g':
		// "14h30", "7h", "14g30"; not "14ha" nor "100g".
		if n <= 2 && v <= 24 {
			if s.isDigitAt(j + 1) {
				k, m, mn := s.digits(j + 1)
				if mn == 2 && m < 60 && !s.alnumAt(k) {
					return k, Time
				}
			} else if text[j] == 'h' && !s.alnumAt(j+1) {
				return j + 1, Time
			}
		}
		return j, Number
	case '-':
		return s.hyphened(i, j, v, n)
	}
	// Grouped numbers: "1.234,5", "54.200.000", and dotted dates
	// "11.02.2024", "7.2024".
	var lens [3]int
	var vals [3]int
	lens[0], vals[0] = n, v
	groups := 1
	dotsOnly := true
	for j+1 < len(text) && (text[j] == '.' || text[j] == ',') && isDigitByte(text[j+1]) {
		if text[j] == ',' {
			dotsOnly = false
		}
		k, gv, gn := s.digits(j + 1)
		if groups < len(lens) {
			lens[groups], vals[groups] = gn, gv
		}
		groups++
		j = k
	}
	switch {
	case groups == 3 && dotsOnly && isDay(vals[0], lens[0]) && isMonth(vals[1], lens[1]) && isYear(lens[2]):
		return j, Date
	case groups == 2 && dotsOnly && isMonth(vals[0], lens[0]) && lens[1] == 4 && vals[1]/100 >= 19 && vals[1]/100 <= 20:
		return j, Date // "tháng 7.2024": a four-digit group is no thousands group
	}
	return s.numberRange(j)
}

func (s *scanner) alnumAt(i int) bool {
	r, _ := s.runeAt(i)
	return r != 0 && (isLetterRune(r) || unicode.IsDigit(r))
}

// slashed handles a number followed by '/': dates "11/02/2024", "30/4",
// "02/2024", ratios "33/33", and document codes "100/2019/NĐ-CP",
// "15/QĐ-UBND".
func (s *scanner) slashed(j, v, n int) (int, Kind) {
	if end, ok := s.codePart(j + 1); ok && !s.isDigitAt(j+1) {
		return s.codeTail(end), Abbreviation
	}
	if !s.isDigitAt(j + 1) {
		return j, Number
	}
	k, v2, n2 := s.digits(j + 1)
	kind := Ratio
	switch {
	case s.at(k) == '/' && s.isDigitAt(k+1):
		k3, _, n3 := s.digits(k + 1)
		if isDay(v, n) && isMonth(v2, n2) && isYear(n3) {
			kind = Date
		}
		k = k3
	case isMonth(v, n) && n2 == 4:
		kind = Date
	case isDay(v, n) && isMonth(v2, n2):
		kind = Date
	case n2 == 4 && (v2/100 == 19 || v2/100 == 20):
		kind = Abbreviation // a document number and its year: "Luật số 25/2018"
	}
	if s.at(k) == '/' {
		if end, ok := s.codePart(k + 1); ok && !s.isDigitAt(k+1) {
			return s.codeTail(end), Abbreviation
		}
	}
	return k, kind
}

// hyphened handles a number followed by '-': day ranges "8-9/6", dates
// "11-02-2024" and "2024-02-11", Party codes "15-NQ/TW", and ranges
// ("2021-2026", one Number).
func (s *scanner) hyphened(i, j, v, n int) (int, Kind) {
	if end, ok := s.codePart(j + 1); ok && !s.isDigitAt(j+1) {
		return s.codeTail(end), Abbreviation
	}
	if !s.isDigitAt(j + 1) {
		return j, Number
	}
	k, v2, n2 := s.digits(j + 1)
	switch {
	case s.at(k) == '/' && s.isDigitAt(k+1) && isDay(v, n) && isDay(v2, n2) && v < v2:
		k3, v3, n3 := s.digits(k + 1)
		if !isMonth(v3, n3) {
			break
		}
		if s.at(k3) == '/' && s.isDigitAt(k3+1) {
			if k4, _, n4 := s.digits(k3 + 1); isYear(n4) {
				k3 = k4
			}
		}
		return k3, Date
	case s.at(k) == '-' && s.isDigitAt(k+1):
		k3, v3, n3 := s.digits(k + 1)
		if (n == 4 && isMonth(v2, n2) && isDay(v3, n3)) || (isDay(v, n) && isMonth(v2, n2) && n3 == 4) {
			return k3, Date
		}
	case isMonth(v, n) && n2 == 4 && !s.alnumAt(k) && s.at(k) != '-':
		return k, Date // month and year: "tháng 6-2019"
	case isDay(v, n) && isMonth(v2, n2) && !s.alnumAt(k) && s.afterDateWord(i):
		return k, Date // "chiều 23-3"; a score is a range ("thắng 2-1")
	}
	return s.numberRange(j)
}

// numberRange extends the number ending at j through "-number" links:
// "2021-2026", "1.500-2.000", "5-10%", "0912-345-678".
func (s *scanner) numberRange(j int) (int, Kind) {
	for s.at(j) == '-' && s.isDigitAt(j+1) {
		j = s.groupedEnd(j + 1)
	}
	if s.at(j) == '%' {
		return j + 1, Percent
	}
	return j, Number
}

// groupedEnd returns the end of the number with '.' and ',' groups at j.
func (s *scanner) groupedEnd(j int) int {
	j, _, _ = s.digits(j)
	for (s.at(j) == '.' || s.at(j) == ',') && s.isDigitAt(j+1) {
		j, _, _ = s.digits(j + 1)
	}
	return j
}

// afterDateWord reports that the word before i (one space back) is a date
// word of words.tsv ("ngày 23-3", "sáng 2-9"), in any case.
func (s *scanner) afterDateWord(i int) bool {
	if i < 2 || s.text[i-1] != ' ' {
		return false
	}
	ws := wordStart(s.text, i-1)
	w := s.text[ws : i-1]
	for _, d := range builtinWords("date-word") {
		if len(w) == len(d) && (w == d || strings.EqualFold(w, d)) {
			return true
		}
	}
	return false
}

// punct scans punctuation from i: runs of periods ("...") and of ! and ?
// are one token; other characters stand alone.
func (s *scanner) punct(i int) (int, Kind) {
	text := s.text
	switch text[i] {
	case '.':
		j := i + 1
		for j < len(text) && text[j] == '.' {
			j++
		}
		return j, Punct
	case '!', '?':
		j := i + 1
		for j < len(text) && (text[j] == '!' || text[j] == '?') {
			j++
		}
		return j, Punct
	}
	return i + 1, Punct
}

// invalid returns the end of the run of invalid UTF-8 bytes at i.
func (s *scanner) invalid(i int) int {
	j := i + 1
	for j < len(s.text) && s.text[j] >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(s.text[j:])
		if r != utf8.RuneError || size != 1 {
			break
		}
		j++
	}
	return j
}

// skipMarks keeps combining marks and variation selectors with the symbol
// before them (emoji with U+FE0F).
func (s *scanner) skipMarks(j int) int {
	for j < len(s.text) {
		r, size := s.runeAt(j)
		if !isMarkRune(r) {
			break
		}
		j += size
	}
	return j
}

// otherDigits scans digits of other scripts ("١٢", fullwidth "１２").
func (s *scanner) otherDigits(j int) int {
	for j < len(s.text) {
		r, size := s.runeAt(j)
		if !unicode.IsDigit(r) {
			break
		}
		j += size
	}
	return j
}
