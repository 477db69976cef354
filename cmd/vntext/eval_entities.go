package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/entities"
	"golang.org/x/text/unicode/norm"
)

// evalEntities scores the extractor against a gold file: the domain JSONL
// format (records with id, text, entities with code-point offsets and
// roles), the NER JSONL files under ner/ (same shape, "nested" entities are
// skipped) or CoNLL files (VLSP 2016 "word POS chunk NER", PhoNER
// "syllable TAG"), whose raw text is rebuilt by joining the first column
// with single spaces; the POS and chunk columns are never read.
func evalEntities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	usage := "usage: vntext eval entities --gold FILE [--types PER,LOC,ORG] [--pred-out FILE] [--entity-model MODEL]\n" +
		`  FILE: JSONL of {"id", "text", "entities": [{"type", "start", "end", "text", "roles"?, "role_status"?}]},` + "\n" +
		`  offsets in code points, each entity's giving its "text" (the domain data's format: its annotation rules` + "\n" +
		`  are $VNTEXT_DATA/domain/GUIDELINES.md, shipped with the data); or CoNLL, one token per line, IOB2 tag last` + "\n" +
		"   or: " + suiteUsage()
	fs := flag.NewFlagSet("eval entities", flag.ContinueOnError)
	gold := fs.String("gold", "", "gold file (.jsonl, or CoNLL); without it, the evaluation suite")
	corpus := fs.String("corpus", filepath.Join("corpus", "entities"), "suite: the project's corpus folder (blind.jsonl, dev.jsonl)")
	vietnews := fs.String("vietnews", "", "suite: the VietNews evaluation set (go run ./internal/annotate join -o FILE)")
	types := fs.String("types", "", "comma-separated types to score (default PER,LOC,ORG, plus PROG for domain files)")
	predOut := fs.String("pred-out", "", "write predictions as JSONL, {\"id\", \"entities\": [{\"type\", \"start\", \"end\", \"text\", \"roles\"}]} with code-point offsets, for score.py (the reference scorer shipped with the corpora)")
	modelPath := fs.String("entity-model", "", "entity model: \"builtin\" for the model shipped with vntext, or a file from vntext train entities")
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	var opts []entities.Option
	if *modelPath == config.BuiltinModel {
		opts = append(opts, entities.WithBuiltinModel(true))
	} else if *modelPath != "" {
		b, err := os.ReadFile(*modelPath)
		if err != nil {
			return fail(stderr, "eval entities", fmt.Errorf("--entity-model: %w", err))
		}
		opts = append(opts, entities.WithModel(bytes.NewReader(b)))
	}
	if *gold == "" {
		names, xs, err := suiteExtractors(opts)
		if err != nil {
			return fail(stderr, "eval entities", err)
		}
		if err := evalSuite(stdout, stderr, suiteSets(*corpus, *vietnews), names, xs); err != nil {
			return fail(stderr, "eval entities", err)
		}
		return 0
	}
	recs, err := readGold(*gold)
	if err != nil {
		return fail(stderr, "eval entities", fmt.Errorf("%s: %w", *gold, err))
	}
	x, err := entities.New(opts...)
	if err != nil {
		fmt.Fprintln(stderr, "vntext eval entities:", err)
		return 1
	}
	var ts []string
	if *types != "" {
		ts = strings.Split(*types, ",")
	}
	res, preds := scoreEntities(x, recs, ts)
	if *predOut != "" {
		if err := writePreds(*predOut, preds); err != nil {
			fmt.Fprintln(stderr, "vntext eval entities:", err)
			return 1
		}
	}
	res.print(stdout)
	return 0
}

// goldEntity is one annotated mention; Start and End are code-point offsets.
type goldEntity struct {
	Type  string     `json:"type"`
	Start int        `json:"start"`
	End   int        `json:"end"`
	Text  string     `json:"text"`
	Roles []goldRole `json:"roles,omitempty"`
	// RoleStatus is the gold files' status list, parallel to Roles
	// (GUIDELINES, "Role status"); read into Roles, never written.
	RoleStatus []string `json:"role_status,omitempty"`
	Nested     bool     `json:"nested,omitempty"`
}

// goldRole is a role phrase with its status. Gold files write roles as
// strings (with a role_status list) or as objects with a text field, as the
// library does; --pred-out writes objects, which score.py (the reference
// scorer shipped with the corpora) reads.
type goldRole struct {
	Text   string `json:"text"`
	Status string `json:"status,omitempty"`
}

func (r *goldRole) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &r.Text)
	}
	type object goldRole // without this method
	return json.Unmarshal(b, (*object)(r))
}

// goldRoles turns the library's roles into goldRoles.
func goldRoles(roles []entities.Role) []goldRole {
	out := make([]goldRole, len(roles))
	for i, r := range roles {
		out[i] = goldRole{r.Text, string(r.Status)}
	}
	return out
}

type goldRecord struct {
	ID       string       `json:"id"`
	Doc      string       `json:"doc,omitempty"` // VLSP 2018: the article a paragraph comes from
	Text     string       `json:"text"`
	Entities []goldEntity `json:"entities"`
	domain   bool         // annotated by the domain guidelines (PROGRAM, roles)
	sentence bool         // one sentence of a running text (CoNLL)
}

// errNotGold is a gold file without the keys a gold record needs: scoring
// it would report 0 and look like a result.
type errNotGold struct{ missing, want []string }

func (e errNotGold) Error() string {
	return fmt.Sprintf("not a gold record: no %s (a gold record needs %s)", quoteJoin(e.missing), quoteJoin(e.want))
}

func quoteJoin(keys []string) string {
	q := make([]string, len(keys))
	for i, k := range keys {
		q[i] = fmt.Sprintf("%q", k)
	}
	return strings.Join(q, ", ")
}

// requireKeys fails with a usage error unless the JSON object line has
// every key.
func requireKeys(line []byte, keys ...string) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		return err
	}
	var missing []string
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return usageError{errNotGold{missing, keys}}
	}
	return nil
}

// readGold reads JSONL or CoNLL gold data.
func readGold(path string) ([]goldRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if strings.HasSuffix(path, ".jsonl") {
		return readGoldJSONL(f)
	}
	return readCoNLL(f, conllIDPrefix(path))
}

func readGoldJSONL(r io.Reader) ([]goldRecord, error) {
	var recs []goldRecord
	var mismatches []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := requireKeys(sc.Bytes(), "text", "entities"); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		var g goldRecord
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("line %d: %v", line, err)
		}
		mismatches = append(mismatches, checkGoldSpans(line, g)...)
		for i := range g.Entities {
			e := &g.Entities[i]
			if canonicalType(e.Type) == "PROG" || len(e.Roles) > 0 {
				g.domain = true
			}
			for k := range e.Roles {
				if k < len(e.RoleStatus) && e.Roles[k].Status == "" {
					e.Roles[k].Status = e.RoleStatus[k]
				}
			}
			e.RoleStatus = nil
		}
		recs = append(recs, g)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(mismatches) > 0 {
		return nil, errGoldSpans(mismatches)
	}
	return recs, nil
}

// errGoldSpans is a gold file with entities whose offsets do not give
// their text: scored by their offsets, they would count against spans the
// annotator did not mean.
type errGoldSpans []string

func (e errGoldSpans) Error() string {
	const shown = 3
	msg := fmt.Sprintf("%d gold %s whose offsets do not give %s text (offsets count code points): %s",
		len(e), plural(len(e), "entity", "entities"), plural(len(e), "its", "their"), strings.Join(e[:min(len(e), shown)], "; "))
	if len(e) > shown {
		msg += fmt.Sprintf("; and %d more", len(e)-shown)
	}
	return msg
}

// checkGoldSpans describes each entity of g whose code-point offsets do
// not give its "text".
func checkGoldSpans(line int, g goldRecord) []string {
	var out []string
	var runes []rune
	for i, e := range g.Entities {
		if runes == nil {
			runes = []rune(g.Text)
		}
		at := fmt.Sprintf("line %d, entity %d (%s %d-%d)", line, i+1, e.Type, e.Start, e.End)
		switch {
		case e.Start < 0 || e.End < e.Start || e.End > len(runes):
			out = append(out, fmt.Sprintf("%s: outside the text of %d code points", at, len(runes)))
		case string(runes[e.Start:e.End]) != e.Text:
			out = append(out, fmt.Sprintf("%s: the text there is %q, the entity says %q", at, string(runes[e.Start:e.End]), e.Text))
		}
	}
	return out
}

// conllIDPrefix names records like the shared dev.jsonl files do
// ("vlsp2016-dev-00001", "phoner-dev-00001"), so that --pred-out can be
// scored by score.py against them.
func conllIDPrefix(path string) string {
	corpus := filepath.Base(filepath.Dir(path))
	if strings.HasPrefix(corpus, "phoner") {
		corpus = "phoner"
	}
	split := filepath.Base(path)
	if i := strings.IndexAny(split, "_."); i > 0 {
		split = split[:i]
	}
	return corpus + "-" + split + "-"
}

// readCoNLL rebuilds each sentence's text from the token column and reads
// IOB2 tags from the last column.
func readCoNLL(r io.Reader, idPrefix string) ([]goldRecord, error) {
	var recs []goldRecord
	var b strings.Builder
	var ents []goldEntity
	pos := 0 // code points written
	open := -1
	flushEntity := func() {
		if open >= 0 {
			ents[open].End = ents[open].Start + utf8.RuneCountInString(ents[open].Text)
			open = -1
		}
	}
	flush := func() {
		flushEntity()
		if b.Len() > 0 {
			recs = append(recs, goldRecord{ID: fmt.Sprintf("%s%05d", idPrefix, len(recs)), Text: b.String(), Entities: ents, sentence: true})
		}
		b.Reset()
		ents, pos = nil, 0
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		var word, tag string
		if strings.Contains(line, "\t") {
			cols := strings.Split(line, "\t")
			word, tag = cols[0], cols[len(cols)-1]
		} else {
			i := strings.LastIndexByte(line, ' ')
			if i < 0 {
				return nil, fmt.Errorf("CoNLL line without a tag: %q", line)
			}
			word, tag = line[:i], line[i+1:]
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
			pos++
		}
		switch {
		case strings.HasPrefix(tag, "B-"):
			flushEntity()
			ents = append(ents, goldEntity{Type: tag[2:], Start: pos, Text: word})
			open = len(ents) - 1
		case strings.HasPrefix(tag, "I-") && open >= 0 && ents[open].Type == tag[2:]:
			ents[open].Text += " " + word
		case strings.HasPrefix(tag, "I-"): // I- without B-: starts an entity (CoNLL semantics)
			flushEntity()
			ents = append(ents, goldEntity{Type: tag[2:], Start: pos, Text: word})
			open = len(ents) - 1
		default:
			flushEntity()
		}
		b.WriteString(word)
		pos += utf8.RuneCountInString(word)
	}
	flush()
	return recs, sc.Err()
}

// canonicalType maps every corpus's labels to the scorer's (as
// score.py does).
func canonicalType(t string) string {
	switch t {
	case "PER", "PERSON", "PERSON_NAME", "NAME":
		return "PER"
	case "LOC", "LOCATION", "GPE", "ADMIN_UNIT":
		return "LOC"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return "ORG"
	case "PROGRAM", "PROGRAMME", "PROG":
		return "PROG"
	}
	return t
}

type spanKey struct {
	typ        string
	start, end int
}

type counts struct{ tp, gold, pred int }

// figures formats P, R and F1 with prec decimals, "-" where a figure is
// not defined: P without predictions, R without gold, F1 with neither (a
// type absent from the gold file and from the output scores nothing, not
// 0).
func (c counts) figures(prec int) (p, r, f string) {
	pv, rv, fv := c.prf()
	cell := func(v float64, defined bool) string {
		if !defined {
			return "-"
		}
		return strconv.FormatFloat(v, 'f', prec, 64)
	}
	return cell(pv, c.pred > 0), cell(rv, c.gold > 0), cell(fv, c.gold+c.pred > 0)
}

func (c counts) prf() (p, r, f float64) {
	if c.pred > 0 {
		p = 100 * float64(c.tp) / float64(c.pred)
	}
	if c.gold > 0 {
		r = 100 * float64(c.tp) / float64(c.gold)
	}
	if c.gold+c.pred > 0 {
		f = 200 * float64(c.tp) / float64(c.gold+c.pred)
	}
	return
}

type entityScores struct {
	types     []string
	byType    map[string]*counts
	micro     counts
	officials counts
	// Of the pairs found whose gold role has a status, how many the
	// extractor gave the same status.
	statuses, statusSame int
	domain               bool
}

func (s entityScores) print(w io.Writer) {
	fmt.Fprintf(w, "%-6s %7s %7s %7s %6s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred", "tp")
	for _, t := range s.types {
		c := *s.byType[t]
		p, r, f := c.figures(2)
		fmt.Fprintf(w, "%-6s %7s %7s %7s %6d %6d %6d\n", t, p, r, f, c.gold, c.pred, c.tp)
	}
	p, r, f := s.micro.figures(2)
	fmt.Fprintf(w, "%-6s %7s %7s %7s %6d %6d %6d\n", "micro", p, r, f, s.micro.gold, s.micro.pred, s.micro.tp)
	if s.domain {
		p, r, f := s.officials.figures(2)
		fmt.Fprintf(w, "%-6s %7s %7s %7s %6d %6d %6d   (officials: unique person-role pairs)\n", "pairs", p, r, f, s.officials.gold, s.officials.pred, s.officials.tp)
		if s.statuses > 0 {
			fmt.Fprintf(w, "%-6s %7.2f %30d %6d   (role status right on pairs found)\n", "status", 100*float64(s.statusSame)/float64(s.statuses), s.statuses, s.statusSame)
		}
	}
}

// predRecord is one line of --pred-out: entities with code-point offsets
// (score.py --offsets char) and roles.
type predRecord struct {
	ID       string       `json:"id"`
	Entities []goldEntity `json:"entities"`
}

// scoreEntities runs the extractor over every record and scores exact
// spans per type, and (person, role) pairs as GUIDELINES.md "Scoring" says.
func scoreEntities(x *entities.Extractor, recs []goldRecord, types []string) (entityScores, []predRecord) {
	domain := false
	for _, r := range recs {
		domain = domain || r.domain
	}
	if types == nil {
		types = []string{"PER", "LOC", "ORG"}
		if domain {
			types = append(types, "PROG")
		}
	}
	s := entityScores{types: types, byType: map[string]*counts{}, domain: domain}
	for _, t := range types {
		s.byType[t] = &counts{}
	}
	preds := make([]predRecord, 0, len(recs))
	docPreds := documentPredictions(x, recs, !domain)
	for ri, r := range recs {
		gold := map[spanKey]bool{}
		goldPairs := map[[2]string]string{} // pair → status
		for _, e := range r.Entities {
			t := canonicalType(e.Type)
			if e.Nested || s.byType[t] == nil {
				continue
			}
			gold[spanKey{t, e.Start, e.End}] = true
			if t == "PER" {
				for _, role := range e.Roles {
					goldPairs[[2]string{pairKey(e.Text), pairKey(role.Text)}] = role.Status
				}
			}
		}
		var got []goldEntity
		if docPreds != nil {
			got = docPreds[ri]
		} else {
			got = predictions(x, r.Text, !r.domain && !domain)
		}
		preds = append(preds, predRecord{ID: r.ID, Entities: got})
		pred := map[spanKey]bool{}
		predPairs := map[[2]string]string{}
		for _, e := range got {
			t := canonicalType(e.Type)
			if s.byType[t] == nil {
				continue
			}
			pred[spanKey{t, e.Start, e.End}] = true
			if t == "PER" {
				for _, role := range e.Roles {
					predPairs[[2]string{pairKey(e.Text), pairKey(role.Text)}] = role.Status
				}
			}
		}
		for k := range gold {
			c := s.byType[k.typ]
			c.gold++
			if pred[k] {
				c.tp++
			}
		}
		for k := range pred {
			s.byType[k.typ].pred++
		}
		for k, st := range goldPairs {
			s.officials.gold++
			if pst, ok := predPairs[k]; ok {
				s.officials.tp++
				if st != "" {
					s.statuses++
					if pst == st {
						s.statusSame++
					}
				}
			}
		}
		s.officials.pred += len(predPairs)
	}
	for _, t := range types {
		c := s.byType[t]
		s.micro.tp += c.tp
		s.micro.gold += c.gold
		s.micro.pred += c.pred
	}
	return s, preds
}

// pairKey lower-cases and collapses white space, as the guidelines say.
func pairKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFC.String(s))), " ")
}

// predictions extracts entities from text and converts byte offsets to
// code-point offsets. For the generic NER corpora (conll true) spans are
// mapped to their scheme by nerScheme.
func predictions(x *entities.Extractor, text string, conll bool) []goldEntity {
	ents, _ := x.Extract(context.Background(), text) // fails only on an ended context
	if conll {
		ents = nerScheme(ents)
	}
	out := make([]goldEntity, 0, len(ents))
	// Byte → code point, walking the text once.
	cp, b := 0, 0
	toCP := func(off int) int {
		for b < off && b < len(text) {
			_, n := utf8.DecodeRuneInString(text[b:])
			b += n
			cp++
		}
		return cp
	}
	slices.SortFunc(ents, func(a, c entities.Entity) int { return a.Start - c.Start })
	type pending struct {
		i   int
		end int
	}
	var ends []pending
	for _, e := range ents {
		ge := goldEntity{Type: string(e.Type), Text: e.Text, Roles: goldRoles(e.Roles), Start: toCP(e.Start)}
		out = append(out, ge)
		ends = append(ends, pending{len(out) - 1, e.End})
	}
	// Ends are not sorted; convert them with a second walk.
	slices.SortFunc(ends, func(a, c pending) int { return a.end - c.end })
	cp, b = 0, 0
	for _, p := range ends {
		out[p.i].End = toCP(p.end)
	}
	return out
}

// maxDocument bounds the text handed to one Extract call when CoNLL
// sentences are read as running text.
const maxDocument = 1 << 16

// documentPredictions reads the sentences of a CoNLL file, and the
// paragraphs of one article in a JSONL file with a "doc" field (VLSP 2018),
// as the running text they come from, one line each, so that a name
// introduced with a cue in one sentence is known in the next, as in an
// article; entities are then split back per record. The project's corpus
// files also group sentences by "doc"; they are annotated by the domain
// guidelines, so their PROGRAM mentions and roles stay (scheme false),
// where the generic NER corpora get nerScheme. It returns nil for files
// of whole texts.
func documentPredictions(x *entities.Extractor, recs []goldRecord, scheme bool) [][]goldEntity {
	if len(recs) == 0 || !recs[0].sentence && recs[0].Doc == "" {
		return nil
	}
	out := make([][]goldEntity, len(recs))
	for first := 0; first < len(recs); {
		var b strings.Builder
		starts := []int{}
		last := first
		for last < len(recs) && (last == first || b.Len()+len(recs[last].Text) < maxDocument && recs[last].Doc == recs[first].Doc) {
			starts = append(starts, b.Len())
			b.WriteString(recs[last].Text)
			b.WriteByte('\n')
			last++
		}
		doc := b.String()
		ents, _ := x.Extract(context.Background(), doc) // fails only on an ended context
		if scheme {
			ents = nerScheme(ents)
		}
		for _, e := range ents {
			k := sort.SearchInts(starts, e.Start+1) - 1
			if k < 0 || e.End > starts[k]+len(recs[first+k].Text) {
				continue
			}
			text := recs[first+k].Text
			s, en := e.Start-starts[k], e.End-starts[k]
			out[first+k] = append(out[first+k], goldEntity{Type: string(e.Type), Text: e.Text, Roles: goldRoles(e.Roles),
				Start: utf8.RuneCountInString(text[:s]), End: utf8.RuneCountInString(text[:en])})
		}
		first = last
	}
	return out
}

// nerScheme maps the extractor's types to the generic NER corpora (VLSP,
// PhoNER): PERSON, LOCATION and ORGANIZATION keep their spans; the domain
// types (PROGRAM, dates, terms, numbers) are not annotated there and are
// dropped.
func nerScheme(ents []entities.Entity) []entities.Entity {
	out := ents[:0]
	for _, e := range ents {
		switch e.Type {
		case entities.Person, entities.Location, entities.Organization:
			out = append(out, e)
		}
	}
	return out
}

func writePreds(path string, preds []predRecord) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, p := range preds {
		if p.Entities == nil {
			p.Entities = []goldEntity{}
		}
		if err := enc.Encode(p); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
