package entities

import "github.com/vntext/vntext/gazetteer"

// Guards that keep a rule from reading past what it matched or from
// reading a common word as a name: a unit head word inside a common
// compound ("xã hội"), a personal name after a bare unit head ("UBND tỉnh
// Hoàng Thị Lan Vy"), a quantity after a programme's name ("… giảm nghèo
// bền vững chiếm 42%"), a lone capitalised word or a sentence-opening
// connective that is no given name ("Cổng thông tin", "Đồng thời"). The
// final pass that replaces the rules' places by the gazetteer's mentions
// (preferGazetteerPlaces) lives here too.

// unitCompoundWords are words an administrative head word begins when written
// with the next word in lower case: "Ngân hàng Chính sách xã hội", "tỉnh
// táo". The head then names no unit.
var unitCompoundWords = []string{
	"xã hội", "xã viên", "xã giao", "xã luận", "xã tắc",
	"tỉnh táo", "tỉnh ngộ", "tỉnh giấc", "tỉnh dậy", "tỉnh bơ", "tỉnh rượu", "tỉnh thành",
	"quận chúa", "quận công", "phường hội", "phường chèo", "phường tuồng",
}

// unitCompound reports an administrative head word at k that begins a
// common compound with the lower-case word after it.
func (p *pass) unitCompound(k int) bool { return p.unitCompoundEnd(k) > k }

// unitCompoundEnd returns the end of such a compound at k, or k.
func (p *pass) unitCompoundEnd(k int) int {
	if k+1 >= len(p.toks) || p.toks[k+1].cap || !p.toks[k+1].sp {
		return k
	}
	if e, c := p.x.lx.unitCompounds.longest(p.toks, k, 1); c != 0 && e > k+1 {
		return e
	}
	return k
}

// personAfterHead reports a capitalised run at k, after an administrative
// head word, that reads as a personal name rather than the unit's name: a
// family name, a middle name and a given name ("tỉnh Hoàng Thị Lan Vy").
// A run the gazetteer knows as a unit ("huyện Lê Thủy") stays a place, and
// so does a family name without a middle name, as many places abroad read
// ("tỉnh Hồ Bắc", "tỉnh Giang Tô").
func (p *pass) personAfterHead(k int) bool {
	if !p.isSurname(k) || !p.x.lx.middles[p.key(k+1)] {
		return false
	}
	for j := k + 1; j <= k+2; j++ {
		if !p.capWord(j) || !p.toks[j].sp {
			return false
		}
	}
	return !p.knownUnit(k, k+2) && !p.knownUnit(k, k+3)
}

// personAsUnit reports a gazetteer mention at i made of an administrative
// head and a name the gazetteer does not know that reads as a person's
// ("UBND huyện Lê Hùng").
func (p *pass) personAsUnit(i int) bool {
	if p.locs[p.locIdx[i]].Code != "" {
		return false
	}
	he, c := p.x.lx.geo.longest(p.toks, i, clAdmin)
	return c != 0 && p.personAfterHead(he)
}

// numberIntro holds the words after which a number belongs to a
// programme's name: "số 15", "giai đoạn 2021-2025", "đến năm 2030",
// "khóa XIII", "lần thứ 13", "đợt 2".
var numberIntro = foldSet("số", "năm", "đoạn", "khóa", "khoá", "lần", "thứ", "kỳ", "đợt", "phase", "bản", "phiên")

// numberInName reports whether the number at j continues the unquoted
// programme name begun at k: one or two words into the name ("Chương
// trình 135", "Luật Đầu tư 2020", "Nghị quyết Trung ương 4"), after an
// introducing word, a range or code mark ("2021 - 2025", "15/NQ") or a
// capitalised word. After any other lower-case word it is a quantity the
// sentence states about the programme.
func (p *pass) numberInName(k, j int) bool {
	if j-k <= 2 {
		return true
	}
	prev := &p.toks[j-1]
	switch prev.kind {
	case tkPunct:
		return prev.key == "-" || prev.key == "/"
	case tkNum:
		return true
	}
	return prev.cap || numberIntro[prev.key]
}

// quantityVerbs are predicates that take a quantity: "chiếm 42%", "tăng 11
// xã", "đạt 90%".
var quantityVerbs = foldSet("chiếm", "tăng", "giảm", "đạt", "thêm", "khoảng", "gần", "hết", "mất", "tốn", "vượt",
	"thu", "chi", "vay", "huy động", "hỗ trợ", "trị giá", "lên", "xuống", "còn", "hơn", "trên", "dưới", "gồm")

// dropQuantityVerb returns the end of a programme name [k, end) without
// the verb that governs the quantity after it.
func (p *pass) dropQuantityVerb(k, end int) int {
	if end-1 > k && p.isWord(end-1) && !p.toks[end-1].cap && quantityVerbs[p.key(end-1)] {
		return end - 1
	}
	return end
}

// beginsOtherName reports a capitalised word at m that begins another
// organisation or a programme, which a lower-case organisation name
// before it does not take: "ban gia đình xã hội Hội Liên hiệp phụ nữ",
// "Đảng ủy quán triệt Nghị quyết …".
func (p *pass) beginsOtherName(m int) bool {
	if p.x.lx.orgs.starts(p.key(m)) && p.org(m, false).e > m {
		return true
	}
	_, c := p.x.lx.programs.longest(p.toks, m, clProgHead|clNational)
	return c != 0
}

// loneWordNoName reports a single capitalised word at i, inside a sentence
// and without a person cue, that is weak evidence for a person: "Cổng
// thông tin điện tử", "Thạc sĩ Quản trị kinh doanh". A given name used
// alone is the subject or object of a clause, so punctuation, a function
// word or a verb of speech follows it ("Lâm đã …", "Bốn nói", "gặp Hạnh,
// …"); a lower-case word of another kind reads as the rest of a common
// word written with a capital. A given name repeated from a full name
// written elsewhere is found by repeatNames.
func (p *pass) loneWordNoName(i int) bool {
	if p.initialAt(i) || onsetAbbrev[p.key(i)] {
		return false
	}
	n := i + 1
	if n >= len(p.toks) || !p.isWord(n) || p.toks[n].cap || p.toks[n].nl {
		return false
	}
	k := p.key(n)
	return !progStop[k] && !afterGivenName[k]
}

// afterGivenName holds function words and verbs of speech and thought
// that follow a person's given name, beyond those in progStop.
var afterGivenName = foldSet("và", "ơi", "ạ", "à", "ư", "nói", "kể", "hỏi", "đáp", "bảo", "cười", "nghĩ", "biết",
	"thấy", "chưa", "chỉ", "cứ", "hoặc", "liền", "bèn", "từng", "thường", "muốn", "định", "nhớ", "tên", "ngồi", "đứng")

// degreeCues are academic degrees, which precede a field of study as often
// as a name: "Thạc sĩ Quản trị kinh doanh", "Kỹ sư Xây dựng".
var degreeCues = phraseSet("thạc sĩ", "tiến sĩ", "kỹ sư", "cử nhân", "ThS", "TS", "kiến trúc sư", "tiến sĩ khoa học", "TSKH")

// preferGazetteerPlaces replaces the places the rules found by the
// gazetteer's own mentions, which follow the guidelines' spans more
// closely: head-word and country places it does not confirm are dropped
// ("yêu cầu Ban …", "Anh" as a pronoun), and its mentions outside every
// other entity are added, except a country after a nationality or
// language word ("người Mỹ", "tiếng Pháp"). A unit name the rules read without a
// head word ("Phú Lộc", "Đức Phổ") stays, and replaces the shorter
// gazetteer mentions inside it ("Đức").
func (p *pass) preferGazetteerPlaces() {
	covered := make([]bool, len(p.toks)+1)
	kept := p.out[:0]
	var bare []found
	for _, f := range p.out {
		if f.typ == Location {
			if f.place == nil && f.level == "" {
				bare = append(bare, f)
			}
			continue
		}
		kept = append(kept, f)
		for k := f.s; k < f.e; k++ {
			covered[k] = true
		}
	}
	p.out = kept
	first := len(p.out)
	ti := 0
	for li := range p.locs {
		l := &p.locs[li]
		var te int
		var ok bool
		if ti, te, ok = p.tokenSpan(ti, l.Start, l.End); !ok {
			continue
		}
		if !anyIn(covered, ti, te+1) && !(l.Level == gazetteer.LevelCountry && nationalityWords[p.key(ti-1)]) {
			p.emit(found{typ: Location, s: ti, e: te + 1, place: l})
		}
	}
	for _, f := range bare {
		inside := true // every overlapping gazetteer mention lies inside f
		for _, g := range p.out[first:] {
			if g.s < f.e && f.s < g.e && (g.s < f.s || g.e > f.e || g.e-g.s == f.e-f.s) {
				inside = false
				break
			}
		}
		if !inside {
			continue
		}
		out := p.out[:first]
		for _, g := range p.out[first:] {
			if g.e <= f.s || g.s >= f.e {
				out = append(out, g)
			}
		}
		p.out = append(out, f)
	}
}

// nationalityWords before a country name make it a nationality or a
// language, not a place: "người Mỹ", "tiếng Pháp".
var nationalityWords = foldSet("người", "tiếng", "chữ", "giọng", "quốc tịch")

// anyIn reports whether any of marks[s:e] is set.
func anyIn(marks []bool, s, e int) bool {
	for k := s; k < e; k++ {
		if marks[k] {
			return true
		}
	}
	return false
}

// connectiveWords are sentence-opening conjunctions and adverbials whose first
// word is also a given name ("Đồng thời", "Nhất là", "Chính vì vậy").
var connectiveWords = []string{"đồng thời", "nhất là", "chính vì", "chính là", "thậm chí", "trung bình",
	"hoàng hôn", "kiên quyết", "quang cảnh", "tiến độ", "thành thật", "bình thường", "thực tế",
	"an toàn", "hiện nay", "hiện tại", "toàn bộ", "cũng vậy", "tuy nhiên", "cuối cùng"}

// connectiveAt reports a connective at i.
func (p *pass) connectiveAt(i int) bool {
	e, c := p.x.lx.connectives.longest(p.toks, i, 1)
	return c != 0 && e > i+1
}
