package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The command as the issue runs it: shards for every input file, status
// 1 because the sample archive holds malformed records, a closing line.
// (The pipeline's own tests compare the records with vntext batch's.)
func TestCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out", "part")
	var stderr bytes.Buffer
	code := run([]string{"--input=../../pipeline/testdata/archive/*.jsonl", "--input", "../../pipeline/testdata/archive/*.txt",
		"--output=" + out, "--tasks=segment,entities,summary"}, &stderr)
	assert.Equal(t, 1, code, stderr.String())
	assert.Contains(t, stderr.String(), "vntext-beam: 5 of 12 records failed")
	shards, err := filepath.Glob(out + "-*")
	require.NoError(t, err)
	assert.Equal(t, []string{out + "-00000-of-00003.jsonl", out + "-00001-of-00003.jsonl", out + "-00002-of-00003.jsonl"}, shards)
	b, err := os.ReadFile(shards[2])
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), `{"schema":"vntext/v1","id":"../../pipeline/testdata/archive/ghi-chu.txt","title":"Đà Nẵng mở thêm tuyến xe buýt"`), string(b))
}
