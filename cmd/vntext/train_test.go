package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeCoNLL writes sentences annotated "[TYPE words]" as a CoNLL file of
// one syllable per line with IOB2 tags.
func writeCoNLL(t *testing.T, path string, sentences []string) {
	t.Helper()
	var b strings.Builder
	for _, s := range sentences {
		typ, inside := "", false
		for _, w := range strings.Fields(s) {
			if strings.HasPrefix(w, "[") {
				typ, inside = w[1:], false
				continue
			}
			end := strings.HasSuffix(w, "]")
			w = strings.TrimSuffix(w, "]")
			switch {
			case typ == "":
				fmt.Fprintf(&b, "%s O\n", w)
			case !inside:
				fmt.Fprintf(&b, "%s B-%s\n", w, typ)
				inside = true
			default:
				fmt.Fprintf(&b, "%s I-%s\n", w, typ)
			}
			if end {
				typ, inside = "", false
			}
		}
		b.WriteString("\n")
	}
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
}

// trainingSentences are written for this test: fictional people, real
// places.
func trainingSentences() []string {
	var out []string
	people := []string{"Lê Văn An", "Trần Thị Bình", "Phạm Minh Cường", "Hoàng Thu Dung", "Vũ Đình Khuyến", "Bùi Ngọc Lan"}
	places := []string{"Khánh Hòa", "Bình Định", "Nghệ An", "Cao Bằng", "Lâm Đồng", "Quảng Ninh"}
	for i, p := range people {
		l := places[(i+2)%len(places)]
		out = append(out,
			"Ông [PER "+p+"] đến [LOC "+l+"] hôm qua .",
			"Tại [LOC "+l+"] , [PER "+p+"] phát biểu .",
			"Bà [PER "+p+"] sinh ra ở [LOC "+l+"] .")
	}
	return out
}

func TestTrainEntitiesCommand(t *testing.T) {
	dir := t.TempDir()
	train, model := filepath.Join(dir, "train.conll"), filepath.Join(dir, "m.bin")
	writeCoNLL(t, train, trainingSentences())
	code, out, errs := runCmd(t, "", "train", "entities", "--quiet", "--epochs", "5", "--seed", "3", "-o", model, train)
	require.Equal(t, 0, code, errs)
	var rep struct {
		Types    []string `json:"types"`
		Mentions int      `json:"mentions"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, []string{"LOCATION", "PERSON"}, rep.Types) // CoNLL's short names read as the package's
	assert.Equal(t, 36, rep.Mentions)
	first, err := os.ReadFile(model)
	require.NoError(t, err)

	// With --dev the report scores each type on it, then all of them, each
	// row named.
	code, out, errs = runCmd(t, "", "train", "entities", "--quiet", "--epochs", "2", "--dev", train, "-o", filepath.Join(dir, "d.bin"), train)
	require.Equal(t, 0, code, errs)
	var devRep struct {
		Dev []map[string]any `json:"dev"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &devRep))
	require.Len(t, devRep.Dev, 3)
	for i, want := range []string{"LOCATION", "PERSON", "micro"} {
		assert.Equal(t, want, devRep.Dev[i]["type"])
	}

	// Same data and seed: same bytes.
	code, _, errs = runCmd(t, "", "train", "entities", "--quiet", "--epochs", "5", "--seed", "3", "-o", model, train)
	require.Equal(t, 0, code, errs)
	again, err := os.ReadFile(model)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(first, again), "model bytes differ between two runs")

	// The model tags a sentence of the training shape with unseen names.
	code, out, errs = runCmd(t, "Ông Đỗ Hữu Tâm đến Hà Tĩnh hôm qua .", "entities", "--entity-model", model)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `"type":"PERSON","text":"Đỗ Hữu Tâm"`)
	assert.Contains(t, out, `"type":"LOCATION","text":"Hà Tĩnh"`)
	assert.Equal(t, 2, strings.Count(out, `"type"`), "the model's types replace the rules': %s", out)

	// A file that is no model is refused (a usage error, as every bad
	// option value).
	code, _, errs = runCmd(t, "x", "entities", "--entity-model", train)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "not a vntext entity model")
}

// serve --entity-model: the service uses the model, and a file that is no
// model stops it at start-up.
func TestServeEntityModel(t *testing.T) {
	dir := t.TempDir()
	train, model := filepath.Join(dir, "train.conll"), filepath.Join(dir, "m.bin")
	writeCoNLL(t, train, trainingSentences())
	code, _, errs := runCmd(t, "", "train", "entities", "--quiet", "--epochs", "5", "-o", model, train)
	require.Equal(t, 0, code, errs)

	_, ts := newTestService(t, func(c *serveConfig) { c.pipeline.EntityModel = model })
	status, m, _ := call(t, ts, "POST", "/v1/entities", "application/json", `{"text":"Ông Đỗ Hữu Tâm đến Hà Tĩnh hôm qua ."}`)
	require.Equal(t, 200, status, "%v", m)
	var types []string
	for _, e := range m["entities"].([]any) {
		types = append(types, e.(map[string]any)["type"].(string))
	}
	assert.Equal(t, []string{"PERSON", "LOCATION"}, types)

	cfg := defaultServeConfig()
	cfg.pipeline.EntityModel = train
	_, err := newServeHandler(cfg)
	assert.ErrorContains(t, err, "not a vntext entity model")
}
