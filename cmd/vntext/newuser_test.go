package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/entities"

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

// Batch's defaults compute the officials, and a record names the tasks
// computed, so that an empty list reads as "not asked for".
func TestBatchDefaultsIncludeOfficials(t *testing.T) {
	in := `{"id":"a","text":"Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Hòa Bình, phát biểu."}` + "\n"
	code, recs, stderr := batchLines(t, nil, in)
	require.Equal(t, 0, code, stderr)
	require.Len(t, recs, 1)
	assert.Equal(t, "segmented,entities,officials,summary,page", recs[0]["tasks"])
	assert.NotEmpty(t, recs[0]["officials"])
}

// A flag of a task that does not run is a usage error, not a silent no-op;
// --keywords 0 means none, as 0 does for the summary budgets.
func TestTaskFlagsNeedTheirTask(t *testing.T) {
	const in = `{"id":"a","text":"Ông Nguyễn Văn An phát biểu tại Hà Nội."}` + "\n"
	for _, args := range [][]string{
		{"batch", "--keywords", "5"},
		{"batch", "--tasks", "entities", "--sentences", "2"},
		{"analyze", "--tasks", "officials", "--keywords", "3"},
		{"analyze", "--tasks", "entities", "--max-chars", "100"},
		{"batch", "--keywords", "-1", "--tasks", "keywords"},
	} {
		code, _, stderr := runCmd(t, in, args...)
		assert.Equal(t, 2, code, "%v: %s", args, stderr)
		assert.Contains(t, stderr, "--", args)
	}
	code, recs, stderr := batchLines(t, []string{"--tasks", "keywords,sentences", "--keywords", "0"}, in)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "sentences", recs[0]["tasks"])
	assert.Empty(t, recs[0]["keywords"])
	code, recs, stderr = batchLines(t, []string{"--tasks", "keywords", "--keywords", "1"}, in)
	require.Equal(t, 0, code, stderr)
	assert.Len(t, recs[0]["keywords"], 1)
}

// A command offers the pipeline flags it uses, and only those.
func TestCommandsRegisterTheFlagsTheyUse(t *testing.T) {
	for cmd, flags := range map[string]struct{ has, hasNot []string }{
		"segment":   {[]string{"-dict", "-offsets"}, []string{"-entity-model", "-places", "-orgs", "-titles", "-keywords", "-sentences"}},
		"entities":  {[]string{"-entity-model", "-places", "-offsets"}, []string{"-dict", "-keywords", "-sentences", "-max-chars"}},
		"summarize": {[]string{"-dict", "-entity-model", "-sentences", "-keywords"}, nil},
		"analyze":   {[]string{"-dict", "-entity-model", "-sentences", "-keywords", "-offsets"}, nil},
		"batch":     {[]string{"-dict", "-entity-model", "-sentences", "-keywords", "-offsets"}, nil},
		"serve":     {[]string{"-dict", "-entity-model", "-sentences", "-keywords", "-offsets"}, nil},
	} {
		code, help, _ := runCmd(t, "", cmd, "--help")
		require.Equal(t, 0, code, cmd)
		for _, f := range flags.has {
			assert.Contains(t, help, "  "+f+" ", "%s %s", cmd, f)
		}
		for _, f := range flags.hasNot {
			assert.NotContains(t, help, "  "+f+" ", "%s %s", cmd, f)
		}
	}
}

// --entity-model builtin switches the shipped model on, on every command
// that reads entities: the answer is the library's with WithBuiltinModel.
func TestEntityModelBuiltin(t *testing.T) {
	const text = "Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Bình Định, làm việc với Công ty Cổ phần Dược Hậu Giang tại Cần Thơ."
	a, err := vntext.New(vntext.WithTasks(vntext.TaskEntities|vntext.TaskOfficials), vntext.WithEntityOptions(entities.WithBuiltinModel(true)))
	require.NoError(t, err)
	res, err := a.Analyze(context.Background(), vntext.Doc{Text: text})
	require.NoError(t, err)
	want, err := json.Marshal(entitiesOutput{res.Entities, res.Officials})
	require.NoError(t, err)
	code, out, stderr := runCmd(t, text, "entities", "--entity-model", "builtin")
	require.Equal(t, 0, code, stderr)
	assert.JSONEq(t, string(want), out)
	for _, cmd := range [][]string{{"analyze", "--json"}, {"summarize"}, {"batch"}} {
		in := text
		if cmd[0] == "batch" {
			in = `{"text":"` + text + `"}`
		}
		code, _, stderr := runCmd(t, in, append(cmd, "--entity-model", "builtin")...)
		assert.Equal(t, 0, code, "%v: %s", cmd, stderr)
	}
	code, _, _ = runCmd(t, text, "entities", "--entity-model", filepath.Join(t.TempDir(), "builtin"))
	assert.Equal(t, 1, code, "a file that is not there")
}

// Byte sizes read the same on every flag that takes one.
func TestServeMaxBodyTakesUnits(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	// The address is taken: the run gets past the flags and fails there.
	code, _, stderr := runCmd(t, "", "serve", "--max-body", "1MiB", "--addr", ln.Addr().String())
	assert.Equal(t, 1, code, stderr)
	assert.Contains(t, stderr, "address already in use")
	code, _, stderr = runCmd(t, "", "serve", "--max-body", "lots")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "not a size")
}

// A .txt article's id does not depend on how its directory or its own
// path was written.
func TestBatchTxtIDs(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "d", "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d", "sub", "x.txt"), []byte("Một câu."), 0o644))
	t.Chdir(dir)
	ids := func(arg string) []any {
		code, recs, stderr := batchLines(t, []string{"--tasks", "sentences", arg}, "")
		require.Equal(t, 0, code, stderr)
		var got []any
		for _, r := range recs {
			got = append(got, r["id"])
		}
		return got
	}
	for _, arg := range []string{"d", "./d", "d/", filepath.Join(dir, "d")} {
		assert.Equal(t, []any{"sub/x.txt"}, ids(arg), arg)
	}
	for _, arg := range []string{"d/sub/x.txt", "./d/sub/x.txt", "d//sub/x.txt"} {
		assert.Equal(t, []any{"d/sub/x.txt"}, ids(arg), arg)
	}
}

// The report shows the sections of the tasks asked for, counts in the
// right number, and underlines the title by its width on screen.
func TestAnalyzeReportFollowsTasks(t *testing.T) {
	in := "Ho\u0300a Bi\u0300nh\n\nÔng Nguyễn Văn An, Chủ tịch UBND tỉnh Hòa Bình, phát biểu."
	code, out, stderr := runCmd(t, in, "analyze", "--tasks", "officials,sentences,page")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "Ho\u0300a Bi\u0300nh\n========\n")
	assert.Contains(t, out, "1 sentence\n")
	assert.Contains(t, out, "Officials")
	for _, absent := range []string{"Summary", "Keywords", "Administrative units", "Organisations", "words", "entity mentions"} {
		assert.NotContains(t, out, absent)
	}
	code, out, stderr = runCmd(t, in, "analyze")
	require.Equal(t, 0, code, stderr)
	for _, present := range []string{"Summary", "Officials", "Keywords", "Administrative units", "Organisations", "Programmes", "1 sentence, "} {
		assert.Contains(t, out, present)
	}
}

// A binary file is refused with a clear error, not analysed into
// nonsense; text in a legacy encoding, and UTF-8 with a few broken
// sequences, are still read. normalize --strict refuses binary too.
func TestBinaryInputRefused(t *testing.T) {
	bin := make([]byte, 4096)
	x := uint32(7)
	for i := range bin {
		x = x*1664525 + 1013904223 // a fixed pseudo-random sequence
		bin[i] = byte(x >> 24)
	}
	noNUL := bytes.ReplaceAll(bin, []byte{0}, []byte{1})
	for _, in := range [][]byte{bin, noNUL, []byte("H\x00\xe0\x00 \x00N\x00")} {
		for _, cmd := range [][]string{{"analyze"}, {"entities"}, {"summarize"}, {"segment", "--json"}, {"normalize", "--strict"}} {
			code, _, stderr := runCmd(t, string(in), cmd...)
			assert.Equal(t, 1, code, "%v: %s", cmd, stderr)
			assert.Contains(t, stderr, "not text", cmd)
		}
	}
	tcvn3 := strings.Repeat("Th\xE0nh ph\xE8 H\xB5 N\xE9i. ", 20) // "Thành phố Hà Nội." in TCVN3
	damaged := strings.Repeat("Ông Nguyễn Văn An phát biểu \xff tại Hà Nội. ", 20)
	for _, in := range []string{tcvn3, damaged} {
		code, _, stderr := runCmd(t, in, "analyze")
		assert.Equal(t, 0, code, stderr)
	}
	code, _, stderr := runCmd(t, string(noNUL), "normalize")
	assert.Equal(t, 0, code, "without --strict, U+FFFD as documented: %s", stderr)
}

// On legacy-encoded input, entities' offsets index the decoded text, which
// analyze --json prints as "text"; entities' help says so.
func TestLegacyOffsetsIndexTheDecodedText(t *testing.T) {
	in := "\xD4ng Nguy\xd4n V\xa8n An, Ch\xf1 t\xdech UBND th\xe0nh ph\xe8 H\xb5 N\xe9i, ph\xb8t bi\xd3u."
	code, out, stderr := runCmd(t, in, "analyze", "--json", "--tasks", "entities,officials")
	require.Equal(t, 0, code, stderr)
	var res struct {
		Text     string `json:"text"`
		Entities []struct {
			Text       string
			Start, End int
		} `json:"entities"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.NotEmpty(t, res.Entities)
	code, ents, _ := runCmd(t, in, "entities")
	require.Equal(t, 0, code)
	for _, e := range res.Entities {
		assert.Equal(t, e.Text, res.Text[e.Start:e.End])
		assert.Contains(t, ents, fmt.Sprintf(`"start":%d,"end":%d`, e.Start, e.End))
	}
	_, help, _ := runCmd(t, "", "entities", "--help")
	assert.Contains(t, help, "decoded to UTF-8")
	assert.Contains(t, help, "analyze --json")
}
