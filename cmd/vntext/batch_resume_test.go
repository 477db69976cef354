package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// --resume goes on only from an output of the same inputs, in the same
// order, with the same tasks: anything else is refused (exit 2) before a
// record is written, OUT is left as it was, and the message does not ask
// for the command that failed.
func TestBatchResumeRefusesAnotherOutput(t *testing.T) {
	dir := t.TempDir()
	archive := func(name, prefix string, ids bool, n int) string {
		var b strings.Builder
		for i := range n {
			if ids {
				fmt.Fprintf(&b, `{"id":"%s%d","text":"Bài %s số %d ở Hà Nội."}`+"\n", prefix, i, prefix, i)
			} else {
				fmt.Fprintf(&b, `{"text":"Bài %s số %d ở Hà Nội."}`+"\n", prefix, i)
			}
		}
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
		return path
	}
	a := archive("a.jsonl", "a", true, 6)
	m := archive("m.jsonl", "m", true, 8)
	noIDa := archive("na.jsonl", "a", false, 6)
	noIDm := archive("nm.jsonl", "m", false, 8)
	run := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		code := runBatch(append([]string{"--quiet"}, args...), strings.NewReader(""), &out, &errb)
		return code, errb.String()
	}
	// head -5 of an output of other inputs (or tasks) as OUT.
	headOf := func(out string, n int, args ...string) []byte {
		full := filepath.Join(dir, "full.jsonl")
		code, msg := run(append([]string{"-o", full}, args...)...)
		require.Equal(t, 0, code, msg)
		b, err := os.ReadFile(full)
		require.NoError(t, err)
		head := []byte(strings.Join(strings.SplitAfter(string(b), "\n")[:n], ""))
		require.NoError(t, os.WriteFile(out, head, 0o644))
		return head
	}
	for _, c := range []struct {
		name  string
		from  []string // the run that made OUT
		head  int
		args  []string // the resumed run
		wants string
	}{
		{"other ids", []string{m}, 5, []string{a}, `has the id "m0", but the input record it stands for (line 1 of`},
		{"other texts, no ids", []string{noIDm}, 5, []string{noIDa}, "the text of its record 1"},
		{"other tasks", []string{"--tasks", "segmented,summary", a}, 3, []string{"--tasks", "entities", a}, "--tasks segmented,summary, this run computes entities"},
		{"more records than inputs", []string{m}, 8, []string{archive("m4.jsonl", "m", true, 4)}, "holds 8 records but the inputs only 4"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, "out.jsonl")
			head := headOf(out, c.head, c.from...)
			code, msg := run(append([]string{"-o", out, "--resume"}, c.args...)...)
			assert.Equal(t, 2, code, msg)
			assert.Contains(t, msg, c.wants)
			assert.Contains(t, msg, "run without --resume")
			assert.NotContains(t, msg, "run the same command with --resume")
			got, err := os.ReadFile(out)
			require.NoError(t, err)
			assert.Equal(t, string(head), string(got), "OUT unchanged")
			assert.NoFileExists(t, partialPath(out))
		})
	}

	// An output of another schema is refused too.
	out := filepath.Join(dir, "old.jsonl")
	headOf(out, 2, a)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(out, bytes.ReplaceAll(b, []byte(`"vntext/v1"`), []byte(`"vntext/v0"`)), 0o644))
	code, msg := run("-o", out, "--resume", a)
	assert.Equal(t, 2, code, msg)
	assert.Contains(t, msg, `follows the schema "vntext/v0"`)

	// The same inputs and tasks go on.
	out = filepath.Join(dir, "same.jsonl")
	headOf(out, 3, a)
	code, msg = run("-o", out, "--resume", a)
	assert.Equal(t, 0, code, msg)
}
