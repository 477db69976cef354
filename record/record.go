// Package record reads and writes vntext's JSONL records: the input records
// of "vntext batch" ({"id"?, "title"?, "text", ...}), and the output records,
// each a vntext.Result in its JSON shape (docs/schema/result.v1.json) or an
// error record in the input's place. The command line, the service's
// /v1/batch and the Beam pipeline all produce their records here, so the
// same input gives the same bytes everywhere.
//
// An output record is exactly json.Marshal of its Result when the input
// record had no other members; members the Result does not have ("url",
// "source", ...) follow, unchanged and in their order. Offsets index the
// record's "text" as decoded to UTF-8 (vntext.Decode).
package record

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/page"
)

// Input is one input record.
type Input struct {
	// Data is the JSONL line, or the bytes of a .txt article when Txt.
	Data []byte
	// File names the input ("" for standard input); Line is the line
	// number in it (0 for a .txt article).
	File string
	Line int
	// Txt: Data is a plain-text article (ArticleText); ID is its id.
	Txt bool
	ID  string
	// TooLong, when not 0, is the length of a record over the reader's
	// limit; Data is then empty and the record becomes an error record.
	TooLong int64
	// Err, when not nil, is why the reader could not make a record of its
	// source (an HTML page with no article): the record becomes an error
	// record with this error.
	Err error
	// Prepare, when not nil, is work the reader left to the goroutine that
	// analyses the record, so that it runs on the workers: it returns the
	// record made from what was read (package archive extracts a page's
	// article from the HTML in Data). Prepared applies it.
	Prepare func(Input) Input
}

// Prepared returns the record with its Prepare work done (and Prepare
// nil); a record without it is returned as it is. Process, Parse and
// StreamGroups call it: a reader's caller needs it only to read Data
// itself.
func (in Input) Prepared() Input {
	if in.Prepare == nil {
		return in
	}
	prepare := in.Prepare
	in.Prepare = nil
	return prepare(in)
}

// Output is what one input record became: a Result, or an error record
// when Err is not nil; or, from StreamGroups, a group summary.
type Output struct {
	Err   error
	res   vntext.Result
	extra []member
	line  []byte               // the error record
	group *vntext.GroupSummary // a group summary
}

// ErrTooLong is the error of a record over the length limit.
var ErrTooLong = errors.New("record longer than the limit")

// member is one "key": value of an input object; value is raw JSON.
type member struct {
	key   string
	value []byte
}

// resultKeys are the members of a Result's JSON (and those of earlier
// versions' batch output): an input member of that name is dropped, so
// that an output fed back in is analysed afresh.
var resultKeys = map[string]bool{
	"schema": true, "id": true, "title": true, "text": true, "tasks": true, "offsets": true,
	"normalized": true, "sentences": true, "words": true, "segmented": true, "entities": true,
	"officials": true, "summary": true, "keywords": true, "summary_sentences": true, "furniture": true,
}

// docKeys are the members of an input object that fill the Doc's fields
// besides its text (issue 16: what a page or an archive says about the
// article). A member whose value does not read as its field stays an
// other member.
var docKeys = map[string]bool{"byline": true, "published": true, "category": true, "url": true, "fetched": true}

// Process analyses one input record. It never fails as a whole: a record
// that cannot be read or analysed becomes an error record in its place.
func Process(ctx context.Context, a *vntext.Analyzer, in Input) Output {
	in = in.Prepared()
	doc, extra, err := parseInput(in)
	// From here on only the position is needed: the record's bytes (a
	// 50 MB line) can be collected while it is analysed.
	in.Data = nil
	if err == nil {
		var res vntext.Result
		res, err = a.Analyze(ctx, doc)
		if err == nil {
			return Output{res: res, extra: extra}
		}
	}
	return errorOutput(in, doc.ID, err)
}

// Parse reads the document of an input record (prepared first: Prepared):
// what Process analyses, and the error that makes it an error record
// instead. Members of a JSONL record that a Doc does not have ("url" aside)
// are not part of the Doc; Process copies them into the output record.
func Parse(in Input) (vntext.Doc, error) {
	doc, _, err := parseInput(in.Prepared())
	return doc, err
}

// parseInput is Parse of a prepared record, with the members of a JSONL
// record that a Result does not have (copied: they outlive in.Data).
func parseInput(in Input) (vntext.Doc, []member, error) {
	if err := unreadable(in); err != nil {
		return vntext.Doc{ID: failedID(in)}, nil, err
	}
	if in.Txt {
		return vntext.Doc{ID: in.ID, Text: ArticleText(in.Data)}, nil, nil
	}
	return parseLine(trimBOM(vntext.Decode(in.Data)))
}

// failedID is the id of a record that was not read: its own, or the "id"
// of the JSONL line it still holds (a line whose "html" has no article).
func failedID(in Input) string {
	if in.ID != "" || in.Txt || in.Data == nil {
		return in.ID
	}
	data := trimBOM(vntext.Decode(in.Data))
	if !json.Valid(data) {
		return ""
	}
	ms, err := members(data)
	if err != nil {
		return ""
	}
	for _, m := range ms {
		if m.key == "id" {
			return recordID(m.value)
		}
	}
	return ""
}

// unreadable is the error of a record that was not read: one over the
// reader's limit, or one the reader failed on; else nil.
func unreadable(in Input) error {
	if in.TooLong > 0 {
		return fmt.Errorf("%w: %d bytes", ErrTooLong, in.TooLong)
	}
	return in.Err
}

func parseLine(line []byte) (vntext.Doc, []member, error) {
	var doc vntext.Doc
	// Unmarshal into an empty struct checks the syntax without building
	// anything, however long the record.
	if err := json.Unmarshal(line, &struct{}{}); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return doc, nil, fmt.Errorf("malformed JSON: %w", err)
		}
		return doc, nil, errors.New("malformed record: not a JSON object")
	}
	ms, err := members(line)
	if err != nil {
		return doc, nil, err
	}
	var extra []member
	hasText := false
	for _, m := range ms {
		switch m.key {
		case "id":
			doc.ID = recordID(m.value)
			if doc.ID == "" {
				return doc, nil, errors.New(`"id" must be a string or a number`)
			}
		case "title":
			if err := json.Unmarshal(m.value, &doc.Title); err != nil {
				return doc, nil, errors.New(`"title" must be a string`)
			}
		case "text":
			if err := json.Unmarshal(m.value, &doc.Text); err != nil {
				return doc, nil, errors.New(`"text" must be a string`)
			}
			hasText = true
		default:
			if docKeys[m.key] && docField(&doc, m.key, m.value) {
				continue
			}
			if !resultKeys[m.key] {
				extra = append(extra, member{m.key, bytes.Clone(m.value)})
			}
		}
	}
	if !hasText {
		return doc, nil, errors.New(`missing "text"`)
	}
	return doc, extra, nil
}

// docField sets the Doc field of member key from its JSON value, and
// reports whether the value read as that field: a string, a date that
// page.ParseDate reads for "published", an RFC 3339 time for "fetched".
func docField(doc *vntext.Doc, key string, value []byte) bool {
	var s string
	if json.Unmarshal(value, &s) != nil || s == "" {
		return false
	}
	switch key {
	case "byline":
		doc.Byline = s
	case "category":
		doc.Category = s
	case "url":
		doc.URL = s
	case "published":
		d, err := page.ParseDate(s)
		if err != nil {
			return false
		}
		doc.Published = d
	case "fetched":
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return false
		}
		doc.Fetched = t
	}
	return true
}

// members splits a JSON object, already known to be valid, into its members
// without copying: the values are slices of data.
func members(data []byte) ([]member, error) {
	i := skipSpace(data, 0)
	if i == len(data) || data[i] != '{' {
		return nil, errors.New("malformed record: not a JSON object")
	}
	var ms []member
	i = skipSpace(data, i+1)
	for i < len(data) && data[i] != '}' {
		ke := skipValue(data, i)
		var key string
		if err := json.Unmarshal(data[i:ke], &key); err != nil {
			return nil, fmt.Errorf("malformed JSON: %w", err)
		}
		i = skipSpace(data, ke)
		i = skipSpace(data, i+1) // the colon
		ve := skipValue(data, i)
		ms = append(ms, member{key, data[i:ve]})
		i = skipSpace(data, ve)
		if i < len(data) && data[i] == ',' {
			i = skipSpace(data, i+1)
		}
	}
	return ms, nil
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the end of the valid JSON value starting at i.
func skipValue(data []byte, i int) int {
	depth := 0
	for ; i < len(data); i++ {
		switch data[i] {
		case '"':
			for i++; i < len(data) && data[i] != '"'; i++ {
				if data[i] == '\\' {
					i++
				}
			}
			if depth == 0 {
				return i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1
			}
			if depth < 0 {
				return i // the end of the enclosing object
			}
		case ',', ' ', '\t', '\n', '\r', ':':
			if depth == 0 {
				return i
			}
		}
	}
	return i
}

// recordID returns a string id as its value and a number id as written;
// "" for anything else.
func recordID(v []byte) string {
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

// errorRecord is what stands for a record that failed.
type errorRecord struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	File   string `json:"file"`
	Line   int    `json:"line"`
	Error  string `json:"error"`
}

func errorOutput(in Input, id string, err error) Output {
	if id == "" {
		id = in.ID
	}
	b, mErr := json.Marshal(errorRecord{Schema: vntext.Schema, ID: id, File: in.File, Line: in.Line, Error: err.Error()})
	if mErr != nil { // cannot happen: every field marshals
		b = []byte(`{"schema":"vntext/v1","error":"internal error"}`)
	}
	return Output{Err: err, line: b}
}

// Result returns the output's Result (the zero Result for an error record
// or a group summary).
func (o Output) Result() vntext.Result { return o.res }

// Group returns the output's group summary, and whether it is one.
func (o Output) Group() (vntext.GroupSummary, bool) {
	if o.group == nil {
		return vntext.GroupSummary{}, false
	}
	return *o.group, true
}

// WriteTo writes the output record and a line feed to w: a JSONL line.
// A *bufio.Writer is written to directly (and not flushed); any other
// writer gets the record through a buffer of its own.
func (o Output) WriteTo(w io.Writer) (int64, error) {
	bw, buffered := w.(*bufio.Writer)
	if !buffered {
		bw = bufio.NewWriterSize(w, 16<<10)
	}
	e := &jsonWriter{w: bw}
	switch {
	case o.line != nil:
		e.bytes(o.line)
	case o.group != nil:
		e.value(o.group) // small: a few sentences and their positions
	default:
		writeResult(e, &o.res, o.extra)
	}
	e.raw("\n")
	if !buffered && e.err == nil {
		e.err = bw.Flush()
	}
	return e.n, e.err
}

// Size is the size of in for StreamMaxBytes: its bytes, or for a record
// over the limit nothing, since it is never read.
func Size(in Input) int { return len(in.Data) }

// Stream analyses the records of in on several workers and calls emit with
// each output in input order; options and ends are those of vntext.Stream.
func Stream(ctx context.Context, a *vntext.Analyzer, in iter.Seq[Input], emit func(Input, Output) error, opts ...vntext.StreamOption) error {
	type done struct {
		in  Input
		out Output
	}
	return vntext.Stream(ctx, in, Size,
		func(ctx context.Context, in Input) done {
			pos := in
			pos.Data, pos.Prepare = nil, nil
			return done{pos, Process(ctx, a, in)}
		},
		func(d done) error { return emit(d.in, d.out) },
		opts...)
}

// String is the output record without its line feed, for a caller that
// wants it whole (a test, an HTTP answer).
func (o Output) String() string {
	var b strings.Builder
	_, _ = o.WriteTo(&b) // a strings.Builder does not fail
	return strings.TrimSuffix(b.String(), "\n")
}
