package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"unicode/utf8"

	"github.com/vntext/vntext"
)

// writeResult writes r as json.Marshal(r) would, byte for byte
// (TestWriteResultIsMarshal), without ever holding the whole record in
// memory: a 50 MB text is escaped in chunks straight to e, and lists one
// element at a time. extra members are written before the closing brace.
func writeResult(e *jsonWriter, r *vntext.Result, extra []member) {
	e.raw(`{"schema":`)
	e.value(r.Schema)
	e.raw(`,"id":`)
	e.value(r.ID)
	e.raw(`,"title":`)
	e.value(r.Title)
	e.raw(`,"text":`)
	e.str(r.Text)
	e.raw(`,"tasks":`)
	e.value(r.Tasks)
	e.raw(`,"offsets":`)
	e.value(r.Offsets)
	e.raw(`,"normalized":`)
	e.str(r.Normalized)
	e.raw(`,"sentences":`)
	list(e, r.Sentences)
	e.raw(`,"words":`)
	list(e, r.Words)
	e.raw(`,"segmented":`)
	e.str(r.Segmented)
	e.raw(`,"entities":`)
	list(e, r.Entities)
	e.raw(`,"officials":`)
	list(e, r.Officials)
	e.raw(`,"summary":`)
	e.value(r.Summary)
	e.raw(`,"keywords":`)
	list(e, r.Keywords)
	// The optional fields of issue 16, as json.Marshal writes them
	// (omitempty, omitzero).
	if r.Byline != "" {
		e.raw(`,"byline":`)
		e.value(r.Byline)
	}
	if !r.Published.IsZero() {
		e.raw(`,"published":`)
		e.value(r.Published)
	}
	if r.Category != "" {
		e.raw(`,"category":`)
		e.value(r.Category)
	}
	if len(r.Furniture) > 0 {
		e.raw(`,"furniture":`)
		list(e, r.Furniture)
	}
	if r.URL != "" {
		e.raw(`,"url":`)
		e.value(r.URL)
	}
	if !r.Fetched.IsZero() {
		e.raw(`,"fetched":`)
		e.value(r.Fetched)
	}
	for _, m := range extra {
		if shadowed(r, m.key) {
			continue // the Result has the field: one member of a name
		}
		e.raw(",")
		e.value(m.key)
		e.raw(":")
		e.bytes(m.value)
	}
	e.raw("}")
}

// jsonWriter keeps the first error, so writeResult reads as a list.
type jsonWriter struct {
	w   *bufio.Writer
	n   int64 // bytes written
	err error
	// scratch and enc encode one value at a time without a new buffer
	// each: an Encoder writes what json.Marshal returns, and a line feed.
	scratch bytes.Buffer
	enc     *json.Encoder
}

func (e *jsonWriter) raw(s string) {
	if e.err == nil {
		var n int
		n, e.err = e.w.WriteString(s)
		e.n += int64(n)
	}
}

func (e *jsonWriter) bytes(b []byte) {
	if e.err == nil {
		var n int
		n, e.err = e.w.Write(b)
		e.n += int64(n)
	}
}

func (e *jsonWriter) value(v any) {
	if e.err != nil {
		return
	}
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.scratch)
	}
	e.scratch.Reset()
	if err := e.enc.Encode(v); err != nil {
		e.err = err
		return
	}
	e.bytes(bytes.TrimSuffix(e.scratch.Bytes(), []byte("\n")))
}

// list writes a slice as json.Marshal does, nil as null.
func list[T any](e *jsonWriter, s []T) {
	if s == nil {
		e.raw("null")
		return
	}
	e.raw("[")
	for i := range s {
		if i > 0 {
			e.raw(",")
		}
		e.value(&s[i])
	}
	e.raw("]")
}

// strChunk is how much of a long string is escaped at once.
const strChunk = 64 << 10

// str writes s as a JSON string. json.Marshal escapes rune by rune (an
// invalid byte is one \ufffd), so escaping chunks cut at rune starts gives
// its very bytes: a rune start never falls inside a valid sequence.
func (e *jsonWriter) str(s string) {
	if len(s) <= strChunk {
		e.value(s)
		return
	}
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.scratch)
	}
	e.raw(`"`)
	for len(s) > 0 && e.err == nil {
		n := min(len(s), strChunk)
		for n < len(s) && n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		if n == 0 { // no rune start in a whole chunk: invalid bytes only
			n = min(len(s), strChunk)
		}
		e.scratch.Reset()
		if err := e.enc.Encode(s[:n]); err != nil {
			e.err = err
			return
		}
		b := e.scratch.Bytes()
		e.bytes(b[1 : len(b)-2]) // no quotes, no line feed
		s = s[n:]
	}
	e.raw(`"`)
}

// shadowed reports whether an other member of the input has the name of
// an optional field the Result writes.
func shadowed(r *vntext.Result, key string) bool {
	switch key {
	case "byline":
		return r.Byline != ""
	case "published":
		return !r.Published.IsZero()
	case "category":
		return r.Category != ""
	case "url":
		return r.URL != ""
	case "fetched":
		return !r.Fetched.IsZero()
	}
	return false
}
