package vntext

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/internal/spancheck"
	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/page"
)

// seedPage is scraped page text with furniture around a short article.
const seedPage = "Chính trị\nQuận Tây Hồ lấy phiếu tín nhiệm\nHương Ly 11/02/2024 15:00\n(0) Bình luận\n" +
	"Sáng 11/2, HĐND quận Tây Hồ tổ chức kỳ họp. Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt 33/33 phiếu.\n" +
	"Đừng bỏ lỡ\nQuận Ba Đình kiện toàn nhân sự\n© 2024 Báo điện tử"

// The seed of issue 16, analysed as text: the page's fields are found, the
// byline's name is a person and not an official, and the furniture stays
// out of entities and summary.
func TestAnalyzePageText(t *testing.T) {
	raw, err := os.ReadFile("testdata/pages/seed.txt")
	require.NoError(t, err)
	text := string(raw)
	a, err := New()
	require.NoError(t, err)
	res, err := a.Analyze(context.Background(), Doc{Text: text})
	require.NoError(t, err)
	assert.Equal(t, "Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu", res.Title)
	assert.Equal(t, "Hương Ly", res.Byline)
	assert.Equal(t, "2024-02-11T15:00+07:00", res.Published.String())
	assert.Equal(t, "Chính trị", res.Category)

	var kinds []string
	for _, f := range res.Furniture {
		assert.Equal(t, text[f.Start:f.End], f.Text)
		kinds = append(kinds, f.Kind.String())
	}
	assert.Equal(t, []string{"category", "headline", "dateline", "comments", "image", "caption", "related", "related",
		"related", "related", "footer"}, kinds)

	byline := strings.Index(text, "Hương Ly")
	var persons []string
	for _, e := range res.Entities {
		if e.Type == entities.Person {
			persons = append(persons, e.Text)
		}
		inFurniture := false
		for _, f := range res.Furniture {
			inFurniture = inFurniture || f.Start <= e.Start && e.End <= f.End
		}
		// Only the byline's name comes from the furniture.
		if inFurniture {
			assert.Equal(t, byline, e.Start, "entity %q from the furniture", e.Text)
		}
	}
	assert.Contains(t, persons, "Hương Ly")
	assert.Contains(t, persons, "Lê Thị Thu Hằng")
	var officials []string
	for _, o := range res.Officials {
		officials = append(officials, o.Name)
		assert.NotContains(t, o.Name, "Ly", "a byline is never an official")
	}
	assert.Contains(t, officials, "Lê Thị Thu Hằng")
	assert.Contains(t, officials, "Nguyễn Đình Khuyến")
	for _, s := range res.Summary.Sentences {
		assert.NotContains(t, s.Text, "Bình luận")
		assert.NotContains(t, s.Text, "Ảnh:")
	}
	for _, s := range res.Sentences {
		assert.NotContains(t, s.Text, "Đừng bỏ lỡ")
	}
}

// Clean article text has no furniture: nothing is blanked out.
func TestAnalyzeCleanText(t *testing.T) {
	raw, err := os.ReadFile("testdata/sample.txt")
	require.NoError(t, err)
	a, err := New(WithTasks(TaskEntities | TaskPage))
	require.NoError(t, err)
	_, body, _ := strings.Cut(string(raw), "\n\n")
	res, err := a.Analyze(context.Background(), Doc{Title: "Hà Giang", Text: body})
	require.NoError(t, err)
	assert.Empty(t, res.Furniture)
	assert.Equal(t, "Hà Giang", res.Title)
	b, err := New(WithTasks(TaskEntities))
	require.NoError(t, err)
	plain, err := b.Analyze(context.Background(), Doc{Text: body})
	require.NoError(t, err)
	assert.Equal(t, plain.Entities, res.Entities)
}

func TestTaskPageJSON(t *testing.T) {
	tasks, err := ParseTasks("page,entities")
	require.NoError(t, err)
	assert.Equal(t, TaskEntities|TaskPage, tasks)
	assert.Equal(t, "entities,page", tasks.String())
	_ = page.Body
}

// Every span's text is the caller's, also where a span runs over a line
// the page task blanked out: the stages read the blanked copy, and a word
// made of what normalization drops around a blanked line ("\"\nN>i\n&#2;")
// once took its text from that copy. The pieces around a furniture line
// are what normalization drops, decodes or merges.
func TestSpansOverBlankedLines(t *testing.T) {
	furniture := []string{"N>i", "Thời sự > Xã hội", "Ảnh: Minh Khang", "(0) Bình luận", "© 2024 Báo điện tử", "IMG_2041.jpg"}
	around := []string{"", "\"", "&#2;", "&#32;", "&#8220;", "\u200b", " ", "“", "Ông Lê Văn Bình nói: \""}
	body := []string{"", "Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn An phát biểu.", "Ông Trần Văn Hải đến Hà Nội. Ông Hải họp."}
	plain, err := New()
	require.NoError(t, err)
	small, err := New(withWindow(64), WithOffsets(OffsetUTF16))
	require.NoError(t, err)
	ctx := context.Background()
	n := 0
	for _, f := range furniture {
		for _, before := range around {
			for _, after := range around {
				for _, b := range body {
					text := before + "\n" + f + "\n" + after + b
					res, err := plain.Analyze(ctx, Doc{Text: text})
					require.NoError(t, err)
					checkSpans(t, text, res)
					n += len(res.Furniture)
					res, err = small.Analyze(ctx, Doc{Text: text})
					require.NoError(t, err)
					b, err := json.Marshal(res)
					require.NoError(t, err)
					spancheck.Check(t, b)
				}
			}
		}
	}
	require.NotZero(t, n, "some line was furniture")
}

// mojibake writes s as a browser shows UTF-8 read as Windows-1252 (the
// five bytes it leaves undefined kept as C1 controls), as pasted from a
// misconfigured page.
func mojibake(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
			b.WriteRune(rune(c))
		default:
			b.WriteRune(charmap.Windows1252.DecodeByte(c))
		}
	}
	return b.String()
}

// A page in mojibake is read as its clean twin: the page task reads the
// repaired text, so a body paragraph is not footer (its "Ã©" is no
// copyright sign), and the stages find the same entities, officials and
// summary; every span stays the caller's mojibake.
func TestMojibakePageLikeCleanTwin(t *testing.T) {
	clean := "Gia Lai: bàn giao cầu treo cho học sinh làng Kon Chrah\n\n" +
		"Chiều 9/10/2025, UBND xã Ia Pa bàn giao cây cầu treo mới cho người dân làng Kon Chrah sau hai tháng thi công. " +
		"Ông Rơ Châm Kiên, Chủ tịch UBND xã Ia Pa, cho biết cầu dài 48 m, rộng 1,5 m, kinh phí 1,2 tỷ đồng do một doanh " +
		"nghiệp ở Pleiku tài trợ. Trước đây, mỗi mùa mưa các em học sinh phải lội suối hoặc đi vòng gần 7 km mới tới " +
		"trường. Cô giáo Đinh Thị Bé, Hiệu trưởng Trường Tiểu học Kon Chrah, kể có hôm nước lên nhanh, thầy cô phải cõng " +
		"từng em qua dòng suối chảy xiết. Phó Chủ tịch UBND tỉnh Gia Lai Nay Phi La đề nghị xã giao người trông coi, kiểm " +
		"tra dây cáp trước mỗi mùa lũ và ghi tải trọng ở hai đầu cầu.\n" +
		"Ảnh: Minh Khang"
	moji := mojibake(clean)
	body := strings.Split(moji, "\n")[2]
	require.Greater(t, len(body), 1024, "the body line is longer than page's line normalizer reads")
	a, err := New()
	require.NoError(t, err)
	ctx := context.Background()
	want, err := a.Analyze(ctx, Doc{Text: clean})
	require.NoError(t, err)
	got, err := a.Analyze(ctx, Doc{Text: moji})
	require.NoError(t, err)
	checkSpans(t, moji, got)

	kinds := func(r Result) (out []string) {
		for _, f := range r.Furniture {
			out = append(out, f.Kind.String())
		}
		return out
	}
	assert.Equal(t, []string{"headline", "caption"}, kinds(want))
	assert.Equal(t, kinds(want), kinds(got))
	assert.Equal(t, mojibake(want.Title), got.Title, "the title is the caller's text")
	type ent struct{ typ, norm string }
	ents := func(r Result) (out []ent) {
		for _, e := range r.Entities {
			out = append(out, ent{string(e.Type), e.Normalized})
		}
		return out
	}
	require.NotEmpty(t, want.Entities)
	assert.Equal(t, ents(want), ents(got))
	officials := func(r Result) (out []string) {
		for _, o := range r.Officials {
			s := o.Normalized
			for _, role := range o.Roles {
				s += " | " + role.Normalized + " " + string(role.Status)
			}
			out = append(out, s)
		}
		return out
	}
	require.NotEmpty(t, want.Officials)
	assert.Equal(t, officials(want), officials(got))
	summary := func(r Result) (out []string) {
		for _, s := range r.Summary.Sentences {
			out = append(out, normalize.Normalize(s.Text))
		}
		return out
	}
	require.NotEmpty(t, want.Summary.Sentences)
	assert.Equal(t, summary(want), summary(got))
}
