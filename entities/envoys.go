package entities

import "github.com/vntext/vntext/gazetteer"

// Missions and envoys: a body that represents a state or an organ
// elsewhere is named with where it sits ("Tổng Lãnh sự quán Việt Nam tại
// Sihanoukville", "Cơ quan đại diện Bộ Ngoại giao tại TP HCM"; corpus
// precedents 11 and 66), and so is an envoy's role ("Tổng Lãnh sự Việt
// Nam tại Sihanoukville", GUIDELINES). The seat may be a city abroad the
// gazetteer does not know.

// maxSeatWords bounds the words of a city abroad read without the
// gazetteer ("Frankfurt am Main" aside, two words at most: "Khon Kaen").
const maxSeatWords = 2

// missionSeat returns the end of the place written with "tại" after a
// mission's name o ("Thương vụ Việt Nam tại Thái Lan"), whatever its
// level, or o.e.
func (p *pass) missionSeat(o orgMatch) int {
	if o.e <= o.s || p.key(o.e) != kTai || !p.kindAt(o.s, clMission) {
		return o.e
	}
	if pl := p.seat(o.e + 1); pl.e > o.e+1 {
		return pl.e
	}
	return o.e
}

// seat matches the place where a mission or an envoy sits at k: a place
// the rules read, else a city abroad the gazetteer does not know, written
// in one or two capitalised words that begin no phrase of the lists
// ("Sihanoukville", "Khon Kaen"), which ends before a personal name.
func (p *pass) seat(k int) placeMatch {
	if pl := p.place(k); pl.e > k && !pl.bare {
		return pl
	}
	if !p.capWord(k) || !p.toks[k].sp || p.toks[k].allCap || p.isSurnameStart(k) || p.x.lx.foreignGiven[p.key(k)] || p.phraseStart(k) {
		return placeMatch{}
	}
	e := k + 1
	for e < len(p.toks) && e-k < maxSeatWords && p.capWord(e) && p.toks[e].sp && !p.toks[e].allCap && !p.toks[e].digit && !p.isSurnameStart(e) {
		e++
	}
	if p.capWord(e) && p.toks[e].sp && !p.isSurnameStart(e) {
		return placeMatch{} // more capitalised words: not a city's name alone
	}
	return placeMatch{s: k, e: e, level: gazetteer.LevelOther, keep: true}
}

// roleSeat matches the place written with "tại" at k after a role r:
// where an envoy of a country sits may be a city abroad the gazetteer
// does not know ("Tổng Lãnh sự Việt Nam tại Sihanoukville"); after a body
// only a place the rules read.
func (p *pass) roleSeat(r role, k int) placeMatch {
	if r.org.e == 0 {
		return p.seat(k)
	}
	if pl := p.place(k); pl.e > k && !pl.bare {
		return pl
	}
	return placeMatch{}
}
