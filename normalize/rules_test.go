package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vntext/vntext/internal/letters"
)

// TestRules covers every rule with our own examples, so the package is
// tested without $VNTEXT_DATA too. Expected values use the modern style.
func TestRules(t *testing.T) {
	cases := []struct{ name, in, want string }{
		// NFC
		{"nfd", "Bie\u0302\u0309n \u0110o\u0302ng", "Biển Đông"},
		{"mark order", "ngu\u031Bo\u031B\u0323c", "ngược"},
		{"composite", "Hươ\u0301ng", "Hướng"},
		{"tone mark code point", "Ca\u0340 Mau", "Cà Mau"},
		{"tone typed before the vowel mark", "Vie\u0323\u0302t, sa\u0301\u0302m", "Việt, sấm"},
		{"other marks left to NFC", "Zu\u0308rich, A\u030Agot", "Zürich, Ågot"},
		// tone placement
		{"oa open", "Thanh Hóa", "Thanh Hoá"},
		{"uy open caps", "THỦY LỢI", "THUỶ LỢI"},
		{"oa closed", "tòan dân", "toàn dân"},
		{"qu", "qủa bóng", "quả bóng"},
		{"gi", "gíơi thiệu", "giới thiệu"},
		{"uo horn", "mừơi", "mười"},
		{"uye", "truỵên", "truyện"},
		{"foreign untouched", "Pokémon, Ngọc Hân Óc Eo", "Pokémon, Ngọc Hân Óc Eo"},
		{"two marks untouched", "hòá", "hòá"},
		// legacy, detected
		{"tcvn3 raw", "S\xABng C\xC7u", "Sông Cầu"},
		{"vni raw", "Ca\xF9c ba\xEFn", "Các bạn"},
		{"viqr", "Ca'c ba.n ho.c to^'t", "Các bạn học tốt"},
		{"viqr dd", "ddi ddu'ng ddo'", "đi đúng đó"},
		{"not viqr", "DDoS, Eddie's address", "DDoS, Eddie's address"},
		{"cp1258 raw", "Tr\xE2\xECn Phu\xF2", "Trấn Phụ"},
		// references and mojibake
		{"numeric ref", "L&#7841;ng S&#417;n", "Lạng Sơn"},
		{"named ref", "Ph&uacute; Qu&#7889;c", "Phú Quốc"},
		{"amp alone stays", "AT&amp;T", "AT&amp;T"},
		{"one level only", "B&agrave;i &amp;lt;b&amp;gt; &amp;amp;", "Bài &amp;lt;b&amp;gt; &amp;"},
		{"mojibake", "Nghá»‡ An", "Nghệ An"},
		{"mojibake in good text", "tỉnh Quáº£ng Nam năm nay", "tỉnh Quảng Nam năm nay"},
		{"mojibake twice", "CÃ¡Â»Â­a", "Cửa"},
		{"mojibake, NBSP turned space", "HÃ  Ná»™i vÃ Cáº§n ThÆ¡", "Hà Nội và Cần Thơ"},
		{"capital Ã kept", "XÃ HỘI, ĐÃ XONG", "XÃ HỘI, ĐÃ XONG"},
		// invalid
		{"invalid byte", "Hội An \xC0", "Hội An \uFFFD"},
		// look-alikes
		{"eth", "\u00D0ồng Nai", "Đồng Nai"},
		{"african d", "\u0256ẹp", "đẹp"},
		{"cyrillic in word", "B\u0435n Tre", "Ben Tre"},
		{"greek alone kept", "\u0391 và \u0392", "\u0391 và \u0392"},
		{"caron", "\u01CEn uống", "ăn uống"},
		// width, punctuation
		{"full width", "\uFF33\uFF2A\uFF23 \uFF11\uFF10", "SJC 10"},
		{"ligature", "\uFB02ow", "flow"},
		{"superscript kept", "5 km²", "5 km²"},
		{"quotes", "\u2018Huế\u2019 \u201CSài Gòn\u201D \u00ABHà Nội\u00BB", "'Huế' \"Sài Gòn\" \"Hà Nội\""},
		{"dashes", "2020\u20132021 \u2014 \u2212 3", "2020-2021 - - 3"},
		{"ellipsis", "Chờ\u2026", "Chờ..."},
		// invisibles, spaces, lines
		{"zwsp", "Sa\u200BPa", "SaPa"},
		{"bom soft hyphen bidi", "\uFEFFĐà\u00ADLạt\u202E", "ĐàLạt"},
		{"nbsp thin tab", "Vĩnh\u00A0Long\u2009\tTrà Vinh", "Vĩnh Long Trà Vinh"},
		{"crlf and blank lines", "a\r\n\r\n\r\n\r\nb\rc", "a\n\nb\nc"},
		{"trim", " \n Phan Thiết \n ", "Phan Thiết"},
		{"zwj emoji kept", "🧑\u200D🌾 nông dân", "🧑\u200D🌾 nông dân"},
		{"zwj letters dropped", "Sơn\u200DLa", "SơnLa"},
		{"controls", "Cao\x00Bằng\x07", "CaoBằng"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Normalize(c.in), c.name)
		assert.Equal(t, c.want, Normalize(c.want), "%s: expected value is a fixed point", c.name)
	}
}

func TestFoldSlugCase(t *testing.T) {
	assert.Equal(t, "Quang Ngai, Buon Ma Thuot", Fold("Quảng Ngãi, Buôn Ma Thuột"))
	assert.Equal(t, "Duc Trong Lam Dong", Fold("\u00D0ức Trọng Lâm Đồng"))
	assert.Equal(t, "nao Khoai", Fold("não Khoái"))
	assert.Equal(t, "Nha Trang", Fold("Nha Trang"))
	assert.Equal(t, "quang-ngai-2025", Slug("  Quảng Ngãi — 2025!! "))
	assert.Equal(t, "", Slug("“…”"))
	assert.Equal(t, "ĐỒNG THÁP", Upper("đồng tháp"))
	assert.Equal(t, "đồng tháp", Lower("\u00D0ỒNG THÁP"))
	assert.Equal(t, "HÒA", strings.ToUpper(normWith("hoà", WithTone(ToneClassic))))
}

// TestSettledNeverHidesAChange builds syllables from every onset, nucleus,
// coda and tone position and checks the fast path's shortcut: a word it
// calls settled is one the tone stage leaves alone, in every style.
func TestSettledNeverHidesAChange(t *testing.T) {
	onsets := []string{"", "b", "ch", "gh", "gi", "g", "kh", "ngh", "ng", "qu", "q", "th", "tr", "đ"}
	nuclei := []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
		"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo",
		"ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
		"iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu", "uia"}
	codas := []string{"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k"}
	checked := 0
	for _, on := range onsets {
		for _, nu := range nuclei {
			for _, co := range codas {
				base := []rune(on + nu + co)
				for k, r := range base {
					l, _ := letters.DecodeLetter(r)
					if l.Base < 0 {
						continue
					}
					for tone := letters.Grave; tone <= letters.Dot; tone++ {
						w := append([]rune(nil), base...)
						l.Tone = tone
						w[k] = l.Rune()
						word := string(w)
						var shape wordShape
						for _, r := range word {
							if v := letters.Vowel(r); v != 0 {
								shape.vowel(v)
							} else if r < 0x80 {
								if normASCII[r]&ncVowel != 0 {
									shape.vowel(uint8(letters.VowelASCII(byte(r))) + 1)
								} else {
									shape.consonant(byte(r))
								}
							} else {
								shape.consonant(0)
							}
						}
						if !shape.settled() {
							continue
						}
						checked++
						for _, st := range []ToneStyle{ToneClassic, ToneModern, ToneKeep} {
							if !wordIsNormal(word, st) {
								t.Errorf("%q (%v) is called settled but its tone moves", word, st)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d settled words checked", checked)
}
