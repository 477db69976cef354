// Package spancheck asserts, for tests of every front end, the output
// contract: every span in a JSON output is the caller's own text at its
// offsets.
package spancheck

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// Check asserts the contract on a Result's JSON (a batch record, an
// /v1/analyze answer, "analyze --json"): the input is its "text", the
// offset unit its "offsets". Error records pass.
func Check(t testing.TB, out []byte) {
	t.Helper()
	var top map[string]any
	if err := json.Unmarshal(out, &top); err != nil {
		t.Fatalf("output is not a JSON object: %v: %.200s", err, out)
	}
	if _, failed := top["error"]; failed {
		return
	}
	text, ok := top["text"].(string)
	if !ok {
		t.Fatalf("output has no \"text\": %.200s", out)
	}
	unit, _ := top["offsets"].(string)
	if err := walk(text, unit, top, ""); err != nil {
		t.Fatal(err)
	}
}

// CheckText asserts the contract on an output that does not carry its
// input (the entities of "vntext entities" or /v1/entities).
func CheckText(t testing.TB, input string, unit string, out []byte) {
	t.Helper()
	var v any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("output is not JSON: %v: %.200s", err, out)
	}
	if err := walk(input, unit, v, ""); err != nil {
		t.Fatal(err)
	}
}

// slicer cuts the input by offsets in a unit.
type slicer struct {
	text  string
	unit  string
	runes []rune
	u16   []uint16
}

func (s *slicer) cut(start, end int) (string, bool) {
	if start < 0 || end < start {
		return "", false
	}
	switch s.unit {
	case "", "bytes":
		if end > len(s.text) {
			return "", false
		}
		return s.text[start:end], true
	case "runes":
		if s.runes == nil {
			s.runes = []rune(s.text)
		}
		if end > len(s.runes) {
			return "", false
		}
		return string(s.runes[start:end]), true
	case "utf16":
		if s.u16 == nil {
			s.u16 = utf16.Encode([]rune(s.text))
		}
		if end > len(s.u16) {
			return "", false
		}
		return string(utf16.Decode(s.u16[start:end])), true
	}
	return "", false
}

func walk(input, unit string, v any, path string) error {
	if !utf8.ValidString(input) {
		return fmt.Errorf("the input is not UTF-8: a front end decodes it first (vntext.Decode)")
	}
	s := &slicer{text: input, unit: unit}
	return s.walk(v, path)
}

func (s *slicer) walk(v any, path string) error {
	switch x := v.(type) {
	case []any:
		for i, e := range x {
			if err := s.walk(e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case map[string]any:
		text, hasText := x["text"].(string)
		start, hasStart := x["start"].(float64)
		end, hasEnd := x["end"].(float64)
		if hasText && hasStart && hasEnd {
			got, ok := s.cut(int(start), int(end))
			if !ok {
				return fmt.Errorf("%s: span [%v,%v) of %q outside the input", path, start, end, text)
			}
			if got != text {
				return fmt.Errorf("%s: text %q, but the input at [%v,%v) is %q", path, text, start, end, got)
			}
		}
		for _, key := range []string{"roles", "successors"} {
			if roles, ok := x[key].([]any); ok && key == "roles" {
				for _, r := range roles {
					if rs, ok := r.(string); ok && !strings.Contains(s.text, rs) {
						return fmt.Errorf("%s.roles: %q is not in the input", path, rs)
					}
				}
			}
		}
		if unitText, ok := x["unit"].(string); ok && unitText != "" && !strings.Contains(s.text, unitText) {
			return fmt.Errorf("%s.unit: %q is not in the input", path, unitText)
		}
		if name, ok := x["name"].(string); ok {
			if ms, ok := x["mentions"].([]any); ok {
				named := false
				for _, m := range ms {
					mm, _ := m.(map[string]any)
					a, _ := mm["start"].(float64)
					b, _ := mm["end"].(float64)
					got, ok := s.cut(int(a), int(b))
					if !ok {
						return fmt.Errorf("%s: mention [%v,%v) outside the input", path, a, b)
					}
					named = named || got == name
				}
				if !named {
					return fmt.Errorf("%s: official %q is none of its mentions", path, name)
				}
			}
		}
		for k, e := range x {
			if k == "text" && !hasStart {
				continue
			}
			if err := s.walk(e, path+"."+k); err != nil {
				return err
			}
		}
	}
	return nil
}

// CheckGroup asserts the contract on a group summary's JSON (a "vntext
// batch --group-by" record, a /v1/summarize/cluster answer): texts are its
// documents' texts, in the order of its "documents". Every sentence is the
// text of document "article" at its offsets, and every echo lies inside
// its document. Error records pass.
func CheckGroup(t testing.TB, texts []string, out []byte) {
	t.Helper()
	if err := checkGroup(texts, out); err != nil {
		t.Fatal(err)
	}
}

func checkGroup(texts []string, out []byte) error {
	var g struct {
		Error     *string  `json:"error"`
		Documents []string `json:"documents"`
		Offsets   string   `json:"offsets"`
		Summary   struct {
			Sentences []struct {
				Text       string `json:"text"`
				Start, End int
				Article    int `json:"article"`
				Echoes     []struct {
					Article    int `json:"article"`
					Start, End int
				} `json:"echoes"`
			} `json:"sentences"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(out, &g); err != nil {
		return fmt.Errorf("output is not a JSON object: %v: %.200s", err, out)
	}
	if g.Error != nil {
		return nil
	}
	if len(g.Documents) != len(texts) {
		return fmt.Errorf("%d documents, %d texts given: %.200s", len(g.Documents), len(texts), out)
	}
	slicers := make([]*slicer, len(texts))
	for i, text := range texts {
		if !utf8.ValidString(text) {
			return fmt.Errorf("document %d is not UTF-8: a front end decodes it first (vntext.Decode)", i)
		}
		slicers[i] = &slicer{text: text, unit: g.Offsets}
	}
	doc := func(i int) (*slicer, error) {
		if i < 0 || i >= len(slicers) {
			return nil, fmt.Errorf("article %d of %d documents", i, len(slicers))
		}
		return slicers[i], nil
	}
	for k, x := range g.Summary.Sentences {
		s, err := doc(x.Article)
		if err != nil {
			return fmt.Errorf("sentence %d: %w", k, err)
		}
		got, ok := s.cut(x.Start, x.End)
		if !ok || got != x.Text {
			return fmt.Errorf("sentence %d: text %q, but document %d at [%d,%d) is %q", k, x.Text, x.Article, x.Start, x.End, got)
		}
		for _, e := range x.Echoes {
			s, err := doc(e.Article)
			if err != nil {
				return fmt.Errorf("sentence %d, echo: %w", k, err)
			}
			if got, ok := s.cut(e.Start, e.End); !ok || !utf8.ValidString(got) || got == "" {
				return fmt.Errorf("sentence %d: echo [%d,%d) not a span of document %d", k, e.Start, e.End, e.Article)
			}
		}
	}
	return nil
}
