package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/internal/schematest"
	"github.com/vntext/vntext/internal/spancheck"
	"github.com/vntext/vntext/record"
)

// POST /v1/summarize/cluster answers the group summary of the documents
// sent, the very bytes "vntext batch --group-by" writes for them.
func TestServeCluster(t *testing.T) {
	_, ts := newTestService(t, nil)
	lines := []string{storyLine("a", "hoi-an", 1), storyLine("b", "hoi-an", 2)}
	var docs []map[string]any
	var texts []string
	for _, l := range lines {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m))
		delete(m, "story")
		docs = append(docs, m)
		texts = append(texts, m["text"].(string))
	}
	body, err := json.Marshal(map[string]any{"group": "hoi-an", "documents": docs, "offsets": "runes"})
	require.NoError(t, err)
	resp, err := ts.Client().Post(ts.URL+"/v1/summarize/cluster", "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	got, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s", got)
	schematest.Validate(t, schematest.Group, got)
	spancheck.CheckGroup(t, texts, got)
	assert.Contains(t, string(got), `"group":"hoi-an","documents":["a","b"],"offsets":"runes"`)

	var out, errb bytes.Buffer
	require.Equal(t, 0, runBatch([]string{"--quiet", "--group-by", "story", "--offsets", "runes"}, strings.NewReader(strings.Join(lines, "\n")), &out, &errb), errb.String())
	assert.Equal(t, out.String(), string(got), "the service and batch give the same bytes")

	a, err := vntext.New(vntext.WithOffsets(vntext.OffsetRunes))
	require.NoError(t, err)
	var vdocs []vntext.Doc
	for _, d := range docs {
		vdocs = append(vdocs, vntext.Doc{ID: d["id"].(string), Title: d["title"].(string), Text: d["text"].(string)})
	}
	g, err := a.SummarizeGroup(context.Background(), "hoi-an", vdocs)
	require.NoError(t, err)
	lib, err := json.Marshal(g)
	require.NoError(t, err)
	assert.Equal(t, string(lib)+"\n", string(got), "and the library")
}

func TestServeClusterErrors(t *testing.T) {
	_, ts := newTestService(t, nil)
	many := make([]string, record.DefaultMaxGroup+1)
	for i := range many {
		many[i] = `{"text":"Hội An."}`
	}
	for body, status := range map[string]int{
		`{"documents":[]}`:           400,
		`{"group":"g"}`:              400,
		`{"documents":[{"id":"a"}]}`: 400,
		`{"documents":[{"text":"Hội An."}],"tasks":"all"}`:                    400,
		`{"documents":[{"text":"Hội An."}],"offsets":"x"}`:                    400,
		`{"documents":` + fmt.Sprint("[", strings.Join(many, ","), "]") + `}`: 413,
		`{broken`: 400,
	} {
		code, m, _ := call(t, ts, "POST", "/v1/summarize/cluster", "application/json", body)
		assert.Equal(t, status, code, "%.80s: %v", body, m)
		assert.NotEmpty(t, m["error"])
	}
	code, _, _ := call(t, ts, "POST", "/v1/summarize/cluster", "text/plain", "Hội An.")
	assert.Equal(t, 415, code)
	code, _, h := call(t, ts, "GET", "/v1/summarize/cluster", "", "")
	assert.Equal(t, 405, code)
	assert.Contains(t, h.Get("Allow"), "POST")
}
