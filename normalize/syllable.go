package normalize

import "github.com/vntext/vntext/internal/letters"

// toneTarget returns the index in sy.Letters where the tone belongs.
func toneTarget(sy letters.Syllable, style ToneStyle) int {
	nuc := sy.Letters[sy.NucStart:sy.NucEnd]
	last := -1
	for k, l := range nuc {
		switch l.Base {
		case letters.Ă, letters.Â, letters.Ê, letters.Ô, letters.Ơ, letters.Ư:
			last = k
		}
	}
	hasCoda := sy.NucEnd < len(sy.Letters)
	switch {
	case last >= 0:
	case len(nuc) == 1:
		last = 0
	case hasCoda:
		last = len(nuc) - 1
	case len(nuc) == 3:
		last = 1
	case sy.Kind&letters.NucStyle != 0:
		last = 0
		if style == ToneModern {
			last = 1
		} else if style == ToneKeep && sy.Toned == sy.NucStart+1 {
			last = 1
		}
	default:
		last = 0
	}
	return sy.NucStart + last
}

// fixSyllable moves ls's tone mark to its place for style and maps caron
// letters to the breve. It reports whether any letter changed; ls is
// modified in place.
func fixSyllable(ls []letters.Letter, style ToneStyle) bool {
	sy, ok := letters.Parse(ls)
	if !ok {
		return false
	}
	changed := false
	for k := range ls {
		if ls[k].Caron {
			ls[k].Caron = false
			changed = true
		}
	}
	if sy.Toned < 0 {
		return changed
	}
	t := toneTarget(sy, style)
	if t == sy.Toned {
		return changed
	}
	ls[t].Tone, ls[sy.Toned].Tone = ls[sy.Toned].Tone, letters.None
	return true
}
