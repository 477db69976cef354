package entities

import (
	"slices"
	"strings"
)

// OfficialsOf is Officials for the entities Extract already returned for a
// text, so a caller that needs both pays for one extraction. Mentions and
// roles carry the entities' offsets. It takes time linear in len(ents).
func (x *Extractor) OfficialsOf(ents []Entity) []Official {
	offs, _ := officialsOf(ents)
	return offs
}

// nameOf is the normalized form of a PERSON mention, which links its
// mentions: the written text for entities made without one.
func nameOf(e *Entity) string {
	if e.Normalized != "" {
		return e.Normalized
	}
	return e.Text
}

// officialsOf links the PERSON mentions of ents into people and returns
// those with a role, with the number of steps it took (map look-ups and
// mentions visited), which the growth test counts.
//
// A one-word mention ("ông Khuyến") goes to the person whose full name
// ends with it and was written closest before it, else to the first such
// person written after it; unlinked, one-word mentions with the same word
// are one person. One sweep in text order does this: lastBefore holds, per
// last word, the person mentioned last so far, and firstFull the person
// whose full name with that last word is written first.
func officialsOf(ents []Entity) ([]Official, int) {
	steps := 0
	type mention struct {
		ent  *Entity
		keys []string // folded words of the mention
	}
	var ms []mention
	for i := range ents {
		if ents[i].Type == Person {
			ms = append(ms, mention{ent: &ents[i], keys: foldPhrase(nameOf(&ents[i]))})
		}
	}
	if !slices.IsSortedFunc(ms, func(a, b mention) int { return a.ent.Start - b.ent.Start }) {
		slices.SortStableFunc(ms, func(a, b mention) int { return a.ent.Start - b.ent.Start })
	}
	var people []Official
	full := map[string]int{}      // full name key → person
	firstFull := map[string]int{} // last word → person of the first full name ending with it
	for _, m := range ms {
		steps++
		if len(m.keys) < 2 {
			continue
		}
		id := strings.Join(m.keys, " ")
		if _, ok := full[id]; !ok {
			full[id] = len(people)
			people = append(people, Official{Name: m.ent.Text, Normalized: nameOf(m.ent)})
		}
		if _, ok := firstFull[m.keys[len(m.keys)-1]]; !ok {
			firstFull[m.keys[len(m.keys)-1]] = full[id]
		}
	}
	lastBefore := map[string]int{}
	shortOnly := map[string]int{} // word → person known only by it
	type roleKey struct {
		person int
		text   string
		status RoleStatus
	}
	seenRole := map[roleKey]bool{}
	for _, m := range ms {
		steps++
		var n int
		switch {
		case len(m.keys) >= 2:
			n = full[strings.Join(m.keys, " ")]
			lastBefore[m.keys[len(m.keys)-1]] = n
		default:
			w := strings.Join(m.keys, " ")
			var ok bool
			if n, ok = lastBefore[w]; !ok {
				if n, ok = firstFull[w]; ok {
					lastBefore[w] = n
				}
			}
			if !ok && len(m.keys) == 1 {
				n, ok = shortOnly[w]
			}
			if !ok {
				n = len(people)
				shortOnly[w] = n
				people = append(people, Official{Name: m.ent.Text, Normalized: nameOf(m.ent)})
			}
		}
		o := &people[n]
		o.Mentions = append(o.Mentions, Span{m.ent.Start, m.ent.End})
		for _, r := range m.ent.Roles {
			steps++
			k := roleKey{n, phraseKey(r.Text), r.Status}
			if !seenRole[k] {
				seenRole[k] = true
				o.Roles = append(o.Roles, r)
			}
		}
	}
	return slices.DeleteFunc(people, func(o Official) bool { return len(o.Roles) == 0 }), steps
}
