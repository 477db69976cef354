package entities

import (
	"testing"

	"github.com/vntext/vntext/internal/growth"
)

// Extract is linear: eight times the text costs less than twelve times the
// work, on news text and on the inputs that once made rules rescan: one
// endless capitalised run, a chain of bodies, a list of names.
func TestExtractLinear(t *testing.T) {
	x := newTestExtractor(t)
	for name, in := range map[string]func(int) string{
		"news":            growth.Repeat(exampleSentence+" Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Bình Định, cho biết ngày 15/3/2024 thành phố đã ban hành Kế hoạch 123/KH-UBND.\n", 5),
		"capitalised run": growth.Repeat("Hà Nội ", 250),
		"name run":        growth.Repeat("Nguyễn Văn ", 250),
		"chained bodies":  growth.Repeat("Ban cán sự Đảng UBND tỉnh ", 125),
		"name list":       growth.Repeat("ông Lê Văn An, ", 125),
		"bodies in names": growth.Repeat("Bệnh viện Khoa Nhi ", 100),
		"department run":  growth.Repeat("Khoa ", 250),
		// A sector's name read past it (afterFreeSector) looks one level
		// ahead only: a chain of such bodies once took exponential time.
		"sectors joined":  growth.Repeat("Viện Kinh tế và ", 125),
		"sector names":    growth.Repeat("Vụ Chính sách tiền tệ ", 100),
		"foreign holders": growth.Repeat("Chủ tịch Ủy ban châu Âu Jean-Marc Dupont ", 60),
		"lists in names":  growth.Repeat("Ban Bảo vệ, chăm sóc ", 125),
	} {
		growth.Linear(t, name, in, func(text string) { extract(x, text) })
	}
}

// Officials and OfficialsOf are linear in the text: many people sharing a
// given name give every short mention ("ông An") many candidates, and the
// steps still grow with the text, not with its square.
func TestOfficialsLinear(t *testing.T) {
	x := newTestExtractor(t)
	in := growth.Repeat("Giám đốc Sở Y tế Lê Văn An, Phó Giám đốc Trần Văn An và ông An dự họp với bà Hoa, Chủ tịch Hội Phụ nữ. ", 40)
	growth.LinearSteps(t, "officials steps", in, func(text string) int {
		_, n := officialsOf(extract(x, text))
		return n
	})
	growth.Linear(t, "officials", in, func(text string) { officials(x, text) })
}
