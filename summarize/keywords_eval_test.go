package summarize

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/summarize/internal/syllable"
)

// keywordCase is one article of testdata/keywords.jsonl: a short news
// story written for this test (fictional people, real places) with the
// keywords a news editor would tag it with. An expected keyword may list
// acceptable forms separated by "|".
type keywordCase struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Text     string   `json:"text"`
	Keywords []string `json:"keywords"`
}

func readKeywordCases(t testing.TB) []keywordCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "keywords.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	var out []keywordCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c keywordCase
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		out = append(out, c)
	}
	require.NoError(t, sc.Err())
	return out
}

// keywordPR returns the mean precision and recall at k over the cases:
// a returned keyword is right when its normalized form matches a form of
// an expected one (case and tone-mark placement folded) not matched before.
func keywordPR(s *Summarizer, cases []keywordCase, k int) (p, r float64, misses []string) {
	for _, c := range cases {
		got := keywordsOf(s, c.Text, KeywordInput{Title: c.Title}, k)
		used := make([]bool, len(c.Keywords))
		hit := 0
		for _, g := range got {
			ok := false
			for i, want := range c.Keywords {
				if used[i] {
					continue
				}
				for _, form := range strings.Split(want, "|") {
					if syllable.PhraseHash(form) == syllable.PhraseHash(g.Normalized) {
						ok = true
					}
				}
				if ok {
					used[i] = true
					break
				}
			}
			if ok {
				hit++
			} else {
				misses = append(misses, c.ID+" +"+g.Text)
			}
		}
		for i, u := range used {
			if !u {
				misses = append(misses, c.ID+" -"+c.Keywords[i])
			}
		}
		if len(got) > 0 {
			p += float64(hit) / float64(len(got))
		}
		r += float64(hit) / float64(min(k, len(c.Keywords)))
	}
	n := float64(len(cases))
	return 100 * p / n, 100 * r / n, misses
}

// TestKeywordsOnWrittenArticles measures keywords against what an editor
// would tag: precision and recall at 5 and 10 (recall at k counts the
// expected keywords found among the first k, out of at most k).
func TestKeywordsOnWrittenArticles(t *testing.T) {
	cases := readKeywordCases(t)
	require.GreaterOrEqual(t, len(cases), 38)
	s := mustNew(t)
	// Measured on the 38 articles: @5 81.2% / 77.9%, @10 79.1% / 70.8%.
	floors := map[int][2]float64{5: {80, 77}, 10: {78, 70}}
	for _, k := range []int{5, 10} {
		p, r, misses := keywordPR(s, cases, k)
		t.Logf("@%d: precision %.1f%%, recall %.1f%%", k, p, r)
		if k == 5 && testing.Verbose() {
			t.Logf("misses: %s", strings.Join(misses, "; "))
		}
		assert.GreaterOrEqual(t, p, floors[k][0], "precision@%d", k)
		assert.GreaterOrEqual(t, r, floors[k][1], "recall@%d", k)
	}
}

// Boilerplate never becomes a keyword: credits, bylines, agencies,
// generic abbreviations.
func TestKeywordsNoBoilerplate(t *testing.T) {
	s := mustNew(t)
	bad := []string{"Ảnh", "PV", "CTV", "TTXVN", "AFP", "Dân trí", "VnExpress", "Tiền Phong", "VOV", "VOV.VN",
		"UBND", "THPT", "TAND", "TP", "Minh Hải", "Thu Hà", "Hữu Huệ", "Quốc Anh", "Hải Ninh", "Lâm Thỏa", "TTO"}
	for _, c := range readKeywordCases(t) {
		for _, k := range keywordsOf(s, c.Text, KeywordInput{Title: c.Title}, 20) {
			for _, b := range bad {
				assert.NotEqual(t, syllable.PhraseHash(b), syllable.PhraseHash(k.Text), "%s: %q", c.ID, k.Text)
			}
			require.NotEmpty(t, k.Mentions)
			for _, m := range k.Mentions {
				require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(c.Text))
			}
			assert.Contains(t, c.Text, k.Text)
		}
	}
}
