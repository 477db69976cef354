package main

import (
	"bytes"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
)

func TestRunUsage(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run(nil, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "usage: vntext")

	errb.Reset()
	assert.Equal(t, 2, run([]string{"nope"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), `unknown command "nope"`)

	// Help asked for is an answer: on standard output.
	errb.Reset()
	assert.Equal(t, 0, run([]string{"help"}, strings.NewReader(""), &out, &errb))
	for _, name := range order {
		assert.Contains(t, out.String(), name)
	}
	assert.Empty(t, errb.String())

	// "vntext help" lists every command: order holds each exactly once.
	assert.ElementsMatch(t, order, slices.Collect(maps.Keys(commands)))

	out.Reset()
	assert.Equal(t, 0, run([]string{"help", "segment"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, out.String(), "usage: vntext segment")
	out.Reset()
	assert.Equal(t, 0, run([]string{"help", "eval", "summarize"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, out.String(), "usage: vntext eval summarize")
	assert.Contains(t, out.String(), `{"id", "title", "text", "summary"}`, "the gold format is in the help")

	// Help of a command that does not exist is a mistake, as running it.
	out.Reset()
	errb.Reset()
	assert.Equal(t, 2, run([]string{"help", "nosuch"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), `unknown command "nosuch"`)
	assert.Empty(t, out.String())

	out.Reset()
	assert.Equal(t, 0, run([]string{"--version"}, strings.NewReader(""), &out, &errb))
	assert.True(t, strings.HasPrefix(out.String(), "vntext "), out.String())
	assert.Contains(t, out.String(), "go1.")
}

// runCmd runs one vntext command line in-process.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// Every subcommand answers --help with its usage and status 0, a bad flag
// with one line and status 2, and a file it cannot read with status 1.
func TestSubcommandConventions(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	for _, cmd := range [][]string{
		{"analyze"}, {"normalize"}, {"segment"}, {"summarize"}, {"batch"}, {"serve"},
		{"entities"}, {"eval"}, {"eval", "segment"}, {"eval", "summarize"}, {"eval", "entities"},
		{"train"}, {"train", "entities"},
	} {
		code, outs, _ := runCmd(t, "", append(cmd, "--help")...)
		assert.Equal(t, 0, code, "%v --help", cmd)
		assert.Contains(t, outs, "usage: vntext "+strings.Join(cmd, " "), "%v --help", cmd)

		code, _, errs := runCmd(t, "", append(cmd, "--bogus")...)
		assert.Equal(t, 2, code, "%v --bogus", cmd)
		assert.Equal(t, 1, strings.Count(errs, "\n"), "%v --bogus: one line, got %q", cmd, errs)
		assert.True(t, strings.HasPrefix(errs, "vntext "+strings.Join(cmd, " ")+": "), "%v --bogus: %q", cmd, errs)
	}
	for _, cmd := range [][]string{
		{"analyze"}, {"normalize"}, {"segment"}, {"summarize"}, {"batch", "--quiet"},
		{"eval", "segment", "--gold"}, {"eval", "summarize", "--gold"},
		{"train", "entities", "-o", filepath.Join(t.TempDir(), "m")}, {"entities", "--entity-model"},
	} {
		code, _, errs := runCmd(t, "", append(cmd, missing)...)
		assert.Equal(t, 1, code, "%v FILE: %s", cmd, errs)
		assert.Contains(t, errs, "missing.txt", cmd)
	}
}

func TestReadArticle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\uFEFFHà Nội", "Hà Nội"},             // byte-order mark dropped
		{"H\xB5 N\xE9i", "Hà Nội"},             // TCVN3 detected and decoded
		{"Huế \xE1\xBB nhé", "Huế \uFFFD nhé"}, // damaged UTF-8 keeps its good characters
		{"", ""},
	} {
		got, err := readArticle("-", strings.NewReader(c.in))
		require.NoError(t, err)
		assert.Equal(t, c.want, got, "%q", c.in)
	}
	_, err := readArticle(filepath.Join(t.TempDir(), "missing.txt"), nil)
	assert.Error(t, err)
}

// Every task name --tasks accepts, aliases included, is in the help of
// the commands that take --tasks.
func TestTasksHelpNamesEveryAcceptedName(t *testing.T) {
	names := []string{"normalize", "sentences", "words", "segmented", "segment", "entities", "officials",
		"summary", "summarize", "keywords", "page", "all"}
	for _, cmd := range []string{"analyze", "batch"} {
		code, stdout, _ := runCmd(t, "", cmd, "--help")
		require.Equal(t, 0, code)
		for _, n := range names {
			_, err := vntext.ParseTasks(n)
			require.NoError(t, err, n)
			assert.Regexp(t, `\b`+n+`\b`, stdout, "%s --help names %s", cmd, n)
		}
	}
}
