package gazetteer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// toneSwap maps a word-final oa, oe or uy with its tone mark on one vowel
// to the same pair with the mark on the other: hòa ↔ hoà, thủy ↔ thuỷ.
var toneSwap = func() map[string]string {
	pairs := []string{
		"òa", "oà", "óa", "oá", "ỏa", "oả", "õa", "oã", "ọa", "oạ",
		"òe", "oè", "óe", "oé", "ỏe", "oẻ", "õe", "oẽ", "ọe", "oẹ",
		"ùy", "uỳ", "úy", "uý", "ủy", "uỷ", "ũy", "uỹ", "ụy", "uỵ",
	}
	m := map[string]string{}
	for i := 0; i < len(pairs); i += 2 {
		m[pairs[i]], m[pairs[i+1]] = pairs[i+1], pairs[i]
	}
	return m
}()

// toggleTone moves the tone mark of every word-final oa, oe, uy to the
// other vowel. Both placements are in use.
func toggleTone(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		trimmed := strings.TrimRight(w, ",.")
		// The pair is the last two runes of the word (lower case here).
		cut := len(trimmed)
		for k := 0; k < 2 && cut > 0; k++ {
			_, n := utf8.DecodeLastRuneInString(trimmed[:cut])
			cut -= n
		}
		if to, ok := toneSwap[trimmed[cut:]]; ok {
			words[i] = trimmed[:cut] + to + w[len(trimmed):]
		}
	}
	return strings.Join(words, " ")
}

// TestGazetteerRecall names every unit of every period in generated
// sentences, in NFC and NFD and both tone placements, and requires the
// exact span and, when the parents are written, the unit's own code.
func TestGazetteerRecall(t *testing.T) {
	g := testGazetteer(t)
	units := g.Units()
	byCode := map[string]Unit{}
	for _, u := range units {
		byCode[string(u.Period)+":"+u.Code] = u
	}
	parentOf := func(u Unit) (Unit, bool) {
		if u.ParentCode == "" {
			return Unit{}, false
		}
		if p, ok := byCode[string(u.Period)+":"+u.ParentCode]; ok {
			return p, true
		}
		p, ok := byCode[string(PeriodPost2025)+":"+u.ParentCode]
		return p, ok
	}
	counts := map[string]int{}
	failures := 0
	byKind := map[string]int{}
	for _, u := range units {
		counts[string(u.Period)+" "+string(u.Level)]++
		mention := strings.ToLower(u.Type) + " " + u.Name
		wantKey := foldText(g, mention)
		chain := mention
		for p, ok := parentOf(u); ok; p, ok = parentOf(p) {
			chain += ", " + strings.ToLower(p.Type) + " " + p.Name
		}
		type sentence struct {
			text, want string // want: the folded span
			wantCode   bool
		}
		sentences := []sentence{
			{"Lãnh đạo UBND " + mention + " họp sáng nay.", wantKey, false},
			// A province's code can differ between periods (Lào Cai: 10, then 15);
			// lower units are pinned down by the parents written after them.
			{"Ông Lê Văn Ba, quê " + chain + ", nhận giấy khen.", wantKey, u.Level != LevelProvince},
		}
		if u.Level == LevelProvince {
			// Provinces are also written bare.
			sentences = append(sentences, sentence{"Đoàn công tác đến " + u.Name + " hôm qua.", foldText(g, u.Name), false})
		}
		for _, s := range sentences {
			toggled := toggleTone(s.text)
			for _, variant := range []string{s.text, norm.NFD.String(s.text), toggled, norm.NFD.String(toggled)} {
				found := false
				for _, e := range g.Locations(variant) {
					if variant[e.Start:e.End] == e.Text && foldText(g, e.Text) == s.want && (!s.wantCode || e.Code == u.Code) {
						found = true
						break
					}
				}
				if !found {
					failures++
					byKind[string(u.Period)+" "+string(u.Level)]++
					if byKind[string(u.Period)+" "+string(u.Level)] <= 3 {
						t.Errorf("%s %s %s: not found in %q: %+v", u.Period, u.Code, u.FullName(), variant, g.Locations(variant))
					}
				}
			}
		}
	}
	t.Logf("units checked: %v; failures: %d %v", counts, failures, byKind)
}

// foldText is the folded key of every word of s, for comparing spellings.
func foldText(g *Gazetteer, s string) string {
	var b strings.Builder
	var key, scratch []byte
	sc := scanner{g: g}
	sc.reset(s)
	for _, tk := range sc.tokens(nil) {
		if tk.kind == tokWord {
			key, scratch = foldWord(key[:0], scratch, s[tk.start:tk.end])
			b.Write(key)
			b.WriteByte(' ')
		}
	}
	return b.String()
}
