package vntext_test

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/summarize"
)

// The README's first screen must stay true: its Go example is the body of
// ExampleAnalyzer_readme with the output that example checks, its set-up
// commands name files that exist, and its test command is the one CI runs.
func TestReadmeFirstScreen(t *testing.T) {
	readme := readFile(t, "README.md")
	src := readFile(t, "example_test.go")

	_, rest, ok := strings.Cut(src, "\nfunc ExampleAnalyzer_readme() {\n")
	require.True(t, ok, "example_test.go: ExampleAnalyzer_readme is missing")
	body, rest, ok := strings.Cut(rest, "\t// Output:\n")
	require.True(t, ok, "ExampleAnalyzer_readme has no // Output:")
	output, _, _ := strings.Cut(rest, "\n}\n")

	var code, want []string
	for _, line := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		code = append(code, strings.TrimPrefix(line, "\t"))
	}
	for _, line := range strings.Split(output, "\n") {
		want = append(want, strings.TrimPrefix(strings.TrimPrefix(line, "\t//"), " "))
	}
	assert.Equal(t, strings.Join(code, "\n"), block(t, readme, "go", ""), "README's Go example")
	assert.Equal(t, strings.Join(want, "\n"), block(t, readme, "text", ""), "README's example output")

	setup := block(t, readme, "sh", "go run")
	batch := regexp.MustCompile(`(?m)^go run \./cmd/vntext batch .*\s(\S+\.jsonl)\s`).FindStringSubmatch(setup)
	require.NotNil(t, batch, "README: the set-up commands run batch on a bundled sample:\n%s", setup)
	_, err := os.Stat(batch[1])
	assert.NoError(t, err, "README's bundled sample")
	assert.Regexp(t, `(?m)^go test \./\.\.\.\s`, setup, "README: the test command")
	assert.Regexp(t, `(?m)^go test -race .*\./\.\.\.$`, readFile(t, ".ci/run"), "CI runs the README's test command")
}

// block returns the body of the first fenced block of md whose info string
// is lang and whose body starts with prefix.
func block(t *testing.T, md, lang, prefix string) string {
	t.Helper()
	for _, m := range fence.FindAllStringSubmatch(md, -1) {
		if m[1] == lang && strings.HasPrefix(m[2], prefix) {
			return m[2]
		}
	}
	t.Fatalf("README: no ```%s block starting with %q", lang, prefix)
	return ""
}

var fence = regexp.MustCompile("(?ms)^```(\\w*)\n(.*?)\n```$")

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(b)
}

// The README's summary figures say which length is the default, and it is
// the one the library uses: DefaultSentences whole sentences, not the
// 45-syllable budget that eval summarize measures by default.
func TestReadmeSummaryDefault(t *testing.T) {
	readme := readFile(t, "README.md")
	var rows []string
	for _, line := range strings.Split(readme, "\n") {
		if strings.HasPrefix(line, "| ") && (strings.Contains(line, "sentences") || strings.Contains(line, "syllable budget")) &&
			strings.Contains(line, "LEAD") {
			rows = append(rows, line)
		}
	}
	require.Len(t, rows, 2, "README: the two rows of the summary table")
	for _, row := range rows {
		label, _, _ := strings.Cut(strings.TrimPrefix(row, "| "), " |")
		isDefault := strings.Contains(label, "default")
		want := fmt.Sprintf("exactly %d sentences", summarize.DefaultSentences)
		assert.Equal(t, strings.HasPrefix(label, want), isDefault, "README row %q: the default is %s", label, want)
	}
	a, err := vntext.New(vntext.WithTasks(vntext.TaskSummary))
	require.NoError(t, err)
	text := "Tỉnh Quảng Bình khởi công một cây cầu mới tại thành phố Đồng Hới. " +
		"Cây cầu dài hơn 600 m với tổng vốn đầu tư khoảng 400 tỷ đồng. " +
		"Nhà thầu cam kết thi công ba ca mỗi ngày để sớm hoàn thành. " +
		"Người dân hai bờ sông mong cây cầu sớm được đưa vào sử dụng. " +
		"Sở Giao thông vận tải sẽ giám sát chặt chẽ chất lượng công trình."
	res, err := a.Analyze(context.Background(), vntext.Doc{Text: text})
	require.NoError(t, err)
	assert.Len(t, res.Summary.Sentences, summarize.DefaultSentences)
}
