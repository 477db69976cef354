package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSegmentCommand(t *testing.T) {
	code, out, _ := runCmd(t, "Thủ đô Hà Nội, năm 2023.\n\nÔng Nguyễn Văn An về thăm trường đại học.\r\n", "segment")
	require.Equal(t, 0, code)
	assert.Equal(t, "Thủ_đô Hà_Nội , năm 2023 .\n\nÔng Nguyễn_Văn_An về thăm trường đại_học .\n", out)
}

// "-" names standard input, as in normalize, analyze, summarize and batch.
func TestSegmentDashIsStdin(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	require.NoError(t, os.WriteFile(in, []byte("Thủ đô Hà Nội\n"), 0o644))
	code, out, errs := runCmd(t, "Xây dựng nông thôn\n", "segment", in, "-")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "Thủ_đô Hà_Nội\nXây_dựng nông_thôn\n", out)
}

func TestSegmentAlreadyTokenized(t *testing.T) {
	_, raw, _ := runCmd(t, "Thủ đô Hà Nội, năm 2023.", "segment")
	_, tok, _ := runCmd(t, "Thủ đô Hà Nội , năm 2023 .", "segment")
	assert.Equal(t, raw, tok)
}

func TestSegmentFilesAndDict(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	dict := filepath.Join(dir, "dict.txt")
	require.NoError(t, os.WriteFile(in, []byte("Xây dựng nông thôn mới ở Hà Tĩnh"), 0o644))
	require.NoError(t, os.WriteFile(dict, []byte("# words\nnông thôn mới\n"), 0o644))
	code, out, _ := runCmd(t, "", "segment", "--dict", dict, in)
	require.Equal(t, 0, code)
	assert.Equal(t, "Xây_dựng nông_thôn_mới ở Hà_Tĩnh\n", out)

	code, _, errs := runCmd(t, "", "segment", filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "missing.txt")

	code, _, _ = runCmd(t, "", "segment", "--nope")
	assert.Equal(t, 2, code)
}

func TestEvalSegment(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.seg.txt")
	pred := filepath.Join(dir, "pred.txt")
	require.NoError(t, os.WriteFile(gold, []byte("Thủ_đô Hà_Nội , năm 2023 .\nÔng Nguyễn_Văn_An về quê .\n"), 0o644))
	require.NoError(t, os.WriteFile(pred, []byte("Thủ_đô Hà Nội , năm 2023 .\nÔng Nguyễn_Văn_An về quê .\n"), 0o644))

	code, out, _ := runCmd(t, "", "eval", "segment", "--gold", gold, "--pred", pred)
	require.Equal(t, 0, code)
	// 10 of 11 gold words, 10 of 12 predicted; 2 of 3 multi-syllable.
	assert.Contains(t, out, "P 83.33  R 90.91  F1 86.96  F1-multi 80.00")

	code, out, _ = runCmd(t, "", "eval", "segment", "--gold", gold)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "F1 100.00")

	code, _, _ = runCmd(t, "", "eval", "segment")
	assert.Equal(t, 2, code)
	code, _, _ = runCmd(t, "", "eval", "segment", "--gold", filepath.Join(dir, "none"))
	assert.Equal(t, 1, code)
}

// Plain output and --json's "segmented" are the same text (normalized:
// the misplaced tone of "họat" is repaired in both), while --json's spans
// stay the caller's own text.
func TestSegmentPlainIsJSONSegmented(t *testing.T) {
	const in = "Tỉnh ủy Hòa Bình, họat động"
	code, plain, errs := runCmd(t, in+"\n", "segment")
	require.Equal(t, 0, code, errs)
	code, js, errs := runCmd(t, in, "segment", "--json")
	require.Equal(t, 0, code, errs)
	var got segmentOutput
	require.NoError(t, json.Unmarshal([]byte(js), &got))
	assert.Equal(t, got.Segmented+"\n", plain)
	assert.Contains(t, plain, "hoạt_động")
	for _, w := range got.Words {
		assert.Equal(t, in[w.Start:w.End], w.Text)
	}
}
