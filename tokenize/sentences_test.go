package tokenize

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// sentenceCase is one line of testdata/sentences/cases.txt.
type sentenceCase struct {
	line     int
	category string
	input    string
	want     []string
}

// loadSentenceCases parses the case file; the format is described in its
// header.
func loadSentenceCases(t *testing.T) []sentenceCase {
	t.Helper()
	f, err := os.Open("../testdata/sentences/cases.txt")
	require.NoError(t, err)
	defer f.Close()
	var cases []sentenceCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		category, body, ok := strings.Cut(line, "\t")
		require.True(t, ok, "line %d: no tab", n)
		c := sentenceCase{line: n, category: category}
		var in strings.Builder
		for {
			i, sep, join := nextSeparator(body)
			if i < 0 {
				break
			}
			c.want = append(c.want, body[:i])
			in.WriteString(body[:i] + join)
			body = body[i+len(sep):]
		}
		in.WriteString(body)
		if body != "" {
			c.want = append(c.want, body)
		}
		c.input = in.String()
		cases = append(cases, c)
	}
	require.NoError(t, sc.Err())
	return cases
}

// caseSeparators maps the separators of the case file to the text they
// stand for in the input.
var caseSeparators = [...][2]string{{" || ", " "}, {" ↵ ", "\n"}, {"¦", ""}}

func nextSeparator(body string) (at int, sep, join string) {
	at = -1
	for _, s := range caseSeparators {
		if i := strings.Index(body, s[0]); i >= 0 && (at < 0 || i < at) {
			at, sep, join = i, s[0], s[1]
		}
	}
	return at, sep, join
}

func TestSentenceCases(t *testing.T) {
	tk, err := New()
	require.NoError(t, err)
	cases := loadSentenceCases(t)
	require.GreaterOrEqual(t, len(cases), 200)
	failed := 0
	for _, c := range cases {
		got := tk.Sentences(c.input)
		texts := make([]string, len(got))
		for i, s := range got {
			texts[i] = s.Text
			assert.Equal(t, c.input[s.Start:s.End], s.Text)
		}
		if !assert.Equal(t, c.want, texts, "line %d (%s): %q", c.line, c.category, c.input) {
			failed++
		}
	}
	t.Logf("%d cases, %d failed", len(cases), failed)
}

func TestSentencesSpacesAndLineBreaks(t *testing.T) {
	tk, err := New()
	require.NoError(t, err)
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" \n\t\u00a0 ", nil},
		{"Một.\u00a0Hai.", []string{"Một.", "Hai."}},
		{"Một.\u200bHai.", []string{"Một.", "Hai."}},
		{"Tiêu đề\r\nNội dung một. Nội dung hai.\r\n", []string{"Tiêu đề", "Nội dung một.", "Nội dung hai."}},
		{"A\u2028B\u2029C\u0085D\vE\fF", []string{"A", "B", "C", "D", "E", "F"}},
		{"  Câu có khoảng trắng đầu.   Câu hai.  ", []string{"Câu có khoảng trắng đầu.", "Câu hai."}},
		{"Giá \xff\xfe tăng. Ông \xc3 nói.", []string{"Giá \xff\xfe tăng.", "Ông \xc3 nói."}},
		{"...", []string{"..."}},
		{"Anh đi đâu?!! Tôi về.", []string{"Anh đi đâu?!!", "Tôi về."}},
		{norm.NFD.String("Ông Nguyễn Văn C. cho biết. Ông C. ở TP. Huế."), []string{
			norm.NFD.String("Ông Nguyễn Văn C. cho biết."), norm.NFD.String("Ông C. ở TP. Huế.")}},
	}
	for _, tc := range tests {
		got := tk.Sentences(tc.in)
		var texts []string
		for _, s := range got {
			texts = append(texts, s.Text)
		}
		assert.Equal(t, tc.want, texts, "%q", tc.in)
		checkSentences(t, tc.in, got)
	}
}
