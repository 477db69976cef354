package summarize

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/summarize/internal/syllable"
	"github.com/vntext/vntext/tokenize"
)

// Mean syllable IDF a key phrase needs: names are specific by nature, so
// only the most common are dropped; a lexical word must be rarer than
// everyday vocabulary ("cho biết", "người dân").
const (
	nameIDF = 1.0
	wordIDF = 3.5
	// minWordCount: a lexical word is a key phrase only if it recurs.
	minWordCount = 2
	// A one-syllable word must recur more, and be rarer, to be a term:
	// most are everyday words.
	minSyllableCount = 3
	syllableIDF      = 3.5
	// contentIDF: words at least this specific are content words, whose
	// repeated sequences of up to maxTermWords words are terms.
	contentIDF   = 2.5
	maxTermWords = 3
	// titleFactor multiplies the score of a phrase the headline has: the
	// headline says what the story is about.
	titleFactor = 2.0
)

// commonIDF: a capitalised syllable this frequent ("Ông", "Theo", "Sáng")
// opening a sentence is capitalised for the sentence, not a name.
const commonIDF = 2.5

// KeywordKind tells names from terms.
type KeywordKind uint8

// Keyword kinds.
const (
	// Name is a proper name or an abbreviation: a person, place,
	// organisation, programme ("Trần Văn Khải", "Đà Nẵng", "CDC").
	Name KeywordKind = iota + 1
	// Term is a word of the language the article keeps using ("sạt lở",
	// "cà phê").
	Term
)

var kindNames = [...]string{Name: "name", Term: "term"}

func (k KeywordKind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("KeywordKind(%d)", uint8(k))
}

// MarshalText writes the kind's name ("name", "term").
func (k KeywordKind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) || kindNames[k] == "" {
		return nil, fmt.Errorf("summarize: invalid keyword kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads what MarshalText writes.
func (k *KeywordKind) UnmarshalText(b []byte) error {
	if k == nil {
		return errors.New("summarize: UnmarshalText into a nil *KeywordKind")
	}
	for i, n := range kindNames {
		if n != "" && n == string(b) {
			*k = KeywordKind(i)
			return nil
		}
	}
	return fmt.Errorf("summarize: unknown keyword kind %q", b)
}

// Span is a byte range of the text: text[Start:End].
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Keyword is a key phrase of an article.
type Keyword struct {
	// Text is the phrase as the article writes it most often (the text
	// at one of its mentions, verbatim).
	Text string      `json:"text"`
	Kind KeywordKind `json:"kind"`
	// Type is the caller's type of a name it passed in (KeywordInput.Names),
	// such as "PERSON"; empty otherwise.
	Type  string  `json:"type"`
	Score float64 `json:"score"` // higher is more central; comparable within one call
	// Mentions are the phrase's occurrences in the text, in order,
	// spelling variants included; a person's full name also gathers the
	// later mentions by given name alone ("ông Khải").
	Mentions []Span `json:"mentions"`
}

// NameSpan is a name the caller found in the text (an entity).
type NameSpan struct {
	Start, End int
	Type       string // the caller's label, passed through to Keyword.Type
}

// KeywordInput is what KeywordsOf may know besides the text. Every field
// is optional; what is missing is computed.
type KeywordInput struct {
	// Title is the headline: phrases it shares rank higher.
	Title string
	// Sentences and Words are the summarizer's tokenizer's Sentences(text)
	// and Words(text) (see Summarizer.Tokenizer), when already split.
	Sentences []tokenize.Sentence
	Words     []tokenize.Token
	// Names are names the caller found, such as the pipeline's entities;
	// they become keywords of kind Name with their Type, and the capital
	// letters of the text need not reveal them.
	Names []NameSpan
}

// Keywords returns up to n key phrases of text, best first; see
// KeywordsOf.
func (s *Summarizer) Keywords(ctx context.Context, text string, n int) ([]Keyword, error) {
	return s.KeywordsOf(ctx, text, KeywordInput{}, n)
}

// KeywordsOf returns up to n key phrases of text, best first: names and
// abbreviations (runs of capitalised syllables: "Nguyễn Xuân Phúc", "TP
// HCM", "CDC"; titles such as "Ông", "Phó Bí thư" stripped; in.Names
// added) and the word segmenter's multi-syllable words that recur ("ma
// tuý"). Page furniture never gives a keyword: photo credits and their
// captions, bylines, datelines, source lines and comment counters, nor do
// generic abbreviations ("UBND", "PV", "THPT") and news outlets, names
// written after a word such as "báo" or "hãng tin" ("hãng tin AFP"),
// which name the source rather than the story.
//
// A phrase scores its frequency times the mean IDF of its syllables times
// √(syllables), doubled when the headline has it, so repeated, specific,
// longer phrases rank first. Spelling variants (case, tone-mark
// placement) count as one phrase; ties keep text order. Offsets index
// text as given; normalize it first for the best segmentation (the
// pipeline does). It fails only when ctx is nil or ends.
func (s *Summarizer) KeywordsOf(ctx context.Context, text string, in KeywordInput, n int) ([]Keyword, error) {
	if ctx == nil {
		return nil, errNilContext
	}
	s, err := s.orDefault()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if n <= 0 || text == "" {
		return nil, nil
	}
	sents := in.Sentences
	if sents == nil {
		sents = s.cfg.tok.Sentences(text)
	}
	words := in.Words
	if words == nil {
		words = s.cfg.tok.Words(text)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	k := keywordState{s: s, text: text, cands: map[uint64]*cand{}}
	k.skip = furnitureSpans(text, sents)
	k.title = map[uint64]bool{}
	k.titlePhrases(in.Title)
	k.lowerCase()
	var lone []NameSpan // one-syllable names: given names, perhaps
	for _, nm := range in.Names {
		if nm.Start < 0 || nm.End > len(text) || nm.Start >= nm.End || k.skipped(nm.Start) {
			continue
		}
		sp := k.trimName(Span{nm.Start, nm.End})
		if syllable.Count(text[sp.Start:sp.End]) == 1 {
			if utf8.RuneCountInString(strings.TrimRight(text[sp.Start:sp.End], ".")) > 1 {
				lone = append(lone, NameSpan{sp.Start, sp.End, nm.Type})
			}
			continue
		}
		k.add(sp, Name, nm.Type)
	}
	k.scan(words)
	for _, nm := range lone {
		sp := Span{nm.Start, nm.End}
		if !k.credit(sp) {
			k.add(sp, Name, nm.Type)
		}
	}
	return k.result(n), nil
}

// cand is one candidate key phrase.
type cand struct {
	kind     KeywordKind
	typ      string
	mentions []Span
	idf      float64 // mean over syllables
	nsyl     int
	lastHash uint64 // of its last syllable (a person's given name)
	person   bool   // opens with a family name: given-name mentions join it
	outlet   bool   // written after a media head word once: a news outlet
}

type keywordState struct {
	s     *Summarizer
	text  string
	skip  []Span // page furniture: no keyword comes from here
	title map[uint64]bool
	cands map[uint64]*cand
	order []uint64
	// given are mentions of a lone capitalised syllable inside a sentence
	// ("ông Khải"): a person's given name, credited to the full name.
	given []Span
	lower map[uint64]bool // syllables the text writes in lower case somewhere
}

// lowerCase fills k.lower.
func (k *keywordState) lowerCase() {
	k.lower = map[uint64]bool{}
	for i := 0; ; {
		start, end, h := syllable.Next(k.text, i)
		if start == len(k.text) {
			return
		}
		if !syllable.IsUpperStart(k.text, start) {
			k.lower[h] = true
		}
		i = end
	}
}

// trimName drops the leading words of a name span that are not part of
// the name: classifiers in lower case ("quận Hoàn Kiếm", "sông Hàm
// Luông") and a word capitalised only for opening the sentence ("Tỉnh Yên
// Bái" where the article also writes "tỉnh"). The last syllable stays.
func (k *keywordState) trimName(sp Span) Span {
	for {
		start, end, h := syllable.Next(k.text[:sp.End], sp.Start)
		next, _, _ := syllable.Next(k.text[:sp.End], end)
		if start >= sp.End || next >= sp.End {
			return sp
		}
		if syllable.IsUpperStart(k.text, start) && (!k.lower[h] || !sentenceInitial(k.text, start)) {
			return Span{start, sp.End}
		}
		sp.Start = next
	}
}

// sentenceInitial reports whether byte i opens a sentence or a line: only
// white space, quotes or brackets lie between it and sentence-final
// punctuation, a colon, a line break or the start of the text.
func sentenceInitial(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case ' ', '\t', '"', '“', '(', '\'', '‘', '-', '–':
			i -= n
			continue
		}
		return strings.ContainsRune(".!?…:\n", r)
	}
	return true
}

// credit adds the lone-name mention sp to the one person whose full name,
// mentioned before it, ends with it ("ông Khải" after "Trần Văn Khải"),
// reporting whether there was one.
func (k *keywordState) credit(sp Span) bool {
	h := syllable.Hash(k.text[sp.Start:sp.End])
	var owner *cand
	for _, key := range k.order {
		c := k.cands[key]
		if c.person && c.lastHash == h && c.mentions[0].Start < sp.Start {
			if owner != nil {
				return false // two people share the given name: credit neither
			}
			owner = c
		}
	}
	if owner == nil {
		return false
	}
	owner.mention(sp)
	return true
}

// mention adds sp to c's mentions unless it is there already (a caller's
// name and a run of capitals can find the same mention).
func (c *cand) mention(sp Span) {
	if !slices.Contains(c.mentions, sp) {
		c.mentions = append(c.mentions, sp)
	}
}

// skipped reports whether byte i lies in page furniture.
func (k *keywordState) skipped(i int) bool {
	_, found := slices.BinarySearchFunc(k.skip, i, func(sp Span, i int) int {
		switch {
		case sp.End <= i:
			return -1
		case sp.Start > i:
			return 1
		}
		return 0
	})
	return found
}

// titlePhrases records the hashes of the headline's phrases of one to
// four syllables.
func (k *keywordState) titlePhrases(title string) {
	var hs []uint64
	for i := 0; ; {
		start, end, h := syllable.Next(title, i)
		if start == len(title) {
			break
		}
		hs = append(hs, h)
		i = end
	}
	for i := range hs {
		var h uint64
		for j := i; j < len(hs) && j < i+6; j++ {
			h = syllable.Combine(h, hs[j])
			k.title[h] = true
		}
	}
}

// add counts a mention of the phrase text[sp.Start:sp.End].
func (k *keywordState) add(sp Span, kind KeywordKind, typ string) {
	phrase := k.text[sp.Start:sp.End]
	key := syllable.PhraseHash(phrase)
	c := k.cands[key]
	if c == nil {
		if isBoilerplate(key) {
			return
		}
		minIDF := wordIDF
		if kind == Name {
			minIDF = nameIDF
		}
		n, rarest := 0, 0.0
		var first, last uint64
		for i := 0; ; n++ {
			start, end, h := syllable.Next(phrase, i)
			if start == len(phrase) {
				break
			}
			if n == 0 {
				first = h
			}
			last = h
			rarest = max(rarest, float64(k.s.idf.get(h)))
			i = end
		}
		if n == 0 {
			return
		}
		// A phrase's specificity is its own where the counts know it as a
		// whole: "dự án" is common where "cao tốc" is not, though their
		// syllables are alike. Otherwise it is at least as rare as its
		// rarest syllable ("Trần Văn Khải": "Khải").
		idf := rarest
		if n > 1 {
			if w, ok := k.s.idf.lookup(key); ok {
				idf = float64(w)
			}
		}
		if idf < minIDF {
			return // too common to be a key phrase
		}
		_, family := lists().surname[syllable.Combine(0, first)]
		c = &cand{kind: kind, typ: typ, idf: idf, nsyl: n, lastHash: last, person: kind == Name && family && n >= 2 && n <= 4}
		k.cands[key] = c
		k.order = append(k.order, key)
	}
	if kind == Name && c.kind != Name {
		c.kind = Name // seen as a name once: a name
	}
	if typ != "" && c.typ == "" {
		c.typ = typ
	}
	c.mention(sp)
	if kind == Name && afterMediaHead(k.text, sp.Start) {
		c.outlet = true
	}
}

// afterMediaHead reports whether the text right before byte i ends with a
// media head word of words.tsv ("hãng tin", "báo"), so that the name at i
// is a news outlet.
func afterMediaHead(text string, i int) bool {
	from := max(0, i-24) // the longest head, "trang tin điện tử", and a space
	for from > 0 && !utf8.RuneStart(text[from]) {
		from++
	}
	before := strings.TrimRight(text[from:i], " \t\"“'‘(")
	if len(before) == len(text[from:i]) && i > 0 {
		return false // no space between: not a word before the name
	}
	var starts []int
	for j := 0; ; {
		start, end, _ := syllable.Next(before, j)
		if start == len(before) {
			break
		}
		if end == len(before) || strings.TrimSpace(before[end:]) == "" {
			starts = append(starts, start)
			break
		}
		starts = append(starts, start)
		j = end
	}
	heads := lists().mediaHead
	for n := 1; n <= 4 && n <= len(starts); n++ {
		if _, ok := heads[syllable.PhraseHash(before[starts[len(starts)-n]:])]; ok {
			return true
		}
	}
	return false
}

// scan walks the words and adds names and terms.
func (k *keywordState) scan(words []tokenize.Token) {
	text := k.text
	var run []Span // the capitalised syllables of the current name run
	runEnd := 0    // end of the run's last token
	runInitial := false
	flush := func() {
		parts := nameParts(text, run)
		for _, part := range parts {
			sp := Span{part[0].Start, part[len(part)-1].End}
			switch {
			case len(part) >= 2:
				k.add(sp, Name, "")
			case isAcronym(text[sp.Start:sp.End]) && !inCode(text, sp):
				k.add(sp, Name, "")
			case len(parts) == 1 && (!runInitial || part[0] != run[0]):
				// A lone name after a title ("Ông Khải") or inside a
				// sentence: a given name.
				k.given = append(k.given, sp)
			}
		}
		run = run[:0]
	}
	// content is the current run of lower-case content words: its
	// repeated two- and three-word sequences are terms ("xưởng gỗ").
	var content []Span
	flushContent := func() {
		for n := 2; n <= maxTermWords; n++ {
			for i := 0; i+n <= len(content); i++ {
				k.add(Span{content[i].Start, content[i+n-1].End}, Term, "")
			}
		}
		content = content[:0]
	}
	sentenceStart := true
	for i, w := range words {
		if k.skipped(w.Start) {
			flush()
			flushContent()
			sentenceStart = true
			continue
		}
		if (w.Kind == tokenize.Word || w.Kind == tokenize.Syllable) && !syllable.IsUpperStart(w.Text, 0) && k.content(w.Text) {
			if len(content) > 0 && strings.TrimSpace(text[content[len(content)-1].End:w.Start]) != "" {
				flushContent()
			}
			content = append(content, Span{w.Start, w.End})
			if !strings.Contains(w.Text, " ") {
				k.add(Span{w.Start, w.End}, Term, "") // a one-syllable term ("lúa")
			}
		} else {
			flushContent()
		}
		if w.Kind != tokenize.Word && w.Kind != tokenize.Syllable && w.Kind != tokenize.Abbreviation {
			flush()
			if w.Kind == tokenize.Punct && strings.ContainsAny(w.Text, ".!?…:\"“”") {
				sentenceStart = true
			}
			continue
		}
		initial := sentenceStart || i > 0 && (strings.ContainsRune(text[words[i-1].End:w.Start], '\n') ||
			words[i-1].Kind == tokenize.Abbreviation && strings.HasSuffix(words[i-1].Text, "."))
		sentenceStart = false
		if strings.Contains(w.Text, " ") && !allCapitalised(w.Text) {
			// A lexical multi-syllable word ("ma tuý"; "Công an" opening a
			// sentence), not part of a name.
			flush()
			k.add(Span{w.Start, w.End}, Term, "")
			continue
		}
		if !syllable.IsUpperStart(w.Text, 0) {
			flush()
			continue
		}
		if initial && !strings.Contains(w.Text, " ") {
			// Capitalised for opening the sentence, not as a name: a word
			// the article also writes in lower case ("Huyện", "Cầu"), or one
			// too common to be a name ("Theo", "Sáng").
			if h := syllable.Hash(w.Text); k.lower[h] || k.s.idf.get(h) < commonIDF {
				flush()
				continue
			}
		}
		// Only white space may separate the words of a name ("TP. HCM" is
		// one run when the tokenizer keeps "TP." as an abbreviation).
		if len(run) > 0 && strings.TrimSpace(text[runEnd:w.Start]) != "" {
			flush()
		}
		if len(run) == 0 {
			runInitial = initial
		}
		runEnd = w.End
		for j := 0; ; {
			start, end, _ := syllable.Next(w.Text, j)
			if start == len(w.Text) {
				break
			}
			run = append(run, Span{w.Start + start, w.Start + end})
			j = end
		}
	}
	flush()
	flushContent()
}

// content reports whether the word w carries meaning of its own: its
// inverse document frequency (of the word, or of a one-syllable word's
// syllable) is at least contentIDF. Function words ("của", "được") and
// everyday ones ("người dân") are not.
func (k *keywordState) content(w string) bool {
	if strings.Contains(w, " ") {
		idf, _ := k.s.idf.lookup(syllable.PhraseHash(w))
		return idf >= contentIDF
	}
	return k.s.idf.get(syllable.Hash(w)) >= contentIDF
}

// result credits given-name mentions to the full names, scores the
// candidates and returns the best n.
func (k *keywordState) result(n int) []Keyword {
	for _, sp := range k.given {
		k.credit(sp)
	}
	out := make([]Keyword, 0, len(k.order))
	for _, key := range k.order {
		c := k.cands[key]
		if c.outlet {
			continue // the story's source, not its subject
		}
		if c.kind == Term && (len(c.mentions) < minWordCount || c.nsyl == 1 && (len(c.mentions) < minSyllableCount || c.idf < syllableIDF)) {
			continue // a topic word recurs; one mention is not key
		}
		if k.inside(c) {
			continue // only ever part of a longer phrase, which stands for it
		}
		slices.SortFunc(c.mentions, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
		// The most frequent spelling among the full mentions.
		best, bestN := "", 0
		count := map[string]int{}
		for _, sp := range c.mentions {
			if c.person && syllable.Count(k.text[sp.Start:sp.End]) == 1 {
				continue
			}
			t := k.text[sp.Start:sp.End]
			count[t]++
			if m := count[t]; m > bestN || m == bestN && t < best {
				best, bestN = t, m
			}
		}
		score := float64(len(c.mentions)) * c.idf * math.Sqrt(float64(c.nsyl))
		if k.title[key] {
			score *= titleFactor
		}
		out = append(out, Keyword{Text: best, Kind: c.kind, Type: c.typ, Score: math.Round(score*1000) / 1000, Mentions: c.mentions})
	}
	// Stable: ties keep the order of first occurrence.
	slices.SortStableFunc(out, func(a, b Keyword) int { return cmp.Compare(b.Score, a.Score) })
	return out[:min(n, len(out))]
}

// inside reports whether every mention of c lies within a mention of
// another, longer candidate that is kept.
func (k *keywordState) inside(c *cand) bool {
	for _, key := range k.order {
		o := k.cands[key]
		if o == c || o.nsyl <= c.nsyl || o.kind == Term && len(o.mentions) < minWordCount {
			continue
		}
		all := true
		for _, m := range c.mentions {
			if !slices.ContainsFunc(o.mentions, func(sp Span) bool { return sp.Start <= m.Start && m.End <= sp.End }) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// furnitureSpans returns, in order, the byte spans of the sentences that
// are page furniture (credits, captions, bylines, source lines) and of
// datelines opening a sentence.
func furnitureSpans(text string, sents []tokenize.Sentence) []Span {
	var out []Span
	var st state
	st.markCaptions(text, sents)
	for i, x := range sents {
		skip := datelineLen(x.Text)
		body := x.Text[skip:]
		if st.caption[i] || isFurniture(body) || syllable.Count(body) < minSyllables && !endsLikeSentence(body) {
			out = append(out, Span{x.Start, x.End})
			continue
		}
		if skip > 0 {
			out = append(out, Span{x.Start, x.Start + skip})
		}
	}
	return out
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

// nameParts strips leading titles from a run of capitalised syllables and
// splits it before a family name that starts a 2–4 syllable name.
func nameParts(text string, run []Span) [][]Span {
	for len(run) > 0 {
		if _, ok := lists().nameTitle[syllable.PhraseHash(text[run[0].Start:run[0].End])]; !ok {
			break
		}
		run = run[1:]
	}
	// Full names have three syllables most often, then four, then two.
	for _, n := range [...]int{3, 4, 2} {
		if i := len(run) - n; i > 0 {
			if _, ok := lists().surname[syllable.PhraseHash(text[run[i].Start:run[i].End])]; ok {
				return [][]Span{run[:i], run[i:]}
			}
		}
	}
	if len(run) == 0 {
		return nil
	}
	return [][]Span{run}
}

// inCode reports an acronym glued to a document code ("15-NQ/TW").
func inCode(text string, sp Span) bool {
	glued := func(b byte) bool { return b == '/' || b == '-' }
	return sp.Start > 0 && glued(text[sp.Start-1]) || sp.End < len(text) && glued(text[sp.End])
}

// isBoilerplate reports whether the phrase with hash key is boilerplate.
func isBoilerplate(key uint64) bool {
	_, ok := lists().boilerplate[key]
	return ok
}
