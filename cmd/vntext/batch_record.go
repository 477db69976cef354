package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/htmlpage"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

// batchOut is one output line (without its newline), or nothing when the
// record was skipped by --resume.
type batchOut struct {
	seq     int
	data    []byte
	failed  bool
	skipped bool
	item    *batchItem
}

// batchProcessor turns one input record into one output record. It is
// shared by the workers and only reads its fields.
type batchProcessor struct {
	a     *vntext.Analyzer
	tasks vntext.Task
	done  map[string]bool // ids already in the output (--resume)
	pages *htmlpage.Extractor
}

// The fields batch adds to a record; a record that already has them (the
// output of an earlier run) gets them replaced.
var batchAdded = map[string]bool{
	"normalized": true, "sentences": true, "segmented": true, "entities": true,
	"officials": true, "summary": true, "summary_sentences": true, "keywords": true,
	"byline": true, "published": true, "category": true, "furniture": true,
}

// batchSpan is a summary sentence in the output: a byte span of "text".
type batchSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// batchFields are the added fields; nil pointers are tasks not asked for.
type batchFields struct {
	Normalized       *string              `json:"normalized,omitempty"`
	Sentences        *[]tokenize.Sentence `json:"sentences,omitempty"`
	Segmented        *string              `json:"segmented,omitempty"`
	Entities         *[]entities.Entity   `json:"entities,omitempty"`
	Officials        *[]entities.Official `json:"officials,omitempty"`
	Summary          *string              `json:"summary,omitempty"`
	SummarySentences *[]batchSpan         `json:"summary_sentences,omitempty"`
	Keywords         *[]summarize.Keyword `json:"keywords,omitempty"`
}

// member is one "key": value of the input object, kept verbatim.
type member struct {
	key   string
	value json.RawMessage
}

// process never fails as a whole: a bad record becomes an error record in
// its place.
func (p *batchProcessor) process(ctx context.Context, it *batchItem) batchOut {
	out := batchOut{seq: it.seq, item: it}
	var (
		members []member
		doc     vntext.Doc
		idKey   string
		err     error
	)
	data := batchDecode(it.data)
	// Text that had to be decoded is written out clean (normalized), so
	// that the offsets index readable text rather than code-page leftovers.
	decoded := len(data) != len(it.data) || !bytes.Equal(data, it.data)
	var art *htmlpage.Article
	if it.html {
		idKey = it.id
		members, doc, art, err = p.htmlDoc(it)
	} else if it.txt {
		doc = splitTitle(string(data))
		doc.ID = it.id
		idKey = it.id
		if decoded {
			doc.Title, doc.Text = tokenize.Normalize(doc.Title), tokenize.Normalize(doc.Text)
		}
		members, err = txtMembers(doc)
	} else {
		var hasHTML bool
		members, doc, idKey, hasHTML, err = parseRecord(data)
		if err == nil && decoded {
			members, doc, err = normalizeMembers(members, doc)
		}
		if err == nil && hasHTML {
			members, doc, art, err = p.htmlMember(members, doc)
		}
	}
	if err == nil && idKey != "" && p.done[idKey] {
		out.skipped = true
		return out
	}
	var res vntext.Result
	if err == nil {
		res, err = p.a.Analyze(ctx, doc)
		applyPage(&res, art)
	}
	if err != nil {
		out.failed = true
		out.data = errorRecord(it, idKey, members, err)
		return out
	}
	out.data, err = p.encode(members, res)
	if err != nil {
		out.failed = true
		out.data = errorRecord(it, idKey, members, err)
	}
	return out
}

func txtMembers(doc vntext.Doc) ([]member, error) {
	var ms []member
	for _, kv := range [][2]string{{"id", doc.ID}, {"title", doc.Title}, {"text", doc.Text}} {
		if kv[0] == "title" && kv[1] == "" {
			continue
		}
		v, err := marshalNoEscape(kv[1])
		if err != nil {
			return nil, err
		}
		ms = append(ms, member{kv[0], v})
	}
	return ms, nil
}

// parseRecord reads a JSON object keeping every member in order, and picks
// out id, title and text. idKey is the id as --resume compares it. A record
// may give an HTML page ("html") instead of "text": hasHTML says so.
func parseRecord(line []byte) (ms []member, doc vntext.Doc, idKey string, hasHTML bool, err error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	tok, err := dec.Token()
	if err != nil {
		return nil, doc, "", false, fmt.Errorf("malformed JSON: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, doc, "", false, errors.New("malformed record: not a JSON object")
	}
	hasText := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return ms, doc, idKey, false, fmt.Errorf("malformed JSON: %w", err)
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return ms, doc, idKey, false, fmt.Errorf("malformed JSON: %w", err)
		}
		ms = append(ms, member{key, v})
		switch key {
		case "id":
			idKey = recordID(v)
			if idKey == "" {
				return ms, doc, idKey, false, errors.New(`"id" must be a string or a number`)
			}
			doc.ID = idKey
		case "title":
			if err := json.Unmarshal(v, &doc.Title); err != nil {
				return ms, doc, idKey, false, errors.New(`"title" must be a string`)
			}
		case "text":
			if err := json.Unmarshal(v, &doc.Text); err != nil {
				return ms, doc, idKey, false, errors.New(`"text" must be a string`)
			}
			hasText = true
		case "html":
			hasHTML = true
		}
	}
	if _, err := dec.Token(); err != nil {
		return ms, doc, idKey, false, fmt.Errorf("malformed JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return ms, doc, idKey, false, errors.New("malformed JSON: data after the object")
	}
	if !hasText && !hasHTML {
		return ms, doc, idKey, false, errors.New(`missing "text"`)
	}
	return ms, doc, idKey, hasHTML && !hasText, nil
}

// normalizeMembers rewrites the title and text of a record that had to be
// decoded in their normalized form.
func normalizeMembers(ms []member, doc vntext.Doc) ([]member, vntext.Doc, error) {
	doc.Title, doc.Text = tokenize.Normalize(doc.Title), tokenize.Normalize(doc.Text)
	for i := range ms {
		var v string
		switch ms[i].key {
		case "title":
			v = doc.Title
		case "text":
			v = doc.Text
		default:
			continue
		}
		raw, err := marshalNoEscape(v)
		if err != nil {
			return nil, doc, err
		}
		ms[i].value = raw
	}
	return ms, doc, nil
}

// recordID returns a string id as its value and a number id as written;
// "" for anything else.
func recordID(v json.RawMessage) string {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(v, &n) == nil {
		return n.String()
	}
	return ""
}

func (p *batchProcessor) encode(ms []member, res vntext.Result) ([]byte, error) {
	var f batchFields
	if p.tasks&vntext.TaskNormalize != 0 {
		f.Normalized = &res.Normalized
	}
	if p.tasks&vntext.TaskSentences != 0 {
		f.Sentences = nonNil(res.Sentences)
	}
	if p.tasks&vntext.TaskWords != 0 {
		f.Segmented = &res.Segmented
	}
	if p.tasks&vntext.TaskEntities != 0 {
		f.Entities = nonNil(res.Entities)
	}
	if p.tasks&vntext.TaskOfficials != 0 {
		f.Officials = nonNil(res.Officials)
	}
	if p.tasks&vntext.TaskSummary != 0 {
		s := res.Summary.Text()
		f.Summary = &s
		spans := make([]batchSpan, len(res.Summary.Sentences))
		for i, x := range res.Summary.Sentences {
			spans[i] = batchSpan{x.Text, x.Start, x.End}
		}
		f.SummarySentences = &spans
	}
	if p.tasks&vntext.TaskKeywords != 0 {
		f.Keywords = nonNil(res.Keywords)
	}
	added, err := marshalNoEscape(struct {
		pageFields
		batchFields
	}{pageFieldsOf(ms, res), f})
	if err != nil {
		return nil, err
	}
	return joinObject(ms, added, batchAdded)
}

// nonNil makes an asked-for but empty list print as [] rather than null.
func nonNil[T any](s []T) *[]T {
	s = orEmpty(s)
	return &s
}

// joinObject writes the members (less those named in drop) followed by the
// members of the object added.
func joinObject(ms []member, added []byte, drop map[string]bool) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	n := 0
	for _, m := range ms {
		if drop[m.key] {
			continue
		}
		if n > 0 {
			b.WriteByte(',')
		}
		if err := writeKey(&b, m.key); err != nil {
			return nil, err
		}
		b.WriteByte(':')
		b.Write(m.value)
		n++
	}
	inner := bytes.TrimSpace(added)
	inner = bytes.TrimSuffix(bytes.TrimPrefix(inner, []byte("{")), []byte("}"))
	if len(inner) > 0 {
		if n > 0 {
			b.WriteByte(',')
		}
		b.Write(inner)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// writeKey writes a member name as a JSON string; plain names ("id",
// "text", "source") need no encoder.
func writeKey(b *bytes.Buffer, key string) error {
	for i := 0; i < len(key); i++ {
		if c := key[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			k, err := marshalNoEscape(key)
			b.Write(k)
			return err
		}
	}
	b.WriteByte('"')
	b.WriteString(key)
	b.WriteByte('"')
	return nil
}

// marshalNoEscape is json.Marshal without the HTML escaping of <, > and &,
// which news text is full of.
func marshalNoEscape(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// errorRecord is the line that stands in for a record that failed:
// {"line": N, "error": "..."}, with "file" for a named input and "id" when
// the record had one.
func errorRecord(it *batchItem, idKey string, ms []member, err error) []byte {
	rec := struct {
		File  string          `json:"file,omitempty"`
		Line  int             `json:"line,omitempty"`
		ID    json.RawMessage `json:"id,omitempty"`
		Error string          `json:"error"`
	}{File: it.file, Line: it.line, Error: err.Error()}
	if idKey != "" {
		for _, m := range ms {
			if m.key == "id" {
				rec.ID = m.value
			}
		}
		if rec.ID == nil { // a .txt article
			rec.ID, _ = marshalNoEscape(idKey)
		}
	}
	b, mErr := marshalNoEscape(rec)
	if mErr != nil { // cannot happen: every field marshals
		return []byte(`{"error":"internal error"}`)
	}
	return b
}
