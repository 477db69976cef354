package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/internal/spancheck"
	"github.com/vntext/vntext/internal/sumeval"
	"github.com/vntext/vntext/internal/testenv"
)

const sumArticle = "Ảnh: Minh Hải\nSáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông Nhật Lệ ở Đồng Hới. " +
	"Cây cầu dài hơn 600 m, vốn đầu tư khoảng 400 tỷ đồng. Tuy nhiên, nhiều hộ dân chưa nhận tiền bồi thường.\nMinh Hải"

func TestSummarizeCommand(t *testing.T) {
	code, out, _ := runCmd(t, sumArticle, "summarize", "--title", "Khởi công cầu Nhật Lệ 3", "--sentences", "1")
	require.Equal(t, 0, code)
	assert.Equal(t, "Sáng 5/6, UBND tỉnh Quảng Bình khởi công cầu Nhật Lệ 3 nối hai bờ sông Nhật Lệ ở Đồng Hới.\n", out)

	// From a file, as JSON with offsets into the file's text.
	path := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(path, []byte(sumArticle), 0o644))
	code, out, _ = runCmd(t, "", "summarize", "--json", "--max-syllables", "45", "--keywords", "2", path)
	require.Equal(t, 0, code)
	var got summarizeOutput
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.NotEmpty(t, got.Summary.Sentences)
	spancheck.CheckText(t, sumArticle, "bytes", []byte(out))
	assert.LessOrEqual(t, len(sumeval.Tokens(got.Summary.Text())), 45)
	assert.Len(t, got.Keywords, 2)

	// A budget no sentence fits: one sentence, and a note on stderr.
	code, out, errOut := runCmd(t, sumArticle, "summarize", "--max-syllables", "3")
	require.Equal(t, 0, code)
	assert.Equal(t, 1, strings.Count(out, "\n"))
	assert.Contains(t, errOut, "exceeds the budget")

	// A sentence without its leading connective ("Tuy nhiên, "), as the
	// plain text shows it: with a capital.
	code, out, _ = runCmd(t, sumArticle, "summarize", "--title", "Nhiều hộ dân chưa nhận tiền bồi thường", "--sentences", "1")
	require.Equal(t, 0, code)
	assert.Equal(t, "Nhiều hộ dân chưa nhận tiền bồi thường.\n", out)

	// Strict: a sentence that fits is preferred to a better, longer one.
	code, out, errOut = runCmd(t, sumArticle, "summarize", "--strict", "--max-syllables", "14")
	require.Equal(t, 0, code)
	assert.Equal(t, "Cây cầu dài hơn 600 m, vốn đầu tư khoảng 400 tỷ đồng.\n", out)
	assert.Empty(t, errOut)
}

func TestSummarizeCommandErrors(t *testing.T) {
	for _, args := range [][]string{
		{"summarize", "--sentences", "-1"},
		{"summarize", "--max-syllables", "-1"},
		{"summarize", "--keywords", "-1"},
		{"summarize", "--nope"},
		{"summarize", "a", "b"},
	} {
		code, _, errOut := runCmd(t, "", args...)
		assert.Equal(t, 2, code, args)
		assert.NotEmpty(t, errOut)
	}
	code, _, errOut := runCmd(t, "", "summarize", filepath.Join(t.TempDir(), "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "missing.txt")
	code, _, _ = runCmd(t, "", "summarize", "-h")
	assert.Equal(t, 0, code)
}

func TestEvalSummarize(t *testing.T) {
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	gold := filepath.Join("testdata", "summarize_gold.jsonl")
	code, out, errOut := runCmd(t, "", "eval", "summarize", "--gold", gold, "--max-syllables", "45", "--pred", pred)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "3 articles, 45-syllable budget")
	for _, row := range []string{"vntext ", "LEAD ", "LEAD-3 ", "headline ", "oracle "} {
		assert.Contains(t, out, "\n"+row)
	}

	// The printed vntext row is the mean ROUGE of the written predictions.
	f, err := os.Open(gold)
	require.NoError(t, err)
	defer f.Close()
	recs, err := sumeval.ReadGold(f)
	require.NoError(t, err)
	b, err := os.ReadFile(pred)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	require.Len(t, lines, len(recs))
	var m sumeval.Mean
	for i, l := range lines {
		var p struct{ ID, Summary string }
		require.NoError(t, json.Unmarshal([]byte(l), &p))
		assert.Equal(t, recs[i].ID, p.ID)
		m.Add(sumeval.ROUGE(p.Summary, recs[i].Summary))
	}
	r := m.Percent()
	var r1, r2, rl float64
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "vntext ") {
			_, err := fmtSscan(l, &r1, &r2, &rl)
			require.NoError(t, err)
		}
	}
	assert.InDelta(t, r.R1, r1, 0.006)
	assert.InDelta(t, r.R2, r2, 0.006)
	assert.InDelta(t, r.RL, rl, 0.006)
}

func TestEvalSummarizeErrors(t *testing.T) {
	code, _, _ := runCmd(t, "", "eval", "summarize")
	assert.Equal(t, 2, code)
	code, _, _ = runCmd(t, "", "eval", "summarize", "--gold", "x.jsonl", "extra")
	assert.Equal(t, 2, code)
	code, _, _ = runCmd(t, "", "eval", "summarize", "--gold", filepath.Join(t.TempDir(), "none.jsonl"))
	assert.Equal(t, 1, code)
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{not json\n"), 0o644))
	code, _, errOut := runCmd(t, "", "eval", "summarize", "--gold", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "line 1")

	// A file that is not gold (the articles alone) is refused, not scored 0.
	articles := filepath.Join(t.TempDir(), "articles.jsonl")
	require.NoError(t, os.WriteFile(articles, []byte(`{"id":"1","title":"T","text":"Câu."}`+"\n"), 0o644))
	code, out, errOut := runCmd(t, "", "eval", "summarize", "--gold", articles)
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, `no "summary"`)
	assert.Contains(t, errOut, "articles.jsonl: line 1")
}

func TestEvalEntitiesRefusesNonGold(t *testing.T) {
	articles := filepath.Join(t.TempDir(), "articles.jsonl")
	require.NoError(t, os.WriteFile(articles, []byte(`{"id":"1","text":"Ông An."}`+"\n"), 0o644))
	code, out, errOut := runCmd(t, "", "eval", "entities", "--gold", articles)
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, `no "entities"`)
}

// fmtSscan reads the three numbers after the system name of a score row.
func fmtSscan(line string, r1, r2, rl *float64) (int, error) {
	var name string
	return fmt.Sscan(line, &name, r1, r2, rl)
}

// The printed ROUGE agrees with the reference scorer, score.py (found next
// to the corpora as $VNTEXT_DATA/../tools/score.py), on 300 dev articles.
func TestEvalSummarizeAgreesWithScorePy(t *testing.T) {
	devPath := testenv.DataDir(t, "sum", "vietnews", "dev.jsonl")
	// With the corpora present the comparison must run: a missing scorer
	// fails the test rather than skipping it.
	script := filepath.Join(os.Getenv(testenv.EnvVar), "..", "tools", "score.py")
	_, err := os.Stat(script)
	require.NoError(t, err, "the reference scorer must sit next to the corpora")
	python, err := exec.LookPath("python3")
	require.NoError(t, err, "python3 runs the reference scorer")
	dev, err := os.ReadFile(devPath)
	require.NoError(t, err)
	lines := strings.SplitAfter(string(dev), "\n")
	dir := t.TempDir()
	gold, pred := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
	require.NoError(t, os.WriteFile(gold, []byte(strings.Join(lines[:min(300, len(lines))], "")), 0o644))

	code, out, errOut := runCmd(t, "", "eval", "summarize", "--gold", gold, "--max-syllables", "45", "--pred", pred)
	require.Equal(t, 0, code, errOut)
	var r1, r2, rl float64
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "vntext ") {
			_, err := fmtSscan(l, &r1, &r2, &rl)
			require.NoError(t, err)
		}
	}
	ref, err := exec.Command(python, script, "rouge", gold, pred).Output()
	require.NoError(t, err)
	var got struct{ R1, R2, RL float64 } // score.py prints {"r1", "r2", "rl", ...}
	first, _, _ := strings.Cut(string(ref), "\n")
	require.NoError(t, json.Unmarshal([]byte(first), &got))
	require.NotZero(t, got.R1)
	assert.InDelta(t, got.R1, r1, 0.0051)
	assert.InDelta(t, got.R2, r2, 0.0051)
	assert.InDelta(t, got.RL, rl, 0.0051)
}
