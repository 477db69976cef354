package entities

// genericTitle and genericHead are the lexicon classes of words that name
// a kind of person or body rather than one: titles and their parts, cues
// ("HLV"), honorifics and markers; organisation heads ("Công an", "Sở",
// "Bệnh viện") and organs.
const (
	genericTitle = clTitle | clTitleComp | clPrefix | clSuffix | clMarker | clHonorific | clCue
	genericHead  = clHead | clUnitOrgan | clOrgan | clCommittee | clLowerHead
)

// Generic reports whether phrase names a kind of person or body but no one
// in particular: it is made only of titles ("Giám đốc", "Phó Chủ tịch",
// "HLV") and organisation heads ("Công an", "Bệnh viện"), with at most an
// administrative level word ("Công an huyện"). "Công an huyện Đông Anh"
// and "Sở Giao thông vận tải" are not generic. Keyword lists leave generic
// phrases out. The zero Extractor uses the built-in lexicons; custom titles
// and heads (WithTitles, WithOrganizationHeads) count.
func (x *Extractor) Generic(phrase string) bool {
	x, err := x.orDefault()
	if err != nil {
		return false
	}
	keys := foldPhrase(phrase)
	toks := make([]token, len(keys))
	for i, k := range keys {
		toks[i].id = x.vocab[k]
		if toks[i].id == 0 {
			return false // a word of no lexicon: a name
		}
	}
	named := false // a title or a head, not only level words
	for i := 0; i < len(toks); {
		if e, _ := x.lx.titles.longest(toks, i, genericTitle); e > i {
			i, named = e, true
			continue
		}
		if e, _ := x.lx.orgs.longest(toks, i, genericHead); e > i {
			i, named = e, true
			continue
		}
		if e, _ := x.lx.geo.longest(toks, i, clAdmin); e > i {
			i = e
			continue
		}
		return false
	}
	return named
}
