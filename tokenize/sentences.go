package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
	"golang.org/x/text/unicode/norm"
)

// Sentences splits text into sentences with byte offsets. Sentences are
// trimmed, come in input order and never overlap; the bytes between them
// are white space or the invisible format characters listed under Tokens.
// Invalid UTF-8 bytes stay inside sentences.
//
// Rules:
//   - A line break (\n, \r, U+2028, U+2029, NEL, \v, \f) always ends a
//     sentence, so headlines, captions, bylines and image file names on
//     their own lines are their own units. A bracketed label or credit
//     that opens a line also stands alone ("(Ảnh: Thanh Hà) Theo…").
//   - . ! ? … and "..." end a sentence when white space follows and the
//     next word does not start with a lower-case letter or , ; : ), nor is
//     a dash before a lower-case word ("…nhà…” - anh nói"). Closing quotes
//     and brackets after the mark, even after a space, and further marks
//     stay with the sentence ("…tốt.” Ông", tokenized `không ? " . Bà`).
//   - A period does not end a sentence after a known abbreviation ("TP.",
//     "GS.TS.", "ThS.", "Ths.", WithAbbreviations), a list marker opening
//     the sentence ("1.", "II.", "a."), a heading number ("Điều 1.",
//     "Chương II."), or a capital initial that starts a place ("Q. 1",
//     "P. Bến Nghé", "H. Châu Thành", "J. K. Rowling"). An initial that
//     closes a name ends the sentence before a capitalised word ("…Nguyễn
//     Văn C. Ông C. khai…"), as does a lone capital before one capitalised
//     word ("vitamin C. Các").
//   - A mark with no space after it ends a sentence only between a
//     lower-case syllable (or a plain number) and a capitalised word
//     ("năm 2024.Trong"); "TP.HCM", "1.234,5", "14h30" and URLs are
//     untouched.
//
// Numbers, dates and times contain no boundary: "19,2%", "1.234,5",
// "11/02/2024 15:00". Time is linear in len(text).
func (t *Tokenizer) Sentences(text string) []Sentence {
	sp := splitter{text: text, abbrevs: t.abbreviations(), firstWord: -1}
	out := make([]Sentence, 0, len(text)/96+4) // news sentences average ~120 bytes
	start := 0
	for i := 0; i < len(text); {
		c := text[i]
		if !boundaryByte[c] {
			i++
			continue
		}
		if n := lineBreakLen(text, i); n > 0 {
			out = sp.emit(out, start, i)
			i += n
			start, sp.lineStart = i, i
			continue
		}
		if c == ')' || c == ']' {
			if sp.endsLabel(start, i) {
				out = sp.emit(out, start, i+1)
				start = i + 1
			}
			i++
			continue
		}
		end, size, isEnd := sp.terminator(start, i)
		if size == 0 {
			i++ // a lead byte of some other character
			continue
		}
		if isEnd {
			out = sp.emit(out, start, end)
			start = end
		}
		i = max(end, i+size)
	}
	return sp.emit(out, start, len(text))
}

// boundaryByte marks bytes that can begin a line break or a terminator:
// \n \v \f \r . ! ? ) ] and the lead bytes of NEL (C2 85) and of U+2026,
// U+2028, U+2029 (E2 80 xx).
var boundaryByte = func() (t [256]bool) {
	for _, c := range []byte("\n\v\f\r.!?)]\xc2\xe2") {
		t[c] = true
	}
	return t
}()

func lineBreakLen(text string, i int) int {
	switch text[i] {
	case '\n', '\v', '\f', '\r':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0x85 {
			return 2
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

type splitter struct {
	text    string
	abbrevs *abbrevSet
	// firstWord caches where the current sentence's first non-gap byte is
	// (-1: not computed for segStart), so list-marker checks stay linear.
	segStart, firstWord int
	labelChecked        bool // endsLabel already ran for segStart
	lineStart           int  // where the current line begins
	// quotesBefore's running count of '"' in text[quoteLine:quotePos].
	quoteLine, quotePos, quoteCount int
}

// emit appends text[start:end] trimmed of gap runes, if anything is left.
func (sp *splitter) emit(out []Sentence, start, end int) []Sentence {
	text := sp.text
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isGapRune(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isGapRune(r) {
			break
		}
		end -= n
	}
	if start < end {
		out = append(out, Sentence{Text: text[start:end], Start: start, End: end})
	}
	return out
}

// terminator examines a possible sentence end at i. size is the length of
// the mark at i (0 if there is none); end is where the sentence would end,
// after the marks and any closing quotes or brackets.
func (sp *splitter) terminator(segStart, i int) (end, size int, isEnd bool) {
	text := sp.text
	j := i
	dots, other := 0, 0
	for j < len(text) {
		switch {
		case text[j] == '.':
			dots++
			j++
			continue
		case text[j] == '!' || text[j] == '?':
			other++
			j++
			continue
		case isEllipsisAt(text, j):
			other++
			j += 3
			continue
		}
		break
	}
	if j == i {
		return i, 0, false
	}
	size = j - i
	singleDot := dots == 1 && other == 0
	j = sp.closers(j)
	end = j
	if j == len(text) {
		return end, size, true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !isGapRune(r) {
		return end, size, sp.unspaced(i, j, size, end)
	}
	// Skip white space to the next word. Closing quotes and brackets after
	// the space, and further marks, still belong to this sentence ("tốt. ”
	// Ông", tokenized text "không ? " . Trời").
	k, lineBreak := sp.skipGaps(j)
	for !lineBreak && k < len(text) && sp.detachedEnd(k) {
		end = sp.closers(sp.marks(k))
		k, lineBreak = sp.skipGaps(end)
	}
	if lineBreak || k == len(text) {
		return end, size, true
	}
	r, _ = utf8.DecodeRuneInString(text[k:])
	if isLowerLetter(r) || r == ',' || r == ';' || r == ':' || r == ')' {
		return end, size, false
	}
	if isDash(r) && sp.lowerAfterDash(k) {
		return end, size, false // "…nhà…” - chủ tịch xã nói"
	}
	if !singleDot {
		return end, size, true
	}
	return end, size, !sp.periodBinds(segStart, i, k, r)
}

// skipGaps returns the first non-gap byte at or after j, and whether a line
// break came first.
func (sp *splitter) skipGaps(j int) (int, bool) {
	for j < len(sp.text) {
		if lineBreakLen(sp.text, j) > 0 {
			return j, true
		}
		r, n := utf8.DecodeRuneInString(sp.text[j:])
		if !isGapRune(r) {
			break
		}
		j += n
	}
	return j, false
}

// detachedEnd reports a sentence mark, a typographic closing quote or
// bracket, or a straight quote standing alone at k.
func (sp *splitter) detachedEnd(k int) bool {
	text := sp.text
	switch c := text[k]; {
	case c == '.' || c == '!' || c == '?' || isEllipsisAt(text, k):
		return true
	case c == '"':
		// A straight quote standing alone: it closes when a mark, a comma
		// or a lower-case word follows (tokenized text `không ? " . Bà`),
		// and otherwise only if a quotation is open on this line.
		if k+1 == len(text) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(text[k+1:])
		switch {
		case isLetterRune(r) || unicode.IsDigit(r) || r == '“' || r == '‘':
			return false // attached to the next word: an opening quote
		case !isGapRune(r):
			return true // `xảy ra? ", Reuters dẫn`, `không? "- ông Danh nói`
		}
		j, lineBreak := sp.skipGaps(k + 1)
		if lineBreak || j == len(text) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(text[j:])
		if r == '.' || r == '!' || r == '?' || r == ',' || isLowerLetter(r) || isDash(r) {
			return true
		}
		return sp.quotesBefore(k)%2 == 1
	case c == '\'':
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return isCloser(r)
}

// quotesBefore counts straight double quotes between the start of the
// current line and k: quotations span sentences but rarely lines. The count
// only moves forward, so that a long line is scanned once.
func (sp *splitter) quotesBefore(k int) int {
	if sp.quoteLine != sp.lineStart || sp.quotePos > k {
		sp.quoteLine, sp.quotePos, sp.quoteCount = sp.lineStart, sp.lineStart, 0
	}
	sp.quoteCount += strings.Count(sp.text[sp.quotePos:k], `"`)
	sp.quotePos = k
	return sp.quoteCount
}

// marks skips sentence marks at j.
func (sp *splitter) marks(j int) int {
	for j < len(sp.text) {
		switch {
		case sp.text[j] == '.' || sp.text[j] == '!' || sp.text[j] == '?':
			j++
			continue
		case isEllipsisAt(sp.text, j):
			j += 3
			continue
		}
		break
	}
	return j
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }

// lowerAfterDash reports a lower-case word after the dash at k.
func (sp *splitter) lowerAfterDash(k int) bool {
	_, n := utf8.DecodeRuneInString(sp.text[k:])
	j, lineBreak := sp.skipGaps(k + n)
	if lineBreak || j == k+n || j >= len(sp.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sp.text[j:])
	return isLowerLetter(r)
}

func isEllipsisAt(text string, j int) bool {
	return j+2 < len(text) && text[j] == 0xE2 && text[j+1] == 0x80 && text[j+2] == 0xA6
}

// isCloser reports closing quotes and brackets.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›':
		return true
	}
	return false
}

func (sp *splitter) closers(j int) int {
	for j < len(sp.text) {
		r, n := utf8.DecodeRuneInString(sp.text[j:])
		if !isCloser(r) {
			break
		}
		j += n
	}
	return j
}

// periodBinds reports whether the single period at i, followed after white
// space by the rune r at k, belongs to the word before it rather than
// ending the sentence.
func (sp *splitter) periodBinds(segStart, i, k int, r rune) bool {
	text := sp.text
	ws := wordStart(text, i)
	w := text[ws:i]
	if isHeadingNumber(text, sp.first(segStart), ws, i) {
		return true
	}
	if w == "" {
		return sp.isListMarker(segStart, i)
	}
	if sp.abbrevs.has(w) {
		return true
	}
	// A dotted chain such as "GS.TS" given to WithAbbreviations.
	if cs := chainStart(text, ws); cs < ws && sp.abbrevs.has(text[cs:i]) {
		return true
	}
	if sp.isListMarker(segStart, i) {
		return true
	}
	first := firstRune(w)
	if letterCount(w) != 1 || !isLetterRune(first) || !(isUpperRune(first) || isUnitLetter(w)) {
		return false
	}
	return sp.initialBinds(ws, k, r)
}

// initialBinds decides the period after a capital initial at ws, with the
// next word starting with r at k. Initials abbreviate places ("Q. 1", "H.
// Châu Thành"), parts of names ("Paul A. Eisenstein", "J. K. Rowling",
// "chị N.T. L.Q."), or end an anonymised Vietnamese name, where a new
// sentence may follow ("ông Nguyễn Văn C. Ông C. khai", "V.K. Được biết").
func (sp *splitter) initialBinds(ws, k int, r rune) bool {
	text := sp.text
	switch {
	case r == '(' || (r < utf8.RuneSelf && isDigitByte(byte(r))):
		return true
	case !isUpperRune(r) || !isLetterRune(r):
		return false
	case isInitialAt(text, k):
		return true // "T.T. H.", "Anh Q. N."
	}
	end := sentenceWordEnd(text, k)
	after := end
	for after < len(text) && text[after] == ' ' {
		after++
	}
	if after == len(text) || lineBreakLen(text, after) > 0 || text[after] == ')' || text[after] == ']' {
		return true // one word left: "(Ảnh Đ. Thơm)", "Ảnh: Q. Huy"
	}
	if afterInitial(text, ws) {
		// "J. K. Rowling", "N.T. Lan (32 tuổi)", but "V.K. Được biết, …".
		return !letters.IsSyllable(text[k:end]) || text[after] == '(' || text[after] == ','
	}
	if w := sp.nameWordBefore(ws); w != "" {
		return !letters.IsSyllable(w) // "Paul A. Eisenstein" binds, "Nguyễn Văn C. Ông" ends
	}
	return twoCapitalised(text, k)
}

// isInitialAt reports a capital letter and a period at k ("H.", "N.Y.").
func isInitialAt(text string, k int) bool {
	r, n := utf8.DecodeRuneInString(text[k:])
	if !isUpperRune(r) || !isLetterRune(r) {
		return false
	}
	k += n
	for k < len(text) {
		r, n = utf8.DecodeRuneInString(text[k:])
		if !isMarkRune(r) {
			break
		}
		k += n
	}
	return k < len(text) && text[k] == '.'
}

// afterInitial reports that an initial comes right before ws, after a
// space ("J. K.") or not ("N.T.").
func afterInitial(text string, ws int) bool {
	p := ws
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	if p < 2 || text[p-1] != '.' {
		return false
	}
	s := wordStart(text, p-1)
	return s < p-1 && letterCount(text[s:p-1]) == 1 && isUpperRune(firstRune(text[s:p-1]))
}

// twoCapitalised reports that two capitalised words start at k, as in a
// place name after an initial ("H. Châu Thành", "Q. Gò Vấp"); the first
// may itself be an initial ("J. K. Rowling").
func twoCapitalised(text string, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !isUpperRune(r) || !isLetterRune(r) {
		return false
	}
	k = sentenceWordEnd(text, k)
	if k < len(text) && text[k] == '.' {
		k++
	}
	if k >= len(text) || text[k] != ' ' {
		return false
	}
	for k < len(text) && text[k] == ' ' {
		k++
	}
	r, _ = utf8.DecodeRuneInString(text[k:])
	return isUpperRune(r) && isLetterRune(r)
}

// sentenceWordEnd returns where the letters starting at k end.
func sentenceWordEnd(text string, k int) int {
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !isLetterRune(r) {
			break
		}
		k += n
	}
	return k
}

// isHeadingNumber reports that text[:i] ends with a heading word, a space
// and a number (Arabic or Roman; ws is where a Roman numeral starts), with
// the heading word first in the sentence (first) or after an opening quote.
func isHeadingNumber(text string, first, ws, i int) bool {
	p := i
	for p > 0 && i-p < 4 && isDigitByte(text[p-1]) {
		p--
	}
	if p == i {
		p = ws
		for k := ws; k < i; k++ {
			if c := text[k]; c != 'I' && c != 'V' && c != 'X' && c != 'L' {
				return false
			}
		}
	}
	if p == i || p == 0 || text[p-1] != ' ' {
		return false
	}
	// Heading words (words.tsv) introduce numbered parts of laws and
	// plans: the period in "Chương II. Quy định chung" ends a label.
	for _, h := range builtinWords("heading") {
		// The heading word(s) end at p-1: step back over as many letters as
		// h has and compare in NFC, so that NFD input ("Điều" with combining
		// marks) reads the same (NFC text is compared without allocating).
		q, need := p-1, letterCount(h)
		for need > 0 && q > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:q])
			q -= n
			if !isMarkRune(r) {
				need--
			}
		}
		if need == 0 && norm.NFC.String(text[q:p-1]) == h {
			if q <= first {
				return true
			}
			// Only at the start of the sentence or of a quotation:
			// "Theo Khoản 2 Điều 5. Các…" is a sentence end.
			switch lastRune(text[:q]) {
			case '“', '"', '\'', '‘', '(', '[', '«':
				return true
			}
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// letterCount counts the runes of w that are not combining marks, so that
// "ã" counts one in NFC and NFD alike.
func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if !isMarkRune(r) {
			n++
		}
	}
	return n
}

// wordStart returns where the letters ending at i begin (at most
// maxAbbrevLen bytes back; a longer run is never an abbreviation).
func wordStart(text string, i int) int {
	ws := i
	for ws > 0 && i-ws <= maxAbbrevLen {
		r, n := utf8.DecodeLastRuneInString(text[:ws])
		if !isLetterRune(r) {
			break
		}
		ws -= n
	}
	if i-ws > maxAbbrevLen {
		return i
	}
	return ws
}

// chainStart extends a word start back over "X." links ("GS.TS" → "GS").
func chainStart(text string, ws int) int {
	cs := ws
	for cs > 0 && text[cs-1] == '.' {
		p := wordStart(text, cs-1)
		if p == cs-1 || ws-p > maxAbbrevLen {
			break
		}
		cs = p
	}
	return cs
}

// first returns where the first non-gap rune at or after segStart is
// (cached per sentence start, so that repeated checks stay linear).
func (sp *splitter) first(segStart int) int {
	if sp.firstWord < 0 || sp.segStart != segStart {
		sp.segStart, sp.firstWord, sp.labelChecked = segStart, segStart, false
		for sp.firstWord < len(sp.text) {
			r, n := utf8.DecodeRuneInString(sp.text[sp.firstWord:])
			if !isGapRune(r) {
				break
			}
			sp.firstWord += n
		}
	}
	return sp.firstWord
}

// endsLabel reports that the bracket closing at i ends a label or a credit
// that opens the sentence and is followed by a capitalised word:
// "(Ảnh: Thanh Hà) Theo báo cáo…", "[Video] Người dân…". Only the first
// closing bracket of a sentence is considered.
func (sp *splitter) endsLabel(segStart, i int) bool {
	f := sp.first(segStart)
	if sp.labelChecked || f >= i {
		return false
	}
	sp.labelChecked = true
	open := byte('(')
	if sp.text[i] == ']' {
		open = '['
	}
	if sp.text[f] != open || i+1 >= len(sp.text) || sp.text[i+1] != ' ' {
		return false
	}
	k := i + 1
	for k < len(sp.text) && sp.text[k] == ' ' {
		k++
	}
	r, _ := utf8.DecodeRuneInString(sp.text[k:])
	return isUpperRune(r) && isLetterRune(r)
}

// isListMarker reports that the sentence so far, up to the period at i, is
// a list marker: "1.", "12.", "II.", "a.".
func (sp *splitter) isListMarker(segStart, i int) bool {
	m := sp.text[sp.first(segStart):i]
	if m == "" || len(m) > 3*utf8.UTFMax {
		return false // a single letter in NFD takes up to three runes
	}
	digits, roman := len(m) <= 3, len(m) <= 4
	for k := 0; k < len(m); k++ {
		c := m[k]
		digits = digits && isDigitByte(c)
		roman = roman && (c == 'I' || c == 'V' || c == 'X' || c == 'L')
	}
	single := letterCount(m) == 1 && isLetterRune(firstRune(m)) && !isMarkRune(firstRune(m))
	return digits || roman || single
}

// nameWordBefore returns the capitalised word right before the initial at
// ws ("Văn" in "Văn C.", "Paul" in "Paul A."), or "" if there is none or it
// is an acronym ("UBND Q. 1").
func (sp *splitter) nameWordBefore(ws int) string {
	text := sp.text
	p := ws
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	if p == ws {
		return ""
	}
	w := text[wordStart(text, p):p]
	if w == "" || !isUpperRune(firstRune(w)) {
		return ""
	}
	for _, r := range w[utf8.RuneLen(firstRune(w)):] {
		if isUpperRune(r) {
			return ""
		}
	}
	return w
}

// unspaced decides a mark with no space after it. It ends the sentence
// only between a lower-case syllable (or a plain number) and a
// capitalised word: "năm 2024.Trong", "tăng.Ông".
func (sp *splitter) unspaced(i, j, size, end int) bool {
	text := sp.text
	if end != i+size || size != 1 {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[j:])
	if !isUpperRune(r) || !isLetterRune(r) {
		return false
	}
	k := j + n
	r2, n2 := utf8.DecodeRuneInString(text[k:])
	for n2 > 0 && isMarkRune(r2) { // NFD: the capital's own marks
		k += n2
		r2, n2 = utf8.DecodeRuneInString(text[k:])
	}
	if !isLowerLetter(r2) {
		return false
	}
	ws := wordStart(text, i)
	if ws == i {
		// A number: only a plain digit run after a space ("2024.Trong").
		p := i
		for p > 0 && i-p <= 8 && isDigitByte(text[p-1]) {
			p--
		}
		return p < i && (p == 0 || text[p-1] == ' ')
	}
	w := text[ws:i]
	if ws > 0 && (text[ws-1] == '.' || text[ws-1] == '@' || text[ws-1] == '/' || text[ws-1] == '-') {
		return false
	}
	for _, c := range w {
		if !isLowerLetter(c) && !isMarkRune(c) {
			return false
		}
	}
	return letterCount(w) >= 2 && letters.IsSyllable(w) && !sp.abbrevs.has(w)
}
