package entities

import "strings"

// OfficialsOf is Officials for the entities Extract already returned for a
// text (ents as Extract gave them, in the same order), so a caller that
// needs both pays for one extraction. Mentions carry the entities' offsets.
func (x *Extractor) OfficialsOf(ents []Entity) []Official {
	var people []Official
	var keys [][]string // folded words of each official's full name
	type mention struct {
		ent  Entity
		keys []string
	}
	var shorts []mention
	index := map[string]int{}
	// after ranks every full name written later behind every one written
	// before: it exceeds any forward distance.
	after := 1
	for _, e := range ents {
		after = max(after, e.End+1)
	}
	for _, e := range ents {
		if e.Type != Person {
			continue
		}
		k := foldPhrase(e.Text)
		if len(k) < 2 {
			shorts = append(shorts, mention{e, k})
			continue
		}
		id := strings.Join(k, " ")
		n, seen := index[id]
		if !seen {
			n = len(people)
			index[id] = n
			people = append(people, Official{Name: e.Text})
			keys = append(keys, k)
		}
		people[n].Mentions = append(people[n].Mentions, Span{e.Start, e.End})
		people[n].Roles = addRoles(people[n].Roles, e.Roles)
	}
	for _, m := range shorts {
		best, bestDist := -1, 0
		for n, k := range keys {
			if !hasSuffix(k, m.keys) {
				continue
			}
			for _, s := range people[n].Mentions {
				d := m.ent.Start - s.Start
				if d < 0 {
					d = -d + after // prefer a full name written before
				}
				if best < 0 || d < bestDist {
					best, bestDist = n, d
				}
			}
		}
		if best < 0 {
			people = append(people, Official{Name: m.ent.Text, Mentions: []Span{{m.ent.Start, m.ent.End}}, Roles: addRoles(nil, m.ent.Roles)})
			keys = append(keys, m.keys)
			continue
		}
		people[best].Mentions = append(people[best].Mentions, Span{m.ent.Start, m.ent.End})
		people[best].Roles = addRoles(people[best].Roles, m.ent.Roles)
	}
	for n := range people {
		sortSpans(people[n].Mentions)
		if people[n].Roles == nil {
			people[n].Roles = []string{}
		}
	}
	return people
}
