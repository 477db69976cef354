package normalize

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
	"golang.org/x/text/unicode/norm"
)

// Encoding names a text encoding Vietnamese archives are found in.
type Encoding uint8

const (
	// AutoDetect reads UTF-8 and lets Detect recognize legacy text.
	AutoDetect Encoding = iota
	// UTF8 is UTF-8; invalid bytes become U+FFFD (or an error in strict mode).
	UTF8
	// TCVN3 is TCVN 5712:1993 VN3 (ABC keyboard, .VnTime fonts).
	TCVN3
	// VNI is VNI-Windows (letter + mark byte).
	VNI
	// VIQR is Vietnamese Quoted-Readable (RFC 1456), plain ASCII.
	VIQR
	// VPS is the Vietnamese Professionals Society code page.
	VPS
	// VISCII is VISCII 1.1 (RFC 1456).
	VISCII
	// CP1258 is Windows-1258 (base letter + combining tone byte).
	CP1258
)

var encodingNames = [...]string{"auto", "utf-8", "tcvn3", "vni", "viqr", "vps", "viscii", "cp1258"}

// String returns the name ParseEncoding reads ("tcvn3", "utf-8").
func (e Encoding) String() string {
	if int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return fmt.Sprintf("Encoding(%d)", uint8(e))
}

// MarshalText writes the name String returns; a value outside the
// constants is an error.
func (e Encoding) MarshalText() ([]byte, error) {
	if int(e) >= len(encodingNames) {
		return nil, fmt.Errorf("normalize: invalid encoding %d", uint8(e))
	}
	return []byte(encodingNames[e]), nil
}

// UnmarshalText reads the names ParseEncoding accepts.
func (e *Encoding) UnmarshalText(b []byte) error {
	if e == nil {
		return errors.New("normalize: UnmarshalText into a nil *Encoding")
	}
	v, err := ParseEncoding(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// ParseEncoding parses the names String returns (case-insensitive; "utf8"
// and "windows-1258" are accepted too).
func ParseEncoding(name string) (Encoding, error) {
	n := strings.ToLower(name)
	switch n {
	case "utf8":
		return UTF8, nil
	case "windows-1258":
		return CP1258, nil
	}
	for i, s := range encodingNames {
		if s == n {
			return Encoding(i), nil
		}
	}
	return 0, fmt.Errorf("normalize: unknown encoding %q (want one of %s)", name, strings.Join(encodingNames[:], ", "))
}

// Detection is what Detect found.
type Detection struct {
	Encoding Encoding // UTF8 when the input should be read as it is
	// Misread is set when legacy bytes were read as Windows-1252 and stored
	// as UTF-8 ("Xin chµo"): decoding re-encodes to Windows-1252 first.
	Misread bool
	// Confidence is in [0, 1]: how clearly the choice beat the runner-up.
	Confidence float64
}

// Decode decodes b as d says, with U+FFFD for invalid UTF-8. The result is
// not normalized further (TCVN3 capitals, Windows-1258 combining marks):
// Normalize does that. An Encoding outside the named constants reads b as
// UTF-8, so no byte is dropped.
func (d Detection) Decode(b []byte) string {
	if d.Encoding > CP1258 {
		d = Detection{Encoding: UTF8}
	}
	out, _, _ := decodeAs(string(b), d, false, false)
	return out
}

// Decode decodes b from encoding e into UTF-8 (AutoDetect runs Detect
// first). Invalid UTF-8 becomes U+FFFD. An Encoding outside the named
// constants counts as AutoDetect, as it does in Normalize.
func Decode(b []byte, e Encoding) string {
	if e == AutoDetect || e > CP1258 {
		return Detect(b).Decode(b)
	}
	return Detection{Encoding: e, Confidence: 1}.Decode(b)
}

// Detect guesses how b is encoded: UTF-8, raw legacy bytes (TCVN3, VNI, VPS,
// VISCII, Windows-1258), VIQR, or legacy bytes misread as Windows-1252. Each
// candidate decoding is scored by its Vietnamese syllables (valid toned
// syllables count for, malformed words and debris characters against);
// UTF-8 is kept unless a candidate beats it by at least one point.
func Detect(b []byte) Detection {
	// Copy one byte more than the sample, so detectString still cuts it at a
	// word or rune boundary.
	return detectString(string(b[:min(len(b), detectSample+1)]))
}

// detectSample bounds the text Detect scores: a document's encoding shows in
// its first 16 KB, and long archives stay linear and cheap.
const detectSample = 16 << 10

func detectString(s string) Detection {
	if len(s) > detectSample {
		cut := strings.LastIndexAny(s[:detectSample], " \n")
		if cut < detectSample/2 {
			cut = detectSample
			for cut > 0 && s[cut]&0xC0 == 0x80 {
				cut-- // not inside a UTF-8 sequence
			}
		}
		s = s[:cut]
	}
	valid := utf8.ValidString(s)
	var cands []Detection
	if valid {
		ascii, misread := scanForDetection(s)
		switch {
		case ascii && viqrEvidence(s):
			cands = append(cands, Detection{Encoding: VIQR})
		case misread:
			for _, e := range []Encoding{TCVN3, VNI, VISCII} {
				cands = append(cands, Detection{Encoding: e, Misread: true})
			}
		}
	} else {
		for _, e := range []Encoding{TCVN3, VNI, CP1258, VISCII, VPS} {
			cands = append(cands, Detection{Encoding: e})
		}
	}
	if len(cands) == 0 {
		return Detection{Encoding: UTF8, Confidence: 1}
	}
	base := scoreText(decodeUTF8Replace(s))
	if valid && maybeMojibake(s) {
		// Mojibake is repaired later, word by word; score the repaired text
		// so mis-decoded UTF-8 is not taken for a legacy encoding.
		fixed, _ := mojibakeStage(s, nil, false)
		base = max(base, scoreText(norm.NFC.String(fixed)))
	}
	best, bestScore, second := Detection{Encoding: UTF8}, base, -1e9
	bestSure := false
	for _, c := range cands {
		t, _, _ := decodeAs(s, c, false, false)
		sc, sure := scoreTextEvidence(norm.NFC.String(t))
		switch {
		case sc > bestScore:
			second, best, bestScore, bestSure = bestScore, c, sc, sure
		case sc > second:
			second = sc
		}
	}
	// One or two non-ASCII characters are too few to tell a stray symbol
	// from legacy text unless they make a word with confidence (see
	// scoreTextEvidence): a lone "°" or "n°" is not TCVN3 for "ồ" or "nồ".
	if best.Encoding != UTF8 && (bestScore-base < 1 || !bestSure && fewNonASCII(s, valid)) {
		second, best, bestScore = bestScore, Detection{Encoding: UTF8}, base
	}
	margin := bestScore - second
	if margin < 0 {
		margin = 0
	}
	best.Confidence = margin / (margin + 1)
	return best
}

// fewNonASCII reports at most two non-ASCII characters in s: runes when s
// is valid UTF-8, else bytes (each a character of a legacy code page).
func fewNonASCII(s string, valid bool) bool {
	n := 0
	for i := 0; i < len(s) && n <= 2; i++ {
		if b := s[i]; b >= utf8.RuneSelf && (!valid || b >= 0xC0) {
			n++
		}
	}
	return n <= 2
}

// scanForDetection reports whether s is all ASCII and whether s may be
// legacy text misread as Windows-1252: every rune has a Windows-1252 byte
// and some are not Vietnamese letters (µ ® ¸ ø ...).
func scanForDetection(s string) (ascii, misread bool) {
	ascii = true
	for _, r := range s {
		if r >= utf8.RuneSelf {
			ascii = false
			if _, ok := encodeCP1252(r); !ok {
				return false, false // not misread legacy text
			}
			if letters.Vowel(r) == 0 {
				misread = true
			}
		}
	}
	return ascii, misread
}

// viqrEvidence requires a mark that plain English does not produce: a word
// starting with dd + vowel (đ), or a modifier (^ ( +) or tone (` ~) right
// after a vowel, followed by a letter or another mark; ^ and ~ may also end
// a word ("xa~"), but not ` (Markdown writes `go`).
func viqrEvidence(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		// A word starting with dd/DD and a vowel: đ (English has no such word).
		if (s[i] == 'd' && s[i+1] == 'd' || s[i] == 'D' && s[i+1] == 'D') && normASCII[s[i+2]]&ncVowel != 0 &&
			(i == 0 || normASCII[s[i-1]]&ncLetter == 0) {
			return true
		}
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if normASCII[c]&ncVIQR == 0 || normASCII[s[i-1]]&ncVowel == 0 {
			continue
		}
		wordEnd := i+1 == len(s) || strings.IndexByte(" ,;:)\n", s[i+1]) >= 0
		if wordEnd && (c == '~' || c == '^') ||
			!wordEnd && (normASCII[s[i+1]]&ncLetter != 0 || strings.IndexByte("'`?~.^(+", s[i+1]) >= 0) {
			return true
		}
	}
	return false
}

// scoreText rates s as Vietnamese: +1 per word with non-ASCII letters that
// is a well-formed syllable (½ for one-letter words), −2 per other word with
// non-ASCII letters, −1 per debris character (controls, U+FFFD, Latin-1
// symbols ¡–¿, Windows-1252 punctuation from 0x80–0x9F).
func scoreText(s string) float64 {
	score, _ := scoreTextEvidence(s)
	return score
}

// scoreTextEvidence is scoreText, and reports whether s has a word that is
// evidence of Vietnamese: a well-formed syllable with non-ASCII letters of
// three letters or more, or a common one. A short word such as "ồ" or "nồ"
// is what one stray symbol decodes to in most code pages.
func scoreTextEvidence(s string) (score float64, sure bool) {
	ws := -1
	nonASCII := false
	end := func(i int) {
		if ws >= 0 && nonASCII {
			sc := wordScore(s[ws:i])
			score += sc
			sure = sure || sc > 1 || sc == 1 && utf8.RuneCountInString(s[ws:i]) >= 3
		}
		ws, nonASCII = -1, false
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if ws < 0 {
				ws = i
			}
			if r >= utf8.RuneSelf {
				nonASCII = true
			}
			continue
		}
		end(i)
		if isDebris(r) {
			score--
		}
	}
	end(len(s))
	return score, sure
}

func isDebris(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r'
	case r >= 0x7F && r < 0xA0, r >= 0xA1 && r <= 0xBF, r == utf8.RuneError:
		return true
	}
	return cp1252Special(r) && r != 0x2013 && r != 0x2014 && r != 0x201C && r != 0x201D && r != 0x2018 && r != 0x2019 && r != 0x2026
}

func wordScore(w string) float64 {
	var buf [letters.MaxSyllableLetters]letters.Letter
	ls, ok := letters.WordLetters(w, &buf)
	if !ok || !casePatternOK(ls) {
		return -2
	}
	if _, ok := letters.Parse(ls); !ok {
		return -2
	}
	if len(ls) == 1 {
		return 0.5
	}
	var lower [4 * letters.MaxSyllableLetters]byte
	n := 0
	for _, l := range ls {
		r := rune(l.Cons)
		switch {
		case l.Base >= 0:
			l.Upper = false
			r = l.Rune()
		case l.Cons == letters.ConsĐ:
			r = 'đ'
		}
		n += utf8.EncodeRune(lower[n:], r)
	}
	if commonSyllables[string(lower[:n])] { // no allocation for the lookup
		return 1.5
	}
	return 1
}

// commonSyllables are frequent syllables of news Vietnamese (written from
// general knowledge, not counted from a corpus). Short legacy strings often
// decode to valid syllables under two code pages ("Sáng" in VISCII is
// "Sồng" read as TCVN3); the familiar word breaks the tie.
var commonSyllables = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		của và các là được có trong cho người những một này với không đã để năm tại theo từ
		khi về đến ra vào cũng nhiều sẽ đó như thì hơn sau trên nhưng nước việc lại phải đang
		nhà ngày đồng tỉnh thành phố huyện xã quận dân nhân chính phủ quốc gia hội việt nam hà
		nội công ty kinh tế đại học sinh trường thông tin báo cáo số tháng giờ phút tiếng đây
		đi làm biết nói cần mới bộ trưởng chủ tịch thủ tướng tổng bí thư ủy uỷ ban quản lý phát
		triển kế hoạch đầu tư thị giá tăng giảm xây dựng dự án đất đai bảo vệ an toàn giao
		hoạt động chức tổ cơ quan tiếp tục hiện kết quả vấn đề trình thực hợp sản xuất khẩu
		doanh nghiệp lao cả mình anh chị ông bà em con trẻ tuổi sống bệnh viện y giáo dục đào
		tạo văn hóa hoá thể thao du lịch mạnh lớn nhỏ cao thấp hai ba bốn sáu bảy tám chín mười
		trăm nghìn triệu tỷ sáng chiều tối đêm hôm nay qua trước cùng kỳ lần thứ điều tra vụ
		luật pháp tòa toà sư tù cảnh sát quân đội chiến tranh biển đảo miền bắc trung núi sông
		hồ đường phòng chống dịch bão lũ mưa nắng nóng lạnh hòa hoà thủy thuỷ tiền vốn điện
		nông dân lực lượng cán viên chương khu vực trực tuyến mạng xe máy bay tàu cầu cảng
		yêu cầu ý kiến sự cách vì nên mà còn rất đều chỉ bị do lên xuống giữa ngoài dưới`) {
		m[w] = true
	}
	return m
}()

// casePatternOK accepts lower, Capitalized and UPPER words ("quỪc" is not).
func casePatternOK(ls []letters.Letter) bool {
	upper := 0
	for _, l := range ls {
		if l.Upper {
			upper++
		}
	}
	return upper == 0 || upper == len(ls) || upper == 1 && ls[0].Upper
}

// encodeCP1252 returns the Windows-1252 byte of r; U+0081, U+008D, U+008F,
// U+0090 and U+009D stand for the unassigned bytes (WHATWG).
func encodeCP1252(r rune) (byte, bool) {
	if r < 0x80 || r >= 0xA0 && r <= 0xFF {
		return byte(r), true
	}
	for b := 0x80; b < 0xA0; b++ {
		if cp1252Table[b] == r {
			return byte(b), true
		}
	}
	return 0, false
}

// encodeCP1258 returns the Windows-1258 byte of r (unassigned bytes as above).
func encodeCP1258(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	for b := 0x80; b < 0x100; b++ {
		if cp1258Table[b] == r {
			return byte(b), true
		}
	}
	return 0, false
}

// decodeUTF8Replace returns s with each maximal invalid subpart replaced by
// U+FFFD (s itself when valid).
func decodeUTF8Replace(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	t, _, _ := decodeAs(s, Detection{Encoding: UTF8}, false, false)
	return t
}

// decodeStage is the first pipeline stage: bytes → UTF-8.
func decodeStage(s string, c normConfig, track bool) (string, []int32, error) {
	d := Detection{Encoding: c.enc, Misread: c.misread}
	if c.enc == AutoDetect {
		d = detectString(s)
		if d.Encoding == UTF8 && strings.IndexByte(s, '\n') >= 0 && mayHaveLegacyLines(s) {
			return decodeLines(s, track, c.strict)
		}
	}
	if d.Encoding == VIQR && (c.enc == AutoDetect || c.viqrLines) {
		t, m := decodeVIQRLines(s, track)
		return t, m, nil
	}
	return decodeAs(s, d, track, c.strict)
}

// decodeLines handles UTF-8 documents with some legacy lines (an old
// article pasted into a new page): each line that is invalid UTF-8, or that
// looks like legacy bytes misread as Windows-1252, is detected on its own.
func decodeLines(s string, track, strict bool) (string, []int32, error) {
	w := newNormWriter(s, nil, track)
	for start := 0; start < len(s); {
		end := lineEnd(s, start)
		line := s[start:end]
		valid := utf8.ValidString(line)
		d := Detection{Encoding: UTF8}
		if !valid || lineLooksMisread(line) {
			d = detectString(line)
		}
		if d.Encoding == UTF8 && valid {
			w.copyIn(start, end)
		} else {
			t, m, err := decodeAs(line, d, true, strict)
			if err != nil {
				var ie *InvalidUTF8Error
				if errors.As(err, &ie) {
					return "", nil, &InvalidUTF8Error{Offset: start + ie.Offset}
				}
				return "", nil, err
			}
			for k := 0; k < len(t); {
				_, size := utf8.DecodeRuneInString(t[k:])
				at := k
				if m != nil {
					at = int(m[k])
				}
				w.emit(t[k:k+size], start+at)
				k += size
			}
		}
		if end < len(s) {
			w.copyIn(end, end+1)
		}
		start = end + 1
	}
	out, m := w.result()
	return out, m, nil
}

// lineEnd returns where the line of s that starts at start ends: at its
// '\n', or at the end of s.
func lineEnd(s string, start int) int {
	if k := strings.IndexByte(s[start:], '\n'); k >= 0 {
		return start + k
	}
	return len(s)
}

// mayHaveLegacyLines reports invalid UTF-8 or a character Vietnamese text
// does not use from the Latin-1 / Windows-1252 repertoire.
func mayHaveLegacyLines(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r >= 0x80 && r <= 0xFF && letters.Vowel(r) == 0 || cp1252Special(r) {
			return true
		}
	}
	return false
}

// lineLooksMisread reports a line that Windows-1252 can encode and that has
// characters Vietnamese text does not use (µ ® ¸ Ö ...): a candidate for
// legacy bytes read as Windows-1252.
func lineLooksMisread(line string) bool {
	junk := false
	for _, r := range line {
		if r < utf8.RuneSelf {
			continue
		}
		if _, ok := encodeCP1252(r); !ok {
			return false
		}
		if letters.Vowel(r) == 0 {
			junk = true
		}
	}
	return junk
}

// decodeAs decodes s (raw bytes) per d.
func decodeAs(s string, d Detection, track, strict bool) (string, []int32, error) {
	src, pos := s, []int32(nil)
	if d.Misread && d.Encoding != UTF8 && d.Encoding != AutoDetect {
		// Re-encode the misread text to its bytes; pos maps them back.
		var b []byte
		for i, r := range s {
			c, ok := encodeCP1252(r)
			if !ok {
				c = '?'
			}
			b = append(b, c)
			pos = append(pos, int32(i))
		}
		src = string(b)
	}
	w := newNormWriter(s, nil, track)
	at := func(i int) int {
		if pos != nil {
			return int(pos[i])
		}
		return i
	}
	switch d.Encoding {
	case AutoDetect, UTF8:
		if utf8.ValidString(src) {
			return s, nil, nil
		}
		for i := 0; i < len(src); {
			r, size := utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError && size == 1 {
				if strict {
					return "", nil, &InvalidUTF8Error{Offset: i}
				}
				w.emitRune(utf8.RuneError, i)
				i += invalidRun(src[i:])
				continue
			}
			w.copyIn(i, i+size)
			i += size
		}
	case TCVN3:
		caps := vnTimeHLines(src)
		line := 0
		for i := 0; i < len(src); i++ {
			r := tcvn3Table[src[i]]
			if caps[line] {
				r = unicode.ToUpper(r)
			}
			if src[i] == '\n' {
				line++
			}
			w.emitRune(r, at(i))
		}
	case VNI:
		for i := 0; i < len(src); i++ {
			if i+1 < len(src) {
				if r, ok := vniPair(src[i], src[i+1]); ok {
					w.emitRune(r, at(i))
					i++
					continue
				}
			}
			w.emitRune(vniTable[src[i]], at(i))
		}
	case VIQR:
		decodeVIQR(src, &w, at)
	case VPS, VISCII, CP1258:
		table := &cp1258Table
		switch d.Encoding {
		case VPS:
			table = &vpsTable
		case VISCII:
			table = &visciiTable
		}
		for i := 0; i < len(src); i++ {
			w.emitRune(table[src[i]], at(i))
		}
	}
	out, m := w.result()
	return out, m, nil
}

// invalidRun returns the length of the maximal invalid subpart at the start
// of s (at least 1): a lead byte and the continuation bytes that fit it, so
// one U+FFFD stands for one broken sequence, as in the WHATWG decoder.
func invalidRun(s string) int {
	b := s[0]
	need := 0
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case b >= 0xC2 && b <= 0xDF:
		need = 1
	case b == 0xE0:
		need, lo = 2, 0xA0
	case b == 0xED:
		need, hi = 2, 0x9F
	case b >= 0xE1 && b <= 0xEF:
		need = 2
	case b == 0xF0:
		need, lo = 3, 0x90
	case b == 0xF4:
		need, hi = 3, 0x8F
	case b >= 0xF1 && b <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for ; n <= need && n < len(s); n++ {
		if s[n] < lo || s[n] > hi {
			break
		}
		lo, hi = 0x80, 0xBF
	}
	return n
}

// vnTimeHLines marks the lines of TCVN3 bytes typed in the all-capitals
// .VnTimeH font: at least two ASCII letters, all upper case. There the
// lower-case codes stand for capitals (VN3 has no toned capitals). A single
// capital (Kú = Kỳ) is not enough.
func vnTimeHLines(src string) []bool {
	var caps []bool
	upper, lower := 0, 0
	for i := 0; i <= len(src); i++ {
		if i == len(src) || src[i] == '\n' {
			caps = append(caps, upper >= 2 && lower == 0)
			upper, lower = 0, 0
			continue
		}
		switch c := src[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		}
	}
	return caps
}

func vniPair(base, mark byte) (rune, bool) {
	key := uint16(base)<<8 | uint16(mark)
	i := sort.Search(len(vniPairKeys), func(i int) bool { return vniPairKeys[i] >= key })
	if i < len(vniPairKeys) && vniPairKeys[i] == key {
		return vniPairRunes[i], true
	}
	return 0, false
}

// decodeVIQRLines decodes detected VIQR text line by line: a line without
// VIQR evidence of its own (viqrEvidence) is ASCII text and stays as it is
// (a note in English, a link under a VIQR paragraph).
func decodeVIQRLines(s string, track bool) (string, []int32) {
	w := newNormWriter(s, nil, track)
	for start := 0; start < len(s); {
		end := lineEnd(s, start)
		if viqrEvidence(s[start:end]) {
			decodeVIQR(s[start:end], &w, func(i int) int { return start + i })
		} else {
			w.copyIn(start, end)
		}
		if end < len(s) {
			w.copyIn(end, end+1)
		}
		start = end + 1
	}
	return w.result()
}

// decodeVIQR decodes RFC 1456 mnemonics word by word, longest match first;
// a backslash makes the next mark character literal. What is not a
// Vietnamese word stays as it is: URLs and e-mail addresses, a word whose
// marks do not make a syllable ("e.g." is not "ẹg."), and an ellipsis. A
// '.' or '?' after a vowel is a mark, as RFC 1456 has it ("thi." is "thị"):
// only the evidence each line needs (decodeVIQRLines) keeps English prose
// ("Go.", "why?") out.
func decodeVIQR(src string, w *normWriter, at func(int) int) {
	var word viqrWord
	for i := 0; i < len(src); {
		if i == 0 || viqrTokenStart(src[i-1]) {
			if n := urlOrEmailLen(src[i:]); n > 0 {
				for k := i; k < i+n; k++ {
					w.emitByte(src[k], at(k))
				}
				i += n
				continue
			}
		}
		if j := viqrWordEnd(src, i); j > i {
			word.decode(src[i:j], i)
			if word.syllable() {
				for k, r := range word.runes {
					w.emitRune(r, at(word.at[k]))
				}
			} else {
				for k := i; k < j; k++ {
					w.emitByte(src[k], at(k))
				}
			}
			i = j
			continue
		}
		if c := src[i]; c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(src[i:])
			w.emitRune(r, at(i))
			i += size
		} else {
			w.emitByte(c, at(i))
			i++
		}
	}
}

// viqrMarks are the VIQR mark characters (RFC 1456).
const viqrMarks = "^(+'`?~."

// viqrTokenStart reports a byte after which a URL or e-mail address may start.
func viqrTokenStart(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '<' || c == '"' || c == '\''
}

// urlOrEmailLen returns the length of the ASCII URL or e-mail address that
// s starts with (up to the next space, without a closing bracket or final
// punctuation), or 0.
func urlOrEmailLen(s string) int {
	n := strings.IndexAny(s, " \t\r\n\"<>")
	if n < 0 {
		n = len(s)
	}
	tok := s[:n]
	for k := 0; k < n; k++ {
		if tok[k] >= utf8.RuneSelf {
			return 0 // VIQR text is ASCII; what is not is decoded rune by rune
		}
	}
	lower := strings.ToLower(tok[:min(len(tok), 8)])
	isURL := strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") ||
		strings.HasPrefix(lower, "ftp://") || strings.HasPrefix(lower, "www.")
	if at := strings.IndexByte(tok, '@'); !isURL && (at <= 0 || strings.IndexByte(tok[at:], '.') < 0) {
		return 0
	}
	for n > 0 && strings.IndexByte(",.;:!?)]'", tok[n-1]) >= 0 {
		n--
	}
	return n
}

// viqrWordEnd returns the end of the VIQR word at s[i] (ASCII letters, mark
// characters and backslash escapes), or i when none starts there.
func viqrWordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		switch {
		case normASCII[c]&ncLetter != 0 || strings.IndexByte(viqrMarks, c) >= 0:
			j++
		case c == '\\' && j+1 < len(s) && strings.IndexByte(viqrMarks+`\\`, s[j+1]) >= 0:
			j += 2
		default:
			return j
		}
	}
	return j
}

// viqrWord is one VIQR word decoded: its runes and the offset of each.
type viqrWord struct {
	runes  []rune
	at     []int
	marked bool // a mark sequence was decoded
}

// decode decodes w, which starts at offset off. Three dots or more after a
// plain vowel at its end are an ellipsis ("ra..."), not a dot below.
func (v *viqrWord) decode(w string, off int) {
	v.runes, v.at, v.marked = v.runes[:0], v.at[:0], false
	end := len(w)
	k := end
	for k > 0 && (w[k-1] == '.' || w[k-1] == '?') {
		k--
	}
	if end-k >= 3 && k > 0 && normASCII[w[k-1]]&ncVowel != 0 {
		end = k
	}
	for i := 0; i < len(w); {
		c := w[i]
		if i < end && c == '\\' && i+1 < len(w) {
			v.runes, v.at = append(v.runes, rune(w[i+1])), append(v.at, off+i)
			i += 2
			continue
		}
		if i < end && normASCII[c]&ncLetter != 0 {
			matched := false
			for n := 3; n >= 2; n-- {
				if i+n > end {
					continue
				}
				k := sort.SearchStrings(viqrSeqs[:], w[i:i+n])
				if k < len(viqrSeqs) && viqrSeqs[k] == w[i:i+n] {
					v.runes, v.at = append(v.runes, viqrRunes[k]), append(v.at, off+i)
					i += n
					matched, v.marked = true, true
					break
				}
			}
			if matched {
				continue
			}
		}
		v.runes, v.at = append(v.runes, rune(c)), append(v.at, off+i)
		i++
	}
}

// syllable reports whether the decoded word is to be kept: no mark was
// decoded (it is as written), or its letters, without the punctuation that
// ends it, make a Vietnamese syllable.
func (v *viqrWord) syllable() bool {
	if !v.marked {
		return true
	}
	n := len(v.runes)
	for n > 0 && v.runes[n-1] < utf8.RuneSelf && normASCII[v.runes[n-1]]&ncLetter == 0 {
		n--
	}
	var buf [4 * letters.MaxSyllableLetters]byte
	b := buf[:0]
	for _, r := range v.runes[:n] {
		b = utf8.AppendRune(b, r)
	}
	return wordScore(string(b)) > 0
}
