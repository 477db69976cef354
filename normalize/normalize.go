package normalize

//go:generate go run ./internal/gen/normtables
//go:generate go run ./internal/gen/wikiexcerpt -o testdata/viwiki_excerpt.txt

import (
	"errors"
	"fmt"

	"github.com/vntext/vntext/internal/letters"
)

// ToneStyle chooses where a tone mark sits on the open vowel pairs oa, oe, uy.
// Peers use "old" and "new" for opposite things, so the names say what they do.
type ToneStyle uint8

const (
	// ToneClassic places the mark on the first vowel: hòa, thủy, khỏe, ủy.
	ToneClassic ToneStyle = iota + 1
	// ToneModern places the mark on the main vowel: hoà, thuỷ, khoẻ, uỷ.
	// It is the default: see DefaultTone.
	ToneModern
	// ToneKeep keeps the normWriter's choice for oa, oe, uy; misplaced marks
	// (họat, qúa, lựơng) are still fixed.
	ToneKeep
)

// DefaultTone is the tone style used when none is given. Modern placement
// (hoà, thuỷ) is the rule of the Vietnamese school spelling (tone on the main
// vowel, as in hoàn, thuở) and what news archives use: in the VietNews dev
// set 5,188 of the 5,262 toned open oa/oe/uy syllables (98.6%) are written
// that way, so the normalizer leaves such text untouched (and
// allocation-free) instead of rewriting it.
const DefaultTone = ToneModern

// String returns the name ParseToneStyle reads ("classic", "modern", "keep").
func (t ToneStyle) String() string {
	switch t {
	case ToneClassic:
		return "classic"
	case ToneModern:
		return "modern"
	case ToneKeep:
		return "keep"
	}
	return fmt.Sprintf("ToneStyle(%d)", uint8(t))
}

// MarshalText writes the name String returns; the zero ToneStyle is empty
// text and a value outside the constants is an error.
func (t ToneStyle) MarshalText() ([]byte, error) {
	switch {
	case t == 0:
		return nil, nil
	case t > ToneKeep:
		return nil, fmt.Errorf("normalize: invalid tone style %d", uint8(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText reads what MarshalText writes.
func (t *ToneStyle) UnmarshalText(b []byte) error {
	if t == nil {
		return errors.New("normalize: UnmarshalText into a nil *ToneStyle")
	}
	if len(b) == 0 {
		*t = 0
		return nil
	}
	v, err := ParseToneStyle(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// ParseToneStyle parses "classic", "modern" or "keep".
func ParseToneStyle(s string) (ToneStyle, error) {
	for _, t := range []ToneStyle{ToneClassic, ToneModern, ToneKeep} {
		if t.String() == s {
			return t, nil
		}
	}
	return 0, fmt.Errorf("normalize: unknown tone style %q (want classic, modern or keep)", s)
}

// Option configures a Normalizer (New).
type Option func(*normConfig) error

type normConfig struct {
	tone      ToneStyle
	enc       Encoding
	strict    bool
	keepLines bool
	misread   bool // with a legacy enc: the bytes were read as Windows-1252 (Transformer sniffing)
	viqrLines bool // with enc VIQR: detected, not given, so decoded line by line (decodeVIQRLines)
}

// defaultConfig is what the package-level functions and a zero Normalizer use.
var defaultConfig = normConfig{tone: DefaultTone, enc: AutoDetect}

// WithTone selects the tone-mark placement (default DefaultTone).
func WithTone(s ToneStyle) Option {
	return func(c *normConfig) error {
		if s < ToneClassic || s > ToneKeep {
			return fmt.Errorf("normalize: invalid tone style %d", uint8(s))
		}
		c.tone = s
		return nil
	}
}

// WithEncoding says how the input bytes are encoded. The default, AutoDetect,
// reads UTF-8 and repairs legacy encodings that Detect recognizes with
// confidence; any other value decodes the whole input with that encoding.
func WithEncoding(e Encoding) Option {
	return func(c *normConfig) error {
		if e > CP1258 {
			return fmt.Errorf("normalize: invalid encoding %d", uint8(e))
		}
		c.enc = e
		return nil
	}
}

// WithStrict makes invalid UTF-8 an error (*InvalidUTF8Error, naming the byte
// offset) instead of U+FFFD.
func WithStrict() Option {
	return func(c *normConfig) error { c.strict = true; return nil }
}

// WithKeepLines keeps every line break (line i of the output is line i of
// the input): blank lines are not collapsed and leading/trailing line breaks
// are kept. Spaces are still trimmed per line.
func WithKeepLines() Option {
	return func(c *normConfig) error { c.keepLines = true; return nil }
}

// InvalidUTF8Error reports the first invalid UTF-8 byte in strict mode.
type InvalidUTF8Error struct {
	Offset int // byte offset in the input
}

// Error names the byte offset, e.g. "invalid UTF-8 at byte offset 10".
func (e *InvalidUTF8Error) Error() string {
	if e == nil {
		return "invalid UTF-8"
	}
	return fmt.Sprintf("invalid UTF-8 at byte offset %d", e.Offset)
}

// Normalizer normalizes Vietnamese text with fixed options. It is immutable
// and safe for concurrent use. The zero value, and a nil *Normalizer, work
// like New() with no options.
type Normalizer struct {
	cfg normConfig
}

// config returns n's options; a zero or nil Normalizer (tone 0, which New
// never sets) gets the defaults.
func (n *Normalizer) config() normConfig {
	if n == nil || n.cfg.tone == 0 {
		return defaultConfig
	}
	return n.cfg
}

// New returns a Normalizer with opts applied in order; an invalid or nil
// option is an error.
func New(opts ...Option) (*Normalizer, error) {
	c := defaultConfig
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("normalize: nil Option")
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	return &Normalizer{cfg: c}, nil
}

// Normalize returns s as clean NFC text (see the package-level Normalize). In
// strict mode invalid UTF-8 returns an *InvalidUTF8Error.
func (n *Normalizer) Normalize(s string) (string, error) {
	out, _, err := normalizeRun(s, n.config(), false)
	return out, err
}

// NormalizeWithMap is Normalize with an offset map back into s.
func (n *Normalizer) NormalizeWithMap(s string) (Normalized, error) {
	out, m, err := normalizeRun(s, n.config(), true)
	return Normalized{Text: out, orig: m, inLen: len(s)}, err
}

// Normalize returns s as clean NFC Vietnamese text: legacy encodings and
// mojibake repaired, HTML character references decoded, look-alike letters,
// full-width forms, quotes, dashes, invisible characters and spaces cleaned
// up, tone marks placed as DefaultTone says. It returns s itself, without
// allocating, when s is already normal. Invalid UTF-8 becomes U+FFFD. For
// other options (tone style, a known encoding, strict UTF-8, kept line
// breaks) build a Normalizer with New.
func Normalize(s string) string {
	out, _, _ := normalizeRun(s, defaultConfig, false)
	return out
}

// Normalized is normalized text with a map back to the input's byte offsets.
type Normalized struct {
	Text  string    // the normalized text (the input itself when already normal)
	orig  offsetMap // the input offset of each byte of Text
	inLen int
}

// Orig maps a byte offset in n.Text (0..len(n.Text)) to the byte offset in
// the original input. Offsets are monotone; len(n.Text) maps to len(input).
func (n Normalized) Orig(i int) int {
	if i >= len(n.Text) {
		return n.inLen
	}
	if i <= 0 && n.orig.identity() {
		return 0
	}
	return n.orig.at(max(i, 0))
}

// NormalizeWithMap normalizes s like Normalize and keeps an offset map.
func NormalizeWithMap(s string) Normalized {
	out, m, _ := normalizeRun(s, defaultConfig, true)
	return Normalized{Text: out, orig: m, inLen: len(s)}
}

// normalizeRun is Normalize: the fast path, else the pipeline until the
// text is stable. It returns the text, its offset map (nil: identity) and,
// in strict mode, an *InvalidUTF8Error.
func normalizeRun(s string, c normConfig, track bool) (string, offsetMap, error) {
	return normalizeText(s, c, track, true)
}

// normalizeText is normalizeRun; with byRuns false every pass runs the
// whole text through the pipeline (the reference the run-by-run passes
// must equal).
func normalizeText(s string, c normConfig, track, byRuns bool) (string, offsetMap, error) {
	var d *dirtyRuns
	if byRuns {
		d = new(dirtyRuns)
	}
	var (
		t    string
		m    offsetMap
		next = scanWhole // what the next pass has to do with t; scanWhole: scan it
		err  error
	)
	if c.enc == AutoDetect || c.enc == UTF8 {
		res := scanText(s, &c, d)
		if res == scanClean {
			return s, offsetMap{}, nil
		}
		t, m, next, err = pipelinePass(s, c, track, res, d)
	} else {
		var flat []int32
		t, flat, err = pipeline(s, c, track)
		m = offsetMap{flat: flat}
	}
	if err != nil || t == s {
		return t, m, err
	}
	// Stages can expose work for an earlier stage (a removed invisible
	// character that joined "&" and "agrave;", a full-width letter next to
	// mis-decoded bytes). Re-run on the output until it is stable, so
	// Normalize is idempotent; the cheap check almost always ends it.
	if c.enc != AutoDetect {
		c.enc, c.misread, c.viqrLines = UTF8, false, false // the output is UTF-8 now
	}
	c.strict = false
	for range 4 {
		res := next
		if res == scanWhole {
			if d != nil {
				d.reset()
			}
			res = scanText(t, &c, d)
		}
		if res == scanClean {
			break
		}
		t2, m2, next2, _ := pipelinePass(t, c, track, res, d)
		if t2 == t {
			break
		}
		if track {
			m2 = composeMaps(m, len(t), m2, len(t2))
		}
		t, m, next = t2, m2, next2
	}
	return t, m, nil
}

// pipelinePass runs the pipeline once on s: on the runs d holds when res is
// scanRuns and the runs can reproduce the whole-text pipeline, else on the
// whole text. next tells what the next pass has to do (see nextPass).
func pipelinePass(s string, c normConfig, track bool, res scanResult, d *dirtyRuns) (t string, m offsetMap, next scanResult, err error) {
	if res == scanRuns {
		if t, m, next, ok := pipelineRuns(s, c, track, d); ok {
			return t, m, next, nil
		}
	}
	t, m.flat, err = pipeline(s, c, track)
	return t, m, scanWhole, err
}

// pipeline runs the stages once: decode → character references → mojibake →
// NFC → clean-up (look-alikes, width, punctuation, invisibles, spaces) →
// NFC → tone placement. The order matters: mojibake and legacy bytes contain
// characters that later stages would fold (» ‡ NBSP, combining bytes).
func pipeline(s string, c normConfig, track bool) (string, []int32, error) {
	t, m, err := decodeStage(s, c, track)
	if err != nil {
		return "", nil, err
	}
	t, m = entityStage(t, m, track)
	t, m = mojibakeStage(t, m, track)
	t, m = nfcStage(t, m, track)
	t, m, again := cleanStage(t, m, track, c.keepLines, false)
	if again {
		t, m = nfcStage(t, m, track)
	}
	t, m = toneStage(t, m, track, c.tone)
	return t, m, nil
}

// wordShape is what a scan learns about a word letter by letter; settled
// tells most words need no syllable parse.
type wordShape struct {
	vowels   int     // vowels so far
	toned    int     // 1 + index among the vowels of the toned one; 0: none
	tones    int     // tone marks seen
	bases    [2]int8 // the first two vowel bases
	tonedMod bool    // the toned vowel has a modifier (ă â ê ô ơ ư)
	modAfter bool    // a modifier vowel follows the toned one
	anyMod   bool    // the word has a modifier vowel
	lastCons bool    // the word so far ends with a consonant
	gq       bool    // the consonant before the first vowel is g or q (gi, qu)
}

// vowel records a vowel with table entry v (tone<<5 | upper<<4 | base+1).
func (w *wordShape) vowel(v uint8) {
	if w.vowels < 2 {
		w.bases[w.vowels] = int8(v&0xF) - 1
	}
	w.vowels++
	w.lastCons = false
	mod := vowelHasModifier[v&0xF]
	w.anyMod = w.anyMod || mod
	if v>>5 != 0 {
		w.tones++
		w.toned, w.tonedMod = w.vowels, mod
	} else if w.toned != 0 && mod {
		w.modAfter = true
	}
}

// consonant records a consonant (lower-case ASCII, or 0 for đ).
func (w *wordShape) consonant(c byte) {
	w.lastCons = true
	if w.vowels == 0 {
		w.gq = c == 'g' || c == 'q'
	}
}

// settled reports that the word's tone cannot move (rules VN-NORM-1 §7):
// no tone or one vowel; the tone on the last modifier vowel (người, tiếng);
// on the last vowel before a final consonant (hoàn, giúp); on the first of
// two open vowels other than oa, oe, uy (của, đại); on the middle of three
// (ngoài). Anything else is parsed.
func (w *wordShape) settled() bool {
	switch {
	case w.toned == 0 || w.vowels < 2:
		return true
	case w.tones != 1:
		return false
	case w.tonedMod && !w.modAfter:
		return true
	case w.anyMod:
		return false
	case w.lastCons:
		return w.toned == w.vowels
	case w.gq:
		return false
	case w.vowels == 2:
		a, b := w.bases[0], w.bases[1]
		return w.toned == 1 && !(a == letters.O && (b == letters.A || b == letters.E) || a == letters.U && b == letters.Y)
	}
	return w.vowels == 3 && w.toned == 2
}

// vowelHasModifier is indexed by vowel base + 1 (ă â ê ô ơ ư).
var vowelHasModifier = [16]bool{1 + letters.Ă: true, 1 + letters.Â: true, 1 + letters.Ê: true, 1 + letters.Ô: true, 1 + letters.Ơ: true, 1 + letters.Ư: true}

// ASCII classes for the fast path.
const (
	ncLetter = 1 << iota
	ncVowel
	ncBad  // changed by some stage: controls, CR, TAB, '&'
	ncVIQR // a VIQR mark that ASCII prose rarely puts right after a vowel
)

var normASCII = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = ncLetter
		t[c-32] = ncLetter
	}
	for _, c := range "aeiouyAEIOUY" {
		t[c] |= ncVowel
	}
	for c := 0; c < 0x20; c++ {
		t[c] = ncBad
	}
	t['\n'] = 0
	t[0x7F] = ncBad
	t['&'] = ncBad
	for _, c := range "^(+`~" {
		t[c] = ncVIQR
	}
	return t
}()

// cp1252Special reports whether r is one of the Windows-1252 characters at
// 0x80–0x9F (they show up when UTF-8 is read as Windows-1252).
func cp1252Special(r rune) bool {
	switch r {
	case 0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017D,
		0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178:
		return true
	}
	return false
}

// wordIsNormal reports whether the word w (letters only) keeps its tone.
func wordIsNormal(w string, style ToneStyle) bool {
	var buf [letters.MaxSyllableLetters]letters.Letter
	ls, ok := letters.WordLetters(w, &buf)
	if !ok {
		return true
	}
	return !fixSyllable(ls, style)
}
