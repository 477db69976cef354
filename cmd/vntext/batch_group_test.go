package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/internal/schematest"
	"github.com/vntext/vntext/internal/spancheck"
	"github.com/vntext/vntext/internal/sumeval"
	"github.com/vntext/vntext/internal/testenv"
	"github.com/vntext/vntext/tokenize"
)

// storyLine is a record of story s, written for the tests (fictional
// people, real places).
func storyLine(id, story string, n int) string {
	return fmt.Sprintf(`{"id":%q,"story":%q,"title":"Hội An mở lại phố đi bộ","text":"Tối %d/3, thành phố Hội An, tỉnh Quảng Nam mở lại phố đi bộ sau đợt mưa lũ. Bà Trần Thị Lụa, Phó Chủ tịch UBND thành phố, cho biết %d hộ kinh doanh đã dọn dẹp xong. Du khách được đi thuyền trên sông Hoài từ 18 giờ."}`, id, story, n%28+1, 100+n)
}

// --group-by writes one group summary per story, in the order of the
// stories' first records, an error record in place of a record without a
// story; every output follows the schema and every sentence is its
// document's text at its offsets.
func TestBatchGroupBy(t *testing.T) {
	in := strings.Join([]string{
		storyLine("a1", "hoi-an", 1),
		storyLine("b1", "da-nang", 2),
		`{"id":"z","text":"Không có câu chuyện."}`,
		storyLine("a2", "hoi-an", 3),
		"{broken",
		storyLine("b2", "da-nang", 4),
		`{"id":"n","story":null,"text":"Câu chuyện rỗng."}`,
	}, "\n") + "\n"
	texts := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(in), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(l), &m) == nil && m["story"] != nil {
			texts[m["id"].(string)] = m["text"].(string)
		}
	}
	var out, errb bytes.Buffer
	code := runBatch([]string{"--group-by", "story", "--offsets", "utf16", "--sentences", "2"}, strings.NewReader(in), &out, &errb)
	assert.Equal(t, 1, code, "three records failed: %s", errb.String())
	// Counts of records, all of them, in both lines: 4 in group summaries
	// and 3 failed make the 7 read.
	assert.Contains(t, errb.String(), "vntext batch: 3 of 7 records failed (see their \"error\" field)\n")
	assert.Contains(t, errb.String(), "2 group summaries (of 4 records) and 3 error records written from 7 records")
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 5)
	assert.Contains(t, lines[0], `"group":"hoi-an","documents":["a1","a2"],"offsets":"utf16"`)
	assert.Contains(t, lines[1], `"group":"da-nang","documents":["b1","b2"]`)
	assert.Contains(t, lines[2], `"id":"z","file":"","line":3,"error":"no \"story\" to group by"`)
	assert.Contains(t, lines[3], `"line":5,"error":"malformed JSON`)
	assert.Contains(t, lines[4], `"id":"n","file":"","line":7,"error":"no \"story\" to group by"`, "null is no story")
	for _, l := range lines {
		schematest.Validate(t, schematest.Record, []byte(l))
	}
	for _, l := range lines[:2] {
		schematest.Validate(t, schematest.Group, []byte(l))
		var g vntext.GroupSummary
		require.NoError(t, json.Unmarshal([]byte(l), &g))
		assert.Len(t, g.Summary.Sentences, 2)
		var docTexts []string
		for _, id := range g.Documents {
			docTexts = append(docTexts, texts[id])
		}
		spancheck.CheckGroup(t, docTexts, []byte(l))
	}
}

// The bounds split a story: every record is summarized once, in input
// order, whatever the number of workers.
func TestBatchGroupByBounds(t *testing.T) {
	var in strings.Builder
	for i := range 30 {
		fmt.Fprintln(&in, storyLine(fmt.Sprint("r", i), fmt.Sprint("s", i%2), i))
	}
	var outs []string
	for _, workers := range []string{"1", "3"} {
		var out, errb bytes.Buffer
		code := runBatch([]string{"--quiet", "--group-by", "story", "--max-group", "4", "--workers", workers}, strings.NewReader(in.String()), &out, &errb)
		require.Equal(t, 0, code, errb.String())
		outs = append(outs, out.String())
	}
	assert.Equal(t, outs[0], outs[1])
	lines := strings.Split(strings.TrimSuffix(outs[0], "\n"), "\n")
	require.Len(t, lines, 8) // 15 records per story: 4+4+4+3
	assert.Contains(t, lines[0], `"group":"s0","documents":["r0","r2","r4","r6"]`)
	assert.Contains(t, lines[7], `"group":"s1","documents":["r25","r27","r29"]`)
}

func TestBatchGroupByUsage(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Tựa\n\nThân bài."), 0o644))
	for _, args := range [][]string{
		{"--group-by", "story", "--tasks", "summary"},
		{"--group-by", "story", "--resume", "-o", filepath.Join(dir, "out.jsonl")},
		{"--group-by", "story", "--max-group", "0"},
		{"--group-by", "story", "--group-bytes", "0"},
		{"--max-group", "5"},
		{"--group-bytes", "1MiB"},
		{"--group-by", "story", filepath.Join(dir, "a.txt")},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, runBatch(args, strings.NewReader(""), &out, &errb), args)
		assert.NotEmpty(t, errb.String(), args)
		assert.Empty(t, out.String(), args)
	}
	// The .txt articles of a folder (which may hold pages too) are error
	// records.
	var out, errb bytes.Buffer
	assert.Equal(t, 1, runBatch([]string{"--quiet", "--group-by", "story", dir}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, out.String(), `"error":"a .txt article has no \"story\" to group by"`)
}

// Interrupted while the input blocks, a grouped run summarizes and writes
// the groups read so far, and ends.
func TestBatchGroupByInterrupted(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	go func() {
		for i := range 3 {
			fmt.Fprintln(pw, storyLine(fmt.Sprint("p", i), fmt.Sprint("s", i%2), i))
		}
	}()
	stop := make(chan struct{})
	var out bytes.Buffer
	c := testBatchConfig(newTestAnalyzer(t, vntext.TaskSummary), pr, 2)
	c.group.Field = "story"
	c.stop = stop
	c.progress = func(n int, _ int64) {
		if n == 3 {
			close(stop)
		}
	}
	done := make(chan batchStats)
	go func() { done <- batchRun(context.Background(), c, &out) }()
	select {
	case st := <-done:
		assert.True(t, st.interrupted)
		assert.Equal(t, 3, st.read)
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		require.Len(t, lines, 2)
		assert.Contains(t, lines[0], `"documents":["p0","p2"]`)
		assert.Contains(t, lines[1], `"documents":["p1"]`)
		var errb bytes.Buffer
		assert.Equal(t, 1, batchReport(&errb, st, &batchOutput{path: "out.jsonl"}, false))
		assert.Contains(t, errb.String(), "interrupted after 3 records read")
		assert.NotContains(t, errb.String(), "--resume")
	case <-time.After(20 * time.Second):
		t.Fatal("batch did not stop after the interruption")
	}
}

// Clusters assembled from VietNews dev: each story is an article and a
// second outlet's version that copies its sentences with an attribution
// added (some decomposed, NFD) and ends with another article's lead. Every
// group summary follows the schema and the output contract, and never
// tells a sentence and its copy both.
func TestBatchGroupByNewsClusters(t *testing.T) {
	recs, err := func() ([]sumeval.Record, error) {
		f, err := os.Open(testenv.DataDir(t, "sum", "vietnews", "dev.jsonl"))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return sumeval.ReadGold(f)
	}()
	require.NoError(t, err)
	tok, err := tokenize.New()
	require.NoError(t, err)
	const stories = 300
	var in bytes.Buffer
	texts := map[string]string{}
	for n, r := range recs[:stories] {
		var b strings.Builder
		for i, x := range tok.Sentences(r.Text) {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("Theo nguồn tin, " + x.Text)
		}
		if other := tok.Sentences(recs[stories+n].Text); len(other) > 0 {
			b.WriteString(" " + other[0].Text)
		}
		copyText := b.String()
		if n%3 == 0 {
			copyText = norm.NFD.String(copyText)
		}
		for k, text := range []string{r.Text, copyText} {
			id := fmt.Sprintf("%s/%d", r.ID, k)
			texts[id] = text
			line, err := json.Marshal(map[string]string{"id": id, "story": r.ID, "title": r.Title, "text": text})
			require.NoError(t, err)
			in.Write(append(line, '\n'))
		}
	}
	var out, errb bytes.Buffer
	require.Equal(t, 0, runBatch([]string{"--quiet", "--group-by", "story", "--sentences", "3", "--offsets", "utf16"}, &in, &out, &errb), errb.String())
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, stories)
	twice := 0
	for i, l := range lines {
		schematest.Validate(t, schematest.Group, []byte(l))
		var g vntext.GroupSummary
		require.NoError(t, json.Unmarshal([]byte(l), &g))
		require.Equal(t, recs[i].ID, g.Group, "first-appearance order")
		spancheck.CheckGroup(t, []string{texts[g.Documents[0]], texts[g.Documents[1]]}, []byte(l))
		told := map[string]bool{}
		for _, x := range g.Summary.Sentences {
			key := strings.TrimPrefix(norm.NFC.String(x.Text), "Theo nguồn tin, ")
			if told[key] {
				twice++
			}
			told[key] = true
		}
	}
	assert.Zero(t, twice, "sentences told twice across the two outlets")
}
