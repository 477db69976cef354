package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/internal/spancheck"
)

// The text of a plain-text article is the whole file, decoded, without its
// byte-order mark, title line included: "entities", "analyze --json",
// "summarize --json", batch over a directory and the service's text/plain
// body give the same text, the same title, the same entity offsets and the
// same summary for the same file.
func TestSameFileEveryFrontEnd(t *testing.T) {
	const title = "Hải Phòng khởi công cầu Bạch Đằng 2"
	text := title + "\r\n\r\n" +
		"Sáng 15/4/2025, UBND thành phố Hải Phòng khởi công cầu Bạch Đằng 2 nối quận Hải An với huyện Thủy Nguyên. " +
		"Chủ tịch UBND thành phố Hải Phòng Vũ Đức Long cho biết cây cầu dài 1,2 km, tổng vốn 2.100 tỷ đồng.\r\n\r\n" +
		"Phó Giám đốc Sở Giao thông vận tải Đặng Thu Hằng nói công trình sẽ hoàn thành năm 2027. " +
		"Bà Hằng đề nghị nhà thầu bảo đảm an toàn giao thông trên sông Bạch Đằng.\r\n"
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(file, []byte("\uFEFF"+text), 0o644))

	type article struct {
		Title     string          `json:"title"`
		Text      string          `json:"text"`
		Entities  json.RawMessage `json:"entities"`
		Officials json.RawMessage `json:"officials"`
		Summary   json.RawMessage `json:"summary"`
		Keywords  json.RawMessage `json:"keywords"`
	}
	read := func(what string, b []byte) article {
		t.Helper()
		var a article
		require.NoError(t, json.Unmarshal(b, &a), "%s: %s", what, b)
		return a
	}
	code, out, errs := runCmd(t, "", "analyze", "--json", file)
	require.Equal(t, 0, code, errs)
	spancheck.Check(t, []byte(out))
	want := read("analyze --json", []byte(out))
	assert.Equal(t, text, want.Text, "the whole file without its byte-order mark")
	assert.Equal(t, title, want.Title, "the title line, found by the page task")
	require.NotEqual(t, "[]", string(want.Officials))

	code, out, errs = runCmd(t, "", "batch", "--quiet", "--tasks", "all", dir)
	require.Equal(t, 0, code, errs)
	spancheck.Check(t, []byte(out))
	assert.Equal(t, want, read("batch", []byte(out)), "batch over a directory")

	_, ts := newTestService(t, nil)
	body := []byte("\uFEFF" + text)
	got := post(t, ts.URL+"/v1/analyze", "text/plain", body)
	spancheck.Check(t, got)
	assert.Equal(t, want, read("/v1/analyze", got), "/v1/analyze text/plain")

	// The entity lists and summaries of the narrower front ends, at the
	// same offsets.
	ents := func(a article) article { return article{Entities: a.Entities, Officials: a.Officials} }
	sum := func(a article) article { return article{Summary: a.Summary, Keywords: a.Keywords} }
	code, out, errs = runCmd(t, "", "entities", file)
	require.Equal(t, 0, code, errs)
	spancheck.CheckText(t, text, "bytes", []byte(out))
	assert.Equal(t, ents(want), read("entities", []byte(out)), "vntext entities")
	got = post(t, ts.URL+"/v1/entities", "text/plain", body)
	assert.Equal(t, ents(want), read("/v1/entities", got), "/v1/entities text/plain")

	code, out, errs = runCmd(t, "", "summarize", "--json", file)
	require.Equal(t, 0, code, errs)
	spancheck.CheckText(t, text, "bytes", []byte(out))
	assert.Equal(t, sum(want), sum(read("summarize --json", []byte(out))), "vntext summarize --json")
	got = post(t, ts.URL+"/v1/summarize", "text/plain", body)
	assert.Equal(t, sum(want), sum(read("/v1/summarize", got)), "/v1/summarize text/plain")
}
