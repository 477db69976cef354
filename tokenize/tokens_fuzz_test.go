package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokenFuzzSeeds covers every token kind, NFD marks and invalid bytes.
var tokenFuzzSeeds = []string{
	"Sáng 11/02/2024 15:00, UBND TP.HCM họp. GS.TS. Lê Văn A nói: “Tăng 19,2%!”",
	"Q. 1, P. Bến Nghé... v.v. 8-9/6 14h30 33/33 1.234,5 100/2019/NĐ-CP 15-NQ/TW",
	"https://a.vn/x_(y)), www.b.com. c@d.vn H'Mông Đ/c COVID-19 U23",
	"Vie\u0300\u0323t \xff\xfe\xc3 \u200b\ufeff 🙂\ufe0f \x00",
	"1. a. II. Điều 1. (Ảnh: A) [B] C.\nD\r\nE\u2028F",
	"", ".", "...", "a.b.c.d.e", "1-1-1-1", "A. A. A.", "((((", "::::", "@@@@",
}

func FuzzTokens(f *testing.F) {
	for _, s := range tokenFuzzSeeds {
		f.Add(s)
	}
	tk, err := New()
	if err != nil {
		f.Fatal(err)
	}
	buf := make([]Token, 0, 16)
	f.Fuzz(func(t *testing.T, in string) {
		toks := tk.Tokens(in)
		checkTokens(t, in, toks)
		buf = tk.AppendTokens(buf[:0], in)
		if len(buf) != len(toks) {
			t.Fatalf("AppendTokens gave %d tokens, Tokens %d", len(buf), len(toks))
		}
		for i := range toks {
			if buf[i] != toks[i] {
				t.Fatalf("token %d: %+v vs %+v", i, buf[i], toks[i])
			}
		}
		if isVietnameseScript(in) {
			checkSameInNFD(t, tk, in)
		}
	})
}

// isVietnameseScript reports valid UTF-8 made of ASCII, the Latin blocks
// Vietnamese uses, combining diacritics and general punctuation: the input
// for which NFC and NFD must tokenize alike.
func isVietnameseScript(s string) bool {
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			return false
		case r < 0x250, r >= 0x300 && r <= 0x36F, r >= 0x1EA0 && r <= 0x1EFF, r >= 0x2010 && r <= 0x2027:
		default:
			return false
		}
	}
	return true
}

func checkSameInNFD(t *testing.T, tk *Tokenizer, in string) {
	t.Helper()
	nfc, nfd := norm.NFC.String(in), norm.NFD.String(in)
	a, d := tk.Tokens(nfc), tk.Tokens(nfd)
	if len(a) != len(d) {
		t.Fatalf("%q: %d tokens in NFC, %d in NFD", in, len(a), len(d))
	}
	for i := range a {
		if a[i].Text != norm.NFC.String(d[i].Text) || a[i].Kind != d[i].Kind {
			t.Fatalf("%q: token %d is %s/%s in NFC, %s/%s in NFD", in, i, a[i].Text, a[i].Kind, norm.NFC.String(d[i].Text), d[i].Kind)
		}
	}
	if sa, sd := tk.Sentences(nfc), tk.Sentences(nfd); len(sa) != len(sd) {
		t.Fatalf("%q: %d sentences in NFC, %d in NFD", in, len(sa), len(sd))
	}
}

// longLinePatterns repeat into one long line each; every one of
// them would expose a quadratic look-ahead or look-behind.
var longLinePatterns = []string{
	"a.", "A.", "A. ", "a.a", "1.", "1-", "1/", "1:", "9h", "a@", "a-", "A-", "AB-", "x.vn/", "(", ")",
	"'", "H'", "v.v", "TP.", " ", ".", "…", "\xff", "Điều 1. ", "aaaa", "1111", "A", "a_", "a.b@",
	`. " `, `? "`, "(a) ", ". - a ", "A. B ", "a.B", "Q. ", "ngày 1-", "x.vn.ặ",
}

func TestLongLinesStayLinear(t *testing.T) {
	tk, err := New()
	require := func(ok bool, format string, args ...any) {
		t.Helper()
		if !ok {
			t.Fatalf(format, args...)
		}
	}
	require(err == nil, "New: %v", err)
	size := 512 << 10 // quadratic work on 512 KB would not finish
	if testing.Short() {
		size = 256 << 10
	}
	for _, p := range longLinePatterns {
		t.Run(p, func(t *testing.T) {
			in := strings.Repeat(p, size/len(p))
			toks := tk.Tokens(in)
			require(len(toks) == 0 || toks[len(toks)-1].End <= len(in), "%q: bad end", p)
			checkSentences(t, in, tk.Sentences(in))
		})
	}
}
