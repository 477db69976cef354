package vntext

import (
	"cmp"
	"context"
	"errors"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

// windowSize is the most input Analyze normalizes, splits and scans at a
// time. A longer text is cut into windows at line breaks (else sentence
// ends, else spaces between lower-case words: cutWindow), so the working memory of a 50 MB record is that of a
// few windows plus what the Result keeps. 256 KiB holds any news article
// whole; what a window cuts is the linking of entities across the cut
// (a short mention of a person named in an earlier window) and keyword
// counts (a word that occurs once on each side).
const windowSize = 256 << 10

// summarySpan is how much of a text the summary is chosen from: its first
// windows, up to 1 MiB. News puts the point first, and the summarizer's
// state grows with the sentences it weighs, so a 50 MB record costs no
// more to summarize than a 1 MB one.
const summarySpan = 1 << 20

// Analyze runs the chosen tasks on d. It returns an error only when ctx is
// nil or ends (checked between windows and stages) or a stage fails (strict
// normalization of invalid UTF-8); empty or odd text
// gives an empty or partial Result. A d.Text that is not UTF-8 is decoded
// (Decode), and Result.Text, which every offset indexes, is then the
// decoded text.
func (a *Analyzer) Analyze(ctx context.Context, d Doc) (Result, error) {
	res := Result{Schema: Schema, ID: d.ID, Title: d.Title, Text: d.Text,
		Byline: d.Byline, Published: d.Published, Category: d.Category, URL: d.URL, Fetched: d.Fetched}
	a, err := a.orDefault()
	if err != nil {
		return res, err
	}
	res.Tasks, res.Offsets = a.tasks, a.offsets
	if ctx == nil {
		return res, errors.New("vntext: nil context")
	}
	d.Text = validUTF8(d.Text)
	res.Text = d.Text
	r := docRun{a: a, d: d, orig: d.Text, res: &res}
	var blanked bool
	var authors []entities.Entity
	if a.tasks&TaskPage != 0 {
		// The stages read the body: the furniture is blanked out, and the
		// headline found is the summary's title.
		r.d.Text, blanked, authors = a.pageStructure(&res, d.Text)
		r.d.Title = res.Title
	}
	// The stages read normalized text: the title too (one in mojibake or
	// NFD shares no word with it otherwise).
	if t, err := a.norm.Normalize(r.d.Title); err == nil {
		r.d.Title = t
	}
	err = r.run(ctx)
	if blanked && a.tasks&TaskNormalize != 0 {
		// The normalized text is the whole input's, furniture included.
		if n, err := a.norm.Normalize(d.Text); err == nil {
			res.Normalized = n
		}
	}
	if a.tasks&TaskEntities != 0 {
		for i := range authors {
			if n, err := a.norm.Normalize(authors[i].Text); err == nil {
				authors[i].Normalized = n
			}
		}
		res.Entities = withAuthors(res.Entities, authors)
	}
	fillEmpty(&res)
	if err == nil {
		convertOffsets(&res, a.offsets)
	}
	return res, err
}

// fillEmpty gives every list a non-nil value, so that JSON has [] where a
// task was not asked for or found nothing.
func fillEmpty(r *Result) {
	r.Sentences = orEmpty(r.Sentences)
	r.Words = orEmpty(r.Words)
	r.Entities = orEmpty(r.Entities)
	r.Officials = orEmpty(r.Officials)
	r.Summary.Sentences = orEmpty(r.Summary.Sentences)
	r.Keywords = orEmpty(r.Keywords)
}

// appendOrTake appends more to list, or returns more itself when list is
// empty (a one-window text: no copy).
func appendOrTake[T any](list, more []T) []T {
	if len(list) == 0 {
		return more
	}
	return append(list, more...)
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{} // no allocation: a zero-size slice
	}
	return s
}

// docRun is the state of one Analyze call.
type docRun struct {
	a *Analyzer
	// d is what the stages read: with TaskPage, its Text is the caller's
	// with the furniture blanked out. orig is the caller's text: every
	// span's text is cut from it, never from d.Text (a span may run over a
	// blanked line).
	d    Doc
	orig string
	res  *Result

	windows []window
	// norm holds the normalized windows while the summary or the
	// normalized text still needs them.
	norm []string
	// sumSents are the sentences the summarizer reads, at offsets into the
	// normalized text (the windows joined); density is each one's entity
	// boost.
	sumSents []tokenize.Sentence
	density  []float64
	ents     []entities.Entity
	seg      strings.Builder
	kw       keywordMerge
}

// window is a piece of the input analysed on its own.
type window struct {
	start, end int // in the input
	normStart  int // where its normalized text starts in the joined text
	last       normalize.Normalized
}

func (r *docRun) run(ctx context.Context) error {
	a, text := r.a, r.d.Text
	tasks := a.tasks
	boosting := tasks&TaskSummary != 0 && a.boost > 0
	normLen := 0
	for start := 0; start < len(text); {
		if err := ctx.Err(); err != nil {
			return err
		}
		end := cutWindow(text, start, a.window)
		raw := text[start:end]
		w := window{start: start, end: end}
		var n normalize.Normalized
		if tasks&spanTasks != 0 {
			var err error
			if n, err = a.norm.NormalizeWithMap(raw); err != nil {
				return offsetError(err, start)
			}
		} else {
			// No span to map back: the offset map (4 bytes per input
			// byte) would be wasted.
			norm, err := a.norm.Normalize(raw)
			if err != nil {
				return offsetError(err, start)
			}
			n = normalize.Normalized{Text: norm}
		}
		norm := n.Text
		sep := ""
		if normLen > 0 && norm != "" {
			sep = windowSep(text[start-1 : start+1])
		}
		normLen += len(sep)
		w.normStart = normLen
		normLen += len(norm)
		span := func(s, e int) (int, int) { return w.span(text, n, s, e) }
		// What the summary reads: the windows that start in its span.
		summarized := tasks&TaskSummary != 0 && start < summarySpan
		if tasks&TaskNormalize != 0 || summarized {
			if sep != "" {
				r.norm = append(r.norm, sep)
			}
			r.norm = append(r.norm, norm)
		}

		var sents []tokenize.Sentence
		if tasks&(TaskSentences|TaskSummary) != 0 {
			sents = a.tok.Sentences(norm)
		}
		if summarized {
			for _, s := range sents {
				s.Start += w.normStart
				s.End += w.normStart
				r.sumSents = append(r.sumSents, s)
			}
		}
		if tasks&TaskSentences != 0 {
			out := sents
			if tasks&(TaskSummary|TaskKeywords) != 0 {
				out = slices.Clone(sents) // appendDensity and the keywords still read sents
			}
			for i := range out {
				x := &out[i]
				x.Start, x.End = span(x.Start, x.End)
				x.Text = r.orig[x.Start:x.End]
			}
			r.res.Sentences = appendOrTake(r.res.Sentences, out)
		}

		if tasks&(TaskEntities|TaskOfficials|TaskKeywords) != 0 || boosting {
			ents, err := a.ext.ExtractNormalized(ctx, raw, n)
			if err != nil {
				return err
			}
			for i := range ents {
				e := &ents[i]
				e.Start += start
				e.End += start
				e.Text = r.orig[e.Start:e.End]
				for k := range e.Roles {
					x := &e.Roles[k]
					x.Start += start
					x.End += start
					x.Text = r.orig[x.Start:x.End]
				}
			}
			if boosting && summarized {
				r.density = appendDensity(r.density, sents, ents, span, a.boost)
			}
			r.ents = appendOrTake(r.ents, ents)
		}

		var words []tokenize.Token
		if tasks&(TaskWords|TaskSegmented|TaskKeywords) != 0 {
			// The keyword finder shares the split when it splits as tok
			// does.
			if tasks&(TaskWords|TaskSegmented) != 0 || a.sharedTok {
				words = a.tok.Words(norm)
			}
			if tasks&TaskSegmented != 0 && norm != "" {
				if start == 0 && end < len(text) {
					r.seg.Grow(len(text) + len(text)/8) // no regrowth over a long text
				}
				if r.seg.Len() > 0 {
					r.seg.WriteString(sep)
				}
				r.seg.WriteString(segmentLine(norm, words))
			}
			if tasks&TaskKeywords != 0 {
				// Keywords are found in the normalized text, as every other
				// stage reads it (in NFD "Giám đốc" is no title the
				// generic-name list knows), and mapped back.
				in := summarize.KeywordInput{Title: r.d.Title, Names: keywordNames(r.ents, start, end, raw, n)}
				if a.sharedTok {
					in.Words = words
					in.Sentences = sents // nil when no task split them: KeywordsOf splits
				}
				kws, err := a.sum.KeywordsOf(ctx, norm, in, math.MaxInt)
				if err != nil {
					return err
				}
				r.kw.add(kws, norm, span, r.orig)
			}
			if tasks&TaskWords != 0 {
				for i := range words {
					t := &words[i]
					t.Start, t.End = span(t.Start, t.End)
					t.Text = r.orig[t.Start:t.End]
				}
				r.res.Words = appendOrTake(r.res.Words, words)
			}
		}

		// The last window's map serves the summary without normalizing
		// it again; only a multi-window summary re-normalizes.
		w.last = n
		if len(r.windows) > 0 {
			r.windows[len(r.windows)-1].last = normalize.Normalized{}
		}
		r.windows = append(r.windows, w)
		start = end
	}
	if err := ctx.Err(); err != nil {
		return err
	}

	res := r.res
	res.Segmented = r.seg.String()
	if tasks&TaskEntities != 0 {
		res.Entities = r.ents
	}
	if tasks&TaskOfficials != 0 {
		res.Officials = a.ext.OfficialsOf(r.ents)
	}
	if tasks&TaskKeywords != 0 {
		res.Keywords = r.kw.top(a.keywords, a.genericName)
	}
	// The normalized text: all of it, or the summary's span of it.
	normText := strings.Join(r.norm, "")
	r.norm = nil
	if tasks&TaskNormalize != 0 {
		res.Normalized = normText
	}
	if tasks&TaskSummary != 0 {
		s, err := r.summary(ctx, normText)
		if err != nil {
			return err
		}
		res.Summary = s
	}
	return nil
}

// summary summarizes the joined normalized text and maps the sentences
// chosen back to the caller's text.
func (r *docRun) summary(ctx context.Context, normText string) (summarize.Summary, error) {
	a := r.a
	sents := r.sumSents
	for i := range sents {
		sents[i].Text = normText[sents[i].Start:sents[i].End]
	}
	var boost func(int) float64
	if !a.sharedTok {
		// The summarizer splits with its own tokenizer; its sentences
		// find their boost by text.
		byText := map[string]float64{}
		for i, d := range r.density {
			byText[sents[i].Text] = d
		}
		sents = a.sum.Tokenizer().Sentences(normText)
		if len(byText) > 0 {
			boost = func(i int) float64 { return byText[sents[i].Text] }
		}
	} else if len(r.density) > 0 {
		boost = func(i int) float64 { return r.density[i] }
	}
	s, err := a.sum.SummarizeSentences(ctx, summarize.Article{Title: r.d.Title, Text: normText}, sents, boost)
	if err != nil {
		return s, err
	}
	text := r.d.Text
	for i := range s.Sentences {
		x := &s.Sentences[i]
		w := r.windowAt(x.Start)
		n := w.last
		if n.Text == "" {
			var err error
			if n, err = a.norm.NormalizeWithMap(text[w.start:w.end]); err != nil {
				return s, offsetError(err, w.start)
			}
		}
		x.Start, x.End = w.span(text, n, x.Start-w.normStart, x.End-w.normStart)
		x.Text = r.orig[x.Start:x.End]
	}
	return s, nil
}

// span maps [s, e) of the window's normalized text n to the input text.
func (w window) span(text string, n normalize.Normalized, s, e int) (int, int) {
	s, e = n.OrigSpan(text[w.start:w.end], s, e)
	return w.start + s, w.start + e
}

// windowAt returns the window whose normalized text holds offset off of the
// joined normalized text.
func (r *docRun) windowAt(off int) window {
	i := sort.Search(len(r.windows), func(i int) bool { return r.windows[i].normStart > off }) - 1
	return r.windows[max(i, 0)]
}

// cutWindow returns the end of the window that starts at start: the whole
// rest when it fits, else, in the second half of the window, the last line
// break, else the last sentence end, else the last space between two
// lower-case words, else the last space before one, else the last space,
// else a rune boundary. A cut between two capitalised words would split a
// name ("Hà | Giang": a person "Giang", a province "Hà"), and one after a
// capitalised word a role ("Chủ | tịch").
func cutWindow(text string, start, size int) int {
	if len(text)-start <= size {
		return len(text)
	}
	lo, hi := start+size/2, start+size
	seg := text[lo:hi]
	if i := strings.LastIndexByte(seg, '\n'); i >= 0 {
		return lo + i + 1
	}
	lower, beforeLower, space := -1, -1, -1
	for i := len(seg) - 1; i > 0; i-- {
		if seg[i] != ' ' {
			continue
		}
		after := wordStart(seg[i+1:])
		if sentenceEnd(seg[:i]) && !unicode.IsLower(after) {
			return lo + i + 1
		}
		if space < 0 {
			space = i
		}
		if unicode.IsLower(after) {
			if beforeLower < 0 {
				beforeLower = i
			}
			if lower < 0 && unicode.IsLower(wordStart(seg[strings.LastIndexByte(seg[:i], ' ')+1:i])) {
				lower = i
			}
		}
	}
	for _, i := range []int{lower, beforeLower, space} {
		if i > 0 {
			return lo + i + 1
		}
	}
	for hi > lo && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

// wordStart returns the first rune of s (utf8.RuneError when s is empty).
func wordStart(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// sentenceEnd reports whether s ends a sentence: a full stop, question or
// exclamation mark or ellipsis, then perhaps closing quotes or brackets. A
// full stop ends one after a lower-case letter or a digit only, not after an
// abbreviation or an initial ("TP.", "Q.", "A.").
func sentenceEnd(s string) bool {
	s = strings.TrimRight(s, "\"')]»”’")
	r, n := utf8.DecodeLastRuneInString(s)
	switch r {
	case '?', '!', '…':
		return true
	case '.':
		prev, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		return unicode.IsLower(prev) || unicode.IsDigit(prev)
	}
	return false
}

// windowSep is what joins two windows' normalized texts (normalization
// trims each window): a line break when the input breaks a line there,
// else a space. around is the input's last byte of the first window and
// first byte of the second.
func windowSep(around string) string {
	if strings.IndexByte(around, '\n') >= 0 {
		return "\n"
	}
	return " "
}

// appendDensity appends, for each sentence of one window, the summary
// boost of its entity density: w times the share of its bytes covered by
// people, places, organisations and programmes. sents are at the window's
// normalized offsets (span maps them to the input); ents are sorted, at
// input offsets.
func appendDensity(density []float64, sents []tokenize.Sentence, ents []entities.Entity, span func(int, int) (int, int), w float64) []float64 {
	j := 0
	for _, s := range sents {
		start, end := span(s.Start, s.End)
		covered := 0
		for j < len(ents) && ents[j].End <= start {
			j++
		}
		for k := j; k < len(ents) && ents[k].Start < end; k++ {
			e := ents[k]
			switch e.Type {
			case entities.Person, entities.Location, entities.Organization, entities.Program:
				covered += max(0, min(e.End, end)-max(e.Start, start))
			}
		}
		d := 0.0
		if covered > 0 && end > start {
			d = w * min(1, float64(covered)/float64(end-start))
		}
		density = append(density, d)
	}
	return density
}

// keywordMerge gathers the keywords of the windows of one text. One window
// keeps the summarizer's ranking as it is; across windows a phrase's scores
// add up (a keyword's score is linear in its count) and its mentions join,
// keyed by its normalized lower-case spelling.
type keywordMerge struct {
	list   []mergedKeyword
	keys   map[string]int // key → index in list
	merged bool
}

// mergedKeyword is a keyword at input offsets, its Text the caller's, and
// its spelling in the normalized text.
type mergedKeyword struct {
	summarize.Keyword
	norm string
}

// add takes the keywords of a window's normalized text norm: span maps
// their offsets to the input, whose text orig gives each keyword's Text:
// the text at its first mention written as it is spelled in norm.
func (m *keywordMerge) add(kws []summarize.Keyword, norm string, span func(int, int) (int, int), orig string) {
	if m.keys == nil {
		m.keys = map[string]int{}
	} else {
		m.merged = true
	}
	for _, k := range kws {
		spelled := k.Text
		verbatim := false
		for i := range k.Mentions {
			x := &k.Mentions[i]
			same := !verbatim && norm[x.Start:x.End] == spelled
			x.Start, x.End = span(x.Start, x.End)
			if same {
				k.Text, verbatim = orig[x.Start:x.End], true
			}
		}
		key := strings.ToLower(spelled)
		if i, ok := m.keys[key]; ok {
			m.list[i].Score += k.Score
			m.list[i].Mentions = append(m.list[i].Mentions, k.Mentions...)
			continue
		}
		m.keys[key] = len(m.list)
		m.list = append(m.list, mergedKeyword{k, spelled})
	}
}

// top returns the n best keywords whose normalized spelling generic does
// not reject.
func (m *keywordMerge) top(n int, generic func(string) bool) []summarize.Keyword {
	list := m.list
	if m.merged {
		first := func(k mergedKeyword) int {
			if len(k.Mentions) == 0 {
				return 0
			}
			return k.Mentions[0].Start
		}
		slices.SortStableFunc(list, func(a, b mergedKeyword) int {
			if c := cmp.Compare(b.Score, a.Score); c != 0 {
				return c
			}
			return first(a) - first(b)
		})
	}
	var out []summarize.Keyword
	for _, k := range list {
		if len(out) == n {
			break
		}
		if !generic(k.norm) {
			k.Score = math.Round(k.Score*1000) / 1000
			k.Normalized = k.norm // spelled by the pipeline's normalizer, as the entities are
			out = append(out, k.Keyword)
		}
	}
	return out
}

// genericName reports whether a keyword is written as a name but names no
// one: a title or an organisation head, capitalised ("Giám đốc", "HLV",
// "Công an huyện", "Bệnh viện"). The same words in lower case are topics
// ("tài xế", "ngân hàng") and stay.
func (a *Analyzer) genericName(kw string) bool {
	r, _ := utf8.DecodeRuneInString(kw)
	return unicode.IsUpper(r) && a.ext.Generic(kw)
}

// keywordNames passes the entities found in the window [start, end) of
// the input to the keyword finder, at offsets into the window's normalized
// text n (of raw, the window's input).
func keywordNames(ents []entities.Entity, start, end int, raw string, n normalize.Normalized) []summarize.NameSpan {
	var out []summarize.NameSpan
	for _, e := range ents {
		if e.Start < start || e.End > end {
			continue
		}
		switch e.Type {
		case entities.Person, entities.Location, entities.Organization, entities.Program:
			s, e2 := e.Start-start, e.End-start
			if n.Text != raw {
				s, e2 = normOffset(n, s), normOffset(n, e2)
			}
			if s < e2 {
				out = append(out, summarize.NameSpan{Start: s, End: e2, Type: string(e.Type)})
			}
		}
	}
	return out
}

// normOffset maps offset off of the input of n to n.Text: the first byte
// of n.Text that comes from off or later (Orig is monotone).
func normOffset(n normalize.Normalized, off int) int {
	return sort.Search(len(n.Text), func(i int) bool { return n.Orig(i) >= off })
}

// segmentLine writes words in the segmented line format of
// tokenize.Tokenizer.Segment: words separated by one space (or by the line
// breaks of the text between them), the syllables of a word joined with
// '_'. words index text.
func segmentLine(text string, words []tokenize.Token) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	prevEnd := 0
	for i, w := range words {
		if i > 0 {
			if gap := text[prevEnd:w.Start]; strings.IndexByte(gap, '\n') >= 0 {
				for range strings.Count(gap, "\n") {
					b.WriteByte('\n')
				}
			} else {
				b.WriteByte(' ')
			}
		}
		if !mayHoldSpace(w.Text) && utf8.ValidString(w.Text) {
			b.WriteString(w.Text) // what the loop below would write
			prevEnd = w.End
			continue
		}
		space := false
		for i := 0; i < len(w.Text); {
			r, n := rune(w.Text[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(w.Text[i:])
			}
			if unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
			if space {
				b.WriteByte('_')
				space = false
			}
			if r == utf8.RuneError && n == 1 {
				b.WriteRune(r) // an invalid byte is written as U+FFFD
			} else {
				b.WriteString(w.Text[i : i+n])
			}
			i += n
		}
		prevEnd = w.End
	}
	return b.String()
}

// mayHoldSpace reports whether s may contain a rune unicode.IsSpace
// accepts: an ASCII white space byte, or the lead bytes of the other
// spaces (U+0085, U+00A0: C2; U+1680: E1 9A; U+2000–U+205F: E2; U+3000:
// E3 80). Vietnamese letters (E1 BA, E1 BB) pass.
func mayHoldSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE2:
			return true
		case 0xE1:
			if i+1 < len(s) && s[i+1] == 0x9A {
				return true
			}
		case 0xE3:
			if i+1 < len(s) && s[i+1] == 0x80 {
				return true
			}
		}
	}
	return false
}

// offsetError makes the byte offset of a strict-mode *normalize.InvalidUTF8Error
// in a window an offset into the whole text.
func offsetError(err error, start int) error {
	var bad *normalize.InvalidUTF8Error
	if errors.As(err, &bad) {
		return &normalize.InvalidUTF8Error{Offset: bad.Offset + start}
	}
	return err
}
