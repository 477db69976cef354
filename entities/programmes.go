package entities

import (
	"unicode/utf8"

	"github.com/vntext/vntext/gazetteer"
)

// Programmes: quoted names after a head noun, numbered instruments and
// named plans, laws and programmes.

// maxQuoted bounds a quoted programme name, in tokens.
const maxQuoted = 120

// maxProgName bounds an unquoted programme name, in tokens: national
// programmes run long ("… vùng đồng bào dân tộc thiểu số và miền núi giai
// đoạn 2021-2030").
const maxProgName = 36

// phraseKey is the folded key of a phrase: its tokens' keys joined by
// spaces, as joinKeys gives for the same tokens in a text.
func phraseKey(phrase string) string { return joinKeys(scan(phrase)) }

var (
	kDen, kNam     = foldKey("đến"), foldKey("năm")
	kPhong, kChong = foldKey("phòng"), foldKey("chống")
	kThu           = foldKey("thứ")
	kMoi           = foldKey("mới")
	kLan           = foldKey("lần")
	kTu, kTuyen    = foldKey("từ"), foldKey("tuyến")
	kMoiQ, kKhac   = foldKey("mọi"), foldKey("khác")
	kChu, kDe      = foldKey("chủ"), foldKey("đề")
)

// program matches a programme starting at token i and returns the token
// after it, or i.
func (p *pass) program(i int) int {
	if e := p.tournament(i); e > i {
		p.emit(found{typ: Program, s: i, e: e})
		return e
	}
	lx := p.x.lx
	he, c := lx.programs.longest(p.toks, i, clProgHead|clNational|clProgAlone|clProgNumbered|clLaw|clProgTitle)
	if c&^clLaw == 0 || p.inCompound(i) {
		return i // "kỷ luật", "pháp luật" hold no law's name
	}
	if we, wc := lx.programs.longest(p.toks, i, clProgWord); wc != 0 && we > he {
		return i // "Hội Luật gia", "giải pháp": a common word
	}
	if !p.toks[i].cap && (p.key(i-1) == "-" || p.key(i-1) == "–") && p.isWord(i-2) && !p.toks[i-2].cap {
		return i // "Phòng tài chính - kế hoạch huyện": the second of two sectors
	}
	law := c&clLaw != 0
	if c&clProgTitle != 0 {
		return p.emitProgram(i, p.titlePeriod(he), law)
	}
	if he < len(p.toks) && p.toks[he].nl {
		return i // a head ending its line names nothing on the next one
	}
	if c&clNational != 0 {
		if k := p.progWords(he, true, law); k > he {
			return p.emitProgram(i, k, law)
		}
	}
	k := he
	if p.key(k) == kNam && p.isYear(k+1) && p.key(k+2) == "\"" {
		k += 2 // "chủ đề năm 2025 \"…\"": the year of a yearly theme
	}
	if p.key(k) == ":" {
		k++
		if e := p.themeAfterColon(i, k); e > k {
			p.emit(found{typ: Program, s: k, e: e})
			return e
		}
	}
	// Quoted name: the span is inside the quotes.
	if p.key(k) == "\"" && c&clProgNumbered == 0 {
		if q := p.quoteEnd(k); q > k+1 {
			p.emit(found{typ: Program, s: k + 1, e: q})
			return q + 1
		}
		return i
	}
	// Numbered instrument: "Nghị quyết số 15-NQ/TW", "Kế hoạch 123/KH-UBND",
	// "biên bản số 12/BB", "công văn 999".
	k = p.describedNumber(he, c&clProgNumbered != 0)
	so := p.key(k) == kSo
	if so {
		k++
	}
	if k < len(p.toks) && p.toks[k].kind == tkNum {
		ne := p.docNumber(k)
		if so || ne > k+1 || p.toks[i].cap || p.numberAlone(ne) {
			return p.emitProgram(i, ne, false)
		}
		return i
	}
	if c&clProgNumbered != 0 && c&(clProgHead|clProgAlone) == 0 {
		return i // "báo cáo", "văn bản" name an instrument only with a number
	}
	k = he
	// "Hiến pháp", "Điều lệ Đảng", "OCOP": the head names the instrument.
	alone := c&clProgAlone != 0 && (p.toks[i].cap || p.toks[i].allCap)
	if !p.isWord(k) || !p.toks[k].sp {
		if alone {
			return p.emitProgram(i, he, law)
		}
		return i
	}
	// Named: "Luật Đầu tư 2020", "dự án Rusalka", "Nghị quyết Trung ương 4",
	// "Đề án X".
	if p.toks[k].cap && !p.isSurnameStart(k) {
		ke, kc := lx.programs.longest(p.toks, k, clProgHead|clLaw)
		if kc == 0 && !p.toks[i].cap && p.org(k, false).e > k {
			return i // "kết luận Ban Thường vụ …": a verb before a body
		}
		if !p.toks[i].cap && (kc&clLaw != 0 || kc != 0 && (p.key(ke) == kSo || ke < len(p.toks) && p.toks[ke].kind == tkNum)) {
			return i // "theo quy định Luật Đất đai": the instrument begins at its own head
		}
		if ae, ac := lx.programs.longest(p.toks, k, clProgAlone); ac != 0 && !p.capWord(ae) {
			// "Chương trình OCOP giúp nông dân …": a name known whole
			// ends the title but for its period.
			return p.emitProgram(i, p.titlePeriod(ae), law)
		}
		if e := p.progWords(k, true, law); e > k {
			if p.kindOnly(i, k, e) {
				return i
			}
			return p.emitProgram(i, e, law)
		}
	}
	if alone {
		return p.emitProgram(i, he, law)
	}
	// "dự án đường X - cầu Y": a place names the project.
	if e := p.projectWork(k); e > k {
		return p.emitProgram(i, e, false)
	}
	if !p.toks[i].cap {
		if e, a := p.definedAcronym(k); a > e {
			p.emit(found{typ: Program, s: i, e: e})
			p.emit(found{typ: Program, s: a - 1, e: a})
			return a + 1
		}
		return i
	}
	// A capitalised head and lower-case words: "Đề án thành phố thông
	// minh". At a sentence's start the head may be a common word, unless
	// the name holds a year ("Quy hoạch tỉnh X thời kỳ 2021-2030"); after
	// "các" it is a kind of plan ("các Kế hoạch tuyên truyền").
	if e := p.progWords(k, false, law); e > k+1 && (!p.sentenceStart(i) || p.holdsYear(k, e)) && !p.plural(i) {
		return p.emitProgram(i, e, law)
	}
	return i
}

// plural reports a plural or universal quantifier before the head at i
// ("các", "những", "mọi").
func (p *pass) plural(i int) bool {
	switch p.key(i - 1) {
	case kCac, kNhung, kMoiQ:
		return true
	}
	return false
}

// kindOnly reports a programme name [k, e) after the head at i that only
// says what kind of instrument it is: an acronym after a plural ("các dự
// án ODA", "các dự án FDI tốt") or before "khác" ("dự án BOT khác").
func (p *pass) kindOnly(i, k, e int) bool {
	if !p.toks[k].allCap {
		return false
	}
	return p.plural(i) || p.key(e) == kKhac || e == k+2 && p.key(k+1) == kKhac
}

// repeatPrograms marks the later and earlier mentions of an acronym
// defined in parentheses after a programme ("… (MTCP)", then "MTCP cho
// phép …"): a bare acronym, or one read as a person's name, is the
// programme.
func (p *pass) repeatPrograms() {
	var acr map[string]bool
	for i := range p.out {
		f := &p.out[i]
		if f.typ == Program && f.e == f.s+1 && p.key(f.s-1) == "(" && p.key(f.e) == ")" && p.toks[f.s].allCap {
			if acr == nil {
				acr = map[string]bool{}
			}
			acr[p.key(f.s)] = true
		}
	}
	if acr == nil {
		return
	}
	covered := make([]bool, len(p.toks)+1)
	for i := range p.out {
		f := &p.out[i]
		if f.typ == Person && f.e == f.s+1 && len(f.roles) == 0 && acr[p.key(f.s)] {
			f.typ = Program
		}
		for k := f.s; k < f.e; k++ {
			covered[k] = true
		}
	}
	for i := range p.toks {
		if !covered[i] && p.toks[i].allCap && acr[p.key(i)] && !p.capWord(i+1) && !(p.capWord(i-1) && !p.sentenceStart(i-1)) {
			p.emit(found{typ: Program, s: i, e: i + 1})
		}
	}
}

// maxDefinedWords bounds the lower-case description of a programme that
// an acronym in parentheses names.
const maxDefinedWords = 12

// definedAcronym matches a lower-case description after a lower-case head
// that an acronym in parentheses names ("chương trình hợp tác giáo dục
// (PEC)", "… của Canada (CTC)"): it returns the end of the description,
// without the owner after "của", and the position of the closing
// parenthesis, or k, k.
func (p *pass) definedAcronym(k int) (int, int) {
	m := k
	for m < len(p.toks) && m-k < maxDefinedWords && p.isWord(m) && p.toks[m].sp {
		if pe := p.placeAt(m); pe > m && m > k {
			m = pe // "… sinh viên châu Á (…)": a place inside the description
			continue
		}
		if p.toks[m].cap || p.wordAt(m, clProgStop) && !p.inNameWord(m) && !(p.key(m) == kVa && m > k) {
			break
		}
		m++
	}
	if m == k || p.key(m-1) == kVa {
		return k, k
	}
	e := m
	if p.key(m) == kCua {
		if o := p.endPoint(m + 1); o > m+1 {
			m = o // the owner of the programme stays out of its name
		}
	}
	if a := p.acronymAfter(m); a > m {
		return e, a
	}
	return k, k
}

// maxTheme bounds a theme written after "chủ đề:" without quotes, in
// tokens.
const maxTheme = 16

// themeAfterColon returns the end of a theme written without quotes after
// "chủ đề:" at k ("… với chủ đề: Chung tay vì nguồn nước sạch, …"): the
// colon quotes it up to the next comma or full stop. A long run is a
// sentence, not a theme.
func (p *pass) themeAfterColon(i, k int) int {
	if p.key(i) != kChu || p.key(i+1) != kDe || !p.capWord(k) {
		return k
	}
	for e := k + 1; e < len(p.toks) && e-k <= maxTheme; e++ {
		switch {
		case p.toks[e].nl:
			return e
		case p.toks[e].kind == tkPunct && p.toks[e].key != "-" && p.toks[e].key != "–":
			return e
		}
	}
	if len(p.toks)-k <= maxTheme {
		return len(p.toks)
	}
	return k
}

// quoteEnd returns the closing quote of the quotation opened at k, or -1.
// After a head noun a closing mark opens nothing ("… nghị quyết”. Kiến
// nghị …"). Curly quotes nest ("“Cuộc thi “Tài năng” mùa hè”"); a
// straight quote inside closes. A name in quotes holds no sentence end, so
// a pairing that runs into the next sentence has paired the wrong marks.
func (p *pass) quoteEnd(k int) int {
	if !p.opensQuote(k) {
		return -1
	}
	depth := 1
	for q := k + 1; q < len(p.toks) && q-k < maxQuoted; q++ {
		t := &p.toks[q]
		if t.nl || p.endsSentence(q) {
			return -1
		}
		if t.key != "\"" {
			continue
		}
		if p.quoteMark(q) == quoteOpen {
			depth++ // a quotation inside the name
			continue
		}
		if depth--; depth == 0 {
			return q
		}
	}
	return -1
}

// Quote marks by direction.
const (
	quoteStraight = iota // '"': either way
	quoteOpen            // “ « „ ‟
	quoteClose           // ” »
)

// quoteMark returns the direction of the quote mark at k as written.
func (p *pass) quoteMark(k int) int {
	r, _ := utf8.DecodeRuneInString(p.text[p.toks[k].s:])
	switch r {
	case '“', '«', '„', '‟':
		return quoteOpen
	case '”', '»':
		return quoteClose
	}
	return quoteStraight
}

// opensQuote reports a quote at k that can open a quotation: an opening
// mark, or a straight one before a word or a number (not one that closes
// a quotation before a full stop or a comma).
func (p *pass) opensQuote(k int) bool {
	switch p.quoteMark(k) {
	case quoteOpen:
		return true
	case quoteClose:
		return false
	}
	n := k + 1
	return n < len(p.toks) && p.toks[n].kind != tkPunct
}

// endsSentence reports a full stop, a question or an exclamation mark at
// q that ends a sentence (sentenceEndsAt), also before an opening quote.
func (p *pass) endsSentence(q int) bool {
	switch p.key(q) {
	case ".", "!", "?":
	default:
		return false
	}
	if p.sentenceEndsAt(q) {
		return true
	}
	n := &p.toks[q+1]
	return n.sp && n.key == "\""
}

// titlePeriod returns the end of the period and vision that may follow a
// programme's whole title at e ("… giai đoạn 2021-2025, tầm nhìn đến năm
// 2030"), or e.
func (p *pass) titlePeriod(e int) int {
	if pe := p.periodAt(e); pe > e {
		e = pe
		if p.key(e) == "," {
			if v := p.titleVision(e + 1); v > e+1 {
				e = v
			}
		}
	}
	return e
}

// periodAt returns the end of the period written in a title at j
// ("giai đoạn 2021-2025", "thời kỳ 2021 - 2030", "đến năm 2030"), or j.
func (p *pass) periodAt(j int) int {
	if e := p.untilYear(j); e > j {
		return e
	}
	e, c := p.x.lx.words.longest(p.toks, j, clPeriodIntro)
	if c == 0 || !p.isYear(e) {
		return j
	}
	if p.yearRange(e) {
		return e + 3
	}
	return e + 1
}

// toPeriod returns the start of the period that closes a programme's
// title ahead of j, before limit, when the words up to it read as the
// title's own, or -1. Titles hold prepositions and verbs ("… gắn với …",
// "… đổi mới sáng tạo giai đoạn 2025-2030"); a clause about the programme
// carries a tense, a copula, a number or punctuation first, and another
// instrument's head begins a second name.
func (p *pass) toPeriod(j, limit int) int {
	for m := j; m < len(p.toks) && m < limit; m++ {
		t := &p.toks[m]
		if t.nl && m > j {
			return -1
		}
		if p.periodAt(m) > m {
			return m
		}
		switch {
		case t.kind == tkPunct && (t.key == "-" || t.key == "–") && t.sp:
		case t.kind == tkWord && !p.wordAt(m, clClauseMarker) && !(t.cap && p.beginsOtherName(m)):
		default:
			return -1
		}
	}
	return -1
}

// holdsYear reports a year among the tokens [k, e).
func (p *pass) holdsYear(k, e int) bool {
	for j := k; j < e; j++ {
		if p.isYear(j) {
			return true
		}
	}
	return false
}

// emitProgram emits the programme [i, e), without the qualifiers that
// follow a name (a year, unless a law's title holds it, and a law's
// "sửa đổi"), and an acronym defined after it in parentheses as a second
// mention ("… (EVFTA)"). It returns the token after what it read.
func (p *pass) emitProgram(i, e int, law bool) int {
	end := e
	if law {
		if y := p.lawYear(e); y > e {
			e, end = y, y
		}
	}
	if n := e - 2; n > i+1 && p.key(n) == kNam && p.isYear(n+1) && p.key(n-1) != kDen && !law {
		e = n // "Chương trình OCOP năm 2024"
	}
	p.emit(found{typ: Program, s: i, e: e})
	if a := p.acronymAfter(end); a > end {
		p.emit(found{typ: Program, s: end + 1, e: a})
		return a + 1
	}
	return end
}

// lawYear returns the end of a year that follows a law's name at e and
// belongs to its title ("Luật Đầu tư công 2019", "Bộ luật Hình sự năm
// 2015"), or e.
func (p *pass) lawYear(e int) int {
	switch {
	case p.isYear(e) && p.toks[e].sp && !p.yearRange(e):
		return e + 1
	case p.key(e) == kNam && p.isYear(e+1) && !p.yearRange(e+1):
		return e + 2
	}
	return e
}

// isYear reports a four-digit number at k.
func (p *pass) isYear(k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].kind == tkNum && len(p.toks[k].key) == 4
}

// yearRange reports a year at k that opens a range ("2021-2025").
func (p *pass) yearRange(k int) bool {
	switch p.key(k + 1) {
	case "-", "–", "/":
		return k+2 < len(p.toks) && p.toks[k+2].kind == tkNum
	}
	return false
}

// acronymAfter returns the position of the closing parenthesis of an
// acronym written in parentheses at e ("(RCEP)", "(EuroCham)"), or e.
func (p *pass) acronymAfter(e int) int {
	if p.key(e) != "(" || p.key(e+2) != ")" || !p.isWord(e+1) {
		return e
	}
	t := &p.toks[e+1]
	if !t.allCap && !(t.cap && t.camel) || p.placeAt(e+1) > e+1 {
		return e
	}
	return e + 2
}

// maxDocWords bounds the lower-case words that say what a numbered
// document is about between its head and "số" ("biên bản vi phạm hành
// chính số 15/BB-VPHC", "quyết định xử phạt số 12/QĐ-XPHC").
const maxDocWords = 6

// describedNumber returns the position of "số" and a number after a few
// lower-case words that describe the document headed at he, or he. After
// a head that is not only a document's ("dự án tuyến đường sắt số 2"), the
// number must carry a document's code.
func (p *pass) describedNumber(he int, document bool) int {
	for m := he; m < len(p.toks) && m-he <= maxDocWords; m++ {
		if p.key(m) == kSo && m > he && m+1 < len(p.toks) && p.toks[m+1].kind == tkNum {
			if !document && p.docNumber(m+1) == m+2 {
				return he
			}
			return m
		}
		if !p.isWord(m) || p.toks[m].cap || !p.toks[m].sp || p.wordAt(m, clProgStop) {
			return he
		}
	}
	return he
}

// numberAlone reports a bare document number that ends where a clause
// goes on ("công văn 999 gửi …", "công văn 327."), not one that counts
// something ("kế hoạch 5 năm", "đề án 3 xã").
func (p *pass) numberAlone(ne int) bool {
	if ne >= len(p.toks) || p.toks[ne].kind == tkPunct {
		return true
	}
	if p.key(ne) == kNam && p.isYear(ne+1) && !p.yearRange(ne+1) {
		return true // "thông tư 11 năm 2015": the year it was issued
	}
	return p.isWord(ne) && !p.toks[ne].cap && !p.wordAt(ne, clTimeWord|clCounted|clNumberIntro)
}

// projectWork returns the end of a named work after a lower-case project
// head: a place ("dự án cầu Rạch Miễu 2", "dự án đường Vành đai 3 TP HCM")
// or a geographic head and a few words before a name ("dự án đường ven
// biển Dung Quất - Sa Huỳnh"), or k.
func (p *pass) projectWork(k int) int {
	if p.key(k) == kTuyen && p.isWord(k+1) {
		if e := p.projectWork(k + 1); e > k+1 {
			return e // "dự án tuyến đường sắt …": the line of a work
		}
		return k
	}
	e := k
	if pl := p.place(k); pl.e > k && (pl.level == gazetteer.LevelOther || p.site(pl)) {
		e = pl.e
		if p.capWord(e-1) && p.capWord(e) && p.toks[e].sp {
			e = p.capRun(e, true) // a work's name read short of its last word
		}
		if u := max(p.placeAt(e), p.bareUnitName(e).e); u > e && p.capWord(e) && p.toks[e].sp {
			e = u // "dự án đường Vành đai 2 Hải Phòng": the city the work is in
		}
	} else if he, c := p.x.lx.geo.longest(p.toks, k, clGeo); c != 0 && p.toks[k].sp {
		m := he
		// A kind and a size before the name: "đường dây 500kV mạch 3".
		for n := 0; n < maxWorkWords && (p.isWord(m) && !p.toks[m].cap && (!p.wordAt(m, clProgStop) || p.inNameWord(m)) || p.toks[m].kind == tkNum && p.capWord(m+1)) && p.toks[m].sp; n++ {
			m++
		}
		if !p.capWord(m) || !p.toks[m].sp || p.isSurnameStart(m) && p.placeAt(m) <= m {
			return k
		}
		e = p.endPointsEnd(m, p.progWords(m, true, false))
	} else {
		return k
	}
	for p.key(e) == "-" || p.key(e) == "–" {
		if pe := p.placeAt(e + 1); pe > e+1 && p.capWord(e+1) {
			e = pe // "Gia Nghĩa - Buôn Ma Thuột"
			continue
		}
		if p.capWord(e + 1) {
			e = p.capRun(e+1, true)
			continue
		}
		if _, c := p.x.lx.geo.longest(p.toks, e+1, clGeo); c == 0 {
			break
		}
		if pl := p.place(e + 1); pl.e > e+2 {
			e = pl.e // "đường Hoàng Văn Thụ - cầu Đá": a work as the end point
			continue
		}
		break
	}
	return e
}

// endPointsEnd returns the end of the last end point of a work's name
// [m, e) that joins two with a dash ("Lai Châu - Tân Uyên"): what follows
// in lower case is the clause's ("… Tân Uyên vượt tiến độ"). A name
// without end points keeps e.
func (p *pass) endPointsEnd(m, e int) int {
	for j := e - 1; j > m; j-- {
		if (p.key(j) == "-" || p.key(j) == "–") && p.capWord(j-1) && p.capWord(j+1) {
			return min(e, max(p.placeAt(j+1), p.capRun(j+1, true)))
		}
	}
	return e
}

// maxWorkWords bounds the lower-case words and sizes between a work's
// head and its name ("đường dây 500kV mạch 3 Quảng Trạch - Phố Nối").
const maxWorkWords = 5

// progWords returns the end of an unquoted programme name starting at k.
// started says the name has begun (after a capitalised word or a national
// programme head), which admits a few inner prepositions.
// The name ends before "và" or a comma that joins another instrument, and
// after a year unless a period or a title's vision follows ("thời kỳ
// 2021-2030, tầm nhìn đến năm 2050").
func (p *pass) progWords(k int, started, law bool) int {
	j := k
	last := k
	lower := false     // a lower-case word has been read: the name is in sentence case
	titleCase := false // a foreign name has been read: no lower-case word follows
	placeEnd := -1     // the end of a place read inside the name
	for j < len(p.toks) && j-k < maxProgName {
		t := &p.toks[j]
		if t.nl && j > k {
			break
		}
		switch t.kind {
		case tkPunct:
			if (t.key == "-" || t.key == "–" || t.key == "/") && j > k && j+1 < len(p.toks) && p.toks[j+1].kind != tkPunct {
				j++
				continue
			}
			if t.key == "," && j > k {
				if e := p.titleVision(j + 1); e > j+1 {
					return e // the horizon closes the title
				}
				if p.key(j-1) == kPhong && p.key(j+1) == kChong {
					j++ // "Luật Phòng, chống tham nhũng"
					continue
				}
				if law && p.capWord(j+1) && !p.beginsOtherName(j+1) && p.placeAt(j+1) <= j+1 && !p.isSurnameStart(j+1) {
					j++ // "Luật Khoa học, Công nghệ và Đổi mới sáng tạo"
					continue
				}
				if p.lowerToPeriod(j+1, law) {
					j++ // "Luật Khám bệnh, chữa bệnh 2023", "Chiến lược … thể dục, thể thao đến năm 2030"
					continue
				}
			}
			if t.key == "." && j > k && !t.sp && j+1 < len(p.toks) && p.toks[j+1].kind == tkWord && !p.toks[j+1].sp {
				j++ // "TP.HCM": a dotted abbreviation is one name word
				continue
			}
			return last
		case tkNum:
			if j > k && !p.numberInName(k, j) {
				if law && p.isYear(j) && !p.yearRange(j) {
					return j + 1 // "Luật Đầu tư công 2019"
				}
				return p.dropQuantityVerb(k, last) // "… giảm nghèo bền vững chiếm 42%"
			}
			j++
			last = j
			if p.isYear(j-1) && !p.yearRange(j-1) && j-1 > k {
				if p.key(j) == "," {
					if e := p.titleVision(j + 1); e > j+1 {
						return e
					}
				}
				return j // a year closes the name
			}
			continue
		}
		if e := p.route(j); e > j {
			return e // "… đường từ Quốc lộ 1 đến cảng Cửa Lò": the end points close the name
		}
		if t.key == kDen {
			if e := p.untilYear(j); e > j {
				j, last = e, e
				continue
			}
		}
		if e := max(p.placeAt(j), p.bareUnitName(j).e); e > j+1 && j > k {
			// "… Đảng bộ thành phố Hà Nội lần thứ XVII", "dự án Formosa Hà
			// Tĩnh": a place inside the name, also one the gazetteer read
			// as part of the capitalised run before it.
			j, last, placeEnd = e, e, e
			continue
		}
		if law && t.key == kVe && j > k && p.capWord(j+1) && !p.isSurnameStart(j+1) && p.place(j+1).e <= j+1 {
			j++ // "Công ước Liên hợp quốc về Luật Biển": a treaty names its subject
			continue
		}
		if t.key == kLan && j > k && p.key(j+1) != kThu && !p.isRomanOrNumber(j+1) {
			break // "Luật Đất đai lần này": the occasion, not the name
		}
		// A law's name may begin with a capitalised function word ("Luật
		// Các tổ chức tín dụng").
		if p.wordAt(j, clProgStop) && !(law && j == k && t.cap && !p.sentenceStart(j)) && !(started && (lower || t.cap) && p.wordAt(j, clProgInner) && !(j > k && p.toks[j-1].kind == tkNum) && !p.wordAt(j+1, clNumberIntro|clTimeWord)) && !p.inNameWord(j) {
			if m := p.toPeriod(j, k+maxProgName); m > j {
				j = m // "… gắn với bảo tồn văn hóa giai đoạn 2021-2025"
				continue
			}
			break // "trong năm nay" says when, not what
		}
		if law && p.wordAt(j, clLawQualifier) {
			break // "Luật Đất đai sửa đổi"
		}
		if j > k && t.cap && (law && p.startsTitle(j) || !law && p.startsPhrase(j)) {
			break // a law may be named after an organ ("Luật Tổ chức Quốc hội")
		}
		if j > k && p.isSurnameStart(j) && p.placeAt(j) <= j {
			break
		}
		if t.key == kVa && j > k && (p.joinsAnother(j+1, lower) || placeEnd == j && !p.toks[j+1].cap) {
			break // "Chương trình Sức khỏe Việt Nam và tuyên dương …": a place closed the name
		}
		if t.cap {
			if e := p.capRun(j, true); !titleCase && p.isWord(e-1) && !p.toks[e-1].allCap && !nativeKey(p.key(e-1)) {
				titleCase = true // "Hiệp ước Maastricht mang …": a foreign name takes no lower-case word
			}
		} else {
			if titleCase && j > k && !p.wordAt(j, clNumberIntro|clProgInner) && p.untilYear(j) == j {
				break // sentence case goes on in lower case, title case does not
			}
			lower = true
		}
		if p.isRomanAfterOrdinal(j) {
			return j + 1 // "lần thứ XVII": the number closes the name
		}
		j++
		if !p.wordAt(j-1, clProgStop) || p.inNameWord(j-1) || !p.wordAt(j-1, clProgInner) || p.key(j-1) == kMoi {
			last = j // an inner preposition ends no name ("… bền vững từ tháng sau"); "mới" does ("nông thôn mới")
		}
	}
	return last
}

// route returns the end of a route's end points written "từ A đến B" at
// j, where A and B are places, bodies or capitalised names ("từ Quốc lộ 1
// đến cảng Cửa Lò", "từ Bảo tàng Lịch sử đến đường 32"), or j. A time or
// a common noun after "từ" is no end point ("từ tháng 3 đến tháng 5").
func (p *pass) route(j int) int {
	if p.key(j) != kTu {
		return j
	}
	a := p.endPoint(j + 1)
	if a <= j+1 {
		return j
	}
	for n := 0; n < maxEndPointTail && p.isWord(a) && !p.toks[a].cap && a+1 < len(p.toks) && p.key(a) != kDen && !p.wordAt(a, clProgStop); n++ {
		a++ // "Bảo tàng Dân tộc học": a lower-case word that ends a body's name
	}
	if p.key(a) != kDen {
		return j
	}
	if b := p.endPoint(a + 1); b > a+1 {
		return b
	}
	return j
}

// maxEndPointTail bounds the lower-case words that end a route's first
// end point before "đến".
const maxEndPointTail = 2

// endPoint returns the end of a place, a body or a capitalised name at m,
// or m.
func (p *pass) endPoint(m int) int {
	if !p.isWord(m) || !p.toks[m].sp {
		return m
	}
	if pl := p.place(m); pl.e > m {
		return pl.e
	}
	if o := p.org(m, false); o.e > m {
		return o.e
	}
	if p.capWord(m) {
		return p.capRun(m, true)
	}
	if he, c := p.x.lx.geo.longest(p.toks, m, clGeo); c != 0 && he < len(p.toks) && p.toks[he].kind == tkNum {
		return he + 1 // "đường 32"
	}
	return m
}

// maxTitleItems bounds the words after a comma in a title that lists
// items before its period or its year.
const maxTitleItems = 12

// lowerToPeriod reports lower-case words at j that run to the period
// closing a title ("giai đoạn 2021-2025", "đến năm 2030") or, in a law's
// name, to its year: the later items of a name that lists several
// ("Luật Trật tự, an toàn giao thông đường bộ 2024", "Chương trình phòng,
// chống tai nạn, thương tích trẻ em giai đoạn 2016-2020"). Without the
// period the words after the comma may be the clause's.
func (p *pass) lowerToPeriod(j int, law bool) bool {
	for m := j; m < len(p.toks) && m-j <= maxTitleItems; m++ {
		if law && p.lawYear(m) > m || p.periodAt(m) > m {
			return m > j && p.key(m-1) != ","
		}
		if p.key(m) == "," && m > j {
			continue
		}
		if e := p.placeAt(m); e > m+1 && m > j {
			m = e - 1 // "… thể thao Việt Nam đến năm 2030"
			continue
		}
		if !p.isWord(m) || p.toks[m].cap || !p.toks[m].sp || p.wordAt(m, clProgStop) && !p.inNameWord(m) && p.key(m) != kVa || p.beginsOtherName(m) {
			return false
		}
	}
	return false
}

// inNameWord reports a stop word at j that ends a compound word or a
// fixed phrase begun before it ("hàng không", "tự do", "nhỏ và vừa").
func (p *pass) inNameWord(j int) bool {
	s := p.wordEndingAt(j, clNameWord)
	return j > 0 && p.toks[j].sp && s >= 0 && s < j
}

// startsTitle reports a position title at j ("Luật Tổ chức Quốc hội Chủ
// tịch …" ends before "Chủ tịch").
func (p *pass) startsTitle(j int) bool {
	e, _ := p.x.lx.titles.longest(p.toks, j, clTitle|clTitleComp|clPrefix)
	return e > j+1
}

// isRomanOrNumber reports a number or a Roman numeral at j ("lần 2",
// "khóa XV").
func (p *pass) isRomanOrNumber(j int) bool {
	return j < len(p.toks) && (p.toks[j].kind == tkNum || p.toks[j].allCap && isRoman(p.key(j)))
}

// isRomanAfterOrdinal reports a Roman numeral after "thứ" ("lần thứ XVII").
func (p *pass) isRomanAfterOrdinal(j int) bool {
	return j > 0 && p.toks[j].allCap && isRoman(p.key(j)) && p.key(j-1) == kThu
}

// joinsAnother reports the word after "và" at m opening another instrument
// or body ("Luật Đầu tư và Luật Xây dựng", "Chương trình X và Nghị định
// …"), or, after a name in title case, a lower-case clause ("Công ước Berne
// và áp dụng …").
func (p *pass) joinsAnother(m int, lower bool) bool {
	if !p.isWord(m) {
		return true
	}
	if _, c := p.x.lx.programs.longest(p.toks, m, clProgHead|clNational|clProgAlone|clProgNumbered); c != 0 {
		return true
	}
	if p.toks[m].cap {
		return p.x.lx.orgs.starts(p.key(m)) && p.org(m, false).e > m
	}
	return !lower
}

// untilYear returns the end of "đến năm N" at j, a period in a title
// ("… đến năm 2030"), or j.
func (p *pass) untilYear(j int) int {
	if p.key(j) == kDen && p.key(j+1) == kNam && p.isYear(j+2) {
		return j + 3
	}
	return j
}

// titleVision returns the end of the vision or orientation that closes a
// plan's title after a comma ("tầm nhìn đến năm 2050", "định hướng đến năm
// 2030"), or j.
func (p *pass) titleVision(j int) int {
	e, c := p.x.lx.words.longest(p.toks, j, clTitleVision)
	if c == 0 {
		return j
	}
	if u := p.untilYear(e); u > e {
		return u
	}
	if p.key(e) == kDen && p.isYear(e+1) && !p.yearRange(e+1) {
		return e + 2 // "tầm nhìn đến 2045"
	}
	return j
}

// docNumber returns the end of a document number starting at the number k:
// "15-NQ/TW", "102 - QĐ / TW", "3415/QĐ-UBND", "202/2025/QH15".
//
// Text whose punctuation was spaced out by a tokenizer may lose the slash
// after the number or split a code from its digits ("21 QĐ - UBND",
// "799 / CAT - PC 46"): a code of capitals joined by a dash still belongs
// to the number, and so do a few digits after its last part.
func (p *pass) docNumber(k int) int {
	j := k + 1
	if p.codeWord(j) && p.toks[j].sp && isCodeJoin(p.key(j+1)) && p.codeWord(j+2) {
		j++ // "21 QĐ - UBND"
	}
	for j+1 < len(p.toks) {
		if !isCodeJoin(p.key(j)) && p.key(j) != "." {
			return j
		}
		n := &p.toks[j+1]
		if n.kind == tkNum || n.kind == tkWord && n.cap {
			if p.key(j) == "." && n.kind != tkNum {
				return j
			}
			j += 2
			if p.codeWord(j-1) && p.toks[j-1].sp && p.toks[j].kind == tkNum && p.toks[j].sp && len(p.key(j)) <= 3 {
				j++ // "CAT - PC 46"
			}
			continue
		}
		return j
	}
	return j
}

// isCodeJoin reports a mark that joins the parts of a document number.
func isCodeJoin(key string) bool { return key == "/" || key == "-" || key == "–" }

// codeWord reports a word of capitals at j, a part of a document's code
// ("QĐ", "UBND", "BB").
func (p *pass) codeWord(j int) bool { return p.isWord(j) && p.toks[j].allCap }

// maxTournament bounds the words of a tournament's name.
const maxTournament = 4

// tournament matches a tournament named by capitalised words that end with
// a tournament word ("ASEAN Cup", "Premier League"), without the season
// after it (corpus precedent 82), or returns i.
func (p *pass) tournament(i int) int {
	if !p.capFirst(i) || p.wordAt(i, clTournament) {
		return i
	}
	for e := i + 1; e < len(p.toks) && e-i < maxTournament && p.capWord(e) && p.toks[e].sp; e++ {
		if p.wordAt(e, clTournament) {
			return e + 1
		}
	}
	return i
}
