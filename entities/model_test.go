package entities

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/vntext/vntext/entities/internal/model"
	"github.com/vntext/vntext/entities/internal/tagger"
	"github.com/vntext/vntext/internal/testenv"
)

// markup reads "[TYPE words]" annotations into an Example.
func markup(t testing.TB, s string) Example {
	t.Helper()
	var b strings.Builder
	var ex Example
	for s != "" {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ']')
		typ, words, ok := strings.Cut(s[i+1:i+j], " ")
		if j < 0 || !ok {
			t.Fatalf("bad markup %q", s)
		}
		ex.Entities = append(ex.Entities, Entity{Type: Type(typ), Start: b.Len(), End: b.Len() + len(words), Text: words})
		b.WriteString(words)
		s = s[i+j+1:]
	}
	ex.Text = b.String()
	return ex
}

// newsCorpus writes n government-news sentences from templates: fictional
// people, real provinces and bodies.
func newsCorpus(t testing.TB, seed uint64, n int) []Example {
	templates := []string{
		"Chủ tịch [ORGANIZATION UBND {L}] {P} chủ trì hội nghị.",
		"Ông {P}, Giám đốc [ORGANIZATION Sở Y tế {L}], cho biết dịch bệnh đã được kiểm soát.",
		"Bà {P} làm việc tại [LOCATION {L}] từ năm 2015.",
		"Đoàn công tác của [ORGANIZATION Bộ Tài chính] do Thứ trưởng {P} dẫn đầu đã đến [LOCATION {L}].",
		"[ORGANIZATION Tỉnh ủy {N}] triển khai [PROGRAM Chương trình {G}] trên địa bàn.",
		"Theo ông {P}, [PROGRAM Đề án {G}] cần thêm nguồn lực.",
		"Hội nghị có sự tham dự của Phó Chủ tịch [ORGANIZATION HĐND {L}] {P}.",
		"Người dân [LOCATION {L}] đánh giá cao [PROGRAM Kế hoạch {G}].",
		"Phóng viên đã gặp anh {P} tại [LOCATION {L}].",
		"[ORGANIZATION Trường Đại học {N}] ký kết hợp tác với [ORGANIZATION Công ty {C}].",
		"Chị {P} là nhân viên của [ORGANIZATION Công ty {C}].",
		"Sáng nay, {P} và {P} đã đến [LOCATION {L}] để khảo sát.",
	}
	surnames := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}
	middles := []string{"Văn", "Thị", "Đình", "Minh", "Thu", "Quang", "Hữu", "Ngọc"}
	givens := []string{"An", "Bình", "Cường", "Dung", "Hằng", "Khuyến", "Lan", "Nam", "Phúc", "Sơn", "Tâm", "Vinh", "Yến", "Hải"}
	places := []string{"tỉnh Khánh Hòa", "tỉnh Bình Định", "thành phố Đà Nẵng", "tỉnh Nghệ An", "tỉnh Cao Bằng", "tỉnh Lâm Đồng", "quận Tây Hồ", "huyện Mê Linh", "xã Vĩnh Thịnh"}
	names := []string{"Khánh Hòa", "Bình Định", "Nghệ An", "Cao Bằng", "Lâm Đồng", "Hà Tĩnh", "Quảng Ninh"}
	programmes := []string{"hỗ trợ khởi nghiệp sáng tạo", "chuyển đổi số", "phát triển du lịch bền vững", "bảo vệ môi trường", "giảm nghèo"}
	companies := []string{"Hoa Sen", "Minh Phát", "Sao Mai", "Thành Công", "Phú Thịnh"}
	rng := rand.New(rand.NewPCG(seed, 3))
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	var out []Example
	for range n {
		s := pick(templates)
		for strings.Contains(s, "{") {
			s = strings.Replace(s, "{P}", "[PERSON "+pick(surnames)+" "+pick(middles)+" "+pick(givens)+"]", 1)
			s = strings.Replace(s, "{L}", pick(places), 1)
			s = strings.Replace(s, "{N}", pick(names), 1)
			s = strings.Replace(s, "{G}", pick(programmes), 1)
			s = strings.Replace(s, "{C}", pick(companies), 1)
		}
		out = append(out, markup(t, s))
	}
	return out
}

func trainNews(t testing.TB, opts ...TrainOption) ([]byte, TrainReport) {
	t.Helper()
	var buf bytes.Buffer
	rep, err := Train(context.Background(), &buf, newsCorpus(t, 1, 300), append([]TrainOption{TrainDev(newsCorpus(t, 2, 60))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), rep
}

func TestTrainAndExtractWithModel(t *testing.T) {
	b, rep := trainNews(t)
	if want := []Type{Location, Organization, Person, Program}; !slices.Equal(rep.Types, want) {
		t.Errorf("types %v, want %v", rep.Types, want)
	}
	if rep.Skipped != 0 || rep.Mentions == 0 || rep.Best == 0 || rep.Bytes != len(b) {
		t.Errorf("report %+v", rep)
	}
	if f := rep.Dev[len(rep.Dev)-1].F1; f < 95 {
		t.Errorf("dev F1 %.1f on template sentences, want ≥ 95", f)
	}
	x, err := New(WithModel(bytes.NewReader(b)))
	if err != nil {
		t.Fatal(err)
	}
	// Names and a template the corpus never had; the rules still give the
	// roles, the level and the date.
	text := "Chủ tịch UBND tỉnh Bình Định Trịnh Ngọc Tuyết đã đến huyện Mê Linh ngày 15/3/2024."
	var got []string
	for _, e := range extract(x, text) {
		s := fmt.Sprintf("%s %q", e.Type, e.Text)
		if len(e.Roles) > 0 {
			s += " roles=" + strings.Join(roleTexts(e.Roles), ";")
		}
		if e.Level != "" {
			s += " level=" + string(e.Level)
		}
		got = append(got, s)
		if text[e.Start:e.End] != e.Text {
			t.Errorf("span %d:%d is %q, text %q", e.Start, e.End, text[e.Start:e.End], e.Text)
		}
	}
	want := []string{
		`ORGANIZATION "UBND tỉnh Bình Định"`,
		`PERSON "Trịnh Ngọc Tuyết" roles=Chủ tịch UBND tỉnh Bình Định`,
		`LOCATION "huyện Mê Linh" level=district`,
		`DATE "15/3/2024"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("Extract:\n got %q\nwant %q", got, want)
	}
}

// TestWithModelSharesTheModel: one WithModel option serves several New
// calls (the reader is read once), as a service building an Extractor per
// task set needs.
func TestWithModelSharesTheModel(t *testing.T) {
	b, _ := trainNews(t, TrainEpochs(2))
	opt := WithModel(bytes.NewReader(b))
	x1, err1 := New(opt)
	x2, err2 := New(opt, WithTitles("Giám đốc Kho bạc"))
	if err1 != nil || err2 != nil {
		t.Fatalf("New: %v, %v", err1, err2)
	}
	if x1.model.m != x2.model.m {
		t.Error("the two Extractors hold two copies of the model")
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	a, _ := trainNews(t, TrainSeed(5), TrainEpochs(3))
	b, _ := trainNews(t, TrainSeed(5), TrainEpochs(3))
	if !bytes.Equal(a, b) {
		t.Fatal("same data and seed gave different model bytes")
	}
}

func TestEntriesWinOverModel(t *testing.T) {
	b, _ := trainNews(t, TrainEpochs(3))
	x, err := New(WithModel(bytes.NewReader(b)), WithEntries("BRAND", "Sao Mai"))
	if err != nil {
		t.Fatal(err)
	}
	brand := false
	for _, e := range extract(x, "Chị Lê Thị Lan mua sữa Sao Mai.") {
		if e.Type == "BRAND" && e.Text == "Sao Mai" {
			brand = true
		} else if strings.Contains(e.Text, "Sao Mai") {
			t.Errorf("model span %s %q overlaps a WithEntries phrase", e.Type, e.Text)
		}
	}
	if !brand {
		t.Error("the WithEntries phrase is missing")
	}
}

func TestModelOptionErrors(t *testing.T) {
	if _, err := New(WithModel(nil)); err == nil {
		t.Error("WithModel(nil): no error")
	}
	if _, err := New(WithModel(strings.NewReader("not a model"))); err == nil {
		t.Error("WithModel(garbage): no error")
	}
	if _, err := builtinModel(); errors.Is(err, errNoBuiltinModel) {
		if _, err := New(WithBuiltinModel(true)); err == nil {
			t.Error("WithBuiltinModel(true) without a built-in model: no error")
		}
	}
	x, err := New(WithBuiltinModel(false))
	if err != nil || x.model != nil {
		t.Errorf("WithBuiltinModel(false): %v, model %v", err, x.model)
	}
	for name, opts := range map[string][]TrainOption{
		"epochs": {TrainEpochs(0)},
		"types":  {TrainTypes()},
	} {
		if _, err := Train(context.Background(), &bytes.Buffer{}, newsCorpus(t, 1, 5), opts...); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := Train(context.Background(), &bytes.Buffer{}, nil); err == nil {
		t.Error("Train(no examples): no error")
	}
	if _, err := Train(context.Background(), nil, newsCorpus(t, 1, 5)); err == nil {
		t.Error("Train(nil writer): no error")
	}
	if _, err := Train(context.Background(), &bytes.Buffer{}, newsCorpus(t, 1, 5), nil); err == nil {
		t.Error("Train(nil option): no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, &bytes.Buffer{}, newsCorpus(t, 1, 5)); !errors.Is(err, context.Canceled) {
		t.Errorf("Train(cancelled): %v, want context.Canceled", err)
	}
	if _, err := ReadExamples(nil, FormatCoNLL); err == nil {
		t.Error("ReadExamples(nil): no error")
	}
	if _, err := Train(context.Background(), &bytes.Buffer{}, []Example{{Text: "không có tên"}}); err == nil {
		t.Error("Train(no entities): no error")
	}
}

func TestReadExamples(t *testing.T) {
	conll := "Ông O\nLê B-PER\nVăn I-PER\nAn I-PER\nở O\nHà B-LOC\nNội I-LOC\n\nBộ I-ORG\nY I-ORG\ntế E-ORG\nHuế S-LOC\n"
	exs, err := ReadExamples(strings.NewReader(conll), FormatCoNLL)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ex := range exs {
		s := ex.Text
		for _, e := range ex.Entities {
			s += fmt.Sprintf(" [%s %s]", e.Type, ex.Text[e.Start:e.End])
		}
		got = append(got, s)
	}
	want := []string{"Ông Lê Văn An ở Hà Nội [PERSON Lê Văn An] [LOCATION Hà Nội]", "Bộ Y tế Huế [ORGANIZATION Bộ Y tế] [LOCATION Huế]"}
	if !slices.Equal(got, want) {
		t.Errorf("CoNLL:\n got %q\nwant %q", got, want)
	}
	jsonl := `{"id": "a", "text": "Ông Lê Văn An ở Hà Nội", "entities": [{"type": "PERSON", "start": 4, "end": 13, "text": "Lê Văn An"}]}` + "\n"
	exs, err = ReadExamples(strings.NewReader(jsonl), FormatJSONL)
	if err != nil {
		t.Fatal(err)
	}
	if e := exs[0].Entities[0]; exs[0].Text[e.Start:e.End] != "Lê Văn An" {
		t.Errorf("JSONL code points → bytes: %+v", e)
	}
	for name, c := range map[string]struct{ in, format string }{
		"format":     {"x O\n", "csv"},
		"no tag":     {"word\n", FormatCoNLL},
		"bad tag":    {"word X-PER\n", FormatCoNLL},
		"bad json":   {"{\n", FormatJSONL},
		"past end":   {`{"text": "abc", "entities": [{"type": "X", "start": 1, "end": 9}]}`, FormatJSONL},
		"wrong text": {`{"text": "abc", "entities": [{"type": "X", "start": 0, "end": 2, "text": "bc"}]}`, FormatJSONL},
		"empty type": {`{"text": "abc", "entities": [{"type": "", "start": 0, "end": 2}]}`, FormatJSONL},
		"empty span": {`{"text": "abc", "entities": [{"type": "X", "start": 2, "end": 2}]}`, FormatJSONL},
		"not utf8":   {"\xff O\n", FormatCoNLL},
	} {
		if _, err := ReadExamples(strings.NewReader(c.in), c.format); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestScannerKeysAreLetterKeys: the cluster file is keyed by
// letters.AppendKey, the model is fed the keys the scanner writes inline;
// they must agree.
func TestScannerKeysAreLetterKeys(t *testing.T) {
	words := []string{"Hòa", "Hoà", "HOÀ", "Nguyễn", "Thuỷ", "Thủy", "R’Lấp", "ĐắkLắk", "UBND", "QH15", "A1", "iPhone", "Quận", "ủy", "Uỷ"}
	rows, err := builtinRows()
	if err != nil {
		t.Fatal(err)
	}
	for _, rs := range rows {
		for _, r := range rs {
			words = append(words, strings.Fields(r.phrase)...)
		}
	}
	for _, w := range words {
		toks := scan(w)
		if len(toks) != 1 || toks[0].kind != tkWord {
			continue
		}
		if k := foldKey(w); k != toks[0].key {
			t.Errorf("%q: scanner key %q, letters.AppendKey %q", w, toks[0].key, k)
		}
	}
}

func FuzzReadExamples(f *testing.F) {
	f.Add("Lê B-PER\nAn I-PER\n\nx O\n", true)
	f.Add(`{"text": "Lê An", "entities": [{"type": "PER", "start": 0, "end": 5}]}`, false)
	f.Fuzz(func(t *testing.T, in string, conll bool) {
		format := FormatJSONL
		if conll {
			format = FormatCoNLL
		}
		exs, err := ReadExamples(strings.NewReader(in), format)
		if err != nil {
			return
		}
		for _, ex := range exs {
			for _, e := range ex.Entities {
				if e.Start < 0 || e.End > len(ex.Text) || e.Start >= e.End || ex.Text[e.Start:e.End] != e.Text {
					t.Fatalf("bad entity %+v in %q", e, ex.Text)
				}
			}
		}
	})
}

func FuzzExtractWithModel(f *testing.F) {
	b, _ := trainNews(f, TrainEpochs(2))
	x, err := New(WithModel(bytes.NewReader(b)), WithEntries("BRAND", "Sao Mai"))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{exampleSentence, "", "\xff\xfe", "ông A.", "Chủ tịch UBND tỉnh Bình Định Trịnh Ngọc Tuyết", "Sao Mai Sao Mai", "“Chi bộ 4 tốt”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkOffsets(t, s, extract(x, s))
	})
}

// BenchmarkExtractWithModel measures Extract with a model (trained on the
// template corpus: four types, as the shipped model) over the text of
// BenchmarkExtract; BenchmarkModelTag the model layer alone.
func BenchmarkExtractWithModel(b *testing.B) {
	mb, _ := trainNews(b, TrainEpochs(3))
	x, err := New(WithModel(bytes.NewReader(mb)))
	if err != nil {
		b.Fatal(err)
	}
	benchExtract(b, x)
}

func BenchmarkModelTag(b *testing.B) {
	mb, _ := trainNews(b, TrainEpochs(3))
	x, err := New(WithModel(bytes.NewReader(mb)))
	if err != nil {
		b.Fatal(err)
	}
	text := extractBenchText
	p := mustRun(x, text) // rules and model once, to hold the tokens and marks
	defer p.release()
	sent := &tagger.Sentence{}
	p.sentence(sent)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c0 := testenv.CPUTime()
	for b.Loop() {
		x.model.m.Tag(sent)
	}
	if cpu := testenv.CPUTime() - c0; cpu > 0 {
		b.ReportMetric(float64(sent.Len())*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkLoadModel is the start-up work of WithModel: reading and
// indexing a model file (the PhoNER-sized model of the data-backed test
// when $VNTEXT_DATA is set would be larger; this one is small).
func BenchmarkLoadModel(b *testing.B) {
	mb, _ := trainNews(b, TrainEpochs(3))
	b.SetBytes(int64(len(mb)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tagger.Load(bytes.NewReader(mb)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestRolesAround: a person the model finds and the rules do not still
// gets the role phrases the rules' parser reads around the name.
func TestRolesAround(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, want string }{
		{"Chủ tịch UBND tỉnh Bình Định ông Trịnh Ngọc Tuyết phát biểu.", "Trịnh Ngọc Tuyết", "Chủ tịch UBND tỉnh Bình Định"},
		{"Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Khánh Hòa Lê Văn Sơn dự họp.", "Lê Văn Sơn", "Phó Bí thư Tỉnh ủy|Chủ tịch UBND tỉnh Khánh Hòa"},
		{"Bà Lê Thị Lan, Giám đốc Sở Tư pháp tỉnh Khánh Hòa, cho biết.", "Lê Thị Lan", "Giám đốc Sở Tư pháp tỉnh Khánh Hòa"},
		{"Người dân Lê Thị Lan cho biết.", "Lê Thị Lan", ""},
	} {
		p := mustRun(x, c.text)
		start := strings.Index(c.text, c.name)
		s, e, ok := p.tokenSpan(0, start, start+len(c.name))
		if !ok {
			t.Fatalf("%q: name not on token boundaries", c.text)
		}
		var got []string
		for _, r := range p.rolesAround(s, e+1) {
			got = append(got, c.text[p.toks[r.s].s:p.toks[r.e-1].e])
		}
		p.release()
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: roles %q, want %q", c.text, g, c.want)
		}
	}
}

// TestBuiltinModel: the shipped model, when this build has one, loads,
// tags the guidelines' four types and was written with the report the
// generator writes beside it.
func TestBuiltinModel(t *testing.T) {
	if _, err := builtinModel(); errors.Is(err, errNoBuiltinModel) {
		t.Skip("this build ships no entity model (go run ./entities/internal/trainmodel)")
	}
	x, err := New(WithBuiltinModel(true))
	if err != nil {
		t.Fatal(err)
	}
	if want := []Type{Location, Organization, Person, Program}; !slices.Equal(x.model.types, want) {
		t.Errorf("built-in model types %v, want %v", x.model.types, want)
	}
	if data, _ := fs.ReadFile(model.FS(), "entities.model"); len(data) > 8<<20 {
		t.Errorf("built-in model is %d bytes, over 8 MB", len(data))
	}
	checkOffsets(t, exampleSentence, extract(x, exampleSentence))
}

// TestModelConcurrentAndReused: an Extractor with a model gives the same
// entities from many goroutines at once and from passes reused in any
// order (run with -race).
func TestModelConcurrentAndReused(t *testing.T) {
	b, _ := trainNews(t, TrainEpochs(3))
	x, err := New(WithModel(bytes.NewReader(b)))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{exampleSentence, "Bà Hoàng Thu Yến làm việc tại tỉnh Cao Bằng từ năm 2015.", "", "không có tên riêng", extractBenchText}
	want := make([][]Entity, len(texts))
	for i, s := range texts {
		want[i] = extract(x, s)
	}
	done := make(chan string)
	for g := range 4 {
		go func() {
			for r := range 5 {
				i := (g + r) % len(texts)
				if got := extract(x, texts[i]); !slices.EqualFunc(got, want[i], func(a, b Entity) bool { return fmt.Sprint(a) == fmt.Sprint(b) }) {
					done <- fmt.Sprintf("goroutine %d text %d: %v, want %v", g, i, got, want[i])
					return
				}
			}
			done <- ""
		}()
	}
	for range 4 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

// FuzzTrain: whatever annotated text reads, training on it returns a model
// that loads, or an error; never a panic.
func FuzzTrain(f *testing.F) {
	f.Add("Ông O\nLê B-PER\nAn I-PER\n\nHuế S-LOC\n")
	f.Add("a B-X\nb E-X\n\n\n-DOCSTART- O\nc U-Y\n")
	f.Fuzz(func(t *testing.T, conll string) {
		exs, err := ReadExamples(strings.NewReader(conll), FormatCoNLL)
		if err != nil || len(exs) == 0 {
			return
		}
		var buf bytes.Buffer
		if _, err := Train(context.Background(), &buf, exs, TrainEpochs(1), TrainDev(exs)); err != nil {
			return
		}
		if _, err := New(WithModel(&buf)); err != nil {
			t.Fatalf("a trained model does not load: %v", err)
		}
	})
}

// TestModelLongInput: long runs of names and of chained bodies stay
// linear with a model too (rolesAround looks a bounded way back).
func TestModelLongInput(t *testing.T) {
	b, _ := trainNews(t, TrainEpochs(2))
	x, err := New(WithModel(bytes.NewReader(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"Nguyễn Văn ", "Ban cán sự Đảng UBND tỉnh ", "Chủ tịch UBND tỉnh Bình Định ông Trần Văn An, "} {
		s := strings.Repeat(unit, 5000)
		checkOffsets(t, s, extract(x, s))
	}
}

// TestAcceptModelSpan: a span the model tags reads as an entity only at
// word boundaries, a PROGRAM has a name, and a name after a people or
// language word is that people's or language's (sentences written for the
// test).
func TestAcceptModelSpan(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, span string
		typ        Type
		want       bool
	}{
		{"Bão đổ bộ Quảng Ninh - Hải Phòng chiều nay.", "bộ Quảng Ninh - Hải Phòng", Location, false},
		{"Bão đổ bộ Quảng Ninh - Hải Phòng chiều nay.", "bộ Quảng Ninh", Organization, false},
		{"Bão đổ bộ Quảng Ninh - Hải Phòng chiều nay.", "Quảng Ninh - Hải Phòng", Location, true},
		{"Gió giật 118-149 km/h trên biển.", "118-149 km/h", Program, false},
		{"Gió giật 118-149 km/h trên biển.", "h", Organization, false},
		{"Gió giật 118-149 km/h trên biển.", "149 km", Location, false},
		{"Đại học Quốc gia TP.HCM tuyển sinh.", "HCM", Location, false},
		{"Đại học Quốc gia TP.HCM tuyển sinh.", "Đại học Quốc gia TP", Organization, false},
		{"Đại học Quốc gia TP.HCM tuyển sinh.", "Đại học Quốc gia TP.HCM", Organization, true},
		{"Đồng bào Bru - Vân Kiều sống ở miền núi.", "Bru - Vân Kiều", Organization, false},
		{"Đồng bào Bru - Vân Kiều sống ở miền núi.", "Đồng bào Bru - Vân Kiều", Location, false},
		{"Nhiều người Pháp đến thăm.", "Pháp", Location, true},
		{"Anh làm việc tại công ty Hoàng Long.", "công ty Hoàng Long", Organization, true},
		{"Cháu bé nằm tại khoa Nhi bệnh viện Xanh Pôn.", "viện Xanh Pôn", Organization, false},
		{"Trưởng ban Tổ chức Tỉnh ủy Lê Văn Tám dự họp.", "ban Tổ chức Tỉnh ủy", Organization, true},
		{"Du khách dạo quanh hồ Tây.", "hồ Tây", Location, true},
		{"Cả xã hưởng ứng phong trào \"3 sạch\" năm nay.", "3 sạch", Program, true},
		{"Cả xã thực hiện chương trình nông thôn mới.", "chương trình nông thôn mới", Program, true},
		{"Nhà thơ ông Lê Văn Tám đọc thơ.", "ông Lê Văn Tám", Person, false},
		// An ethnic group, a lunar year, a dynasty (kinds.go).
		{"Dân ca Lô Lô được phục dựng.", "Lô Lô", Person, false},
		{"Vào năm Đinh Dậu, tỉnh tổ chức lễ hội.", "Đinh Dậu", Person, false},
		{"Di tích có niên đại thời Đinh - Tiền Lê.", "Tiền Lê", Person, false},
	} {
		p := mustRun(x, c.text)
		start := strings.Index(c.text, c.span)
		s, e, ok := p.tokenSpan(0, start, start+len(c.span))
		if !ok {
			t.Fatalf("%q: %q not on token boundaries", c.text, c.span)
		}
		cover := make([]int32, len(p.toks))
		if got, _ := p.acceptModelSpan(found{typ: c.typ, s: s, e: e + 1}, nil, cover); got != c.want {
			t.Errorf("%q: %s %q accepted %v, want %v", c.text, c.typ, c.span, got, c.want)
		}
		p.release()
	}
}

// TestModelSpansAtWordBoundaries: with the shipped model, no entity
// begins inside a word or is a measurement read as a PROGRAM, and where
// the model's reading is refused the rules' places of its type stand.
func TestModelSpansAtWordBoundaries(t *testing.T) {
	if _, err := builtinModel(); errors.Is(err, errNoBuiltinModel) {
		t.Skip("this build ships no entity model (go run ./entities/internal/trainmodel)")
	}
	x, err := New(WithBuiltinModel(true))
	if err != nil {
		t.Fatal(err)
	}
	text := "Bão số 3 đổ bộ Quảng Ninh - Hải Phòng với sức gió 118-149 km/h, đồng bào Bru - Vân Kiều đã sơ tán."
	places := 0
	for _, ent := range extract(x, text) {
		if strings.HasPrefix(ent.Text, "bộ ") || ent.Type == Program || strings.Contains(ent.Text, "Bru") && ent.Type != Location {
			t.Errorf("%s %q", ent.Type, ent.Text)
		}
		if ent.Type == Location && (ent.Text == "Quảng Ninh" || ent.Text == "Hải Phòng") {
			places++
		}
	}
	if places != 2 {
		t.Errorf("%d of the two provinces found", places)
	}
}
