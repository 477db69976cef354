package vntext

import (
	"context"
	"testing"

	"github.com/vntext/vntext/internal/growth"
)

// Analyze with every task is linear in the text: eight times the input
// costs less than twelve times the work (objects and bytes allocated).
func TestAnalyzeLinear(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	in := growth.Repeat("Phó Chủ tịch UBND tỉnh Hà Tĩnh Võ Minh Tâm đi kiểm tra. Ông Tâm, nguyên Giám đốc Sở Y tế, yêu cầu khắc phục ngay. ", 20)
	growth.Linear(t, "analyze", in, func(text string) {
		if _, err := a.Analyze(context.Background(), Doc{Text: text}); err != nil {
			t.Fatal(err)
		}
	})
}
