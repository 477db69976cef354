package vntext

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/internal/schematest"
)

// The library's Result follows the schema for every task set and offset
// unit, empty text included.
func TestResultFollowsSchema(t *testing.T) {
	for _, tasks := range []Task{AllTasks, TaskWords, TaskSummary | TaskKeywords, TaskNormalize} {
		for _, u := range []Offsets{OffsetBytes, OffsetUTF16} {
			a, err := New(WithTasks(tasks), WithOffsets(u))
			require.NoError(t, err)
			for _, text := range []string{article, "", "Ông Trần Văn Bình, Chủ tịch UBND tỉnh Nam Định, và bà Lê Thị Hoa.", seedPage} {
				res, err := a.Analyze(context.Background(), Doc{ID: "s", Text: text, URL: "https://example.vn/a.html"})
				require.NoError(t, err)
				b, err := json.Marshal(res)
				require.NoError(t, err)
				schematest.Validate(t, schematest.Result, b)
				schematest.Validate(t, schematest.Record, b)
			}
		}
	}
	// A zero Result is not a valid record: Results come from Analyze.
	b, err := json.Marshal(Result{})
	require.NoError(t, err)
	require.True(t, strings.Contains(string(b), `"sentences":null`))
}
