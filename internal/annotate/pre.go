package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/vntext/vntext/entities"
)

// extracted is an entity as the extractor serialises it. Reading the JSON
// rather than the Go struct keeps pre working whether roles come as strings
// or as objects with a status.
type extracted struct {
	Type  string            `json:"type"`
	Start int               `json:"start"`
	End   int               `json:"end"`
	Level string            `json:"level"`
	Roles []json.RawMessage `json:"roles"`
}

type extractedRole struct {
	Text   string `json:"text"`
	Status string `json:"status"`
}

// preAnnotate proposes mentions for a text from the extractor's output.
// Spans that do not fall on word boundaries, or overlap an earlier one, are
// left out and named in the returned notes.
func preAnnotate(x *entities.Extractor, text string) ([]mention, []string, error) {
	found, err := x.Extract(context.Background(), text)
	if err != nil {
		return nil, nil, err
	}
	raw, err := json.Marshal(found)
	if err != nil {
		return nil, nil, err
	}
	var ents []extracted
	if err := json.Unmarshal(raw, &ents); err != nil {
		return nil, nil, err
	}
	runes := []rune(text)
	b2r := byteToRune(text)
	var (
		out   []mention
		notes []string
		end   int
	)
	for _, e := range ents {
		short, ok := shortType[e.Type]
		if !ok {
			continue
		}
		s, okS := b2r[e.Start]
		t, okE := b2r[e.End]
		if !okS || !okE || s >= t {
			continue
		}
		surface := string(runes[s:t])
		occ := occurrenceIndex(runes, s, t)
		if occ == 0 || s < end {
			notes = append(notes, fmt.Sprintf("pre: left out %s %q at %d (not on word boundaries or overlapping)", short, surface, s))
			continue
		}
		end = t
		m := mention{Type: e.Type, Surface: surface, Occ: occ, Level: e.Level}
		if e.Type == "LOCATION" && m.Level == "" {
			m.Level = "?"
		}
		for _, r := range e.Roles {
			var rr extractedRole
			if json.Unmarshal(r, &rr.Text) != nil {
				if err := json.Unmarshal(r, &rr); err != nil {
					return nil, nil, fmt.Errorf("role %s: %w", r, err)
				}
			}
			m.Roles = append(m.Roles, role{Text: rr.Text, Status: rr.Status})
		}
		guessStatuses(runes, &m, s, t)
		out = append(out, m)
	}
	return out, notes, nil
}

// guessStatuses fills the statuses the extractor left empty from the marker
// written before each role; a marker before the first role of a stack
// applies to the roles after it (GUIDELINES, "Role status").
func guessStatuses(text []rune, m *mention, start, end int) {
	inherited := ""
	for i := range m.Roles {
		r := &m.Roles[i]
		if r.Status != "" {
			continue
		}
		r.Status = "current"
		at, ok := roleSpan(text, []rune(r.Text), start, end)
		if !ok {
			continue
		}
		if st, ok := markerBefore(text, at); ok {
			r.Status = st
			if i == 0 {
				inherited = st
			}
		} else if inherited != "" {
			r.Status = inherited
		}
	}
}
