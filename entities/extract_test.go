package entities

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/internal/testenv"
)

const exampleSentence = "Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao, 33/33 phiếu."

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// extract is x.Extract without a deadline; it stops the test binary on an
// error, which only a nil or ended context gives.
func extract(x *Extractor, text string) []Entity {
	ents, err := x.Extract(context.Background(), text)
	if err != nil {
		panic(err)
	}
	return ents
}

// mustRun is x.run without a deadline, for tests that look at a pass.
func mustRun(x *Extractor, text string) *pass {
	p, err := x.run(context.Background(), text)
	if err != nil {
		panic(err)
	}
	return p
}

// officials is x.Officials without a deadline.
func officials(x *Extractor, text string) []Official {
	offs, err := x.Officials(context.Background(), text)
	if err != nil {
		panic(err)
	}
	return offs
}

// roleTexts renders roles as their texts, a status other than current
// after the text in braces ("Chủ tịch UBND tỉnh{former}").
func roleTexts(roles []Role) []string {
	out := make([]string, len(roles))
	for i, r := range roles {
		out[i] = r.Text
		if r.Status != StatusCurrent {
			out[i] += "{" + string(r.Status) + "}"
		}
	}
	return out
}

func render(ents []Entity) []string {
	var out []string
	for _, e := range ents {
		s := string(e.Type) + " " + e.Text
		if len(e.Roles) > 0 {
			s += " [" + strings.Join(roleTexts(e.Roles), " | ") + "]"
		}
		out = append(out, s)
	}
	return out
}

// checkRendered reports each rendered entity of want missing from ents and
// each one of absent present in it; label names the case in the messages.
func checkRendered(t *testing.T, label string, ents []Entity, want, absent []string) {
	t.Helper()
	got := render(ents)
	have := make(map[string]bool, len(got))
	for _, g := range got {
		have[g] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("%s:\n missing %q\n got %q", label, w, got)
		}
	}
	for _, a := range absent {
		if have[a] {
			t.Errorf("%s:\n unexpected %q\n got %q", label, a, got)
		}
	}
}

func TestExtractExampleSentence(t *testing.T) {
	x := newTestExtractor(t)
	got := render(extract(x, exampleSentence))
	want := []string{
		"ORGANIZATION Quận ủy",
		"ORGANIZATION HĐND quận Tây Hồ",
		"PERSON Lê Thị Thu Hằng [Bí thư Quận ủy | Chủ tịch HĐND quận Tây Hồ]",
		"ORGANIZATION Quận ủy",
		"ORGANIZATION UBND quận Tây Hồ",
		"PERSON Nguyễn Đình Khuyến [Phó Bí thư Quận ủy | Chủ tịch UBND quận Tây Hồ]",
		"RATIO 33/33 phiếu",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, e := range extract(x, exampleSentence) {
		if e.Text == "Quận ủy" && e.Unit != "quận Tây Hồ" {
			t.Errorf("bare Quận ủy not resolved: unit %q", e.Unit)
		}
	}
}

// Table of self-written sentences (fictional people, real places).
func TestExtractCases(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text string
		want []string // entities that must be present, rendered
	}{
		{"Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Bình Định, cho biết.",
			[]string{"PERSON Trần Văn Bình [Giám đốc Sở Y tế tỉnh Bình Định]", "ORGANIZATION Sở Y tế tỉnh Bình Định"}},
		{"Bà Phạm Thị Lan - Phó Chủ tịch kiêm Chánh Văn phòng Hội Làm vườn Việt Nam - phát biểu.",
			[]string{"PERSON Phạm Thị Lan [Phó Chủ tịch | Chánh Văn phòng Hội Làm vườn Việt Nam]", "ORGANIZATION Hội Làm vườn Việt Nam"}},
		{"Thực hiện Nghị quyết số 15-NQ/TW và Kế hoạch 123/KH-UBND của thành phố.",
			[]string{"PROGRAM Nghị quyết số 15-NQ/TW", "PROGRAM Kế hoạch 123/KH-UBND"}},
		{"Quận phát động phong trào “Chi bộ 4 tốt” trong nhiệm kỳ 2020-2025.",
			[]string{"PROGRAM Chi bộ 4 tốt", "TERM nhiệm kỳ 2020-2025"}},
		{"Xã đạt chuẩn chương trình mục tiêu quốc gia nước sạch vùng cao, tỷ lệ 98,5%.",
			[]string{"PROGRAM chương trình mục tiêu quốc gia nước sạch vùng cao", "PERCENT 98,5%"}},
		{"Chiều 15/3/2024, tân Bí thư Tỉnh ủy Nghệ An Hoàng Văn Minh làm việc.",
			[]string{"DATE 15/3/2024", "PERSON Hoàng Văn Minh [Bí thư Tỉnh ủy Nghệ An{new}]", "ORGANIZATION Tỉnh ủy Nghệ An"}},
		{"Người gửi đơn là bà Võ Thị Bích L. ở phường 5.",
			[]string{"PERSON Võ Thị Bích L."}},
		{"Nguyên Phó Thủ tướng Lê Văn Hải thăm hồ Tây.",
			[]string{"PERSON Lê Văn Hải [Phó Thủ tướng{former}]"}},
	}
	for _, c := range cases {
		checkRendered(t, c.text, extract(x, c.text), c.want, nil)
	}
}

func TestOfficialsLinksShortMentions(t *testing.T) {
	x := newTestExtractor(t)
	text := exampleSentence + " Bà Hằng cho biết quận sẽ tiếp tục. Ông Khuyến nói thêm."
	offs := officials(x, text)
	if len(offs) != 2 {
		t.Fatalf("want 2 officials, got %+v", offs)
	}
	for _, o := range offs {
		if len(o.Mentions) != 2 || len(o.Roles) != 2 {
			t.Errorf("%s: mentions %v roles %v", o.Name, o.Mentions, o.Roles)
		}
		for _, m := range o.Mentions {
			if !strings.HasSuffix(o.Name, text[m.Start:m.End]) {
				t.Errorf("mention %q does not belong to %q", text[m.Start:m.End], o.Name)
			}
		}
	}
}

// Offsets point into the caller's text even when it is NFD.
func TestExtractOffsetsNFD(t *testing.T) {
	x := newTestExtractor(t)
	nfd := norm.NFD.String(exampleSentence)
	ents := extract(x, nfd)
	if len(ents) != 7 {
		t.Fatalf("NFD input: got %d entities: %v", len(ents), render(ents))
	}
	for _, e := range ents {
		if nfd[e.Start:e.End] != e.Text {
			t.Errorf("bad offsets for %q", e.Text)
		}
	}
}

func TestOptions(t *testing.T) {
	x, err := New(WithEntries("EVENT", "Đại hội Đảng bộ quận Tây Hồ lần thứ VI"), WithTitles("Giám đốc Kho bạc"), WithSurnames("Ưng"))
	if err != nil {
		t.Fatal(err)
	}
	got := render(extract(x, "Khai mạc Đại hội Đảng bộ quận Tây Hồ lần thứ VI; Giám đốc Kho bạc Ưng Văn Tú dự."))
	want := map[string]bool{"EVENT Đại hội Đảng bộ quận Tây Hồ lần thứ VI": true, "PERSON Ưng Văn Tú [Giám đốc Kho bạc]": true}
	for _, g := range got {
		delete(want, g)
	}
	if len(want) > 0 {
		t.Errorf("missing %v in %q", want, got)
	}
	if _, err := New(WithEntries("", "x")); err == nil {
		t.Error("empty label accepted")
	}
	if _, err := New(WithTitles("  ")); err == nil {
		t.Error("empty title accepted")
	}
}

func TestConcurrentUse(t *testing.T) {
	x := newTestExtractor(t)
	want := fmt.Sprint(extract(x, exampleSentence))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := fmt.Sprint(extract(x, exampleSentence)); got != want {
					t.Error("concurrent result differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func checkOffsets(t *testing.T, text string, ents []Entity) {
	t.Helper()
	last := 0
	for _, e := range ents {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End || text[e.Start:e.End] != e.Text {
			t.Fatalf("bad span %d:%d %q for input %q", e.Start, e.End, e.Text, text)
		}
		if e.Start < last {
			t.Fatalf("not sorted: %v", ents)
		}
		last = e.Start
	}
}

func FuzzExtract(f *testing.F) {
	x := newTestExtractor(f)
	for _, s := range []string{exampleSentence, "", "\xff\xfe", "ông A.", "“", "Nghị quyết số 1-", "33/", "TP.HCM, 12/12/2012 100%",
		norm.NFD.String("Thủy Hoà quận ủy"), "Bộ trưởng Bộ Y tế Nguyễn Thị X, bà X.",
		"Đức và Mỹ Đức", "U23 Việt Nam", "Kim Jong-", "bà N.T.K.", "Covid-", "xong. Trung Sơn", "Công ty A (AB) cho AB",
		"yêu cầu Bộ", "Trưởng phòng X thuộc", "HĐND, UBND", "12 Lê Lợi,", "K6 Lê Lợi, phường",
		"quận 0 vùng", "Tòa án nhân dân khu vực 3 -", "Kiểm toán Nhà nước khu vực XIII –"} { // heads and dashes ending the text
		f.Add(s)
	}
	for _, s := range lineBreakTexts {
		f.Add(strings.ReplaceAll(s, " ", "\n"))
	}
	f.Fuzz(func(t *testing.T, s string) {
		ents := extract(x, s)
		checkOffsets(t, s, ents)
		checkNoLineBreak(t, s, ents)
		for _, o := range officials(x, s) {
			for _, m := range o.Mentions {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
					t.Fatalf("bad mention %v", m)
				}
			}
		}
	})
}

func TestLongAndBinaryInput(t *testing.T) {
	x := newTestExtractor(t)
	long := strings.Repeat(exampleSentence+" ", 2000)
	ents := extract(x, long)
	if len(ents) != 7*2000 {
		t.Errorf("long input: %d entities", len(ents))
	}
	// One long capitalised run and one long chain of bodies: every rule
	// must stay linear (this took seconds when a run was scanned whole at
	// every token).
	for _, unit := range []string{"Nguyễn Văn ", "Ban cán sự Đảng UBND tỉnh "} {
		s := strings.Repeat(unit, 5000)
		checkOffsets(t, s, extract(x, s))
	}
	bin := string([]byte{0, 1, 2, 0xff, 0xc3, 'A', ' ', 0xe1, 0xbb})
	checkOffsets(t, bin, extract(x, bin))
	if !utf8.ValidString(exampleSentence) {
		t.Fatal("test data")
	}
}

func BenchmarkExtract(b *testing.B) { benchExtract(b, newTestExtractor(b)) }

// extractBenchText is the text of the Extract benchmarks: the domain example and a
// sentence with a role, a date, a plan and a movement, 50 times.
var extractBenchText = strings.Repeat(exampleSentence+" Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Bình Định, cho biết ngày 15/3/2024 thành phố đã ban hành Kế hoạch 123/KH-UBND về phong trào “Chi bộ 4 tốt”.\n", 50)

// benchExtract measures x.Extract on extractBenchText in syllables per second of
// wall time and, on a shared machine the steadier figure, of CPU time.
func benchExtract(b *testing.B, x *Extractor) {
	syllables := len(strings.Fields(extractBenchText))
	b.SetBytes(int64(len(extractBenchText)))
	b.ReportAllocs()
	c0 := testenv.CPUTime()
	for b.Loop() {
		extract(x, extractBenchText)
	}
	cpu := testenv.CPUTime() - c0
	b.ReportMetric(float64(syllables)*float64(b.N)/b.Elapsed().Seconds(), "syllables/s")
	if cpu > 0 {
		b.ReportMetric(float64(syllables)*float64(b.N)/cpu.Seconds(), "syllables/cpu-s")
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(WithTitles("Giám đốc Kho bạc")); err != nil {
			b.Fatal(err)
		}
	}
}

// Rules for organisations and names, with entities that must be present
// and readings that must not appear (self-written sentences, fictional
// people and companies, real places).
func TestExtractOrganisationAndNameRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text         string
		want, absent []string
	}{
		{"Bên chiếc lều được Công ty Trường Sơn dựng lên.",
			[]string{"ORGANIZATION Công ty Trường Sơn"}, nil},
		{"Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.",
			[]string{"ORGANIZATION Bệnh viện Bạch Mai", "PERSON Đào Xuân Cơ [Giám đốc Bệnh viện Bạch Mai]"}, nil},
		{"Ban cán sự Đảng UBND tỉnh Đắk Nông họp.",
			[]string{"ORGANIZATION Ban cán sự Đảng UBND tỉnh Đắk Nông"}, nil},
		{"Hội đồng thẩm định yêu cầu Bộ Công Thương rà soát lại.",
			[]string{"ORGANIZATION Bộ Công Thương"}, []string{"LOCATION cầu Bộ Công"}},
		{"Anh Lê Văn Tám làm ở Công ty Khải Nguyên. Năm nay kỹ sư của Khải Nguyên được thưởng.",
			[]string{"ORGANIZATION Công ty Khải Nguyên", "ORGANIZATION Khải Nguyên"}, []string{"PERSON Khải Nguyên"}},
		{"Hội đồng nhân dân (HĐND) thị xã Sơn Tây họp bất thường.",
			[]string{"ORGANIZATION Hội đồng nhân dân (HĐND) thị xã Sơn Tây"}, nil},
		{"Công ty cổ phần Khoáng sản Hoà Bình (KHB) cho biết KHB đã nộp thuế.",
			[]string{"ORGANIZATION KHB"}, nil},
		{"Mẫu thử Covid-19 của bà N.T.K.L. đều âm tính.",
			[]string{"PERSON N.T.K.L."}, []string{"PERSON Covid"}},
		{"Sáng nay ông Kim Jong-un phát biểu.",
			[]string{"PERSON Kim Jong-un"}, nil},
		{"Chị học tiếng Anh. Anh nói rằng anh nói được tiếng Anh.",
			nil, []string{"LOCATION Anh"}},
		{"Tối qua U23 Việt Nam thắng đậm U23 Thái Lan.",
			[]string{"ORGANIZATION U23 Việt Nam", "ORGANIZATION U23 Thái Lan"}, nil},
		{"Chị uống vitamin C và mua điện thoại iPhone X của hãng.",
			nil, []string{"PERSON C", "PERSON X", "PERSON iPhone"}},
		{"Lữ đoàn pháo binh số 45 và sư đoàn 31 đóng quân ở đây.",
			[]string{"ORGANIZATION Lữ đoàn pháo binh số 45", "ORGANIZATION sư đoàn 31"}, nil},
		{"Ông Lê Văn Sáu, Trưởng phòng Kế hoạch thuộc Sở Nông nghiệp, nói thêm.",
			[]string{"PERSON Lê Văn Sáu [Trưởng phòng Kế hoạch thuộc Sở Nông nghiệp]", "ORGANIZATION Sở Nông nghiệp"}, nil},
		{"Ông Phan Văn Tư, Chánh Văn phòng HĐND, UBND huyện Cần Giờ, phát biểu.",
			[]string{"PERSON Phan Văn Tư [Chánh Văn phòng HĐND, UBND huyện Cần Giờ]"}, nil},
		{"Xã đã xong việc sắp xếp lại các thôn. Trung Sơn",
			[]string{"PERSON Trung Sơn"}, []string{"LOCATION Trung Sơn"}},
		{"Ở ngoại thành như Sóc Sơn, Ba Vì và Mỹ Đức, tỷ lệ tăng.",
			[]string{"LOCATION Mỹ Đức"}, []string{"LOCATION Đức"}},
		{"Nông dân thu hoạch lúa. Ảnh: Ngọc Vũ",
			[]string{"PERSON Ngọc Vũ"}, nil},
		{"Cửa hàng ở 19C Lê Thánh Tôn, phường Tân Định, quận 1.",
			[]string{"LOCATION Lê Thánh Tôn"}, []string{"PERSON Lê Thánh Tôn"}},
		{"Năm nay hàng hoá tràn ngập thị trường Hà Nội.",
			nil, []string{"ORGANIZATION trường Hà Nội"}},
	}
	for _, c := range cases {
		checkRendered(t, c.text, extract(x, c.text), c.want, c.absent)
	}
}
