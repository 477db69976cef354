package tokenize

import (
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func newTok(t testing.TB, opts ...Option) *Tokenizer {
	t.Helper()
	tok, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// checkWords verifies the offset contract of Words: every word is its span
// of the input, words are in order without overlap, and together they cover
// exactly the bytes Tokens covers.
func checkWords(t *testing.T, tok *Tokenizer, text string) []Token {
	t.Helper()
	words := tok.Words(text)
	covered := make([]bool, len(text))
	prev := 0
	for _, w := range words {
		if w.Start < prev || w.End <= w.Start || w.End > len(text) || text[w.Start:w.End] != w.Text {
			t.Fatalf("bad word %+v (previous end %d) in %q", w, prev, text)
		}
		for i := w.Start; i < w.End; i++ {
			covered[i] = true
		}
		prev = w.End
	}
	for _, tk := range tok.Tokens(text) {
		for i := tk.Start; i < tk.End; i++ {
			if !covered[i] {
				t.Fatalf("token %+v not inside a word of %q", tk, text)
			}
		}
	}
	return words
}

func TestSegment(t *testing.T) {
	tok := newTok(t)
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Thủ đô Hà Nội, năm 2023.", "Thủ_đô Hà_Nội , năm 2023 ."},
		{"Thủ đô Hà Nội , năm 2023 .", "Thủ_đô Hà_Nội , năm 2023 ."},
		{"Ông Nguyễn Văn An về thăm trường đại học.", "Ông Nguyễn_Văn_An về thăm trường đại_học ."},
		{"Chính phủ họp báo chiều nay", "Chính_phủ họp_báo chiều nay"},
		{"  Hà  Nội  ", "Hà_Nội"},
		{"...", "..."},
		{"Thủ_đô Hà_Nội , năm 2023 .", "Thủ_đô Hà_Nội , năm 2023 ."}, // already segmented
		{"_a_ b__c", "_ a _ b__c"},
		// Hyphens without spaces: one word, unless names sit on both sides.
		{"Điệu Wai-kru và cú knock-out.", "Điệu Wai-kru và cú knock-out ."},
		{"Tuyến Hà Nội-Hải Phòng", "Tuyến Hà_Nội - Hải_Phòng"},
		{"Trận Việt Nam - Thái Lan", "Trận Việt_Nam - Thái_Lan"},
	} {
		if got := tok.Segment(c.in); got != c.want {
			t.Errorf("Segment(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWordsKeepSurfaceAndOffsets(t *testing.T) {
	tok := newTok(t)
	text := "HÀ NỘI   ngày,\tChính  Phủ\nhọp"
	words := checkWords(t, tok, text)
	want := []string{"HÀ NỘI", "ngày", ",", "Chính  Phủ", "họp"}
	if len(words) != len(want) {
		t.Fatalf("words %+v", words)
	}
	for i, w := range words {
		if w.Text != want[i] {
			t.Errorf("word %d = %q, want %q", i, w.Text, want[i])
		}
	}
	if words[0].Kind != Word || words[2].Kind != Punct {
		t.Errorf("kinds %v %v", words[0].Kind, words[2].Kind)
	}
}

func TestWordsNeverJoinAcrossLines(t *testing.T) {
	tok := newTok(t)
	if got := tok.Segment("Hà\nNội"); got != "Hà\nNội" {
		t.Errorf("got %q", got)
	}
}

// TestWordsFormInvariance: NFD input segments exactly as NFC does, with
// offsets into the caller's own (NFD) text.
func TestWordsFormInvariance(t *testing.T) {
	tok := newTok(t)
	for _, s := range []string{
		"Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với các tỉnh Đồng bằng sông Cửu Long.",
		"Bà Nguyễn Thị Hòa, Giám đốc Sở Tư pháp tỉnh Khánh Hòa, nói hồ sơ của người dân đã đủ.",
	} {
		nfc, nfd := norm.NFC.String(s), norm.NFD.String(s)
		a, b := checkWords(t, tok, nfc), checkWords(t, tok, nfd)
		if len(a) != len(b) {
			t.Fatalf("NFC %d words, NFD %d words", len(a), len(b))
		}
		for i := range a {
			if norm.NFC.String(b[i].Text) != a[i].Text {
				t.Errorf("word %d: NFC %q, NFD %q", i, a[i].Text, b[i].Text)
			}
		}
	}
}

// TestWordsToneStyleInvariance: "hòa" and "hoà" (classic and modern tone
// placement) segment alike.
func TestWordsToneStyleInvariance(t *testing.T) {
	tok := newTok(t)
	for _, p := range [][2]string{
		{"Ủy ban nhân dân tỉnh Khánh Hòa chăm lo sức khỏe và hòa bình.", "Uỷ ban nhân dân tỉnh Khánh Hoà chăm lo sức khoẻ và hoà bình."},
		{"Thủy thủ trên tàu thủy.", "Thuỷ thủ trên tàu thuỷ."},
	} {
		a, b := tok.Segment(p[0]), tok.Segment(p[1])
		if strings.Count(a, "_") != strings.Count(b, "_") || strings.Count(a, " ") != strings.Count(b, " ") {
			t.Errorf("tone styles segment differently:\n%s\n%s", a, b)
		}
	}
}

func TestWithWords(t *testing.T) {
	tok := newTok(t, WithWords("nông thôn mới", "Sông Đà 10"))
	for _, c := range []struct{ in, want string }{
		{"Xây dựng nông thôn mới", "nông_thôn_mới"},
		{"XÂY DỰNG NÔNG THÔN MỚI", "NÔNG_THÔN_MỚI"},
		{norm.NFD.String("nông thôn mới"), norm.NFD.String("nông_thôn_mới")},
		{"Công ty Sông Đà 10 trúng thầu", "Sông_Đà_10"},
	} {
		if got := tok.Segment(c.in); !strings.Contains(" "+got+" ", " "+c.want+" ") {
			t.Errorf("Segment(%q) = %q, want the word %q", c.in, got, c.want)
		}
	}
	if _, err := New(WithWords(" ")); err == nil {
		t.Error("WithWords accepted a blank word")
	}
	if _, err := New(WithModel([]byte("junk"))); err == nil {
		t.Error("WithModel accepted junk")
	}
}

func TestWordsLongInput(t *testing.T) {
	tok := newTok(t)
	// One 200,000-syllable line with no punctuation: chunked, bounded memory.
	text := strings.Repeat("người dân Hà Nội ", 50000)
	words := checkWords(t, tok, text)
	if len(words) < 100000 {
		t.Fatalf("%d words", len(words))
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{
		"Thủ đô Hà Nội, năm 2023.", "TP.HCM 19,2% 11/02/2024 15:00", "a\u0300\u0301 b", "\xff\xfe Hà", "", "___",
		norm.NFD.String("Nguyễn Thị Hòa"),
	} {
		f.Add(s)
	}
	tok := newTok(f, WithWords("hà nội", "a b c"))
	f.Fuzz(func(t *testing.T, s string) {
		checkWords(t, tok, s)
		out := tok.Segment(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("Segment(%q) = invalid UTF-8 %q", s, out)
		}
	})
}

// TestWordsConcurrent shares one Tokenizer between goroutines (run with
// -race): results must match the sequential ones.
func TestWordsConcurrent(t *testing.T) {
	tok := newTok(t, WithWords("nông thôn mới"))
	lines := strings.Split(strings.TrimSpace(string(mustRead(t, "testdata/article_ws.txt"))), "\n")
	want := make([]string, len(lines))
	for i, l := range lines {
		want[i] = tok.Segment(l)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(lines) {
				i := (k + g) % len(lines)
				if got := tok.Segment(lines[i]); got != want[i] {
					t.Errorf("line %d: %q, want %q", i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestWordsAllocations keeps Words within two allocations per sentence,
// amortised over an article.
func TestWordsAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	tok := newTok(t)
	text := strings.Repeat(string(mustRead(t, "testdata/article_ws.txt"))+"\n", 20)
	sentences := len(tok.Sentences(text))
	perSentence := testing.AllocsPerRun(3, func() { tok.Words(text) }) / float64(sentences)
	t.Logf("%.3f allocations per sentence", perSentence)
	if perSentence > 2 {
		t.Errorf("%.2f allocations per sentence > 2", perSentence)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A Tokenizer not built by New still segments, with the built-in model.
func TestZeroTokenizerWords(t *testing.T) {
	var zero Tokenizer
	var nilTok *Tokenizer
	want := newTok(t).Segment("Thủ đô Hà Nội.")
	if got := zero.Segment("Thủ đô Hà Nội."); got != want {
		t.Errorf("zero Tokenizer: %q, want %q", got, want)
	}
	if got := nilTok.Segment("Thủ đô Hà Nội."); got != want {
		t.Errorf("nil Tokenizer: %q, want %q", got, want)
	}
}
