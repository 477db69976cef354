package normalize

import (
	"strings"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
)

// span is the byte range [lo, hi) of a text.
type span struct{ lo, hi int }

// scanResult is what scanText found.
type scanResult uint8

const (
	scanClean scanResult = iota // the text needs no change
	scanRuns                    // only the dirty runs need the pipeline
	scanWhole                   // the whole text needs the pipeline
)

// dirtyRuns is what scanText collects: the runs of a text that need the
// pipeline, cut at safe boundaries (see safeLeft), in order and merged when
// they touch.
type dirtyRuns struct {
	// The runs are buf[:n] while they fit (collecting them then allocates
	// nothing: a normal text may have a few, from characters the scan
	// cannot clear on its own), else more.
	n     int
	buf   [32]span
	more  []span
	clean scanFlags // what the scan learnt from the text between runs
}

// list returns the runs.
func (d *dirtyRuns) list() []span {
	if d.n <= len(d.buf) {
		return d.buf[:d.n]
	}
	return d.more
}

// add appends the run [lo, hi), merged with the last one when they touch
// or overlap.
func (d *dirtyRuns) add(lo, hi int) {
	if d.n > 0 {
		last := &d.list()[d.n-1]
		if last.hi >= lo {
			last.hi = max(last.hi, hi)
			return
		}
	}
	switch {
	case d.n < len(d.buf):
		d.buf[d.n] = span{lo, hi}
	case d.n == len(d.buf):
		d.more = append(append(d.more[:0], d.buf[:]...), span{lo, hi})
	default:
		d.more = append(d.more, span{lo, hi})
	}
	d.n++
}

// reset empties d, keeping its storage.
func (d *dirtyRuns) reset() {
	d.n, d.more, d.clean = 0, d.more[:0], 0
}

// scanFlags are what a scan learns that only the whole text can judge.
type scanFlags uint8

const (
	sfNonASCII scanFlags = 1 << iota
	sfVIQR               // a VIQR-like mark: doubtful in all-ASCII text
	sfJunk               // Latin-1 or Windows-1252 symbols/letters Vietnamese does not use
	sfVietOnly           // a letter Windows-1252 cannot encode: rules out legacy text read as cp1252
	// The scan's own state, in the same byte so the loop keeps it in one
	// register.
	sfOther // a rune the scan does not know (in the current piece, collecting): ask NFC
	sfDirty // collecting: the current piece needs the pipeline

	// The current line (see lineLooksMisread): a Windows-1252 character
	// other than a Vietnamese letter, a character Windows-1252 cannot encode.
	sfLineJunk
	sfLineNonCP

	sfText = sfNonASCII | sfVIQR | sfJunk | sfVietOnly
	sfLine = sfLineJunk | sfLineNonCP
)

// doubtful reports text that may be VIQR, or legacy text read as
// Windows-1252: only detection on the whole text can tell.
func (f scanFlags) doubtful() bool {
	return f&(sfNonASCII|sfVIQR) == sfVIQR || f&(sfJunk|sfVietOnly) == sfJunk
}

// isNormal is the fast path: one scan that proves s needs no change. It is
// conservative: false only sends s through the full pipeline, which still
// returns s itself when nothing changes.
func isNormal(s string, c *normConfig) bool { return scanText(s, c, nil) == scanClean }

// A safe boundary is a single space between a byte of safeLeft and one of
// safeRight: visible ASCII that no stage changes, removes or joins with a
// neighbour (no '&', ';' of a character reference, VIQR marks only matter in
// text detected as VIQR, which never takes runs). Every stage gives the same
// result on the two sides of such a space as on the whole text, given the
// text-wide facts pipelineRuns passes on (encoding, HTML and mojibake
// evidence, the NFC composer).
var safeLeft, safeRight = func() (l, r [256]bool) {
	for c := 0; c < 128; c++ {
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		l[c], r[c] = alnum, alnum
	}
	for _, c := range `,.:!?)]"'%` {
		l[c] = true
	}
	for _, c := range `(["'` {
		r[c] = true
	}
	return l, r
}()

// scanText is the fast path's scan. With runs nil it stops at the first
// thing the pipeline might change (scanWhole) or proves s normal
// (scanClean). With runs it reads on and collects the pieces between safe
// boundaries that hold such things (scanRuns); text-wide doubts (invalid
// UTF-8, text that may be VIQR or Windows-1252) still give scanWhole.
func scanText(s string, c *normConfig, runs *dirtyRuns) scanResult {
	var fl scanFlags
	res := scanRange(s, 0, true, false, c, runs, &fl)
	switch {
	case res == scanWhole || fl.doubtful():
		return scanWhole
	case runs != nil && runs.n > 0:
		return scanRuns
	}
	return scanClean
}

// scanRange scans s[lo:] and merges what it learns into fl. A range
// starting inside the text follows visible ASCII (the text before a run's
// output, see pipelineRuns); when it does not reach the end of the text
// (atEnd false), s is cut after a space and the end-of-text checks are left
// out. With loneAmp an '&' that starts no character reference counts as
// normal.
func scanRange(s string, lo int, atEnd, loneAmp bool, c *normConfig, runs *dirtyRuns, fl *scanFlags) scanResult {
	var (
		st scanFlags // the text-wide flags so far (collecting: of the clean text and the current piece) and the scan's state
		// Collecting: where the current piece starts, and st before it.
		pieceStart = lo
		stClean    scanFlags
	)
	for i := lo; i < len(s); {
		b := s[i]
		if normASCII[b]&ncLetter != 0 || b >= utf8.RuneSelf {
			// Words take their own loop (scanWord), which keeps its few
			// variables in registers; this one handles what lies between.
			end, wf, ok := scanWord(s, i, c.tone)
			if end > i {
				if b|0x20 == 'd' && i+2 < len(s) && s[i+1] == b && normASCII[s[i+2]]&ncVowel != 0 {
					st |= sfVIQR // VIQR dd = đ
				}
				st |= wf
				if !ok {
					if runs == nil {
						return scanWhole
					}
					st |= sfDirty
				}
				i = end
				continue
			}
		}
		if b < utf8.RuneSelf {
			prev := byte('\n') // a space at the very start is not normal; >= 0x80: a non-ASCII rune
			if i > 0 {
				prev = s[i-1]
			}
			switch cls := normASCII[b]; {
			case b == ' ':
				// prev is a space or line break: spaces to collapse or
				// trim. A word ending in a capital that could lead
				// mis-decoded UTF-8 ("vÃ ", "NGÃ "): the mojibake stage
				// may read it with its NBSP back.
				if prev == ' ' || prev == '\n' ||
					prev >= 0x80 && capitalLeadByte(s[i-2], prev) && mojibakeBeforeSpace(s[:i]) {
					if runs == nil {
						return scanWhole
					}
					st |= sfDirty
				}
				if runs != nil && safeLeft[prev] && i+1 < len(s) && safeRight[s[i+1]] {
					// A safe boundary: close the piece before the space.
					if st&(sfDirty|sfOther) != 0 {
						st = runs.cut(s, pieceStart, i, st, stClean, fl)
					}
					pieceStart, stClean = i, st
				}
			case b == '\n':
				if st&sfLine == sfLineJunk && c.enc == AutoDetect && legacyLineAt(s, lo, i) {
					return scanWhole
				}
				st &^= sfLine
				if prev == ' ' {
					if runs == nil {
						return scanWhole
					}
					st |= sfDirty
				}
				// A third line break in a row (in the scanned range).
				if !c.keepLines && (i == 0 || i-2 >= lo && prev == '\n' && s[i-2] == '\n') {
					if runs == nil {
						return scanWhole
					}
					st |= sfDirty
				}
			case cls&ncBad != 0:
				if loneAmp && b == '&' && entityEnd(s[i:]) < 0 {
					break
				}
				if runs == nil {
					return scanWhole
				}
				st |= sfDirty
			case cls&ncVIQR != 0:
				if normASCII[prev]&ncVowel != 0 {
					st |= sfVIQR
				}
			}
			i++
			continue
		}
		// A rune that is not a Vietnamese letter.
		st |= sfNonASCII
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return scanWhole // invalid UTF-8: a matter for the whole text (legacy detection)
		}
		problem := false
		switch {
		case r < 0xA0 || r == 0xA0 || r == 0xAD || r == 0xAB || r == 0xBB || r == 0xD0 || r == 0xF0:
			problem = true // C1 controls, NBSP, soft hyphen, guillemets, eth
			st |= lineFlag(r)
		case r < 0x100:
			// Latin-1 symbols and non-Vietnamese letters: fine in text
			// that also has Vietnamese-only letters, unless they follow
			// a letter that could start mis-decoded UTF-8.
			if r <= 0xBF && leadBefore(s, i) {
				problem = true
			}
			st |= sfJunk | sfLineJunk
		case r >= 0x2000 && r < 0x2070:
			problem = true // spaces, invisibles, quotes, dashes
			st |= lineFlag(r)
		case cp1252Special(r):
			if leadBefore(s, i) {
				problem = true
			}
			st |= sfJunk | sfLineJunk
		case r >= 0x300 && r < 0x530, // combining marks, Greek, Cyrillic
			r == 0x1CD, r == 0x1CE, r == 0x189, r == 0x256, r == 0x2BC,
			r == 0x3000, r == 0x1680, r == 0x180E, r == 0x061C, r == 0x2212,
			r >= 0xFB00 && r <= 0xFB06, r >= 0xFE10 && r <= 0xFE6F, r >= 0xFEFF && r <= 0xFFEF:
			problem = true
			st |= sfLineNonCP
		default:
			st |= sfOther | sfLineNonCP
		}
		if problem {
			if runs == nil {
				return scanWhole
			}
			st |= sfDirty
		}
		i += size
	}
	last := byte('\n')
	if len(s) > 0 {
		last = s[len(s)-1]
	}
	if atEnd && (last == ' ' || last == '\n' && !c.keepLines) {
		if runs == nil {
			return scanWhole
		}
		st |= sfDirty
	}
	if st&sfLine == sfLineJunk && c.enc == AutoDetect && legacyLineAt(s, lo, len(s)) {
		return scanWhole
	}
	*fl |= st & sfText
	if runs != nil {
		runs.clean = runs.cut(s, pieceStart, len(s), st, stClean, fl) & sfText
		return scanRuns
	}
	if st&sfOther != 0 && !nfcIsNormal(s[lo:]) {
		return scanWhole
	}
	return scanClean
}

// scanWord reads the word that starts at s[i]: ASCII letters, Vietnamese
// vowels and đ. It returns where the word ends (i when none starts there),
// what its letters tell the scan (sfNonASCII, sfVietOnly, sfLineNonCP) and
// whether it keeps its tone in style (two tone marks: not; the full
// pipeline decides).
func scanWord(s string, i int, style ToneStyle) (end int, fl scanFlags, ok bool) {
	var w wordShape
	start := i
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			cls := normASCII[b]
			if cls&ncLetter == 0 {
				break
			}
			if cls&ncVowel != 0 {
				w.vowel(uint8(letters.VowelASCII(b)) + 1)
			} else {
				w.consonant(b | 0x20)
			}
			i++
			continue
		}
		// Vietnamese letters take two or three bytes (up to U+1EF9).
		var r rune
		var size int
		if b&0xE0 == 0xC0 && b >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r, size = rune(b&0x1F)<<6|rune(s[i+1]&0x3F), 2
		} else if b == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r, size = rune(b&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		} else {
			break
		}
		if v := letters.Vowel(r); v != 0 {
			w.vowel(v)
			if r > 0xFF {
				fl |= sfVietOnly | sfLineNonCP
			}
		} else if r == 'đ' || r == 'Đ' {
			w.consonant(0)
			fl |= sfVietOnly | sfLineNonCP
		} else {
			break
		}
		fl |= sfNonASCII
		i += size
	}
	// Most words have no tone mark or one vowel: settled at once.
	ok = w.toned == 0 || w.vowels < 2 || w.tones == 1 && (w.settled() || wordIsNormal(s[start:i], style))
	return i, fl, ok
}

// legacyLineAt reports that the line of s that ends at hi, which looks like
// legacy text read as Windows-1252 (lineLooksMisread), is one decodeLines
// decodes: the text has more than one line, the scan that started at lo saw
// the line from its start (a piece that starts inside a line cannot tell),
// and detection finds a legacy encoding. The line holds no letter
// Windows-1252 cannot encode, so this is rare in Vietnamese text.
func legacyLineAt(s string, lo, hi int) bool {
	start := lo + strings.LastIndexByte(s[lo:hi], '\n') + 1
	if start == 0 && hi == len(s) || start > 0 && s[start-1] != '\n' {
		return false
	}
	return detectString(s[start:hi]).Encoding != UTF8
}

// lineFlag tells whether Windows-1252 can encode r (a character that is not
// a Vietnamese letter): sfLineJunk or sfLineNonCP.
func lineFlag(r rune) scanFlags {
	if _, ok := encodeCP1252(r); ok {
		return sfLineJunk
	}
	return sfLineNonCP
}

// leadBefore reports whether the rune of s ending at i could be the lead
// byte of UTF-8 read as Windows-1252, Latin-1 or Windows-1258: U+00C2–U+00F4
// (C3 82–B4) or Ă (C4 82).
func leadBefore(s string, i int) bool {
	if i < 2 {
		return false
	}
	a, b := s[i-2], s[i-1]
	return a == 0xC3 && b >= 0x82 && b <= 0xB4 || a == 0xC4 && b == 0x82
}

// capitalLeadByte reports the UTF-8 bytes a, b of º (C2 BA) or of a capital
// that could lead mis-decoded UTF-8: Â–Þ (C3 82–9E), Ă (C4 82).
func capitalLeadByte(a, b byte) bool {
	return a == 0xC3 && b >= 0x82 && b <= 0x9E || a == 0xC2 && b == 0xBA || a == 0xC4 && b == 0x82
}

// mojibakeBeforeSpace reports a word (ending s, whose last rune is one
// capitalLeadByte accepts) that the mojibake stage may read with its NBSP
// back when a space follows ("vÃ ", "NGÃ "): one ending in Ã or Æ (they alone
// make the text a mojibake candidate) or º, or in a capital after a
// lower-case letter.
func mojibakeBeforeSpace(s string) bool {
	switch s[len(s)-2:] {
	case "Ã", "Æ", "º":
		return true
	}
	return innerCapitalAtEnd(s)
}

// cut closes the piece [lo, hi), whose scan ended in state st (clean: the
// state before it). A dirty piece (or one that is not NFC) joins the runs
// and its flags go to fl, and the scan goes on from clean; a clean one
// keeps its flags with the clean text's.
func (d *dirtyRuns) cut(s string, lo, hi int, st, clean scanFlags, fl *scanFlags) scanFlags {
	if st&sfDirty == 0 && (st&sfOther == 0 || nfcIsNormal(s[lo:hi])) {
		return st &^ sfOther
	}
	*fl |= st & sfText
	d.add(lo, hi)
	return clean&^sfLine | st&sfLine // the line goes on
}
