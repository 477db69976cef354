package entities

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vntext/vntext/entities/internal/tagger"
)

// Example is one annotated text to learn from: the entities of Text with
// their Type, Start and End (byte offsets into Text); other fields are
// ignored. Examples in a row with the same non-empty Doc are parts of one
// document (the paragraphs of an article): Train reads them as one text,
// a line each, as Extract reads an article, so that what the rules learn
// in one paragraph (a name introduced with a cue, met bare later) is in
// the model's features in the next, in training as in use.
type Example struct {
	Text     string
	Entities []Entity
	Doc      string
}

// Training data formats for ReadExamples.
const (
	// FormatCoNLL: one token per line, the token first and its tag last
	// (IOB2 as VLSP and PhoNER ship it; IOB1, BIOES and BILOU tags are read
	// too), a blank line between sentences. The text of a sentence is its
	// tokens joined by single spaces. The usual short names PER, LOC and
	// ORG, and PhoNER's NAME, are read as PERSON, LOCATION and ORGANIZATION,
	// so that a model trained on them takes those types over from the rules
	// instead of doubling them; other types keep their names.
	FormatCoNLL = "conll"
	// FormatJSONL: one JSON record per line with "text" and "entities"
	// (and "doc", optional: Example.Doc), each entity with "type", "start" and "end" as code-point offsets into
	// text, end exclusive (the project's annotation guidelines). An entity's
	// "text", when given, must be the text at those offsets.
	FormatJSONL = "jsonl"
)

// ReadExamples reads annotated texts in format (FormatCoNLL or
// FormatJSONL). Errors name the line.
func ReadExamples(r io.Reader, format string) ([]Example, error) {
	if r == nil {
		return nil, errors.New("entities: ReadExamples: nil reader")
	}
	switch format {
	case FormatCoNLL:
		return readCoNLL(r)
	case FormatJSONL:
		return readJSONL(r)
	}
	return nil, fmt.Errorf("entities: unknown training data format %q (want %q or %q)", format, FormatCoNLL, FormatJSONL)
}

func readJSONL(r io.Reader) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var rec struct {
			Text     string `json:"text"`
			Doc      string `json:"doc"`
			Entities []struct {
				Type  Type    `json:"type"`
				Start int     `json:"start"`
				End   int     `json:"end"`
				Text  *string `json:"text"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, fmt.Errorf("entities: line %d: %w", line, err)
		}
		// Code-point offsets to byte offsets.
		byteAt := make([]int, 0, len(rec.Text)+1)
		for i := range rec.Text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(rec.Text))
		ex := Example{Text: rec.Text, Doc: rec.Doc}
		for k, e := range rec.Entities {
			if e.Type == "" || e.Start < 0 || e.End <= e.Start || e.End >= len(byteAt) {
				return nil, fmt.Errorf("entities: line %d: entity %d: type %q, span [%d,%d) not within the text's %d characters", line, k+1, e.Type, e.Start, e.End, len(byteAt)-1)
			}
			s, t := byteAt[e.Start], byteAt[e.End]
			if e.Text != nil && *e.Text != rec.Text[s:t] {
				return nil, fmt.Errorf("entities: line %d: entity %d: text %q, but the offsets hold %q", line, k+1, *e.Text, rec.Text[s:t])
			}
			ex.Entities = append(ex.Entities, Entity{Type: e.Type, Start: s, End: t, Text: rec.Text[s:t]})
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	return out, nil
}

func readCoNLL(r io.Reader) ([]Example, error) {
	var out []Example
	var b strings.Builder
	var ents []Entity
	open := -1 // index in ents of the entity the next I- tag continues
	flush := func() {
		if b.Len() > 0 {
			text := b.String()
			for i := range ents {
				ents[i].Text = text[ents[i].Start:ents[i].End]
			}
			out = append(out, Example{Text: text, Entities: ents})
		}
		b.Reset()
		ents, open = nil, -1
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flush()
			continue
		}
		if strings.HasPrefix(fields[0], "-DOCSTART-") {
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("entities: line %d: want a token and a tag", line)
		}
		word, tag := fields[0], fields[len(fields)-1]
		if !utf8.ValidString(word) {
			return nil, fmt.Errorf("entities: line %d: token is not UTF-8", line)
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(word)
		pos, typ, ok := strings.Cut(tag, "-")
		switch {
		case tag == "O":
			open = -1
			continue
		case !ok || typ == "" || len(pos) != 1 || !strings.Contains("BIESLU", pos):
			return nil, fmt.Errorf("entities: line %d: tag %q is not O or B-/I-/E-/S-/L-/U- and a type", line, tag)
		}
		if t, ok := conllTypes[typ]; ok {
			typ = string(t)
		}
		continues := open >= 0 && ents[open].Type == Type(typ) && strings.Contains("IEL", pos)
		if continues {
			ents[open].End = b.Len()
		} else {
			ents = append(ents, Entity{Type: Type(typ), Start: start, End: b.Len()})
			open = len(ents) - 1
		}
		if strings.Contains("ESLU", pos) {
			open = -1 // the entity ends here
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	flush()
	return out, nil
}

// conllTypes are the CoNLL corpora's names for the package's types.
var conllTypes = map[string]Type{"PER": Person, "NAME": Person, "LOC": Location, "ORG": Organization}

// TrainOption configures Train.
type TrainOption func(*trainConfig) error

type trainConfig struct {
	opt     tagger.Options
	dev     []Example
	types   []Type
	augment []Augment
}

// TrainSeed sets the seed that orders the examples of each epoch (default
// 0). Same data, options and seed: same model bytes.
func TrainSeed(seed uint64) TrainOption {
	return func(c *trainConfig) error { c.opt.Seed = seed; return nil }
}

// TrainEpochs sets the number of passes over the data (default 12); with
// TrainDev, the most, the epoch scoring best on the dev set being kept.
func TrainEpochs(n int) TrainOption {
	return func(c *trainConfig) error {
		if n < 1 || n > 1000 {
			return fmt.Errorf("entities: TrainEpochs(%d): want 1 to 1000", n)
		}
		c.opt.Epochs = n
		return nil
	}
}

// TrainRuns sets the number of training runs (default 1), with seeds
// seed, seed+1, …: the model holds the mean of their weights, which
// depends much less than one run's on the order the examples came in.
func TrainRuns(n int) TrainOption {
	return func(c *trainConfig) error {
		if n < 1 || n > 100 {
			return fmt.Errorf("entities: TrainRuns(%d): want 1 to 100", n)
		}
		c.opt.Runs = n
		return nil
	}
}

// TrainDev sets annotated texts, not trained on, that choose the epoch and
// stop training when four epochs in a row do not improve on them.
func TrainDev(dev []Example) TrainOption {
	return func(c *trainConfig) error { c.dev = dev; return nil }
}

// TrainTypes keeps only these entity types of the data (default: every
// type the training data has).
func TrainTypes(types ...Type) TrainOption {
	return func(c *trainConfig) error {
		if len(types) == 0 {
			return errors.New("entities: TrainTypes: no types")
		}
		c.types = types
		return nil
	}
}

// TrainLog sends one line per epoch to w.
func TrainLog(w io.Writer) TrainOption {
	return func(c *trainConfig) error { c.opt.Log = w; return nil }
}

// MicroAverage is the Type of the Score over all types together (the
// micro average) in a TrainReport: not an entity type.
const MicroAverage Type = "micro"

// Score is the precision, recall and F1 (percentages) of exact entity
// spans, for one type or (Type MicroAverage) all of them.
type Score struct {
	Type      Type    `json:"type"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Gold      int     `json:"gold"`
}

// TrainReport says what Train did.
type TrainReport struct {
	Types    []Type    `json:"types"`         // the types the model tags
	Examples int       `json:"examples"`      // training texts
	Mentions int       `json:"mentions"`      // training entities learned from
	Skipped  int       `json:"skipped"`       // entities not on token boundaries or overlapping another
	DevF1    []float64 `json:"dev_f1"`        // micro-F1 on the dev set after each epoch
	Best     int       `json:"best_epoch"`    // the epoch the model holds (the last run's, with TrainRuns)
	Dev      []Score   `json:"dev,omitempty"` // the model written on the dev set (without the rules' prior): each type, then all of them (Type MicroAverage)
	Bytes    int       `json:"bytes"`         // model size
	// Margin: how much surer than the rules the model must be to change
	// their findings (weight units), picked on the dev set; 0 without one.
	Margin float64 `json:"margin"`
}

// Train learns an entity model from annotated texts and writes it to w,
// for WithModel. The model reads what the rules say about each token, so
// it learns where to trust them. Each text is tokenized as Extract does; an
// entity whose ends fall inside a token is trimmed to the tokens within
// it (or skipped, and counted, if none). Training stops with ctx's error
// when ctx ends (checked between texts and between epochs).
func Train(ctx context.Context, w io.Writer, train []Example, opts ...TrainOption) (TrainReport, error) {
	var c trainConfig
	var rep TrainReport
	if ctx == nil || w == nil {
		return rep, errors.New("entities: Train: nil context or writer")
	}
	for _, o := range opts {
		if o == nil {
			return rep, errors.New("entities: Train: nil option")
		}
		if err := o(&c); err != nil {
			return rep, err
		}
	}
	if len(train) == 0 {
		return rep, errors.New("entities: Train: no training examples")
	}
	types := c.types
	if types == nil {
		for _, ex := range train {
			for _, e := range ex.Entities {
				types = append(types, e.Type)
			}
		}
	}
	slices.Sort(types)
	types = slices.Compact(types)
	if len(types) == 0 {
		return rep, errors.New("entities: Train: the training data has no entities")
	}
	for _, t := range types {
		c.opt.Types = append(c.opt.Types, string(t))
	}
	x, err := New(WithBuiltinModel(false))
	if err != nil {
		return rep, err
	}
	x.prepareMarks()
	exs, mentions, skipped, err := x.examples(ctx, joinDocuments(x.augmented(train, c.augment)), types)
	if err != nil {
		return rep, err
	}
	devs, _, _, err := x.examples(ctx, joinDocuments(c.dev), types)
	if err != nil {
		return rep, fmt.Errorf("dev: %w", err)
	}
	model, tr, err := tagger.Train(ctx, exs, devs, c.opt)
	if err != nil {
		return rep, fmt.Errorf("entities: %w", err)
	}
	rep = TrainReport{Types: types, Examples: len(train), Mentions: mentions, Skipped: skipped, Best: tr.Best, Bytes: tr.Bytes, Margin: tr.Margin}
	for _, e := range tr.Epochs {
		rep.DevF1 = append(rep.DevF1, e.Dev.Micro.F1())
	}
	if len(c.dev) > 0 {
		sc := tr.Dev
		for i, t := range types {
			rep.Dev = append(rep.Dev, score(t, sc.ByType[i]))
		}
		rep.Dev = append(rep.Dev, score(MicroAverage, sc.Micro))
	}
	if _, err := w.Write(model); err != nil {
		return rep, fmt.Errorf("entities: writing the model: %w", err)
	}
	return rep, nil
}

func score(t Type, c tagger.Counts) Score {
	return Score{Type: t, Precision: c.P(), Recall: c.R(), F1: c.F1(), Gold: c.Gold}
}

// maxDocument bounds the text of the examples joinDocuments puts into one.
const maxDocument = 1 << 16

// joinDocuments joins examples in a row with the same non-empty Doc into
// one text, a line each (at most maxDocument bytes), with the entities'
// offsets moved along.
func joinDocuments(in []Example) []Example {
	var out []Example
	for i := 0; i < len(in); {
		j := i + 1
		size := len(in[i].Text)
		for j < len(in) && in[j].Doc != "" && in[j].Doc == in[i].Doc && size+1+len(in[j].Text) < maxDocument {
			size += 1 + len(in[j].Text)
			j++
		}
		if j == i+1 {
			out = append(out, in[i])
			i = j
			continue
		}
		var b strings.Builder
		var ents []Entity
		for _, ex := range in[i:j] {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			base := b.Len()
			b.WriteString(ex.Text)
			for _, e := range ex.Entities {
				e.Start += base
				e.End += base
				ents = append(ents, e)
			}
		}
		out = append(out, Example{Text: b.String(), Entities: ents, Doc: in[i].Doc})
		i = j
	}
	return out
}

// examples turns annotated texts into the tagger's examples: tokens and
// marks as Extract sees them, gold entities as token spans.
func (x *Extractor) examples(ctx context.Context, in []Example, types []Type) (out []tagger.Example, mentions, skipped int, err error) {
	for k, ex := range in {
		if err := ctx.Err(); err != nil {
			return nil, 0, 0, err
		}
		if !utf8.ValidString(ex.Text) {
			return nil, 0, 0, fmt.Errorf("entities: example %d: text is not UTF-8", k+1)
		}
		n := normalizeText(ex.Text)
		p, err := x.run(ctx, n.text)
		if err != nil {
			p.release()
			return nil, 0, 0, err
		}
		sent := &tagger.Sentence{}
		p.sentence(sent)
		prior := p.prior(nil, types)
		// Token ends in the caller's offsets.
		starts, ends := make([]int, len(p.toks)), make([]int, len(p.toks))
		for i, t := range p.toks {
			starts[i], ends[i] = n.span(ex.Text, t.s, t.e)
		}
		p.release()
		ents := slices.Clone(ex.Entities)
		slices.SortStableFunc(ents, func(a, b Entity) int {
			if a.Start != b.Start {
				return a.Start - b.Start
			}
			return b.End - a.End
		})
		var spans []tagger.Span
		prevEnd := 0
		for _, e := range ents {
			ti := slices.Index(types, e.Type)
			if ti < 0 {
				continue
			}
			if e.Start < 0 || e.End > len(ex.Text) || e.Start >= e.End {
				return nil, 0, 0, fmt.Errorf("entities: example %d: entity [%d,%d) outside the text", k+1, e.Start, e.End)
			}
			s, _ := slices.BinarySearch(starts, e.Start) // first token starting at or after the entity
			t := s
			for t < len(ends) && ends[t] <= e.End {
				t++
			}
			if t == s || s < prevEnd {
				skipped++
				continue
			}
			spans = append(spans, tagger.Span{Type: ti, Start: s, End: t})
			prevEnd = t
			mentions++
		}
		out = append(out, tagger.Example{Sentence: sent, Spans: spans, Prior: prior})
	}
	return out, mentions, skipped, nil
}
