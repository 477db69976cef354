package wseg

// SplitNameRuns forces a word to begin where a personal name starts inside
// a longer run of capitalised syllables: "quận Tây Hồ Lê Thị Thu Hằng" is a
// place then a person, never one six-syllable word. A name start is a family
// name followed by a middle name, with two to four syllables left in the run.
// Call it after the input is complete and before Segment; units already
// fixed (user words, line breaks) are left alone.
func (m *Model) SplitNameRuns(in *Input) {
	n := len(in.key)
	flag := func(i int) uint8 { return m.flags[in.id[i]] }
	runUnit := func(i int) bool { return in.free[i] && capital(in.shape[i]) }
	for a := 0; a < n; {
		if !runUnit(a) {
			a++
			continue
		}
		b := a + 1
		for b < n && runUnit(b) && !in.glued[b] {
			b++
		}
		for j := a + 1; b-a >= 4 && j+1 < b; j++ {
			if l := b - j; l <= 4 && flag(j)&FlagSurname != 0 && flag(j+1)&FlagMiddle != 0 && in.fix[j] == fixNone {
				in.fix[j] = fixBegin
				break
			}
		}
		a = b
	}
}
