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

	"github.com/vntext/vntext/normalize"
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
	Text string `json:"text"`
	// Normalized is Text as the normalizer writes it (NFC, character
	// references such as "&#32;" decoded, tone marks placed): the form to
	// show or index. KeywordsOf uses normalize.Normalize; the pipeline
	// (package vntext) its own normalizer, as for entities.
	Normalized string      `json:"normalized"`
	Kind       KeywordKind `json:"kind"`
	// Type is the caller's type of a name it passed in (KeywordInput.Names),
	// such as "PERSON"; empty otherwise.
	Type  string  `json:"type"`
	Score float64 `json:"score"` // higher is more central; comparable within one call
	// Mentions are the phrase's occurrences in the text, in order,
	// spelling variants included; a person's full name also gathers the
	// later mentions by given name alone ("ông Khải"), and a name the
	// mentions of its shorter variants ("Sở Y tế" for "Sở Y tế Hà Nội",
	// see KeywordsOf).
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
// HCM", "CDC"; titles such as "Ông", "Phó Bí thư" stripped; a run that
// joins two of in.Names, or a place and a name with the middle name
// "Thị", split: "Bắc Kạn | Ma Thị Thúy"; in.Names added, a lower-case
// classifier before one of them dropped unless it would leave one
// syllable: "Hàm Luông", "sông Cấm") and the word segmenter's
// multi-syllable words that recur ("ma tuý"). Page furniture never gives a
// keyword: photo credits and their captions, bylines, datelines, source
// lines and comment counters, nor do generic abbreviations ("UBND", "PV",
// "THPT"), administrative head words alone or with such an abbreviation
// only ("phường", "UBND thành phố"), numbered periods ("IV/2026") and news
// outlets, names written after a word such as "báo" or "hãng tin"
// ("hãng tin AFP"), which name the source rather than the story.
//
// A phrase scores its frequency times the mean IDF of its syllables times
// √(syllables), doubled when the headline has it, so repeated, specific,
// longer phrases rank first. Spelling variants (case, tone-mark
// placement) count as one phrase; ties keep text order. The variants of
// one name count as one keyword, the most informative: with and without
// administrative head words ("Tỉnh Yên Bái", "Yên Bái"), and a name with
// the one longer name that goes on with a place ("Sở Y tế", "Sở Y tế Hà
// Nội") or, of the same type, starts before it ("Chợ Rẫy", "Bệnh viện
// Chợ Rẫy"); a phrase met only inside a longer one is left to it, unless
// the headline has it alone. Offsets index text as given; normalize it
// first for the best segmentation (the pipeline does). Keyword.Normalized
// is the form to show. It fails only when ctx is nil or ends.
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
	k.bound = nameBounds{starts: make([]int, 0, len(in.Names)), ends: make([]int, 0, len(in.Names))}
	for _, nm := range in.Names {
		if nm.Start < 0 || nm.End > len(text) || nm.Start >= nm.End || k.skipped(nm.Start) {
			continue
		}
		sp := k.trimName(Span{nm.Start, nm.End})
		k.bound.starts = append(k.bound.starts, sp.Start)
		k.bound.ends = append(k.bound.ends, sp.End)
		if syllable.Count(text[sp.Start:sp.End]) == 1 {
			if utf8.RuneCountInString(strings.TrimRight(text[sp.Start:sp.End], ".")) > 1 {
				lone = append(lone, NameSpan{sp.Start, sp.End, nm.Type})
			}
			continue
		}
		k.add(sp, Name, nm.Type)
	}
	k.bound.sort()
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
	titled   bool   // the headline has it (or a variant merged into it)
	// hashes are its syllables' hashes and upper whether each starts
	// upper-case (at its first mention): variants are found by them.
	hashes []uint64
	upper  []bool
	gone   bool // merged into another candidate (mergeVariants)
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
	// bound holds where the caller's names start and end: a run of
	// capitalised syllables is cut where one ends and the next starts
	// ("Tỉnh ủy Bắc Kạn | Ma Thị Thúy").
	bound      nameBounds
	hbuf       []uint64 // scratch for add
	ubuf       []bool
	hashArena  []uint64 // cand.hashes and cand.upper live here
	upperArena []bool
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
// Bái" where the article also writes "tỉnh"). The last syllable stays, and
// so does the classifier of a one-syllable name unless it is an
// administrative one ("sông Cấm", but "Huế" of "thành phố Huế"): the
// syllable alone would be a fragment.
func (k *keywordState) trimName(sp Span) Span {
	from := sp
	for {
		start, end, h := syllable.Next(k.text[:sp.End], sp.Start)
		next, _, _ := syllable.Next(k.text[:sp.End], end)
		if start >= sp.End {
			return sp
		}
		if next >= sp.End {
			break
		}
		if syllable.IsUpperStart(k.text, start) && (!k.lower[h] || !sentenceInitial(k.text, start)) {
			return Span{start, sp.End}
		}
		sp.Start = next
	}
	if sp.Start == from.Start {
		return sp
	}
	var dropped []uint64
	first := -1
	for i := from.Start; ; {
		start, end, h := syllable.Next(k.text[:sp.Start], i)
		if start >= sp.Start {
			break
		}
		if first < 0 {
			first = start
		}
		dropped = append(dropped, h)
		i = end
	}
	if first < 0 || headsOnly(dropped) {
		return sp
	}
	return Span{first, sp.End}
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
		rarest, numeral := 0.0, kind == Name
		hashes, upper := k.hbuf[:0], k.ubuf[:0]
		for i := 0; ; {
			start, end, h := syllable.Next(phrase, i)
			if start == len(phrase) {
				break
			}
			hashes = append(hashes, h)
			upper = append(upper, syllable.IsUpperStart(phrase, start))
			numeral = numeral && isNumeral(phrase[start:end])
			rarest = max(rarest, float64(k.s.idf.get(h)))
			i = end
		}
		k.hbuf, k.ubuf = hashes, upper
		n := len(hashes)
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
		if idf < minIDF || numeral || headsOnly(hashes) {
			// Too common to be a key phrase, or names nothing: a numbered
			// period or code ("IV/2026"), an administrative head
			// ("phường"), with a generic abbreviation ("UBND thành phố").
			return
		}
		_, family := lists().surname[syllable.Combine(0, hashes[0])]
		// The candidates' syllables share two arrays (a few allocations
		// per text, not two per candidate); a slice keeps its array when
		// the next append moves on to a larger one.
		k.hashArena, k.upperArena = append(k.hashArena, hashes...), append(k.upperArena, upper...)
		c = &cand{kind: kind, typ: typ, idf: idf, nsyl: n, lastHash: hashes[n-1], person: kind == Name && family && n >= 2 && n <= 4,
			titled: k.title[key], hashes: k.hashArena[len(k.hashArena)-n:], upper: k.upperArena[len(k.upperArena)-n:]}
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

// headsOnly reports whether the syllables hashes are nothing but
// administrative head words of words.tsv ("phường", "thành phố") and
// generic abbreviations ("UBND"): a phrase that names no place or body.
func headsOnly(hashes []uint64) bool {
	sets := lists()
	for i := 0; i < len(hashes); {
		if _, ok := sets.boilerplate[syllable.Combine(0, hashes[i])]; ok {
			i++
			continue
		}
		n := headAt(hashes, i)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// headAt returns the length in syllables of the longest administrative
// head word of words.tsv ("thành phố", "tỉnh") at hashes[i:], or 0.
func headAt(hashes []uint64, i int) int {
	heads := lists().placeHead
	n := 0
	var h uint64
	for j := i; j < len(hashes) && j < i+3; j++ {
		h = syllable.Combine(h, hashes[j])
		if _, ok := heads[h]; ok {
			n = j + 1 - i
		}
	}
	return n
}

// opensClause reports whether the syllable with hash h is an adverbial
// head or a connective of words.tsv ("theo", "tại", "nhưng").
func opensClause(h uint64) bool {
	sets := lists()
	h = syllable.Combine(0, h)
	_, adverbial := sets.adverbial[h]
	_, connective := sets.connective[h]
	return adverbial || connective
}

// isNumeral reports whether the syllable s is a number or a Roman numeral
// ("2026", "IV", "XIII"), which alone or together name no one.
func isNumeral(s string) bool {
	digits := true
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			digits = false
			break
		}
	}
	return digits || strings.Trim(s, "IVXLCDM") == "" && isRoman(s)
}

// isRoman reports whether s is a Roman numeral in capitals, written the
// standard way (I to MMMCMXCIX).
func isRoman(s string) bool {
	if s == "" {
		return false
	}
	// Thousands, hundreds, tens, units: each is one of its forms.
	for _, forms := range [...][]string{
		{"MMM", "MM", "M"},
		{"CM", "DCCC", "DCC", "DC", "D", "CD", "CCC", "CC", "C"},
		{"XC", "LXXX", "LXX", "LX", "L", "XL", "XXX", "XX", "X"},
		{"IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I"},
	} {
		for _, f := range forms {
			if strings.HasPrefix(s, f) {
				s = s[len(f):]
				break
			}
		}
	}
	return s == ""
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
		parts := nameParts(text, run, &k.bound)
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
			start, end, h := syllable.Next(w.Text, j)
			if start == len(w.Text) {
				break
			}
			// A word the segmenter joined to a name ("Theo Sở") may open
			// with a preposition or a connective, capitalised only for
			// opening the sentence.
			if !(initial && start == 0 && opensClause(h)) {
				run = append(run, Span{w.Start + start, w.Start + end})
			}
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

// result credits given-name mentions to the full names, merges the
// variants of a name, scores the candidates and returns the best n.
func (k *keywordState) result(n int) []Keyword {
	for _, sp := range k.given {
		k.credit(sp)
	}
	k.mergeVariants()
	out := make([]Keyword, 0, len(k.order))
	for _, key := range k.order {
		c := k.cands[key]
		if c.outlet || c.gone {
			continue // the story's source, not its subject; or merged
		}
		if c.kind == Term && (len(c.mentions) < minWordCount || c.nsyl == 1 && (len(c.mentions) < minSyllableCount || c.idf < syllableIDF)) {
			continue // a topic word recurs; one mention is not key
		}
		if k.inside(c) {
			continue // only ever part of a longer phrase, which stands for it
		}
		slices.SortFunc(c.mentions, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
		// The most frequent spelling among the full mentions (not a given
		// name alone, nor a variant merged in).
		best, bestN := "", 0
		count := map[string]int{}
		for _, sp := range c.mentions {
			t := k.text[sp.Start:sp.End]
			if syllable.PhraseHash(t) != key {
				continue
			}
			count[t]++
			if m := count[t]; m > bestN || m == bestN && t < best {
				best, bestN = t, m
			}
		}
		score := float64(len(c.mentions)) * c.idf * math.Sqrt(float64(c.nsyl))
		if c.titled {
			score *= titleFactor
		}
		out = append(out, Keyword{Text: best, Kind: c.kind, Type: c.typ, Score: math.Round(score*1000) / 1000, Mentions: c.mentions})
	}
	// Stable: ties keep the order of first occurrence.
	slices.SortStableFunc(out, func(a, b Keyword) int { return cmp.Compare(b.Score, a.Score) })
	out = out[:min(n, len(out))]
	for i := range out {
		out[i].Normalized = normalize.Normalize(out[i].Text)
	}
	return out
}

// mergeVariants folds into one candidate the names that are one thing
// written more or less fully, when their types agree (or one is unknown):
//
//   - the same name with and without administrative head words ("Tỉnh Yên
//     Bái" and "Yên Bái", "Bộ đội Biên phòng tỉnh An Giang" and "Bộ đội
//     Biên phòng An Giang"): the one mentioned more often stands for both;
//   - a name and the one longer name that goes on with a proper name, a
//     place mostly ("Sở Y tế" and "Sở Y tế Hà Nội"): the longer one;
//   - a name and the one longer name of the same type that ends with it
//     ("Chợ Rẫy" and "Bệnh viện Chợ Rẫy", "Hồng Nhung" and "Trương Thị
//     Hồng Nhung"): the longer one.
//
// A name that two longer names continue is ambiguous ("Sở Y tế" beside
// "Sở Y tế Hà Nội" and "Sở Y tế Bắc Ninh") and stays apart; "Nhật Lệ" and
// "Nhật Lệ 3" (a river and a bridge) stay apart too.
func (k *keywordState) mergeVariants() {
	var names []*cand
	for _, key := range k.order {
		if c := k.cands[key]; c.kind == Name && !c.outlet {
			names = append(names, c)
		}
	}
	if len(names) < 2 {
		return
	}
	cores := make(links, len(names)) // by the hash without head words
	for i, c := range names {
		cores[i] = link{coreHash(c.hashes), c}
	}
	slices.SortStableFunc(cores, func(a, b link) int { return cmp.Compare(a.h, b.h) })
	for i := 0; i < len(cores); {
		group := cores.of(cores[i].h)
		o := group[0].c // the first seen stands, unless one more often mentioned merges it
		for _, x := range group[1:] {
			c := x.c
			if !compatible(o.typ, c.typ) {
				continue
			}
			if len(c.mentions) > len(o.mentions) {
				o, c = c, o
			}
			o.absorb(c)
		}
		i += len(group)
	}
	// Longest first, so that of a chain of names the longest gathers all.
	slices.SortStableFunc(names, func(a, b *cand) int { return b.nsyl - a.nsyl })
	var heads, tails links // by the hash of a proper prefix, of a proper suffix
	for _, c := range names {
		if c.gone {
			continue
		}
		h := c.hashes
		var p uint64
		for i := 0; i+1 < len(h); i++ {
			p = syllable.Combine(p, h[i])
			if i >= 1 && namesOn(c, i+1) {
				heads = append(heads, link{p, c})
			}
		}
		if c.typ == "" {
			continue
		}
		for i := 1; i+2 <= len(h); i++ {
			var t uint64
			for _, x := range h[i:] {
				t = syllable.Combine(t, x)
			}
			tails = append(tails, link{t, c})
		}
	}
	heads.sort()
	tails.sort()
	for i := len(names) - 1; i >= 0; i-- { // shortest first
		c := names[i]
		if c.gone || c.nsyl < 2 {
			continue
		}
		var key uint64
		for _, x := range c.hashes {
			key = syllable.Combine(key, x)
		}
		if o := only(heads.of(key), func(o *cand) bool { return compatible(o.typ, c.typ) }); o != nil {
			o.absorb(c)
		} else if o := only(tails.of(key), func(o *cand) bool { return o.typ == c.typ }); o != nil {
			o.absorb(c)
		}
	}
}

// link ties a phrase hash to a candidate; links sorted by hash are an
// index cheaper than a map of slices.
type link struct {
	h uint64
	c *cand
}

type links []link

func (l links) sort() { slices.SortFunc(l, func(a, b link) int { return cmp.Compare(a.h, b.h) }) }

// of returns the links of hash h.
func (l links) of(h uint64) links {
	i, _ := slices.BinarySearchFunc(l, h, func(x link, h uint64) int { return cmp.Compare(x.h, h) })
	j := i
	for j < len(l) && l[j].h == h {
		j++
	}
	return l[i:j]
}

// only returns the one candidate of list that is not gone and passes ok,
// or nil when there is none or more than one.
func only(list links, ok func(*cand) bool) *cand {
	var one *cand
	for _, x := range list {
		o := x.c
		if o.gone || !ok(o) {
			continue
		}
		if one != nil && one != o {
			return nil
		}
		one = o
	}
	return one
}

// compatible reports whether two names of these types may be one thing:
// the same type, or one unknown.
func compatible(a, b string) bool { return a == b || a == "" || b == "" }

// namesOn reports whether c's syllables from the i-th on are a proper
// name: capitalised, after administrative head words at most ("Hà Nội",
// "tỉnh An Giang"; not "3" of "Nhật Lệ 3").
func namesOn(c *cand, i int) bool {
	i += headAt(c.hashes, i)
	if i == len(c.hashes) {
		return false
	}
	for ; i < len(c.hashes); i++ {
		if !c.upper[i] {
			return false
		}
	}
	return true
}

// coreHash is the phrase hash of the syllables hashes without the
// administrative head words among them.
func coreHash(hashes []uint64) uint64 {
	var h uint64
	for i := 0; i < len(hashes); {
		if n := headAt(hashes, i); n > 0 {
			i += n
			continue
		}
		h = syllable.Combine(h, hashes[i])
		i++
	}
	return h
}

// absorb makes o's mentions c's (those not within one of c's already)
// and retires o.
func (c *cand) absorb(o *cand) {
	for _, m := range o.mentions {
		if !slices.ContainsFunc(c.mentions, func(sp Span) bool { return sp.Start <= m.Start && m.End <= sp.End }) {
			c.mentions = append(c.mentions, m)
		}
	}
	c.titled = c.titled || o.titled
	if c.typ == "" {
		c.typ = o.typ
	}
	o.gone = true
}

// inside reports whether every mention of c lies within a mention of
// another, longer candidate that is kept, and the headline does not name
// c without it.
func (k *keywordState) inside(c *cand) bool {
	for _, key := range k.order {
		o := k.cands[key]
		if o == c || o.gone || o.nsyl <= c.nsyl || o.kind == Term && len(o.mentions) < minWordCount || c.titled && !o.titled {
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

// nameBounds holds where names start and where they end.
type nameBounds struct{ starts, ends []int }

// sort readies n for joins.
func (n *nameBounds) sort() {
	slices.Sort(n.starts)
	slices.Sort(n.ends)
}

// joins reports whether a name ends at end and another starts at start.
func (n *nameBounds) joins(end, start int) bool {
	_, e := slices.BinarySearch(n.ends, end)
	_, s := slices.BinarySearch(n.starts, start)
	return e && s
}

// nameParts strips leading titles from a run of capitalised syllables and
// splits it between two names of bound (the caller's) that it joins, and
// before a family name that starts a 2–4 syllable name.
func nameParts(text string, run []Span, bound *nameBounds) [][]Span {
	for len(run) > 0 {
		if _, ok := lists().nameTitle[syllable.PhraseHash(text[run[0].Start:run[0].End])]; !ok {
			break
		}
		run = run[1:]
	}
	var out [][]Span
	from := 0
	for i := 1; i < len(run); i++ {
		if bound.joins(run[i-1].End, run[i].Start) {
			out = append(out, personParts(text, run[from:i])...)
			from = i
		}
	}
	if from == 0 {
		return personParts(text, run) // the common case: one allocation
	}
	return append(out, personParts(text, run[from:])...)
}

// personParts splits a run of capitalised syllables before a family name
// that starts a 2–4 syllable name, or before the syllable ahead of a
// middle name of words.tsv ("Bắc Kạn | Ma Thị Thúy": "Thị" marks a
// woman's name, whatever her family name).
func personParts(text string, run []Span) [][]Span {
	sets := lists()
	hash := func(i int) uint64 { return syllable.PhraseHash(text[run[i].Start:run[i].End]) }
	// Full names have three syllables most often, then four, then two.
	for _, n := range [...]int{3, 4, 2} {
		if i := len(run) - n; i > 0 {
			if _, ok := sets.surname[hash(i)]; ok {
				return [][]Span{run[:i], run[i:]}
			}
		}
	}
	for _, n := range [...]int{3, 4} {
		if i := len(run) - n; i > 0 {
			if _, ok := sets.middleName[hash(i+1)]; ok {
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
