package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vntext/vntext/internal/letters"
	"golang.org/x/text/unicode/norm"
)

// tokenStrings renders tokens as "text/kind" for compact table tests.
func tokenStrings(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text + "/" + t.Kind.String()
	}
	return out
}

func TestTokensKinds(t *testing.T) {
	tk, err := New()
	require.NoError(t, err)
	tests := []struct {
		in   string
		want string // space-separated text/kind
	}{
		{"Thủ đô Hà Nội, năm 2023.", "Thủ/syllable đô/syllable Hà/syllable Nội/syllable ,/punct năm/syllable 2023/number ./punct"},
		{"UBND HĐND MTTQ THPT ĐBSCL", "UBND/abbreviation HĐND/abbreviation MTTQ/abbreviation THPT/abbreviation ĐBSCL/abbreviation"},
		{"HÀ NỘI TRƯỜNG GIÁO", "HÀ/syllable NỘI/syllable TRƯỜNG/syllable GIÁO/syllable"},
		{"TP.HCM TP. Hồ", "TP.HCM/abbreviation TP./abbreviation Hồ/syllable"},
		{"GS.TS. PGS.TS.BS. ThS. Ths. TS.", "GS.TS./abbreviation PGS.TS.BS./abbreviation ThS./abbreviation Ths./abbreviation TS./abbreviation"},
		{"Q. 1, P. Bến Nghé", "Q./abbreviation 1/number ,/punct P./abbreviation Bến/syllable Nghé/syllable"},
		{"p.5, q.1, h. Củ Chi, chữ a. Xong", "p./abbreviation 5/number ,/punct q./abbreviation 1/number ,/punct h./abbreviation Củ/syllable Chi/syllable ,/punct chữ/syllable a/syllable ./punct Xong/syllable"},
		{"Nguyễn Văn C. cho", "Nguyễn/syllable Văn/syllable C./abbreviation cho/syllable"},
		{"v.v. v.v...", "v.v./abbreviation v.v/abbreviation .../punct"},
		{"19,2% 1.234,5 54.200.000 3.5", "19,2%/percent 1.234,5/number 54.200.000/number 3.5/number"},
		{"21/21 33/33 123/456", "21/21/ratio 33/33/ratio 123/456/ratio"},
		{"11/02/2024 30/4 02/2024 8-9/6 11.02.2024 2024-02-11 20-11-2023", "11/02/2024/date 30/4/date 02/2024/date 8-9/6/date 11.02.2024/date 2024-02-11/date 20-11-2023/date"},
		{"tháng 7.2024, 7.200 tấn", "tháng/syllable 7.2024/date ,/punct 7.200/number tấn/syllable"},
		{"15:00 14h30 7h 9:05:30 14g30", "15:00/time 14h30/time 7h/time 9:05:30/time 14g30/time"},
		{"3:1 14ha 100g 100km 1m75 100đ", "3:1/ratio 14ha/number 100g/number 100km/number 1m75/number 100đ/number"},
		{"QL 1A, mạng 5G, in 3D, 2A-1", "QL/abbreviation 1A/abbreviation ,/punct mạng/syllable 5G/abbreviation ,/punct in/syllable 3D/abbreviation ,/punct 2A-1/abbreviation"},
		{"2021-2026 1.500-2.000 5-10% 2020 - 2025", "2021-2026/number 1.500-2.000/number 5-10%/percent 2020/number -/punct 2025/number"},
		{"Chiều 23-3, đội thắng 2-1", "Chiều/syllable 23-3/date ,/punct đội/syllable thắng/syllable 2-1/number"},
		{"tháng 6-2019, Luật số 25/2018 và 12/2018", "tháng/syllable 6-2019/date ,/punct Luật/syllable số/syllable 25/2018/abbreviation và/syllable 12/2018/date"},
		{"http://a.vn,http://b.vn", "http://a.vn/url ,/punct http://b.vn/url"},
		{"https://vnexpress.net/a-b-123.html, www.moh.gov.vn. baochinhphu.vn/tin", "https://vnexpress.net/a-b-123.html/url ,/punct www.moh.gov.vn/url ./punct baochinhphu.vn/tin/url"},
		{"(xem https://vi.wikipedia.org/wiki/A_(B)).", "(/punct xem/syllable https://vi.wikipedia.org/wiki/A_(B)/url )/punct ./punct"},
		{"toasoan@baomoi.vn; nguyen.van.a@gmail.com.", "toasoan@baomoi.vn/email ;/punct nguyen.van.a@gmail.com/email ./punct"},
		{"COVID-19 NĐ-CP QĐ-UBND SARS-CoV-2 F-16", "COVID-19/abbreviation NĐ-CP/abbreviation QĐ-UBND/abbreviation SARS/abbreviation -/punct CoV-2/abbreviation F-16/abbreviation"},
		{"100/2019/NĐ-CP 15/QĐ-UBND 15-NQ/TW 01/2024/TT-BTC", "100/2019/NĐ-CP/abbreviation 15/QĐ-UBND/abbreviation 15-NQ/TW/abbreviation 01/2024/TT-BTC/abbreviation"},
		{"U23 H5N1 F0 mp3", "U23/abbreviation H5N1/abbreviation F0/abbreviation mp3/syllable"},
		{"H'Mông K’Ho Đ/c km/h", "H'Mông/syllable K’Ho/syllable Đ/c/abbreviation km/h/abbreviation"},
		{"“Tốt!” ông nói… Thật ư?!", "“/punct Tốt/syllable !/punct ”/punct ông/syllable nói/syllable …/punct Thật/syllable ư/syllable ?!/punct"},
		{"giá $5 + 10 = 15 🙂", "giá/syllable $/symbol 5/number +/symbol 10/number =/symbol 15/number 🙂/symbol"},
		{"iPhone VnExpress ThS", "iPhone/syllable VnExpress/syllable ThS/abbreviation"},
		{"nam/nữ", "nam/syllable //punct nữ/syllable"},
		{"", ""},
		{"   \t\n ", ""},
	}
	for _, tc := range tests {
		got := tk.Tokens(tc.in)
		want := strings.Fields(tc.want)
		if len(want) == 0 {
			want = []string{}
		}
		assert.Equal(t, want, tokenStrings(got), "%q", tc.in)
		checkTokens(t, tc.in, got)
	}
}

// checkTokens asserts the offset invariant: tokens in order, not
// overlapping, Text == in[Start:End], gaps made of gap runes only. It avoids
// testify so that fuzzing stays fast.
func checkTokens(t *testing.T, in string, toks []Token) {
	t.Helper()
	prev := 0
	for _, tok := range toks {
		switch {
		case tok.Start < prev || tok.Start >= tok.End || tok.End > len(in):
			t.Fatalf("bad span %+v after %d in %q", tok, prev, in)
		case in[tok.Start:tok.End] != tok.Text:
			t.Fatalf("Text %q != input span %q", tok.Text, in[tok.Start:tok.End])
		case !isGapText(in[prev:tok.Start]):
			t.Fatalf("gap %q before %+v is not white space", in[prev:tok.Start], tok)
		case tok.Kind < Syllable || tok.Kind > Symbol || tok.Kind == Word:
			t.Fatalf("bad kind in %+v", tok)
		}
		prev = tok.End
	}
	if !isGapText(in[prev:]) {
		t.Fatalf("trailing gap %q is not white space", in[prev:])
	}
}

func isGapText(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if (r == utf8.RuneError && n == 1) || !isGapRune(r) {
			return false
		}
		s = s[n:]
	}
	return true
}

func TestTokensNFDKeepsMarks(t *testing.T) {
	tk, err := New()
	require.NoError(t, err)
	nfc := "Việt Nam, Thủ tướng Nguyễn Xuân Hòa. HĐND tỉnh Đắk Lắk"
	nfd := norm.NFD.String(nfc)
	require.NotEqual(t, nfc, nfd)
	a, b := tk.Tokens(nfc), tk.Tokens(nfd)
	require.Equal(t, len(a), len(b))
	for i := range a {
		assert.Equal(t, a[i].Text, norm.NFC.String(b[i].Text), "token %d", i)
		assert.Equal(t, a[i].Kind, b[i].Kind, "token %d %q", i, a[i].Text)
	}
	checkTokens(t, nfd, b)
}

func TestTokensInvalidUTF8(t *testing.T) {
	tk, err := New()
	require.NoError(t, err)
	in := "Hà\xffNội \xc3\x28 \xe1\xbb abc\xed\xa0\x80 \x00\x01"
	got := tk.Tokens(in)
	checkTokens(t, in, got)
	assert.Equal(t, []string{"Hà/syllable", "\xff/symbol", "Nội/syllable", "\xc3/symbol", "(/punct",
		"\xe1\xbb/symbol", "abc/syllable", "\xed\xa0\x80/symbol", "\x00/symbol", "\x01/symbol"}, tokenStrings(got))
}

func TestTokensGapRunes(t *testing.T) {
	tk, err := New()
	require.NoError(t, err)
	in := "\ufeffHà\u00a0Nội\u200b,\u2003năm\u200e\u202dnay"
	got := tk.Tokens(in)
	checkTokens(t, in, got)
	assert.Equal(t, []string{"Hà/syllable", "Nội/syllable", ",/punct", "năm/syllable", "nay/syllable"}, tokenStrings(got))
}

func TestAppendTokensReusesBuffer(t *testing.T) {
	tk, err := New()
	require.NoError(t, err)
	buf := make([]Token, 0, 64)
	in := "Sáng 11/02/2024, HĐND quận Tây Hồ họp."
	allocs := testing.AllocsPerRun(100, func() {
		buf = tk.AppendTokens(buf[:0], in)
	})
	assert.Zero(t, allocs)
	assert.Equal(t, tk.Tokens(in), buf)
}

func TestZeroTokenizerUsesDefaults(t *testing.T) {
	var zero Tokenizer
	var nilTok *Tokenizer
	tk, err := New()
	require.NoError(t, err)
	in := "GS.TS. Lê Văn A làm việc tại TP. Huế. Ông về Q. 1."
	assert.Equal(t, tk.Tokens(in), zero.Tokens(in))
	assert.Equal(t, tk.Sentences(in), nilTok.Sentences(in))
}

func TestWithAbbreviations(t *testing.T) {
	tk, err := New(WithAbbreviations("Nxb.", "Ks", "BVĐK.", "T.Ư."))
	require.NoError(t, err)
	in := "Sách do Nxb. Chính trị quốc gia in. BVĐK. Hà Tĩnh tiếp nhận. Ban Bí thư T.Ư. Đoàn họp."
	var got []string
	for _, s := range tk.Sentences(in) {
		got = append(got, s.Text)
	}
	assert.Equal(t, []string{"Sách do Nxb. Chính trị quốc gia in.", "BVĐK. Hà Tĩnh tiếp nhận.", "Ban Bí thư T.Ư. Đoàn họp."}, got)
	assert.Contains(t, tokenStrings(tk.Tokens(in)), "BVĐK./abbreviation")

	plain, err := New()
	require.NoError(t, err)
	assert.Len(t, plain.Sentences("BVĐK. Hà Tĩnh tiếp nhận."), 2)

	for _, bad := range []string{"", " . ", "a b", "\xff", strings.Repeat("x", 40), "12."} {
		_, err := New(WithAbbreviations(bad))
		assert.Error(t, err, "%q", bad)
	}
}

func TestBuiltinAbbreviations(t *testing.T) {
	for _, a := range builtinWords("abbreviation") {
		key, err := abbrevKey(a)
		require.NoError(t, err, a)
		assert.Equal(t, strings.ToLower(a), key)
		if a != "NGƯT" { // a title that happens to spell a syllable; never sentence-final
			assert.False(t, letters.IsSyllable(a), "%s reads as a syllable and could end a sentence", a)
		}
	}
}

func TestIsSyllable(t *testing.T) {
	for _, w := range []string{"a", "hà", "NỘI", "nghiêng", "giường", "quyết", "khuya", "đảng", "TRƯỜNG", norm.NFD.String("Việt")} {
		assert.True(t, letters.IsSyllable(w), w)
	}
	for _, w := range []string{"UBND", "TP", "HCM", "USD", "COVID", "ASEAN", "FIFA", "ThS", "bánhh", "", "xyz"} {
		assert.False(t, letters.IsSyllable(w), w)
	}
}

// TestConcurrentUse shares one Tokenizer between goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	tk, err := New(WithAbbreviations("BVĐK."))
	require.NoError(t, err)
	in := "Sáng 11/02/2024, UBND TP. Cần Thơ họp. GS.TS. Lê Văn A phát biểu tại BVĐK. Hà Tĩnh."
	wantTokens, wantSentences := tk.Tokens(in), tk.Sentences(in)
	done := make(chan bool)
	for range 4 {
		go func() {
			ok := true
			for range 200 {
				ok = ok && assert.ObjectsAreEqual(wantTokens, tk.Tokens(in)) && assert.ObjectsAreEqual(wantSentences, tk.Sentences(in))
			}
			done <- ok
		}()
	}
	for range 4 {
		assert.True(t, <-done)
	}
}
