package page

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/normalize"
)

// Page is the structure Parse found in a page's text. Every Span's Start
// and End are byte offsets into the text given to Parse, and its Text is
// that text's bytes as given, whatever normalization found inside.
type Page struct {
	// Title is the headline; Category the section (the last part of a
	// breadcrumb); Byline the author names as written on the byline.
	Title    Span `json:"title,omitzero"`
	Category Span `json:"category,omitzero"`
	Byline   Span `json:"byline,omitzero"`
	// Authors are the person names in Byline, one span each ("Hương Ly";
	// not an agency's initials such as "PV" or "TTXVN").
	Authors []Span `json:"authors,omitempty"`
	// Published is the publication date of the dateline; an update stamp
	// ("Cập nhật: …") only when no other date is written.
	Published Date `json:"published,omitzero"`
	// Body holds the article's paragraphs, in order.
	Body []Span `json:"body,omitempty"`
	// Furniture holds every other line, in order: category, headline,
	// byline, dateline, images, captions, sources, comments, related
	// articles, navigation and footer.
	Furniture []Span `json:"furniture,omitempty"`
}

// line is one non-blank line of the normalized text.
type line struct {
	start, end int    // the trimmed line in the text given to Parse
	raw        string // that line as given
	text       string // that line, normalized when short (norm)
	norm       normalize.Normalized
	words      int
	kind       Kind
	// para: reads as article text (a sentence, or long).
	para bool
	// blankAfter: a blank line follows it.
	blankAfter bool
	// furniture: a kind was decided from the line alone; menu: the line
	// lists a site's sections.
	furniture, menu bool
	// date, for a dateline; names, the byline's [start, end) name groups
	// relative to start; rest, a short residue that may be a category.
	date        Date
	updateStamp bool
	names       [][2]int
	rest        [2]int
}

// Parse finds the structure of scraped page text: the category line, the
// headline, the byline and dateline, body paragraphs, and the furniture
// around them (image names, captions, sources, comment counters and
// sections, related-article lists, share bars and menus, footers). It reads
// lines; a line is furniture by what it says and where it stands. Text
// without furniture comes back as Body paragraphs, with a headline only
// when a short title line stands before the first paragraph, or when a
// first line followed by a blank line (a saved article's title) is no
// paragraph itself. The text is
// read as UTF-8 (decode a legacy encoding first: vntext.Decode,
// normalize.Decode); its lines are normalized for reading (NFC, tone marks,
// invisibles), and every span is the caller's text as given.
func Parse(text string) Page {
	lines := splitLines(text)
	for i := range lines {
		classify(&lines[i])
	}
	structure(lines)
	return assemble(text, lines)
}

// lineNormalizer reads a line as UTF-8: a line is too short to tell a
// legacy encoding ("©" alone reads as TCVN3), which the caller decodes
// first. Built once, immutable.
var lineNormalizer = func() *normalize.Normalizer {
	n, err := normalize.New(normalize.WithEncoding(normalize.UTF8))
	if err != nil {
		panic(err) // a constant option: cannot fail
	}
	return n
}()

// maxNormLine is the longest line Parse normalizes before reading it:
// furniture lines are short, and a long line is read as text whatever its
// spelling, so the cost of normalizing (and of its offset map) is spent on
// short lines only.
const maxNormLine = 1024

func splitLines(s string) []line {
	var out []line
	for pos := 0; pos < len(s); {
		lineEnd := len(s)
		if nl := strings.IndexByte(s[pos:], '\n'); nl >= 0 {
			lineEnd = pos + nl
		}
		raw := s[pos:lineEnd]
		t := strings.TrimSpace(raw)
		start := pos + len(raw) - len(strings.TrimLeft(raw, " \t\r\v\f"))
		if t != "" {
			start = pos + strings.Index(raw, t)
		}
		l := line{start: start, end: start + len(t), raw: t, text: t}
		if len(t) <= maxNormLine {
			// Read in NFC, tone marks in place, invisibles gone; offsets
			// inside the line map back through norm.
			if n, _ := lineNormalizer.NormalizeWithMap(t); n.Text != t {
				l.text, l.norm = n.Text, n
			}
		}
		if strings.TrimSpace(l.text) != "" {
			l.words = wordCount(l.text)
			out = append(out, l)
		} else if len(out) > 0 {
			out[len(out)-1].blankAfter = true
		}
		pos = lineEnd + 1
	}
	return out
}

// at maps offset i of l.text to the offset in the text given to Parse.
func (l *line) at(i int) int {
	if l.norm.Text == "" {
		return l.start + i
	}
	return l.start + l.norm.Orig(i)
}

// commentCount matches a comment counter: "(0) Bình luận", "12 bình
// luận", "Bình luận (3)", "Ý kiến (2)".
var commentCount = regexp.MustCompile(`(?i)^(?:\(?\d+\)?\s*(?:bình luận|ý kiến|comments?)|(?:bình luận|ý kiến|comments?)\s*[(:]?\s*\d+\)?)$`)

// classify decides what a line is from its own text.
func classify(l *line) {
	t := l.text
	low := lowerPrefix(t)
	short := l.words <= shortWords && !endsSentence(t) || l.words <= 4
	l.para = endsSentence(t) && l.words >= 6 || l.words > 30
	if l.para && l.words <= 20 && strings.ContainsAny(t[len(t)-1:], "?!") && !strings.ContainsAny(t, "\"“”:") {
		l.para = false // a headline asks or exclaims: "Vì sao …?"
	}
	set := func(k Kind) { l.kind, l.furniture = k, true }
	switch {
	case menuLine(t):
		set(Navigation)
		l.menu, l.para = true, false
		return
	case short && commentCount.MatchString(t), short && (strings.Contains(low, "bình luận") || strings.Contains(low, "ý kiến bạn đọc")):
		set(Comments)
		return
	case l.words <= 12 && (isBreadcrumb(t) || isBreadcrumb(l.raw)):
		// The raw line too: normalizing reads "»" as a quotation mark.
		set(Category)
		return
	case isImageLine(t):
		set(Image)
		return
	case dateline(l):
		set(Dateline)
		return
	}
	if short && (strings.HasPrefix(low, "chuyên mục:") || strings.HasPrefix(low, "danh mục:")) {
		set(Category) // "Chuyên mục: Kinh tế"
		return
	}
	if k, ok := prefixKind(low, lists().lineKinds); ok {
		set(k)
		if k == Byline {
			bylineNames(l)
		}
		return
	}
	if short {
		if k, ok := prefixKind(low, lists().shortLineKinds); ok {
			set(k)
			if k == Byline {
				bylineNames(l)
			}
			return
		}
		if isSource(t) {
			set(Source)
			return
		}
	}
	if slices.ContainsFunc(lists().contains, func(w string) bool { return strings.Contains(t, w) }) {
		set(Footer)
		if strings.Contains(strings.ToLower(t), "bình luận") {
			l.kind = Comments
		}
		return
	}
	if at := creditAt(t); at >= 0 {
		set(Caption)
		if strings.HasPrefix(strings.ToLower(t[at:]), "nguồn") && at == 0 {
			l.kind = Source
		}
	}
}

// isImageLine: a line that is an image's file name or link, maybe with a
// word or two ("IMG_2041.jpg", "anh-hoi-nghi.png (1,2 MB)").
func isImageLine(t string) bool {
	if !hasImageName(t) {
		return false
	}
	return wordCount(t) <= 4 || strings.HasPrefix(t, "http") && !strings.Contains(t, " ")
}

// isSource: "Theo TTXVN", "Theo Hương Ly (VOV)", "(Theo Báo Chính phủ)".
func isSource(t string) bool {
	t = strings.Trim(t, "()[]. ")
	rest, ok := strings.CutPrefix(t, "Theo ")
	if !ok {
		rest, ok = strings.CutPrefix(t, "theo ")
	}
	if !ok || wordCount(rest) > 8 {
		return false
	}
	r := []rune(strings.TrimSpace(rest))
	return len(r) > 0 && (r[0] >= 'A' && r[0] <= 'Z' || r[0] > 0x7F && strings.ToUpper(string(r[0])) == string(r[0]))
}

// bylineNames fills l.names from the part of a prefixed byline after its
// label ("Bài và ảnh: Minh Anh").
func bylineNames(l *line) {
	t := l.text
	from := strings.IndexByte(t, ':')
	if from < 0 {
		// "Nhóm phóng viên", "PV": the line is the byline, no names.
		return
	}
	rest := t[from+1:]
	lead := len(rest) - len(strings.TrimLeft(rest, " "))
	rest = strings.TrimRight(strings.TrimSpace(rest), ".")
	if g, ok := nameGroups(rest); ok {
		for _, x := range g {
			l.names = append(l.names, [2]int{from + 1 + lead + x[0], from + 1 + lead + x[1]})
		}
	}
}

// labelTrim is what separates a date from its labels and the byline.
const labelTrim = " ,.-–—|/:()[]·•\t"

// dateline decides whether l is a date line, with or without a byline or a
// section name beside the date ("Hương Ly 11/02/2024 15:00", "Thứ hai,
// 11/2/2024 - 15:00 (GMT+7)", "Chính trị | 15:00 ngày 11/02/2024"), and
// fills l.date, l.names and l.rest. A sentence that mentions a date is not
// a dateline: what is left beside the date must be short.
func dateline(l *line) bool {
	if l.words > 16 || strings.IndexFunc(l.text, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
		return false
	}
	d, ds, de, ok := findDate(l.text)
	if !ok {
		return false
	}
	lead := 0
	lowHead := strings.ToLower(l.text[:ds])
	for _, p := range lists().bylineLabels {
		if strings.HasPrefix(lowHead, p) && len(lowHead) == len(l.text[:ds]) {
			lead = len(p) // "Đăng bởi Minh Anh vào 11/02/2024"
			break
		}
	}
	before, bStart := trimLabels(l.text[lead:ds], lead, true)
	if lead > 0 {
		trimmed := strings.TrimLeft(before, labelTrim)
		bStart += len(before) - len(trimmed)
		before = trimmed
	}
	after, aStart := trimLabels(l.text[de:], de, false)
	lowAll := strings.ToLower(l.text)
	l.updateStamp = strings.Contains(lowAll, "cập nhật") || strings.Contains(lowAll, "updated")
	if before != "" {
		g, isNames := nameGroups(before)
		switch {
		case isNames:
			for _, x := range g {
				l.names = append(l.names, [2]int{bStart + x[0], bStart + x[1]})
			}
		case wordCount(before) <= 5 && !endsSentence(before):
			l.rest = [2]int{bStart, bStart + len(before)}
		default:
			return false
		}
	}
	if after != "" {
		g, isNames := nameGroups(after)
		switch {
		case isNames && l.names == nil:
			for _, x := range g {
				l.names = append(l.names, [2]int{aStart + x[0], aStart + x[1]})
			}
		case wordCount(after) <= 5 && !endsSentence(after) && l.rest == [2]int{}:
			l.rest = [2]int{aStart, aStart + len(after)}
		default:
			return false
		}
	}
	l.date = d
	return true
}

// trimLabels strips separators and date labels from the end of a part
// before a date (atEnd) or from the start of a part after it; it returns
// the rest and its offset in the line (part starts at base).
func trimLabels(part string, base int, atEnd bool) (string, int) {
	for {
		t := part
		if atEnd {
			t = strings.TrimRight(t, labelTrim)
		} else {
			t = strings.TrimLeft(t, labelTrim)
			base += len(part) - len(t)
		}
		part = t
		low := strings.ToLower(part)
		if len(low) != len(part) {
			return part, base // a letter changed length: offsets would not match
		}
		cut := false
		for _, w := range lists().dateLabels {
			if atEnd && strings.HasSuffix(low, w) && labelEdge(low, len(low)-len(w)-1) {
				part, cut = part[:len(part)-len(w)], true
				break
			}
			if !atEnd && strings.HasPrefix(low, w) && labelEdge(low, len(w)) {
				part, base, cut = part[len(w):], base+len(w), true
				break
			}
		}
		if !cut {
			return part, base
		}
	}
}

// labelEdge: the byte at i of low is outside the string or not a letter, so
// a label matched whole words ("cn" is not the end of "Ly Cn").
func labelEdge(low string, i int) bool {
	if i < 0 || i >= len(low) {
		return true
	}
	c := low[i]
	return !(c >= 'a' && c <= 'z' || c >= 0x80 || c >= '0' && c <= '9')
}

// structure decides the kind of every line from where it stands: the
// header before the first paragraph (category, headline, byline, dateline,
// menus), the body, the lists and sections that follow headers, the footer.
func structure(lines []line) {
	first := paragraph(lines, 0)
	if first < 0 {
		// No paragraph: no article to find a headline or a byline for
		// (a line of a few words, a list); the lines stay text, less what
		// is furniture by itself.
		return
	}
	if savedTitle(lines, first) {
		lines[0].kind, lines[0].furniture, lines[0].para = Headline, true, false
		first = max(first, paragraph(lines, 1))
	}
	header(lines[:first])
	body(lines[first:])
}

// paragraph returns the index of the first paragraph from lines[from], or
// -1.
func paragraph(lines []line, from int) int {
	for i := from; i < len(lines); i++ {
		if l := lines[i]; l.para && !l.furniture {
			return i
		}
	}
	return -1
}

// maxTitleWords is the most words a saved article's title line has: a
// longer line is a paragraph (classify reads one of over 30 words as text).
const maxTitleWords = 30

// savedTitle reports the title of a saved article: the text's first line,
// followed by a blank line, of one sentence of at most maxTitleWords words,
// not furniture by itself, with a paragraph after it, where the header
// before the first paragraph has no other headline ("Bão số 3", "Hà Nội
// mưa lớn kéo dài.": too short, or a sentence, to pass for a page's
// headline). first is the first paragraph.
func savedTitle(lines []line, first int) bool {
	l := lines[0]
	if !l.blankAfter || l.furniture || l.words > maxTitleWords || sentences(l.text) > 1 || paragraph(lines, 1) < 0 {
		return false
	}
	for _, h := range lines[1:max(first, 1)] {
		if headlineLike(h) {
			return false
		}
	}
	return true
}

// sentences counts the sentences of a line: a full stop, question or
// exclamation mark after a lower-case letter or a digit, before a space and
// a capital, ends one.
func sentences(t string) int {
	n := 1
	for i := 1; i+2 < len(t); i++ {
		if !strings.ContainsRune(".?!", rune(t[i])) || t[i+1] != ' ' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		next, _ := utf8.DecodeRuneInString(t[i+2:])
		if (unicode.IsLower(prev) || unicode.IsDigit(prev)) && unicode.IsUpper(next) {
			n++
		}
	}
	return n
}

// headlineLike: a line of the header that can be the headline.
func headlineLike(l line) bool {
	_, name := nameGroups(l.text)
	return !l.furniture && l.words >= 4 && !(name && l.words <= 5)
}

// header: the headline is the title-like line nearest the first paragraph
// (menus come before it, the byline, dateline and images after it); the
// category is the short line nearest before the headline.
func header(lines []line) {
	// A short line of person names right before or after a date line is
	// the byline, wherever the two stand in the header (above the
	// headline too, where a short line is else a category or a menu item).
	for i := range lines {
		l := &lines[i]
		if l.furniture || l.words > 8 || !besideDateline(lines, i) {
			continue
		}
		if g, ok := personNames(l.text); ok {
			l.kind, l.furniture, l.names = Byline, true, g
		}
	}
	head := -1
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].kind == Headline || headlineLike(lines[i]) { // Headline: a saved article's title
			head = i
			break
		}
	}
	if head >= 0 {
		lines[head].kind, lines[head].furniture = Headline, true
	}
	// A breadcrumb or labelled section line is the category; else the
	// short line nearest before the headline, unless it ends a menu (a run
	// of short lines) without repeating one of the menu's items.
	catFound := false
	for i := range max(head, 0) {
		catFound = catFound || lines[i].kind == Category
	}
	for i := head - 1; i >= 0; i-- {
		l := &lines[i]
		if l.furniture {
			// A label above a site's menu is not the article's section.
			catFound = catFound || l.menu
			continue
		}
		if !catFound && l.words <= 6 && !l.para && (menuRun(lines[:i+1]) < 4 || repeats(lines[:i], l.text)) {
			l.kind, l.furniture = Category, true
			catFound = true
			continue
		}
		catFound = true // a menu item: no category above it either
		l.kind, l.furniture = Navigation, true
	}
	for i := head + 1; i < len(lines); i++ {
		l := &lines[i]
		if l.furniture {
			continue
		}
		switch g, ok := nameGroups(l.text); {
		case ok && l.words <= 8 && head >= 0:
			// A name under the headline; with no headline, a name atop the
			// text is as likely the site's (a logo's text) as the author's.
			l.kind, l.furniture, l.names = Byline, true, g
		case l.words < 4 && !catFound && head >= 0 && i == head+1:
			// Some sites put the section under the headline.
			l.kind, l.furniture = Category, true
			catFound = true
		case l.words < 4 && !endsSentence(l.text):
			l.kind, l.furniture = Navigation, true
		}
	}
}

// besideDateline reports a date line without names of its own right
// before or after line i (one that has them holds the byline: "Minh Châu
// 03/09/2024").
func besideDateline(lines []line, i int) bool {
	bare := func(k int) bool {
		return k >= 0 && k < len(lines) && lines[k].kind == Dateline && len(lines[k].names) == 0
	}
	return bare(i-1) || bare(i+1)
}

// personNames returns the name groups of t when each is a person's name
// of two words or more and t is no section's name ("Thế Giới").
func personNames(t string) ([][2]int, bool) {
	g, ok := nameGroups(t)
	if !ok {
		return nil, false
	}
	for _, n := range g {
		if !isPersonName(t[n[0]:n[1]]) {
			return nil, false
		}
	}
	if words := strings.Fields(t); sectionAt(words) == len(words) {
		return nil, false
	}
	return g, true
}

// menuRun counts the short lines that end lines, the way a menu's items
// stand one under the other.
func menuRun(lines []line) int {
	n := 0
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		if l.para || l.words > 6 || l.furniture && l.kind != Navigation {
			break
		}
		n++
	}
	return n
}

// repeats reports whether t is one of the lines before it: a section
// label after a menu repeats the menu's item for that section.
func repeats(lines []line, t string) bool {
	for _, l := range lines {
		if strings.EqualFold(l.text, t) {
			return true
		}
	}
	return false
}

// body walks the lines from the first paragraph: headers open related
// lists and comment sections, an image's next line is its caption, a footer
// line ends the article, and a name alone after the last paragraph is the
// byline.
func body(lines []line) {
	const (
		inText = iota
		inRelated
		inComments
		inFooter
	)
	state := inText
	afterImage := false
	for i := range lines {
		l := &lines[i]
		wasImage := afterImage
		afterImage = false
		switch {
		case state == inFooter:
			if !l.furniture || l.kind == Body {
				l.kind = Footer
			}
			l.furniture = true
			continue
		case l.furniture && l.kind == Footer:
			state = inFooter
			continue
		case l.furniture && l.kind == Related:
			if l.words <= 5 || strings.HasSuffix(strings.TrimSpace(l.text), ":") {
				state = inRelated // a header: a list follows
			}
			continue
		case l.furniture && l.kind == Comments:
			if !commentCount.MatchString(l.text) || !zeroCount(l.text) {
				state = inComments
			}
			continue
		case l.furniture && l.kind == Image:
			afterImage = true
			continue
		case l.furniture && state == inComments && l.kind == Navigation:
			l.kind = Comments // "Thích", "Trả lời" under a comment
			continue
		case l.furniture:
			continue
		}
		switch state {
		case inRelated:
			if !l.para || l.words <= 25 && !endsSentence(l.text) {
				l.kind, l.furniture = Related, true
				continue
			}
			state = inText
		case inComments:
			l.kind, l.furniture = Comments, true
			continue
		}
		if wasImage && l.words <= 40 {
			l.kind, l.furniture = Caption, true
			continue
		}
		l.kind = Body
	}
	signOff(lines)
}

// signOff: after the last paragraph, the first name alone signs the
// article (the byline), and the short lines that follow a signature,
// source or footer are footer.
func signOff(lines []line) {
	last := -1
	for i, l := range lines {
		if l.kind == Body && l.para {
			last = i
		}
	}
	if last < 0 {
		return
	}
	signed := false
	for i := last + 1; i < len(lines); i++ {
		l := &lines[i]
		if l.furniture {
			signed = signed || l.kind == Byline || l.kind == Source || l.kind == Footer
			continue
		}
		if g, ok := nameGroups(strings.TrimRight(l.text, ".")); ok && !signed && l.words <= 8 {
			l.kind, l.furniture, l.names = Byline, true, g
			signed = true
			continue
		}
		if signed && !l.para {
			l.kind, l.furniture = Footer, true
		}
	}
}

// zeroCount: a counter that counts nothing ("(0) Bình luận") opens no
// section.
func zeroCount(t string) bool {
	for _, r := range t {
		if r >= '1' && r <= '9' {
			return false
		}
	}
	return true
}

// assemble builds the Page from the classified lines, mapping offsets from
// the normalized text back to the caller's.
func assemble(text string, lines []line) Page {
	span := func(k Kind, s, e int) Span {
		s = min(max(s, 0), len(text))
		e = min(max(e, s), len(text))
		return Span{Kind: k, Start: s, End: e, Text: text[s:e]}
	}
	// sub is the span of [s, e) of a line's (normalized) text.
	sub := func(k Kind, l *line, s, e int) Span { return span(k, l.at(s), l.at(e)) }
	var p Page
	var stamp Date
	var rest Span
	for i := range lines {
		l := &lines[i]
		sp := span(l.kind, l.start, l.end)
		if l.kind == Body {
			p.Body = append(p.Body, sp)
			continue
		}
		p.Furniture = append(p.Furniture, sp)
		switch l.kind {
		case Headline:
			if p.Title.Text == "" {
				p.Title = sp
			}
		case Category:
			if p.Category.Text == "" {
				// The line as given: normalizing would turn a "»" between
				// crumbs into a quotation mark.
				from := 0
				if i := strings.IndexByte(l.raw, ':'); i >= 0 {
					from = i + 1 // "Chuyên mục: Kinh tế"
				}
				s, e := lastCrumb(l.raw[from:])
				p.Category = span(Category, l.start+from+s, l.start+from+e)
			}
		case Dateline:
			switch {
			case !l.updateStamp && p.Published.IsZero():
				p.Published = l.date
			case l.updateStamp && stamp.IsZero():
				stamp = l.date
			}
			if l.rest != [2]int{} && rest.Text == "" {
				rest = sub(Category, l, l.rest[0], l.rest[1])
			}
		}
		if (l.kind == Byline || l.kind == Dateline) && len(l.names) > 0 && p.Byline.Text == "" {
			first, last := l.names[0], l.names[len(l.names)-1]
			p.Byline = sub(Byline, l, first[0], last[1])
			for _, g := range l.names {
				if isPersonName(l.text[g[0]:g[1]]) {
					p.Authors = append(p.Authors, sub(Byline, l, g[0], g[1]))
				}
			}
		}
	}
	if p.Published.IsZero() {
		p.Published = stamp
	}
	if p.Category.Text == "" {
		p.Category = rest
	}
	return p
}

// isBreadcrumb: "Trang chủ > Giáo dục", "Kinh tế / Nông nghiệp": two to
// five short parts joined by a breadcrumb separator.
func isBreadcrumb(t string) bool {
	if !strings.ContainsAny(t, ">›»/|→") {
		return false
	}
	for _, sep := range breadcrumbSeparators {
		parts := strings.Split(t, sep)
		if len(parts) < 2 || len(parts) > 5 {
			continue
		}
		ok := true
		for _, p := range parts {
			if n := wordCount(p); n == 0 || n > 4 || endsSentence(p) || strings.IndexFunc(p, unicode.IsDigit) >= 0 {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}
