package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
)

// headWords are administrative and geographic head words that a LOCATION
// span includes when they are written before the name.
var headWords = []string{"tỉnh", "huyện", "quận", "xã", "phường", "thị trấn", "thị xã", "thành phố", "TP", "TP.",
	"thôn", "ấp", "bản", "làng", "xóm", "tổ dân phố", "khu phố", "đặc khu", "đường", "phố", "quốc lộ", "tỉnh lộ",
	"cầu", "sông", "hồ", "đèo", "núi", "đảo", "vịnh", "chợ", "khu công nghiệp", "cụm công nghiệp"}

// degrees are academic and professional titles written before a name; they
// are no roles (GUIDELINES).
var degrees = map[string]bool{"TS": true, "PGS": true, "GS": true, "ThS": true, "BS": true, "KS": true, "CN": true, "Ths": true}

// notNames are capitalised words that are no name on their own: pieces of
// titles, status markers, honorifics, head nouns used alone and sentence
// openers. A capitalised sequence made only of these (and numbers) is not
// shown by the second look.
var notNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Bí Chủ Phó Giám Thủ Tổng Trưởng Ủy Uỷ Thứ Chánh Thiếu Thượng Trung Tiến Giáo Thạc Đại Viện Hội Khoa Văn Thường
		Nguyên Cựu Tân Quyền Cố Hiện Ông Bà Anh Chị Cô Chú Đồng Bác Cụ Em
		Bộ Sở Cục Vụ Ban Phòng Tỉnh Quận Huyện Xã Phường Điều Ðiều Khoản Chương Mục Nghị Quyết Luật
		Đề Lễ Hiệu Tết Tại Năm Ngày Tháng Các Những Theo Trong Sau Từ Khi Với Đến Ngoài Đây Đó Tuy Nhưng Còn Cũng
		Về Do Vì Để Nếu Trước Hôm Sáng Chiều Tối Trưa Đêm Qua Ngay Hiện Trên Dưới Bên Tất Mọi Một Hai Ba
		Và Hoặc Như Là Có Không Đã Sẽ Đang Được Bị Cho Chính Nhà Nước Đảng Dân Người Tôi Chúng Họ Ai Gì`) {
		notNames[w] = true
	}
}

// nameless reports whether a capitalised sequence holds no word that could
// be a name: only notNames, Roman numerals and numbers (and a first word
// capitalised because it opens the sentence).
func nameless(words []string, initial bool) bool {
	for i, w := range words {
		if notNames[w] || (i == 0 && initial) || strings.Trim(w, "IVXLC") == "" || strings.Trim(w, "0123456789.,/-") == "" {
			continue
		}
		return false
	}
	return true
}

func cmdRender(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("render", stderr)
	issues := fs.Bool("issues", false, "print only records with build errors or second-look findings")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("usage: render [-issues] LIST_FILE...")
	}
	recs, err := readLists(fs.Args())
	if err != nil {
		return err
	}
	// Surfaces annotated anywhere in a document are looked for in all its
	// records: a later paragraph repeats the names of an earlier one.
	docSurfaces := map[string][]entity{}
	resolved := make([]goldRecord, len(recs))
	errsOf := make([][]error, len(recs))
	for i, r := range recs {
		resolved[i], errsOf[i] = resolve(r)
		docSurfaces[r.Doc] = append(docSurfaces[r.Doc], resolved[i].Entities...)
	}
	nErr, nLook := 0, 0
	for i, g := range resolved {
		look := secondLook(g, docSurfaces[g.Doc])
		nErr += len(errsOf[i])
		nLook += len(look)
		if *issues && len(errsOf[i]) == 0 && len(look) == 0 {
			continue
		}
		fmt.Fprintf(stdout, "## %s %s doc=%s\n", g.ID, g.Source, g.Doc)
		if !*issues {
			for _, l := range strings.Split(inline(g), "\n") {
				fmt.Fprintf(stdout, "  %s\n", l)
			}
		}
		for _, e := range errsOf[i] {
			fmt.Fprintf(stdout, "  ERROR %v\n", e)
		}
		for _, l := range look {
			fmt.Fprintf(stdout, "  ? %s\n", l)
		}
		fmt.Fprintln(stdout)
	}
	fmt.Fprintf(stdout, "%d records, %d build errors, %d second-look findings\n", len(recs), nErr, nLook)
	return nil
}

// inline renders a record's text with its entities in brackets, in the list
// syntax: [PER Lê Văn An | Chủ tịch UBND tỉnh X {former}].
func inline(g goldRecord) string {
	text := []rune(g.Text)
	var b strings.Builder
	at := 0
	for _, e := range g.Entities {
		if e.Start < at {
			continue // overlaps: reported as an error
		}
		b.WriteString(string(text[at:e.Start]))
		b.WriteString("[" + shortType[e.Type] + " " + e.Text)
		if e.Level != "" {
			b.WriteString(" @" + e.Level)
		}
		for i, r := range e.Roles {
			b.WriteString(" | " + r)
			if e.RoleStatus[i] != "current" {
				b.WriteString(" {" + e.RoleStatus[i] + "}")
			}
		}
		b.WriteString("]")
		at = e.End
	}
	b.WriteString(string(text[at:]))
	return b.String()
}

// secondLook lists what a reviewer should check in a record: repeats of
// annotated surfaces left uncovered, capitalised sequences outside every
// entity, LOCATION spans with a head word just outside, and PERSON mentions
// without roles right after a capitalised word (a title?).
func secondLook(g goldRecord, docEnts []entity) []string {
	text := []rune(g.Text)
	covered := make([]bool, len(text))
	for _, e := range g.Entities {
		for i := e.Start; i < e.End && i < len(text); i++ {
			covered[i] = true
		}
	}
	free := func(s, e int) bool {
		for i := s; i < e; i++ {
			if covered[i] {
				return false
			}
		}
		return true
	}
	var out []string
	seen := map[string]bool{}
	for _, e := range docEnts {
		key := e.Type + "\x00" + e.Text
		if seen[key] {
			continue
		}
		seen[key] = true
		for n, at := range occurrences(text, []rune(e.Text)) {
			if free(at, at+len([]rune(e.Text))) {
				out = append(out, fmt.Sprintf("uncovered repeat of %s %q: #%d", shortType[e.Type], e.Text, n+1))
			}
		}
	}
	for _, s := range capitalSequences(text) {
		if !free(s[0], s[1]) {
			continue
		}
		if nameless(strings.Fields(string(text[s[0]:s[1]])), sentenceInitial(text, s[0])) {
			continue
		}
		surface := string(text[s[0]:s[1]])
		out = append(out, fmt.Sprintf("uncovered capitalised %q #%d", surface, occurrenceIndex(text, s[0], s[1])))
	}
	for _, e := range g.Entities {
		switch e.Type {
		case "LOCATION":
			for _, h := range headWords {
				hr := []rune(h + " ")
				if s := e.Start - len(hr); s >= 0 && strings.EqualFold(string(text[s:e.Start]), string(hr)) && free(s, e.Start) && (s == 0 || !isWordRune(text[s-1])) {
					out = append(out, fmt.Sprintf("head word %q just before LOC %q", h, e.Text))
				}
			}
		case "PERSON":
			if len(e.Roles) == 0 {
				w := wordBeforeRaw(text, e.Start)
				if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) && !honorifics[strings.ToLower(w)] && !degrees[w] {
					out = append(out, fmt.Sprintf("PER %q has no role but follows the capitalised %q: a title?", e.Text, w))
				}
			}
		}
	}
	return out
}

// capitalSequences returns [start, end) of each maximal run of words that
// begin with a capital letter (digits may continue a run), joined by single
// spaces.
func capitalSequences(text []rune) [][2]int {
	var out [][2]int
	i := 0
	for i < len(text) {
		if !unicode.IsUpper(text[i]) || (i > 0 && isWordRune(text[i-1])) {
			i++
			continue
		}
		start := i
		end := wordEnd(text, i)
		for end+1 < len(text) && text[end] == ' ' && (unicode.IsUpper(text[end+1]) || unicode.IsDigit(text[end+1])) {
			end = wordEnd(text, end+1)
		}
		out = append(out, [2]int{start, end})
		i = end
	}
	return out
}

func wordEnd(text []rune, i int) int {
	for i < len(text) && (isWordRune(text[i]) || (text[i] == '.' && i+1 < len(text) && unicode.IsUpper(text[i+1]))) {
		i++
	}
	return i
}

// sentenceInitial reports whether offset i opens a sentence, a line or a
// quotation.
func sentenceInitial(text []rune, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	return j == 0 || slices.Contains([]rune(".!?:;\"“(\n-–"), text[j-1])
}

// wordBeforeRaw is the word before offset i as written.
func wordBeforeRaw(text []rune, i int) string {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isWordRune(text[k-1]) {
		k--
	}
	return string(text[k:j])
}
