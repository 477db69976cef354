package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An unknown task is named once, with every task there is (page too), and
// the command's prefix is not followed by the library's.
func TestUnknownTaskMessage(t *testing.T) {
	for _, cmd := range [][]string{{"batch", "--tasks", "bogus"}, {"analyze", "--tasks", "bogus"}} {
		code, _, stderr := runCmd(t, "Một câu.", cmd...)
		assert.Equal(t, 2, code, cmd)
		assert.Contains(t, stderr, `unknown task "bogus"`, cmd)
		assert.Contains(t, stderr, "keywords, page or all", cmd)
		assert.NotContains(t, stderr, ": vntext:", cmd)
	}
}

// serve --help lists every endpoint it serves.
func TestServeHelpListsEndpoints(t *testing.T) {
	code, stdout, _ := runCmd(t, "", "serve", "--help")
	require.Equal(t, 0, code)
	for _, path := range []string{"/v1/analyze", "/v1/normalize", "/v1/segment", "/v1/entities", "/v1/summarize", "/v1/summarize/cluster", "/v1/batch", "/healthz", "/metrics"} {
		assert.Contains(t, stdout, path)
	}
}

// A blank JSONL line is not a record, as documented, and the closing
// summary says it was read: nothing vanishes unaccounted for.
func TestBatchCountsBlankLines(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"Một câu.\"}\n\n   \n{\"id\":\"b\",\"text\":\"Câu khác.\"}\n"
	var out, errb bytes.Buffer
	code := runBatch([]string{"--tasks", "sentences"}, strings.NewReader(in), &out, &errb)
	require.Equal(t, 0, code, errb.String())
	assert.Equal(t, 2, strings.Count(out.String(), "\n"))
	assert.Contains(t, errb.String(), "2 records written, 0 failed, 0 skipped, 2 blank lines (not records)")
	code, help, _ := runCmd(t, "", "batch", "--help")
	require.Equal(t, 0, code)
	assert.Contains(t, help, "blank is not a record")
}
