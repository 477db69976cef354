package summarize

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/summarize/internal/syllable"
	"github.com/vntext/vntext/tokenize"
)

// Mean syllable IDF a key phrase needs: names are specific by nature, so
// only the most common are dropped; a lexical word must be rarer than
// everyday vocabulary ("cho biết", "người dân").
const (
	nameIDF = 1.0
	wordIDF = 1.5
	// minWordCount: a lexical word is a key phrase only if it recurs.
	minWordCount = 2
)

// commonIDF: a capitalised syllable this frequent in news ("Ông", "Theo",
// "Sáng") opening a sentence is capitalised for the sentence, not a name.
const commonIDF = 1.5

// Keywords returns up to n key phrases of text, best first: names and
// abbreviations (runs of capitalised syllables: "Nguyễn Xuân Phúc", "TP
// HCM", "UBND"; titles such as "Ông", "Phó Bí thư" stripped) and the word
// segmenter's multi-syllable words that recur ("ma tuý"). A phrase scores
// its frequency times the mean IDF of its syllables times √(syllables), so
// repeated, specific, longer phrases rank first. Spelling variants count as
// one phrase, reported in its most frequent spelling; ties keep text order.
func (s *Summarizer) Keywords(text string, n int) []Keyword {
	return s.KeywordsOf(text, nil, n)
}

// KeywordsOf is Keywords for a caller that already has the words of text:
// words must be what the summarizer's tokenizer (Tokenizer) returns for
// Words(text). Nil words, or a text that is not in NFC, are split again.
func (s *Summarizer) KeywordsOf(text string, words []tokenize.Token, n int) []Keyword {
	if n <= 0 || text == "" || !s.built() {
		return nil
	}
	orig := text
	if nfc := toNFC(text); nfc != text {
		text, words = nfc, nil
	}
	type cand struct {
		surface map[string]int
		first   map[string]int // where each spelling first occurs
		count   int
		idf     float64 // mean over syllables
		nsyl    int
		name    bool // seen as a name or abbreviation at least once
	}
	// Phrases are keyed by their syllable hashes, so case, spacing and
	// tone-mark placement variants ("Hòa Bình", "Hoà Bình") count as one.
	cands := map[uint64]*cand{}
	var order []uint64
	add := func(start, end int, name bool) {
		phrase := text[start:end]
		minIDF := wordIDF
		if name {
			minIDF = nameIDF
		}
		key := phraseHash(phrase)
		c := cands[key]
		if c == nil {
			sum, k := 0.0, 0
			for i := 0; ; k++ {
				start, end, h := syllable.Next(phrase, i)
				if start == len(phrase) {
					break
				}
				sum += float64(s.idf.get(h))
				i = end
			}
			if k == 0 || sum/float64(k) < minIDF {
				return // too common to be a key phrase
			}
			c = &cand{surface: map[string]int{}, first: map[string]int{}, idf: sum / float64(k), nsyl: k}
			cands[key] = c
			order = append(order, key)
		}
		c.count++
		if c.surface[phrase] == 0 {
			c.first[phrase] = start
		}
		c.surface[phrase]++
		c.name = c.name || name
	}

	if words == nil {
		words = s.cfg.tok.Words(text)
	}
	var run []span // the capitalised syllables of the current name run
	runEnd := 0    // end of the run's last token
	flush := func() {
		for _, part := range nameParts(text, run) {
			if len(part) >= 2 || isAcronym(text[part[0].start:part[0].end]) && !inCode(text, part[0]) {
				add(part[0].start, part[len(part)-1].end, true)
			}
		}
		run = run[:0]
	}
	sentenceStart := true
	for i, w := range words {
		if w.Kind != tokenize.Word && w.Kind != tokenize.Syllable && w.Kind != tokenize.Abbreviation {
			flush()
			if w.Kind == tokenize.Punct && strings.ContainsAny(w.Text, ".!?…:") {
				sentenceStart = true
			}
			continue
		}
		initial := sentenceStart || i > 0 && strings.ContainsRune(text[words[i-1].End:w.Start], '\n')
		sentenceStart = false
		if strings.Contains(w.Text, " ") && !allCapitalised(w.Text) {
			// A lexical multi-syllable word ("ma tuý"; "Công an" opening a
			// sentence), not part of a name.
			add(w.Start, w.End, false)
			flush()
			continue
		}
		if !syllable.IsUpperStart(w.Text, 0) {
			flush()
			continue
		}
		if initial && s.idf.get(syllable.Hash(w.Text)) < commonIDF && !strings.Contains(w.Text, " ") {
			flush()
			continue
		}
		// Only white space may separate the words of a name ("TP. HCM" is
		// one run when the tokenizer keeps "TP." as an abbreviation).
		if len(run) > 0 && strings.TrimSpace(text[runEnd:w.Start]) != "" {
			flush()
		}
		runEnd = w.End
		for j := 0; ; {
			start, end, _ := syllable.Next(w.Text, j)
			if start == len(w.Text) {
				break
			}
			run = append(run, span{w.Start + start, w.Start + end})
			j = end
		}
	}
	flush()

	out := make([]Keyword, 0, len(order))
	for _, key := range order {
		c := cands[key]
		if !c.name && c.count < minWordCount {
			continue // a topic word recurs; one mention is not key
		}
		best, bestN := "", 0
		for sf, k := range c.surface {
			if k > bestN || k == bestN && sf < best {
				best, bestN = sf, k
			}
		}
		score := float64(c.count) * c.idf * math.Sqrt(float64(c.nsyl))
		start := c.first[best]
		out = append(out, Keyword{Text: best, Start: start, End: start + len(best), Score: math.Round(score*1000) / 1000})
	}
	// Stable: ties keep the order of first occurrence.
	slices.SortStableFunc(out, func(a, b Keyword) int { return cmp.Compare(b.Score, a.Score) })
	out = out[:min(n, len(out))]
	if orig != text {
		nfcToOrig(orig, out)
	}
	return out
}

// nfcToOrig moves the offsets of keywords found in the NFC form of orig
// back to orig, and takes their Text from orig. Key phrases start and end
// on syllable boundaries, which are boundaries of NFC's segments, so each
// offset has an exact counterpart.
func nfcToOrig(orig string, kws []Keyword) {
	var outStart, inStart []int // segment starts in the NFC text and in orig
	var it norm.Iter
	it.InitString(norm.NFC, orig)
	out := 0
	for !it.Done() {
		outStart = append(outStart, out)
		inStart = append(inStart, it.Pos())
		out += len(it.Next())
	}
	outStart, inStart = append(outStart, out), append(inStart, len(orig))
	at := func(off int) int {
		i, _ := slices.BinarySearch(outStart, off)
		return inStart[min(i, len(inStart)-1)]
	}
	for i := range kws {
		k := &kws[i]
		k.Start, k.End = at(k.Start), at(k.End)
		k.Text = orig[k.Start:k.End]
	}
}

// allCapitalised reports whether every syllable of s starts upper-case.
func allCapitalised(s string) bool {
	for i := 0; ; {
		start, end, _ := syllable.Next(s, i)
		if start == len(s) {
			return true
		}
		if !syllable.IsUpperStart(s, start) {
			return false
		}
		i = end
	}
}

// isAcronym: two or more letters, all capitals ("UBND", "CSGT"), and not
// a Roman numeral ("khóa XIV").
func isAcronym(s string) bool {
	if utf8.RuneCountInString(s) < 2 || strings.Trim(s, "IVXLCDM") == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

type span struct{ start, end int }

// Title and honorific syllables that precede a name in capitals ("Ông",
// "Phó Bí thư", "Tổng Giám đốc") without being part of it.
var nameTitles = newPhraseSet([]string{"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "phó", "bí", "chủ", "giám", "tổng", "trưởng"})

// Common family names: one inside a capitalised run starts a new name
// ("quận Tây Hồ Lê Thị Thu Hằng" is a place, then a person).
var surnames = newPhraseSet([]string{"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "trương", "đoàn", "lương", "mai", "trịnh", "đào", "cao", "lâm", "tạ", "hà", "tô", "châu"})

// nameParts strips leading titles from a run of capitalised syllables and
// splits it before a family name that starts a 2–4 syllable name.
func nameParts(text string, run []span) [][]span {
	for len(run) > 0 {
		if _, ok := nameTitles[phraseHash(text[run[0].start:run[0].end])]; !ok {
			break
		}
		run = run[1:]
	}
	// Full names have three syllables most often, then four, then two.
	for _, n := range [...]int{3, 4, 2} {
		if i := len(run) - n; i > 0 {
			if _, ok := surnames[phraseHash(text[run[i].start:run[i].end])]; ok {
				return [][]span{run[:i], run[i:]}
			}
		}
	}
	if len(run) == 0 {
		return nil
	}
	return [][]span{run}
}

// inCode reports an acronym glued to a document code ("15-NQ/TW").
func inCode(text string, sp span) bool {
	glued := func(b byte) bool { return b == '/' || b == '-' }
	return sp.start > 0 && glued(text[sp.start-1]) || sp.end < len(text) && glued(text[sp.end])
}
