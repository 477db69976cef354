package tokenize

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// updateTokenGolden rewrites the golden files: go test ./tokenize -run Golden -update-tokens
var updateTokenGolden = flag.Bool("update-tokens", false, "rewrite testdata/golden/news-vi.*.txt")

// TestGoldenArticle pins the sentences and tokens of the bundled article, so
// that any change of behaviour shows up as a reviewable diff.
func TestGoldenArticle(t *testing.T) {
	tk, err := New()
	require.NoError(t, err)
	b, err := os.ReadFile("../testdata/articles/news-vi.txt")
	require.NoError(t, err)
	text := string(b)

	var sents strings.Builder
	for _, s := range tk.Sentences(text) {
		fmt.Fprintf(&sents, "%d\t%d\t%s\n", s.Start, s.End, s.Text)
	}
	var toks strings.Builder
	for _, tok := range tk.Tokens(text) {
		fmt.Fprintf(&toks, "%d\t%d\t%s\t%s\n", tok.Start, tok.End, tok.Kind, tok.Text)
	}
	for name, got := range map[string]string{"sentences": sents.String(), "tokens": toks.String()} {
		path := "../testdata/golden/news-vi." + name + ".txt"
		if *updateTokenGolden {
			require.NoError(t, os.MkdirAll("../testdata/golden", 0o755))
			require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			continue
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err, "run with -update-tokens to create it")
		assert.Equal(t, string(want), got, "%s differs; review and run with -update-tokens", path)
	}
}
