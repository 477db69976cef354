package main

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/internal/wikitext"
)

// Sampling is deterministic and independent of the library's code, so a
// slot names the same texts for every annotator at any time: slot k of a
// source is the k-th run of wikiSlotSize paragraphs (udSlotSize sentences)
// of a ranked candidate list that depends only on the data.
const (
	wikiSlotSize = 35
	udSlotSize   = 100
	// paragraphsPerArticle caps what one article gives, for variety.
	paragraphsPerArticle = 3
)

// wikiCategory classifies an article by its opening, for a mix of
// officials, places, organisations and legal texts in every slot.
type wikiCategory int

const (
	catBio wikiCategory = iota
	catPlace
	catOrg
	catLaw
	catOther
	numCategories
)

var categoryNames = [...]string{"biography", "place", "organisation", "law/programme", "other"}

var (
	bioCues   = []string{"chính khách", "chính trị gia", "nhà cách mạng", "nhà ngoại giao", "tướng lĩnh", "đại biểu Quốc hội"}
	placeCues = []string{"là một xã", "là một phường", "là một thị trấn", "là một huyện", "là một quận",
		"là một thị xã", "là một tỉnh", "là một thành phố", "là một làng", "là một thôn"}
	orgHeads = []string{"Bộ", "Ủy ban", "Uỷ ban", "Ban", "Tổng cục", "Cục", "Công ty", "Tập đoàn", "Ngân hàng",
		"Trường", "Đại học", "Học viện", "Bệnh viện", "Báo", "Đài", "Hội", "Viện", "Đảng", "Tòa án", "Toà án",
		"Quốc hội", "Mặt trận", "Liên đoàn", "Tổng công ty", "Quân đội", "Văn phòng", "Thông tấn xã"}
	lawHeads = []string{"Luật", "Nghị quyết", "Nghị định", "Hiến pháp", "Chương trình", "Dự án", "Đề án",
		"Kế hoạch", "Chiến lược", "Chỉ thị", "Hiệp định", "Hiệp ước", "Công ước", "Thông tư", "Quyết định", "Bộ luật"}

	// Cues counted in a paragraph's score.
	titleCues = []string{"Bí thư", "Chủ tịch", "Bộ trưởng", "Thủ tướng", "Thứ trưởng", "Giám đốc", "Ủy viên",
		"Uỷ viên", "đại biểu Quốc hội", "Đại sứ", "Tư lệnh", "Chánh án", "Viện trưởng", "Trưởng ban",
		"Tổng thống", "Tỉnh trưởng", "Tổng thư ký", "Phó", "nguyên", "cựu"}
	headCues = []string{"tỉnh", "huyện", "quận", "xã", "phường", "thị trấn", "thị xã", "thành phố", "thôn",
		"làng", "sông", "núi", "đường", "phố", "Bộ", "Sở", "Ủy ban", "Uỷ ban", "Ban", "Tổng cục", "Cục",
		"Công ty", "Tập đoàn", "Ngân hàng", "Trường", "Đại học", "Học viện", "Bệnh viện", "Hội", "Viện", "UBND",
		"HĐND", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ"}
	programCues = []string{"Nghị quyết", "Nghị định", "Quyết định số", "Luật", "luật", "Chương trình", "Dự án",
		"Đề án", "Kế hoạch", "Chỉ thị", "Hiến pháp", "Chiến lược", "Hiệp định", "Thông tư", "phong trào",
		"cuộc vận động", "chương trình", "dự án", "đề án", "số"}
)

// wikiArticle is one Wikipedia article.
type wikiArticle = wikitext.Article

// wikiParagraph is a candidate paragraph.
type wikiParagraph struct {
	Article string
	Title   string
	Index   int // paragraph number in the article
	Text    string
	Cat     wikiCategory
	Score   float64
}

func readWiki(dataDir string) ([]wikiArticle, error) {
	var out []wikiArticle
	err := wikitext.Articles(wikitext.Path(dataDir), func(a wikitext.Article) error {
		out = append(out, a)
		return nil
	})
	return out, err
}

// categorize reads an article's category from its opening.
func categorize(a wikiArticle) wikiCategory {
	open := a.Text
	if len(open) > 600 {
		open = open[:600]
	}
	subject, _, _ := strings.Cut(open, " là ")
	for _, c := range placeCues {
		if strings.Contains(open, c) {
			return catPlace
		}
	}
	for _, c := range bioCues {
		if strings.Contains(open, c) {
			return catBio
		}
	}
	for _, h := range lawHeads {
		if startsWithWord(subject, h) {
			return catLaw
		}
	}
	for _, h := range orgHeads {
		if startsWithWord(subject, h) {
			return catOrg
		}
	}
	return catOther
}

func startsWithWord(s, w string) bool {
	rest, ok := strings.CutPrefix(s, w)
	return ok && (rest == "" || rest[0] == ' ')
}

// paragraphScore counts entity cues per 100 syllables: titles and programme
// heads weigh double, head words count when a capitalised word follows, and
// capitalised names not at a sentence start count half.
func paragraphScore(p string) float64 {
	words := strings.Fields(p)
	if len(words) == 0 {
		return 0
	}
	var hits float64
	for _, c := range titleCues {
		hits += 2 * float64(countBeforeCapital(p, c, c == "Phó" || c == "nguyên" || c == "cựu"))
	}
	for _, c := range headCues {
		hits += float64(countBeforeCapital(p, c, true))
	}
	for _, c := range programCues {
		hits += 2 * float64(countBeforeCapital(p, c, true))
	}
	for i := 1; i < len(words); i++ {
		r, _ := utf8.DecodeRuneInString(words[i])
		prev := words[i-1]
		if unicode.IsUpper(r) && !strings.ContainsAny(prev[len(prev)-1:], ".!?:\"") {
			hits += 0.5
		}
	}
	return hits * 100 / float64(len(words))
}

// countBeforeCapital counts word-bounded occurrences of cue in p, only those
// followed by a capitalised word or a digit when needCap is set.
func countBeforeCapital(p, cue string, needCap bool) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(p[i:], cue)
		if j < 0 {
			return n
		}
		at := i + j
		i = at + len(cue)
		if at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:at]); isWordRune(r) {
				continue
			}
		}
		rest := p[i:]
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest[1:])
		if !needCap || unicode.IsUpper(r) || unicode.IsDigit(r) {
			n++
		}
	}
}

// goodParagraph keeps prose paragraphs of a useful size: no headings,
// tables or list remnants, ending like a sentence.
func goodParagraph(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 150 || n > 1000 || strings.HasPrefix(p, "==") || strings.ContainsAny(p, "|{}=<>\t") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if !strings.ContainsRune(".!?…\"”)", last) {
		return false
	}
	letters := 0
	for _, r := range p {
		if unicode.IsLetter(r) || r == ' ' {
			letters++
		}
	}
	words := len(strings.Fields(p))
	return letters*10 >= n*8 && strings.Count(p, ",")*4 <= words && roughSentences(p) >= 2
}

// roughSentences counts sentence ends followed by a capital letter, plus
// one: enough to tell prose from one-line list items, and independent of the
// library's splitter so that slots never move.
func roughSentences(p string) int {
	n := 1
	for i := 0; i+2 < len(p); i++ {
		if (p[i] == '.' || p[i] == '!' || p[i] == '?') && p[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(p[i+2:]); unicode.IsUpper(r) {
				n++
			}
		}
	}
	return n
}

// rankWiki returns the ranked candidate paragraphs: per category sorted by
// score, categories interleaved, at most paragraphsPerArticle per article.
func rankWiki(arts []wikiArticle) []wikiParagraph {
	var byCat [numCategories][]wikiParagraph
	seen := map[string]bool{}
	for _, a := range arts {
		if r, _ := utf8.DecodeRuneInString(a.Title); unicode.IsDigit(r) {
			continue // years and dates: lists of events, repeated across articles
		}
		cat := categorize(a)
		var cands []wikiParagraph
		for i, p := range strings.Split(a.Text, "\n") {
			p = strings.TrimSpace(norm.NFC.String(p))
			if !goodParagraph(p) || seen[p] {
				continue
			}
			seen[p] = true
			if cat == catOther && !strings.Contains(p, "Việt Nam") {
				continue
			}
			s := paragraphScore(p)
			if s < 8 {
				continue
			}
			cands = append(cands, wikiParagraph{a.ID, a.Title, i, p, cat, s})
		}
		slices.SortStableFunc(cands, func(x, y wikiParagraph) int { return cmp.Compare(y.Score, x.Score) })
		if len(cands) > paragraphsPerArticle {
			cands = cands[:paragraphsPerArticle]
		}
		byCat[cat] = append(byCat[cat], cands...)
	}
	for c := range byCat {
		slices.SortStableFunc(byCat[c], func(x, y wikiParagraph) int {
			return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(x.Article, y.Article), cmp.Compare(x.Index, y.Index))
		})
	}
	var out []wikiParagraph
	for i := 0; ; i++ {
		added := false
		for c := range byCat {
			if i < len(byCat[c]) {
				out = append(out, byCat[c][i])
				added = true
			}
		}
		if !added {
			return out
		}
	}
}

// wikiSlot returns slot k (1-based) of the ranked paragraphs as records,
// grouped by article and in article order inside the slot.
func wikiSlot(ranked []wikiParagraph, k int) ([]record, error) {
	lo, hi := (k-1)*wikiSlotSize, k*wikiSlotSize
	if k < 1 || lo >= len(ranked) {
		return nil, fmt.Errorf("wiki slot %d out of range (1..%d)", k, (len(ranked)+wikiSlotSize-1)/wikiSlotSize)
	}
	ps := slices.Clone(ranked[lo:min(hi, len(ranked))])
	slices.SortStableFunc(ps, func(x, y wikiParagraph) int {
		return cmp.Or(cmp.Compare(x.Article, y.Article), cmp.Compare(x.Index, y.Index))
	})
	var out []record
	for _, p := range ps {
		out = append(out, record{
			Source:   "viwiki:" + p.Article,
			Doc:      p.Article,
			Comments: []string{fmt.Sprintf("title: %s (%s, paragraph %d)", p.Title, categoryNames[p.Cat], p.Index)},
			Text:     p.Text,
		})
	}
	return out, nil
}

// rankUD returns the UD-VTB sentences worth annotating, train then dev in
// treebank order: at least six tokens and a capitalised word that does not
// open the sentence or follow a quote or colon.
func rankUD(dataDir string) ([]udSentence, error) {
	var out []udSentence
	for _, split := range []string{"train", "dev"} {
		sents, err := readCoNLLU(filepath.Join(dataDir, "ws", "ud-vtb", "vi_vtb-ud-"+split+".conllu"))
		if err != nil {
			return nil, err
		}
		for _, s := range sents {
			if len(s.Forms) >= 6 && hasInnerCapital(s.Forms) {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

func hasInnerCapital(forms []string) bool {
	for i := 1; i < len(forms); i++ {
		r, _ := utf8.DecodeRuneInString(forms[i])
		if unicode.IsUpper(r) && !bracketFormsOrQuote(forms[i-1]) && len(forms[i]) > 1 {
			if _, ok := bracketForms[forms[i]]; !ok {
				return true
			}
		}
	}
	return false
}

func bracketFormsOrQuote(f string) bool {
	return f == "\"" || f == ":" || f == "." || f == "!" || f == "?"
}

// udSlot returns slot k (1-based) of the ranked UD sentences as records.
func udSlot(ranked []udSentence, k int) ([]record, error) {
	lo, hi := (k-1)*udSlotSize, k*udSlotSize
	if k < 1 || lo >= len(ranked) {
		return nil, fmt.Errorf("ud slot %d out of range (1..%d)", k, (len(ranked)+udSlotSize-1)/udSlotSize)
	}
	var out []record
	for _, s := range ranked[lo:min(hi, len(ranked))] {
		out = append(out, record{Source: "ud-vtb:" + s.ID, Doc: udDoc(s.ID), Text: norm.NFC.String(udText(s.Forms))})
	}
	return out, nil
}
