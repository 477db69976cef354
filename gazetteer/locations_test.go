package gazetteer

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// testGazetteer returns the default gazetteer or stops the test.
func testGazetteer(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func locTexts(g *Gazetteer, text string) []string {
	var out []string
	for _, e := range g.Locations(text) {
		out = append(out, e.Text)
	}
	return out
}

func TestLocationsSpans(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"head words included", "Chủ tịch UBND quận Tây Hồ và tỉnh Bình Định, xã Vĩnh Thịnh.",
			[]string{"quận Tây Hồ", "tỉnh Bình Định", "xã Vĩnh Thịnh"}},
		{"city forms", "TP.HCM, TP HCM, TPHCM, Tp. Hồ Chí Minh, Sài Gòn và thành phố Hà Nội.",
			[]string{"TP.HCM", "TP HCM", "TPHCM", "Tp. Hồ Chí Minh", "Sài Gòn", "thành phố Hà Nội"}},
		{"capital", "Thủ đô đón khách; thủ đô Hà Nội sáng đèn.", []string{"Thủ đô", "thủ đô Hà Nội"}},
		{"bare provinces and cities", "Từ Hà Nội vào Đà Lạt rồi về Quảng Nam.", []string{"Hà Nội", "Đà Lạt", "Quảng Nam"}},
		{"list takes head on first item only", "các huyện Mê Linh, Sóc Sơn và Đông Anh", []string{"huyện Mê Linh", "Sóc Sơn", "Đông Anh"}},
		{"plural head with unknown names", "hai xã Đồng Lạc Thượng, Đồng Lạc Hạ vẫn ngập", []string{"xã Đồng Lạc Thượng", "Đồng Lạc Hạ"}},
		{"organ of several provinces", "giao UBND các tỉnh Lạng Sơn, Cao Bằng cùng kiểm tra", []string{"Lạng Sơn", "Cao Bằng"}},
		{"parent chain", "sinh ở xã Hoà Phong, huyện Tây Hoà, tỉnh Phú Yên.", []string{"xã Hoà Phong", "huyện Tây Hoà", "tỉnh Phú Yên"}},
		{"numbered units", "phường 11, quận 6", []string{"phường 11", "quận 6"}},
		{"abbreviated heads", "P.17, Q.Gò Vấp; H.Củ Chi; TX Dĩ An; TT. Bồng Sơn", []string{"P.17", "Q.Gò Vấp", "H.Củ Chi", "TX Dĩ An", "TT. Bồng Sơn"}},
		{"other places", "Từ hồ Tây theo quốc lộ 1 qua cầu Trần Phú, đèo Rù Rì tới thôn Phú Gia 2 và khu công nghiệp Quang Minh.",
			[]string{"hồ Tây", "quốc lộ 1", "cầu Trần Phú", "đèo Rù Rì", "thôn Phú Gia 2", "khu công nghiệp Quang Minh"}},
		{"address before its unit", "Cháy tại số 31 Hàng Bài, phường Tràng Tiền; 9 hộ dân.", []string{"Hàng Bài", "phường Tràng Tiền"}},
		{"head words in compounds and names", "Phiên bản 64GB; Luật Hợp tác xã 2012; tàu sân bay Mỹ; Thời báo Hoàn Cầu; thủ đô Nga.",
			[]string{"Mỹ", "Nga"}},
		{"village head before a person", "Theo trưởng bản Lò Văn Hai, cư dân bản Nong Cống vui.", []string{"bản Nong Cống"}},
		{"web address", "Nguồn: VOV.VN", nil},
		{"streets named by a date", "quán trên đường 30/4, gần ngõ 59/165 và thôn Văn Lâm 3; đường 5 km", []string{"đường 30/4", "ngõ 59/165", "thôn Văn Lâm 3"}},
		{"words that start with a country", "Trưởng ban Pháp chế, Bảo tàng Mỹ thuật, theo Ý kiến của Anh hùng lao động; sang Pháp.", []string{"Pháp"}},
		{"unknown commune starting with a country name", "thôn Hòa Thái, xã Đức Lạc Tây, huyện Đức Thọ",
			[]string{"thôn Hòa Thái", "xã Đức Lạc Tây", "huyện Đức Thọ"}},
		{"road between two provinces", "thông xe đường cao tốc Đà Nẵng - Quảng Ngãi", []string{"đường cao tốc Đà Nẵng - Quảng Ngãi"}},
		{"mines named by material", "cấp phép mỏ cát xây dựng Sông Lô 2 và mỏ than Khe Chàm", []string{"mỏ cát xây dựng Sông Lô 2", "mỏ than Khe Chàm"}},
		{"number after a unit is not a house number", "phường 11 phố Huế", []string{"phường 11", "phố Huế"}},
		{"region heads", "vùng Tây Bắc và khu vực Đông Nam Bộ", []string{"vùng Tây Bắc", "khu vực Đông Nam Bộ"}},
		{"street after naming", "đặt tên đường Lê Duẩn cho trục mới", []string{"đường Lê Duẩn"}},
		{"compound head", "xã đảo Cái Chiên, huyện đảo Cô Tô", []string{"xã đảo Cái Chiên", "huyện đảo Cô Tô"}},
		{"commune named Biên Giới", "UBND xã Biên Giới họp", []string{"xã Biên Giới"}},
		{"hyphenated province", "tỉnh Bà Rịa - Vũng Tàu và tỉnh Thừa Thiên - Huế", []string{"tỉnh Bà Rịa - Vũng Tàu", "tỉnh Thừa Thiên - Huế"}},
		{"spelling variants", "tỉnh Đăk Nông, tỉnh Kontum, huyện Mù Cang Chải, thị xã Kì Anh, Ðà Nẵng",
			[]string{"tỉnh Đăk Nông", "tỉnh Kontum", "huyện Mù Cang Chải", "thị xã Kì Anh", "Ðà Nẵng"}},
		{"person named like a province", "Ông Nguyễn Thái Bình và bà Hà Nam đến Thái Bình.", []string{"Thái Bình"}},
		{"common words spelled like a province", "Hòa bình là khát vọng. Cao bằng người lớn.", nil},
		{"person after an organ", "Chủ tịch UBND tỉnh Nguyễn Văn Ba phát biểu.", nil},
		{"head inside a compound", "Bộ yêu cầu Ban Thường vụ báo cáo hoạt động Hội.", nil},
		{"lower-case head alone", "quận này và các huyện khác", nil},
		{"surname-like head in a name", "Phó Thủ tướng Hồ Đức Phớc", nil},
		{"abbreviated head before a new sentence", "Bà từng là chủ tịch UBND TP. Sau đó, bà chuyển về Đà Lạt.", []string{"Đà Lạt"}},
		{"country only after a place word", "Ông Đức sang Đức, anh Nam vào Nam.", []string{"Đức", "Nam"}},
		{"Roman numerals", "phường Hải Châu I và xã Tam Xuân II", []string{"phường Hải Châu I", "xã Tam Xuân II"}},
		{"numbers listed after a numbered unit", "các quận 4, 8 và Bình Thạnh; phường 5, 10 hộ", []string{"quận 4", "Bình Thạnh", "phường 5"}},
		{"list after a colon", "gồm 3 xã: Tân An, Tân Bình và Tân Lập", []string{"Tân An", "Tân Bình", "Tân Lập"}},
		{"list item that starts with a head word", "các phường Bến Nghé, Bến Thành và Đa Kao", []string{"phường Bến Nghé", "Bến Thành", "Đa Kao"}},
		{"plural list under a site head", "các cầu Long Biên, Chương Dương và Vĩnh Tuy", []string{"cầu Long Biên", "Chương Dương", "Vĩnh Tuy"}},
		{"sites", "từ Lăng Chủ tịch Hồ Chí Minh qua phố cổ Hội An, chợ phiên Bắc Hà tới bến cảng Tiên Sa",
			[]string{"Lăng Chủ tịch Hồ Chí Minh", "phố cổ Hội An", "chợ phiên Bắc Hà", "bến cảng Tiên Sa"}},
		{"zones keep their province", "khu công nghiệp VSIP Nghệ An; chùa Hương Hà Nội", []string{"khu công nghiệp VSIP Nghệ An", "chùa Hương", "Hà Nội"}},
		{"numbered heads with số", "tổ dân phố số 9 và tuyến metro số 1", []string{"tổ dân phố số 9", "metro số 1"}},
		{"hyphen before a headed place", "đường Vành đai 4 - Vùng Thủ đô", []string{"đường Vành đai 4", "Vùng Thủ đô"}},
		{"street of an address before a city", "tại số 5A Hàm Long, Hà Nội", []string{"Hàm Long", "Hà Nội"}},
		{"hamlet named after a person in an address", "ở ấp Nguyễn Văn Tư, xã Tân Hòa", []string{"ấp Nguyễn Văn Tư", "xã Tân Hòa"}},
		{"weak countries in brackets and lists", "Bệnh viện Bristol (Anh) cho biết Anh, Pháp và Đức đồng ý; đại sứ Triều Tiên Ri Son-ho.",
			[]string{"Bristol", "Anh", "Anh", "Pháp", "Đức", "Triều Tiên"}}, // the city inside the hospital's name too: entities tells them apart
		{"city that is also a given name", "Vinh cho biết sẽ về Vinh và TP Vinh.", []string{"Vinh", "TP Vinh"}},
		{"bare unit confirmed by parent", "Ông Sáu ở Krông Pắk (Đắk Lắk) nói.", []string{"Krông Pắk", "Đắk Lắk"}},
		{"bare unit without confirmation", "Anh ấy ở Tân Phú lâu rồi.", nil},
		{"bare siblings in a named province", "Lũ về ở Nghệ An: Thanh Tùng, Thanh Lâm và Thanh Đức bị chia cắt.",
			[]string{"Nghệ An", "Thanh Tùng", "Thanh Lâm", "Thanh Đức"}},
		{"bare siblings without their province", "Chào Thanh Lâm và Thanh Đức.", nil},
		{"repeat of a unit written with its head", "Điện về xã đảo Cái Chiên. Cái Chiên có 500 hộ.", []string{"xã đảo Cái Chiên", "Cái Chiên"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, locTexts(g, tc.text))
		})
	}
}

func TestLocationsResolve(t *testing.T) {
	g := testGazetteer(t)
	es := g.Locations("Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng")
	require.Len(t, es, 1)
	e := es[0]
	assert.Equal(t, "quận Tây Hồ", e.Text)
	assert.Equal(t, LevelDistrict, e.Level)
	assert.Equal(t, "003", e.Code)
	assert.Equal(t, PeriodsOf(PeriodPre2025), e.Periods)
	assert.Contains(t, e.Successors, Successor{Code: "00103", Name: "Phường Tây Hồ, Thành phố Hà Nội"})

	// The parent written after a name picks the unit: phường 14 of quận 10, TP HCM.
	es = g.Locations("Chủ tịch UBND phường 14, quận 10")
	require.Len(t, es, 2)
	assert.Equal(t, "27169", es[0].Code)

	// A post-2025 ward written with its province.
	es = g.Locations("phường Tây Hồ, thành phố Hà Nội")
	require.Len(t, es, 2)
	assert.Equal(t, PeriodsOf(PeriodPost2025), es[0].Periods)
	assert.Empty(t, es[0].Successors)

	// A province that kept its name and code is in both lists.
	es = g.Locations("TP.HCM")
	require.Len(t, es, 1)
	assert.Equal(t, "79", es[0].Code)
	assert.Equal(t, PeriodsOf(PeriodPre2025, PeriodPost2025), es[0].Periods)
	assert.Equal(t, []Period{PeriodPre2025, PeriodPost2025}, es[0].Periods.List())

	// A merged province names its successor.
	es = g.Locations("tỉnh Hà Giang")
	require.Len(t, es, 1)
	assert.Equal(t, []Successor{{Code: "08", Name: "Tỉnh Tuyên Quang"}}, es[0].Successors)

	// The 2026 change: Đồng Nai became a city.
	es = g.Locations("thành phố Đồng Nai")
	require.Len(t, es, 1)
	assert.Equal(t, PeriodsOf(PeriodPost2026), es[0].Periods)

	// List items share the parent written after the list.
	es = g.Locations("Các xã Bình Minh, Bình Phước và Bình An thuộc tỉnh Tây Ninh.")
	require.Len(t, es, 4)
	assert.Equal(t, "25477", es[0].Code, es[0].Text)
	assert.Empty(t, es[1].Code, "no Bình Phước in Tây Ninh")
	assert.Equal(t, "28054", es[2].Code, es[2].Text)

	// A unit whose name starts with a head word.
	es = g.Locations("Trụ sở đặt tại Cầu Giấy.")
	require.Len(t, es, 1)
	assert.Equal(t, LevelDistrict, es[0].Level)
	assert.Equal(t, "005", es[0].Code)

	// Unknown names after a head keep the head's level and no code.
	es = g.Locations("thôn Bản Mới")
	require.Len(t, es, 1)
	assert.Equal(t, LevelOther, es[0].Level)
	assert.Empty(t, es[0].Code)
}

func TestLocationsOffsetsNFDAndTone(t *testing.T) {
	g := testGazetteer(t)
	text := "Lãnh đạo tỉnh Thanh Hoá và huyện Thuỷ Nguyên, tỉnh Khánh Hòa."
	require.Equal(t, "Lãnh đạo tỉnh Thanh Hóa và huyện Thủy Nguyên, tỉnh Khánh Hoà.", toggleTone(text))
	for _, variant := range []string{text, norm.NFD.String(text), toggleTone(text), norm.NFD.String(toggleTone(text))} {
		es := g.Locations(variant)
		require.Len(t, es, 3, variant)
		for _, e := range es {
			assert.Equal(t, variant[e.Start:e.End], e.Text)
			assert.NotEmpty(t, e.Code, e.Text)
		}
	}
}

func TestLookup(t *testing.T) {
	g := testGazetteer(t)
	us := g.Lookup("quận Tây Hồ")
	require.Len(t, us, 1)
	assert.Equal(t, "Quận Tây Hồ", us[0].FullName())
	assert.Equal(t, PeriodPre2025, us[0].Period)

	var periods []string
	for _, u := range g.Lookup("Tây Hồ") {
		periods = append(periods, string(u.Period)+" "+u.FullName())
	}
	assert.ElementsMatch(t, []string{"pre-2025 Quận Tây Hồ", "pre-2025 Xã Tây Hồ", "post-2025 Phường Tây Hồ", "post-2025 Xã Tây Hồ"}, periods)

	parent, ok := g.Parent(us[0])
	require.True(t, ok)
	assert.Equal(t, "Thành phố Hà Nội", parent.FullName())
	_, ok = g.Parent(parent)
	assert.False(t, ok)
	var next []string
	for _, s := range g.Successors(us[0]) {
		next = append(next, s.FullName())
	}
	assert.ElementsMatch(t, []string{"Phường Tây Hồ", "Phường Phú Thượng", "Phường Hồng Hà"}, next)
	assert.Empty(t, g.Successors(parent.withPeriod(PeriodPost2025)))

	assert.NotEmpty(t, g.Lookup("TP.HCM"))
	// Results are copies: changing them does not change the gazetteer.
	us[0].Successors[0] = "x"
	assert.NotEqual(t, "x", g.Lookup("quận Tây Hồ")[0].Successors[0])
	us = g.Lookup("phường 11, quận 6")
	require.Len(t, us, 1)
	assert.Equal(t, "27364", us[0].Code)
	assert.Nil(t, g.Lookup("ông Ba ở quận 6"))
	assert.NotEmpty(t, g.Lookup("Hoà Bình"))
	assert.Equal(t, g.Lookup("Hòa Bình"), g.Lookup(norm.NFD.String("HOÀ BÌNH")))
	assert.Nil(t, g.Lookup("Atlantis"))
	assert.Nil(t, g.Lookup(""))
}

// TestLookupHoldsToTheName checks that Lookup keeps to the type word and to
// the parents written after the name, in running text as in a bare name: a
// unit the tables lack there finds nothing, never a namesake of another
// type or in another district.
func TestLookupHoldsToTheName(t *testing.T) {
	g := testGazetteer(t)
	for _, tc := range []struct {
		name string
		want []string // "period code", in order; nil for none
	}{
		// Hưng Lợi is a ward in Cần Thơ, a town in Sóc Trăng and a xã of
		// Nghệ An abolished before 2025 (TestAbolishedUnits).
		{"xã Hưng Lợi, huyện Thạnh Trị, tỉnh Sóc Trăng", nil},
		{"xã Hưng Lợi, huyện Thạnh Trị", nil},
		{"phường Hưng Lợi, tỉnh Nghệ An", nil},
		{"thị trấn Hưng Lợi, huyện Hưng Nguyên", nil},
		{"phường Hưng Lợi, quận Ninh Kiều, thành phố Cần Thơ", []string{"pre-2025 31147"}},
		{"thị trấn Hưng Lợi, huyện Thạnh Trị, tỉnh Sóc Trăng", []string{"pre-2025 31757"}},
		// The new city holds the communes of the provinces merged into it.
		{"thị trấn Hưng Lợi, huyện Thạnh Trị, thành phố Cần Thơ", []string{"pre-2025 31757"}},
		// The three Xã An Cư lie in other districts; Ninh Kiều had a phường.
		{"xã An Cư, quận Ninh Kiều", nil},
		{"phường An Cư, huyện Tuy An", nil},
		{"phường 11, quận 6, TP.HCM", []string{"pre-2025 27364"}},
		{"xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước", nil}, // a thị trấn there
		{"thị trấn Tân Phú, huyện Đồng Phú, tỉnh Bình Phước", []string{"pre-2025 25363"}},
		{"xã Tân Phú, tỉnh Đồng Nai", []string{"post-2025 26116"}},
		{"phường Phong Điền, tỉnh Thừa Thiên Huế", []string{"post-2025 19819"}},
		{"phường Hồng Hà, thành phố Hà Nội", []string{"post-2025 00097"}},
		// A country after a province is no administrative parent.
		{"tỉnh Nghệ An, Việt Nam", []string{"pre-2025 40", "post-2025 40"}},
		// A parent the tables do not know contains nothing they know.
		{"xã Tân Phú, huyện Đồng Vắng", nil},
	} {
		var got []string
		for _, u := range g.Lookup(tc.name) {
			got = append(got, string(u.Period)+" "+u.Code)
		}
		assert.Equal(t, tc.want, got, tc.name)
		assert.Equal(t, tc.want != nil, g.Known(tc.name), tc.name)
	}
}

func (u Unit) withPeriod(p Period) Unit { u.Period, u.Successors = p, nil; return u }

func TestWith(t *testing.T) {
	g := testGazetteer(t)
	g2, err := g.With(Place{Name: "Cổ trấn Hội An", Level: LevelOther}, Place{Name: "Xứ Thanh", Level: LevelProvince, Code: "38"})
	require.NoError(t, err)
	text := "Du khách đến Cổ trấn Hội An rồi ra Xứ Thanh."
	assert.Equal(t, []string{"Cổ trấn Hội An", "Xứ Thanh"}, locTexts(g2, text))
	assert.NotContains(t, locTexts(g, text), "Cổ trấn Hội An", "With must not change the original")
	es := g2.Locations("tỉnh Xứ Thanh")
	require.Len(t, es, 1)
	assert.Equal(t, "38", es[0].Code)

	_, err = g.With(Place{Name: " "})
	assert.Error(t, err)
	_, err = g.With(Place{Name: "- –"})
	assert.Error(t, err)
	_, err = g.With(Place{Name: "X", Level: "planet"})
	assert.Error(t, err)
}

func TestLocationsLongInput(t *testing.T) {
	g := testGazetteer(t)
	// Longer than one chunk, with and without line breaks or spaces.
	para := "Đoàn công tác đến xã Vĩnh Thịnh, huyện Vĩnh Thạnh, tỉnh Bình Định. "
	for _, text := range []string{strings.Repeat(para, 3000), strings.Repeat(para+"\n", 3000), strings.Repeat("xã", 70000)} {
		es := g.Locations(text)
		for _, e := range es {
			require.Equal(t, text[e.Start:e.End], e.Text)
		}
		if strings.Contains(text, "Vĩnh") {
			assert.Len(t, es, 9000)
		}
	}
}

func FuzzLocations(f *testing.F) {
	g := testGazetteer(f)
	for _, s := range []string{
		"Chủ tịch UBND quận Tây Hồ Lê Thị Thu Hằng", "TP.HCM, TP HCM", "các huyện Mê Linh, Sóc Sơn",
		norm.NFD.String("xã Hoà Phong, huyện Tây Hoà"), "tỉnh Bà Rịa -", "TP.", "\xff\xfe quận", "14 phố Lê Trực",
		"mỏ đá Hoà Sơn 3, 4, ", "(Nông Sơn, Quảng Nam)", "́́́", "Q. 1 P. 17",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, e := range g.Locations(text) {
			if e.Start < prev || e.Start >= e.End || e.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", e.Start, e.End, prev, text)
			}
			if text[e.Start:e.End] != e.Text {
				t.Fatalf("text mismatch %q vs %q", text[e.Start:e.End], e.Text)
			}
			if utf8.ValidString(text) && (!utf8.ValidString(e.Text)) {
				t.Fatalf("span splits a rune: %q", e.Text)
			}
			prev = e.End
		}
		g.Lookup(text)
	})
}

func ExampleGazetteer_Locations() {
	g, err := Default()
	if err != nil {
		panic(err)
	}
	text := "Chủ tịch UBND phường 14, quận 10 và đoàn của tỉnh Hà Giang đến TP.HCM."
	for _, e := range g.Locations(text) {
		fmt.Printf("%s [%d:%d] %s %s %s %v\n", e.Text, e.Start, e.End, e.Level, e.Code, e.Periods, e.Successors)
	}
	// Output:
	// phường 14 [18:30] commune 27169 pre-2025 [{27169 Phường Diên Hồng, Thành phố Hồ Chí Minh}]
	// quận 10 [32:41] district 771 pre-2025 [{27163 Phường Hoà Hưng, Thành phố Hồ Chí Minh} {27169 Phường Diên Hồng, Thành phố Hồ Chí Minh} {27190 Phường Vườn Lài, Thành phố Hồ Chí Minh}]
	// tỉnh Hà Giang [59:75] province 02 pre-2025 [{08 Tỉnh Tuyên Quang}]
	// TP.HCM [83:89] province 79 pre-2025 [{79 Thành phố Hồ Chí Minh}]
}

func ExampleGazetteer_Lookup() {
	g, err := Default()
	if err != nil {
		panic(err)
	}
	for _, u := range g.Lookup("quận Tây Hồ") {
		fmt.Println(u.Period, u.Code, u.FullName(), u.Level, u.Successors)
	}
	// Output:
	// pre-2025 003 Quận Tây Hồ district [00091 00097 00103]
}

func TestLocationsConcurrent(t *testing.T) {
	g := testGazetteer(t)
	texts := []string{benchText, strings.Repeat(benchText, 5), "xã Hoà Phong, huyện Tây Hoà", ""}
	want := make([][]Location, len(texts))
	for i, s := range texts {
		want[i] = g.Locations(s)
	}
	done := make(chan struct{})
	for w := 0; w < 4; w++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for r := 0; r < 20; r++ {
				for i, s := range texts {
					if got := g.Locations(s); !assert.Equal(t, want[i], got) {
						return
					}
				}
			}
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
}

func ExampleGazetteer_With() {
	g, err := Default()
	if err != nil {
		panic(err)
	}
	// A nickname for Thanh Hoá (code 38) and a place the lists do not hold.
	g, err = g.With(Place{Name: "Xứ Thanh", Level: LevelProvince, Code: "38"}, Place{Name: "Phố cổ Hội An"})
	if err != nil {
		panic(err)
	}
	for _, e := range g.Locations("Từ Xứ Thanh vào Phố cổ Hội An.") {
		fmt.Println(e.Text, e.Level, e.Code)
	}
	// Output:
	// Xứ Thanh province 38
	// Phố cổ Hội An other
}

// TestRenamedBeforeTheReform checks a unit renamed before the pre-2025
// list: Tỉnh Thừa Thiên Huế (until 2024) is the old province with the city as
// its successor, thành phố Huế the city of both lists, and a commune written
// with the old province name lies in the city.
func TestRenamedBeforeTheReform(t *testing.T) {
	g := testGazetteer(t)
	huế := []Successor{{Code: "46", Name: "Thành phố Huế"}}
	for _, tc := range []struct {
		text, span string
		periods    Periods
	}{
		{"Chủ tịch UBND tỉnh Thừa Thiên Huế phát biểu.", "tỉnh Thừa Thiên Huế", PeriodsOf(PeriodUntil2024)},
		{"Đoàn công tác đến Thừa Thiên Huế.", "Thừa Thiên Huế", PeriodsOf(PeriodUntil2024)},
		{"Đoàn công tác đến TT Huế.", "TT Huế", PeriodsOf(PeriodUntil2024)},
		{"Chủ tịch UBND thành phố Huế phát biểu.", "thành phố Huế", PeriodsOf(PeriodPre2025, PeriodPost2025)},
	} {
		es := g.Locations(tc.text)
		require.Len(t, es, 1, tc.text)
		e := es[0]
		assert.Equal(t, tc.span, e.Text, tc.text)
		assert.Equal(t, LevelProvince, e.Level, tc.text)
		assert.Equal(t, "46", e.Code, tc.text)
		assert.Equal(t, tc.periods, e.Periods, tc.text)
		assert.Equal(t, huế, e.Successors, tc.text)
	}

	us := g.Lookup("tỉnh Thừa Thiên Huế")
	require.Len(t, us, 1)
	assert.Equal(t, Unit{Code: "46", Type: "Tỉnh", Name: "Thừa Thiên Huế", Level: LevelProvince, Period: PeriodUntil2024, Successors: []string{"46"}}, us[0])
	u, ok := g.ByCode(PeriodUntil2024, "46")
	require.True(t, ok)
	assert.Equal(t, "Tỉnh Thừa Thiên Huế", u.FullName())
	for _, name := range []string{"thành phố Huế", "Huế"} {
		for _, u := range g.Lookup(name) {
			assert.Equal(t, "Thành phố Huế", u.FullName(), name)
		}
	}

	// Three communes are named Quảng Thành; the old province name picks the one in Huế.
	require.Greater(t, len(g.Lookup("xã Quảng Thành")), 1)
	es := g.Locations("Đoàn đến xã Quảng Thành, tỉnh Thừa Thiên Huế.")
	require.Len(t, es, 2)
	assert.Equal(t, "19891", es[0].Code)

	var back Location
	b, err := json.Marshal(es[1])
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, es[1], back)
	assert.Contains(t, string(b), `"periods":["until-2024"]`)
}

// TestOneNameTwoCodes checks the provinces that kept their name through the
// reform but took the code of a province merged into them (Lào Cai: 10,
// then Yên Bái's 15): written alone they name both units, the earlier code
// standing with the later as its successor; a text that names units of one
// list only, or a unit under the province, picks one.
func TestOneNameTwoCodes(t *testing.T) {
	g := testGazetteer(t)
	var names []string
	for _, u := range g.Units() {
		if u.Level != LevelProvince || u.Period != PeriodPre2025 {
			continue
		}
		for _, v := range g.Lookup(u.FullName()) {
			if v.Period == PeriodPost2025 && v.Code != u.Code {
				names = append(names, u.Name)
			}
		}
	}
	assert.ElementsMatch(t, []string{"Lào Cai", "Bắc Ninh", "Quảng Trị", "Gia Lai", "Tây Ninh", "Đồng Tháp", "An Giang"}, names)
	both := PeriodsOf(PeriodPre2025, PeriodPost2025)
	for _, tc := range []struct {
		text, span, code string
		periods          Periods
	}{
		{"Đoàn công tác đến tỉnh Lào Cai.", "tỉnh Lào Cai", "10", both},
		{"Đoàn công tác đến Lào Cai.", "Lào Cai", "10", both},
		{"Đoàn công tác đến tỉnh Quảng Trị, An Giang, Đồng Tháp, Gia Lai, Tây Ninh và Bắc Ninh.", "Gia Lai", "64", both},
		// A province of the old list only dates the text.
		{"Năm 2024, tỉnh Lào Cai và tỉnh Yên Bái ký kết hợp tác.", "tỉnh Lào Cai", "10", PeriodsOf(PeriodPre2025)},
		// A unit under the province dates it.
		{"Người dân huyện Văn Bàn, tỉnh Lào Cai được hỗ trợ.", "tỉnh Lào Cai", "10", PeriodsOf(PeriodPre2025)},
		{"Người dân phường Nghĩa Lộ, tỉnh Lào Cai được hỗ trợ.", "tỉnh Lào Cai", "15", PeriodsOf(PeriodPost2025)},
		{"Người dân huyện Văn Bàn, tỉnh Lào Cai và phường Nghĩa Lộ, tỉnh Lào Cai.", "tỉnh Lào Cai", "10", PeriodsOf(PeriodPre2025)},
	} {
		es := g.Locations(tc.text)
		i := slices.IndexFunc(es, func(e Location) bool { return e.Text == tc.span })
		require.GreaterOrEqual(t, i, 0, tc.text)
		e := es[i]
		assert.Equal(t, LevelProvince, e.Level, tc.text)
		assert.Equal(t, tc.code, e.Code, tc.text)
		assert.Equal(t, tc.periods, e.Periods, tc.text)
		if tc.periods.Has(PeriodPre2025) {
			require.Len(t, e.Successors, 1, tc.text)
			assert.NotEqual(t, tc.code, e.Successors[0].Code, tc.text)
		}
	}
	// Each is dated by the unit written before it.
	es := g.Locations("Người dân huyện Văn Bàn, tỉnh Lào Cai và phường Nghĩa Lộ, tỉnh Lào Cai.")
	require.Len(t, es, 4)
	assert.Equal(t, "10", es[1].Code)
	assert.Equal(t, "15", es[3].Code)
}

// TestHuếBeforeTheReform checks districts and communes of Huế written with
// the province's old name as their parent, in parentheses and after a
// comma, including those written with the type they had until 2024 (a
// huyện that became a thị xã in 2025) and one that moved to another
// district (a commune of Hương Thuỷ that became a ward of the city).
func TestHuếBeforeTheReform(t *testing.T) {
	g := testGazetteer(t)
	for _, tc := range []struct {
		text  string
		codes []string // of the mentions before the province
	}{
		{"Dự án ở huyện Phong Điền (tỉnh Thừa Thiên Huế) được duyệt.", []string{"476"}},
		{"Dự án ở huyện Phong Điền, tỉnh Thừa Thiên Huế được duyệt.", []string{"476"}},
		{"Dự án ở thị xã Phong Điền (Thừa Thiên Huế) được duyệt.", []string{"476"}},
		{"Dự án ở huyện Hương Thuỷ (Thừa Thiên Huế) được duyệt.", []string{"479"}},
		{"Dự án ở huyện Phú Lộc, TT Huế được duyệt.", []string{"482"}},
		{"Dự án ở huyện A Lưới, TT Huế được duyệt.", []string{"481"}},
		{"Người dân xã Phong Hiền, huyện Phong Điền, tỉnh Thừa Thiên Huế nhận hỗ trợ.", []string{"19852", "476"}},
		{"Người dân xã Phong Hiền (huyện Phong Điền, tỉnh Thừa Thiên Huế) nhận hỗ trợ.", []string{"19852", "476"}},
		{"Người dân xã Phong An (Thừa Thiên Huế) nhận hỗ trợ.", []string{"19858"}},
		{"Người dân xã Thủy Vân, thị xã Hương Thủy (Thừa Thiên Huế) nhận hỗ trợ.", []string{"19963", "479"}},
		{"Người dân thị trấn Lăng Cô, huyện Phú Lộc, tỉnh Thừa Thiên Huế nhận hỗ trợ.", []string{"20110", "482"}},
		{"Người dân phường Phú Hội, thành phố Huế, tỉnh Thừa Thiên Huế nhận hỗ trợ.", []string{"19786", "46"}},
		// A post-2025 ward written with the old province.
		{"Người dân phường Phong Điền, tỉnh Thừa Thiên Huế nhận hỗ trợ.", []string{"19819"}},
	} {
		es := g.Locations(tc.text)
		require.Len(t, es, len(tc.codes)+1, tc.text)
		for i, code := range tc.codes {
			assert.Equal(t, code, es[i].Code, "%s: %s", tc.text, es[i].Text)
		}
		last := es[len(es)-1]
		assert.Equal(t, "46", last.Code, tc.text)
		assert.Equal(t, PeriodsOf(PeriodUntil2024), last.Periods, tc.text)
	}
	// Elsewhere the type word still decides: the huyện Phong Điền of Cần Thơ.
	es := g.Locations("Dự án ở huyện Phong Điền, thành phố Cần Thơ được duyệt.")
	require.Len(t, es, 2)
	assert.Equal(t, "926", es[0].Code)
}

// TestAbolishedUnits checks the units abolished before the pre-2025 list:
// districts merged into another (Thị xã Cửa Lò into Thành phố Vinh) and
// communes merged in 2024–2025 (Phường An Cư, Cần Thơ). They have no code;
// Lookup and Locations find them with their parent, the unit they merged
// into and the post-2025 units that took them over, and a living unit of
// the same name is still preferred in running text.
func TestAbolishedUnits(t *testing.T) {
	g := testGazetteer(t)
	one := func(name string) Unit {
		t.Helper()
		us := g.Lookup(name)
		require.Len(t, us, 1, name)
		u := us[0]
		assert.Equal(t, PeriodUntil2024, u.Period, name)
		assert.Empty(t, u.Code, name)
		assert.NotEmpty(t, u.Successors, name)
		return u
	}
	names := func(us []Unit) []string {
		var out []string
		for _, u := range us {
			out = append(out, u.FullName())
		}
		return out
	}

	cl := one("thị xã Cửa Lò")
	assert.Equal(t, LevelDistrict, cl.Level)
	assert.Equal(t, "412", cl.MergedInto)
	p, ok := g.Parent(cl)
	require.True(t, ok)
	assert.Equal(t, "Tỉnh Nghệ An", p.FullName())
	assert.Contains(t, names(g.Successors(cl)), "Phường Cửa Lò")
	assert.Equal(t, cl, one("Thị xã Cửa Lò, tỉnh Nghệ An"))
	assert.Nil(t, g.Lookup("thị xã Cửa Lò, tỉnh Hà Tĩnh"))

	ml := one("huyện Mỹ Lộc")
	assert.Equal(t, "356", ml.MergedInto) // Thành phố Nam Định
	assert.Contains(t, names(g.Successors(ml)), "Phường Mỹ Lộc")

	ac := one("phường An Cư, quận Ninh Kiều")
	assert.Equal(t, LevelCommune, ac.Level)
	assert.Equal(t, "916", ac.ParentCode)
	assert.Equal(t, []string{"Phường Ninh Kiều"}, names(g.Successors(ac)))
	assert.Equal(t, ac, one("phường An Cư"))

	hl := one("xã Hưng Lợi (Hưng Nguyên, Nghệ An)")
	assert.Equal(t, "431", hl.ParentCode)
	assert.Equal(t, hl, one("xã Hưng Lợi"))

	// No code, so ByCode cannot reach them; Units lists them.
	n := 0
	for _, u := range g.Units() {
		if u.Code == "" {
			n++
			assert.Equal(t, PeriodUntil2024, u.Period, u.FullName())
			_, ok := g.Parent(u)
			assert.True(t, ok, u.FullName())
		}
	}
	assert.Greater(t, n, 600)

	for _, tc := range []struct {
		text, span, code string
		periods          Periods
		successor        string // one of them
	}{
		{"Cử tri phường An Cư, quận Ninh Kiều kiến nghị chống ngập.", "phường An Cư", "", PeriodsOf(PeriodUntil2024), "31135"},
		{"Du khách đổ về thị xã Cửa Lò dịp hè.", "thị xã Cửa Lò", "", PeriodsOf(PeriodUntil2024), "16732"},
		// A commune written with its abolished district lies in the one it merged into.
		{"Người dân xã Mỹ Phúc, huyện Mỹ Lộc, tỉnh Nam Định nhận hỗ trợ.", "xã Mỹ Phúc", "13726", PeriodsOf(PeriodPre2025), "13669"},
		// Kỳ Sơn of Hoà Bình was merged away in 2020; Nghệ An's still stands.
		{"Tình hình biên giới qua huyện Kỳ Sơn ổn định.", "huyện Kỳ Sơn", "417", PeriodsOf(PeriodPre2025), ""},
	} {
		es := g.Locations(tc.text)
		require.NotEmpty(t, es, tc.text)
		e := es[0]
		assert.Equal(t, tc.span, e.Text, tc.text)
		assert.Equal(t, tc.code, e.Code, tc.text)
		assert.Equal(t, tc.periods, e.Periods, tc.text)
		if tc.successor != "" {
			assert.True(t, slices.ContainsFunc(e.Successors, func(s Successor) bool { return s.Code == tc.successor }), "%s: %v", tc.text, e.Successors)
		}
	}

	b, err := json.Marshal(cl)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"merged_into":"412"`)
}
