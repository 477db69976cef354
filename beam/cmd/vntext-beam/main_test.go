package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain runs the command in a child process when asked to: run parses
// flag.CommandLine, which Beam fills, so one process runs it once.
func TestMain(m *testing.M) {
	if args := os.Getenv("VNTEXT_BEAM_ARGS"); args != "" {
		var a []string
		if err := json.Unmarshal([]byte(args), &a); err != nil {
			panic(err)
		}
		os.Exit(run(a, os.Stderr))
	}
	os.Exit(m.Run())
}

// runChild runs the command with args in a child process and returns its
// exit status and what it wrote to standard error.
func runChild(t *testing.T, args ...string) (int, string) {
	t.Helper()
	b, err := json.Marshal(args)
	require.NoError(t, err)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "VNTEXT_BEAM_ARGS="+string(b))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), stderr.String()
	}
	require.NoError(t, err)
	return 0, stderr.String()
}

// The command as the issue runs it: shards for every input file, status
// 1 because the sample archive holds malformed records, a closing line.
// (The pipeline's own tests compare the records with vntext batch's.)
func TestCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out", "part")
	var stderr bytes.Buffer
	code := run([]string{"--input=../../pipeline/testdata/archive/*.jsonl", "--input", "../../pipeline/testdata/archive/*.txt",
		"--output=" + out, "--tasks=segment,entities,summary,page"}, &stderr)
	assert.Equal(t, 1, code, stderr.String())
	assert.Contains(t, stderr.String(), "vntext-beam: 5 of 12 records failed")
	shards, err := filepath.Glob(out + "-*")
	require.NoError(t, err)
	assert.Equal(t, []string{out + "-00000-of-00003.jsonl", out + "-00001-of-00003.jsonl", out + "-00002-of-00003.jsonl"}, shards)
	b, err := os.ReadFile(shards[2])
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), `{"schema":"vntext/v1","id":"../../pipeline/testdata/archive/ghi-chu.txt","title":"Đà Nẵng mở thêm tuyến xe buýt"`), string(b))
}

// --group-by takes batch's flags and refuses what batch refuses; a run
// writes one shard per file and says how many group summaries it wrote.
func TestCommandGroupBy(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out", "part")
	in := "--input=../../pipeline/testdata/archive/*.jsonl"
	for _, args := range [][]string{
		{in, "--output=" + out, "--max-group=3"},
		{in, "--output=" + out, "--group-by=story", "--tasks=summary"},
		{in, "--output=" + out, "--group-by=story", "--max-group=0"},
		{"aggregate", in, "--output=" + out, "--group-by=story"},
	} {
		code, stderr := runChild(t, args...)
		assert.Equal(t, 2, code, "%v: %s", args, stderr)
	}
	code, stderr := runChild(t, in, "--output="+out, "--group-by=story", "--max-group=2")
	assert.Equal(t, 1, code, stderr) // records without "story"
	assert.Contains(t, stderr, "vntext-beam: 2 group summaries and 8 error records written from 11 records")
	shards, err := filepath.Glob(out + "-*")
	require.NoError(t, err)
	assert.Len(t, shards, 2)
}
