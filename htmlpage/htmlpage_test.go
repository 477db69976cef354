package htmlpage

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vntext/vntext/normalize"
)

// A page written for the tests: metadata in JSON-LD, furniture around the
// article, the byline at the end.
const testPage = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Quận Tây Hồ lấy phiếu tín nhiệm - Báo Thủ Đô</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"NewsArticle","headline":"Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu",
 "datePublished":"2024-02-11T15:00:00+07:00","author":[{"@type":"Person","name":"Hương Ly"}],"articleSection":"Chính trị"}]}</script>
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></nav>
<h1>Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu</h1>
<div class="share">Chia sẻ Facebook Zalo</div>
<article><div class="content">
<p>Sáng 11/2, HĐND quận Tây Hồ tổ chức kỳ họp chuyên đề để lấy phiếu tín nhiệm đối với những người giữ chức vụ do HĐND quận bầu trong nhiệm kỳ 2021-2026.</p>
<figure><img src="/a.jpg"><figcaption>Các đại biểu bỏ phiếu tín nhiệm. Ảnh: Hương Ly</figcaption></figure>
<p>Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao, 33/33 phiếu.</p>
<p>Theo báo cáo của Thường trực HĐND quận, tất cả những người được lấy phiếu lần này đều đạt tỷ lệ tín nhiệm cao trên 50%. Không ai bị quá hai phần ba số đại biểu đánh giá thấp.</p>
<p><strong>Hương Ly</strong></p>
</div></article>
<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/1">Quận Ba Đình kiện toàn chức danh Phó Chủ tịch UBND quận</a></li><li><a href="/2">Hà Nội công bố phiếu tín nhiệm</a></li></ul></div>
<footer><p>© 2024 Báo Thủ Đô. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>`

const testBody = "Sáng 11/2, HĐND quận Tây Hồ tổ chức kỳ họp chuyên đề để lấy phiếu tín nhiệm đối với những người giữ chức vụ do HĐND quận bầu trong nhiệm kỳ 2021-2026.\n\n" +
	"Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao, 33/33 phiếu.\n\n" +
	"Theo báo cáo của Thường trực HĐND quận, tất cả những người được lấy phiếu lần này đều đạt tỷ lệ tín nhiệm cao trên 50%. Không ai bị quá hai phần ba số đại biểu đánh giá thấp."

func mustNew(t testing.TB) *Extractor {
	e, err := New()
	require.NoError(t, err)
	return e
}

func TestExtract(t *testing.T) {
	a, err := mustNew(t).Extract([]byte(testPage), "https://example.vn/tay-ho.html", "text/html")
	require.NoError(t, err)
	assert.Equal(t, "Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu", a.Title)
	assert.Equal(t, "Hương Ly", a.Byline)
	assert.Equal(t, "2024-02-11T15:00+07:00", a.Published.String())
	assert.Equal(t, "Chính trị", a.Category)
	assert.Equal(t, testBody, a.Text)
	assert.Equal(t, "utf-8", a.Encoding)
}

// Without metadata the fields come from the page's text.
func TestExtractNoMetadata(t *testing.T) {
	p := strings.Replace(testPage, `<script type="application/ld+json">`, `<script type="text/plain">`, 1)
	p = strings.Replace(p, "<h1>", `<div class="cat">Chính trị</div><h1>`, 1)
	p = strings.Replace(p, `<div class="share">`, `<div class="time">Thứ hai, 11/2/2024 - 15:00 (GMT+7)</div><div class="share">`, 1)
	a, err := mustNew(t).Extract([]byte(p), "", "")
	require.NoError(t, err)
	assert.Equal(t, "Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu", a.Title)
	assert.Equal(t, "Hương Ly", a.Byline)
	assert.Equal(t, "2024-02-11T15:00+07:00", a.Published.String())
	assert.Equal(t, "Chính trị", a.Category)
	assert.Equal(t, testBody, a.Text)
}

func TestDecode(t *testing.T) {
	text := "<html><body><p>Hà Nội mùa thu, Uỷ ban nhân dân thành phố khuyến khích người dân trồng cây xanh ở đường phố.</p></body></html>"
	got, enc := Decode([]byte(text), "")
	assert.Equal(t, "utf-8", enc)
	assert.Equal(t, text, got)
	// The Content-Type header wins over a wrong declaration in the page.
	latin := []byte("<html><head><meta charset=\"utf-8\"></head><body>caf\xe9</body></html>")
	got, enc = Decode(latin, "text/html; charset=iso-8859-1")
	assert.Equal(t, "windows-1252", enc)
	assert.Contains(t, got, "café")
	// A TCVN3 page with no declaration is recognised by its text.
	b, err := os.ReadFile("../testdata/pages/html/p13.html")
	require.NoError(t, err)
	got, enc = Decode(b, "")
	assert.Equal(t, "tcvn3", enc)
	assert.Contains(t, got, "Những điều cần biết về Hồng Bàng")
	// Windows-1258 declared.
	b, err = os.ReadFile("../testdata/pages/html/p05.html")
	require.NoError(t, err)
	got, enc = Decode(b, "")
	assert.Equal(t, "windows-1258", enc)
	assert.Contains(t, normalize.Normalize(got), "Chiết suất trong mắt các nhà nghiên cứu")
	// VNI declared as Latin-1.
	b, err = os.ReadFile("../testdata/pages/html/p21.html")
	require.NoError(t, err)
	got, enc = Decode(b, "")
	assert.Equal(t, "vni", enc)
	assert.Contains(t, normalize.Normalize(got), "Tìm hiểu về Người đàn ông tốt")
}

func TestExtractNoText(t *testing.T) {
	for _, p := range []string{"", "<html></html>", "\x00\xff\xfe", "<nav><a>Trang chủ</a></nav>"} {
		_, err := mustNew(t).Extract([]byte(p), "", "")
		assert.ErrorIs(t, err, ErrNoText, "%q", p)
	}
}

func TestZeroExtractor(t *testing.T) {
	for _, e := range []*Extractor{nil, {}} {
		a, err := e.Extract([]byte(testPage), "", "")
		require.NoError(t, err)
		assert.Equal(t, testBody, a.Text)
	}
}

func TestOptions(t *testing.T) {
	_, err := New(nil)
	assert.Error(t, err)
	_, err = New(WithContentFinder(nil))
	assert.Error(t, err)
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte(testPage), "text/html")
	f.Add([]byte("<p>H\xb5 N\xe9i</p>"), "")
	f.Add([]byte(`<script type="application/ld+json">[{"@type":"NewsArticle","author":[1,{"name":2}]}]</script>`), "text/html; charset=windows-1258")
	e, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte, contentType string) {
		a, err := e.Extract(b, "", contentType)
		if err == nil && a.Text == "" {
			t.Fatal("no error and no text")
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	raw := []byte(testPage)
	e := mustNew(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Extract(raw, "", ""); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPageText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<div><span>Minh Anh</span> <span>11/2/2024</span></div><p>Một  câu
văn.</p>`, "Minh Anh 11/2/2024\nMột câu văn."},
		{`<ul><li>Trang chủ</li><li>Thời sự</li></ul><p>A<b>B</b> C</p><script>x()</script>`, "Trang chủ\nThời sự\nAB C"},
	} {
		doc, err := html.Parse(strings.NewReader(tc.in))
		require.NoError(t, err)
		assert.Equal(t, tc.want, pageText(doc))
	}
}

// One Extractor serves many goroutines (run with -race).
func TestExtractConcurrent(t *testing.T) {
	e := mustNew(t)
	done := make(chan string)
	for range 4 {
		go func() {
			a, err := e.Extract([]byte(testPage), "", "")
			if err != nil {
				done <- err.Error()
				return
			}
			done <- a.Text
		}()
	}
	for range 4 {
		assert.Equal(t, testBody, <-done)
	}
}
