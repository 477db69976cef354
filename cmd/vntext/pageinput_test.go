package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/entities"
)

// The seed of issue 16 analysed as text: its fields in the report and in
// the JSON, the byline a person and not an official.
func TestAnalyzeSeed(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, runAnalyze([]string{"../../testdata/pages/seed.txt"}, nil, &out, &errb), errb.String())
	assert.True(t, strings.HasPrefix(out.String(), "Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu\n"), out.String())
	assert.Contains(t, out.String(), "\nChính trị · Hương Ly · 2024-02-11T15:00+07:00\n")

	out.Reset()
	require.Equal(t, 0, runAnalyze([]string{"--json", "../../testdata/pages/seed.txt"}, nil, &out, &errb), errb.String())
	var res struct {
		Title, Byline, Published, Category string
		Furniture                          []struct{ Kind, Text string }
		Entities                           []entities.Entity
		Officials                          []entities.Official
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &res))
	assert.Equal(t, "Quận Tây Hồ lấy phiếu tín nhiệm các chức danh do HĐND quận bầu", res.Title)
	assert.Equal(t, "Hương Ly", res.Byline)
	assert.Equal(t, "2024-02-11T15:00+07:00", res.Published)
	assert.Equal(t, "Chính trị", res.Category)
	assert.NotEmpty(t, res.Furniture)
	person := false
	for _, e := range res.Entities {
		person = person || e.Type == entities.Person && e.Text == "Hương Ly"
	}
	assert.True(t, person, "the byline is a PERSON mention")
	for _, o := range res.Officials {
		assert.NotContains(t, o.Name, "Ly")
	}
}

// An HTML page (a TCVN3 one with no charset declared) is read as HTML by
// its name, or by --format html from standard input.
func TestAnalyzeHTML(t *testing.T) {
	const page = "../../testdata/pages/html/p13.html"
	var out, errb bytes.Buffer
	require.Equal(t, 0, runAnalyze([]string{page}, nil, &out, &errb), errb.String())
	assert.True(t, strings.HasPrefix(out.String(), "Những điều cần biết về Hồng Bàng\n"), out.String())
	assert.Contains(t, out.String(), "\nThế giới · Lan Hương · 2023-07-28T15:36+07:00\n")
	b, err := os.ReadFile(page)
	require.NoError(t, err)
	var out2 bytes.Buffer
	require.Equal(t, 0, runAnalyze([]string{"--format", "html"}, bytes.NewReader(b), &out2, &errb), errb.String())
	assert.Equal(t, out.String(), out2.String())
	assert.Equal(t, 2, runAnalyze([]string{"--format", "pdf", page}, nil, &out, &errb))
}

func TestEntitiesSummarizeHTML(t *testing.T) {
	const page = "../../testdata/pages/html/p36.html"
	var out, errb bytes.Buffer
	require.Equal(t, 0, runEntities([]string{page}, nil, &out, &errb), errb.String())
	var ents entitiesOutput
	require.NoError(t, json.Unmarshal(out.Bytes(), &ents))
	assert.NotEmpty(t, ents.Entities)
	for _, e := range ents.Entities {
		assert.NotContains(t, e.Text, "Trang chủ") // the menu is not the article
	}
	out.Reset()
	require.Equal(t, 0, runSummarize([]string{page}, nil, &out, &errb), errb.String())
	assert.NotContains(t, out.String(), "<")
	assert.NotEmpty(t, out.String())
}

func TestLooksLikeHTML(t *testing.T) {
	assert.True(t, looksLikeHTML([]byte("\uFEFF  <!DOCTYPE html><html>")))
	assert.True(t, looksLikeHTML([]byte("<HTML><body>")))
	assert.False(t, looksLikeHTML([]byte("Hà Nội <b>")))
	assert.False(t, looksLikeHTML(nil))
}

// The service reads HTML pages: a text/html body, or "html" in JSON.
func TestServeHTML(t *testing.T) {
	_, ts := newTestService(t, nil)
	page, err := os.ReadFile("../../testdata/pages/html/p36.html")
	require.NoError(t, err)
	_, body := goldBody(t, "p36.html")
	code, res, _ := call(t, ts, "POST", "/v1/analyze", "text/html; charset=utf-8", string(page))
	require.Equal(t, 200, code, res)
	assert.Equal(t, body, res["text"])
	assert.Equal(t, "Hoàng Nam", res["byline"])
	assert.Equal(t, "2024-08-22T11:35+07:00", res["published"])
	req, err := json.Marshal(map[string]string{"html": string(page), "url": "https://example.vn/p36.html"})
	require.NoError(t, err)
	code, ents, _ := call(t, ts, "POST", "/v1/entities", "application/json", string(req))
	require.Equal(t, 200, code, ents)
	assert.Len(t, ents["entities"], len(res["entities"].([]any)))
	code, bad, _ := call(t, ts, "POST", "/v1/analyze", "text/html", "<html><nav>Trang chủ</nav></html>")
	assert.Equal(t, 422, code, bad)
}
