package sumeval

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/tokenize"
)

func TestTokens(t *testing.T) {
	assert.Equal(t, []string{"thủ", "đô", "hà", "nội", "3", "2", "tăng", "5"},
		Tokens("Thủ_đô HÀ NỘI: 3,2% (tăng 5)…"))
	// NFD input is composed first.
	assert.Equal(t, []string{"hà", "nội"}, Tokens("Ha\u0300 Nô\u0323i"))
	assert.Empty(t, Tokens(" .,;- "))
}

// Hand-computed cases (the same arithmetic as score.py).
func TestROUGE(t *testing.T) {
	near := func(want, got float64) { t.Helper(); assert.InDelta(t, want, got, 1e-9) }
	// Identical: all 1.
	s := ROUGE("Cầu Nhật Lệ 3 khởi công.", "cầu nhật lệ 3 khởi công")
	near(1, s.R1)
	near(1, s.R2)
	near(1, s.RL)
	// cand "a b c d", ref "a c e": unigram overlap 2 → P 2/4, R 2/3, F 4/7;
	// bigrams "a b","b c","c d" vs "a c","c e": 0; LCS "a c" = 2 → 4/7.
	s = ROUGE("a b c d", "a c e")
	near(4.0/7, s.R1)
	near(0, s.R2)
	near(4.0/7, s.RL)
	// Clipping: "a a a" vs "a b": overlap 1 → P 1/3, R 1/2 → F 0.4.
	s = ROUGE("a a a", "a b")
	near(0.4, s.R1)
	// Empty sides score 0.
	assert.Equal(t, Scores{}, ROUGE("", "a b"))
	assert.Equal(t, Scores{}, ROUGE("a", ""))
	// ROUGE-2 with a single-token side is 0.
	near(0, ROUGE("a", "a").R2)
}

func TestMean(t *testing.T) {
	var m Mean
	assert.Equal(t, Scores{}, m.Percent())
	m.Add(Scores{R1: 0.5, R2: 0.25, RL: 1})
	m.Add(Scores{R1: 1, R2: 0.75, RL: 0})
	p := m.Percent()
	assert.InDelta(t, 75, p.R1, 1e-9)
	assert.InDelta(t, 50, p.R2, 1e-9)
	assert.InDelta(t, 50, p.RL, 1e-9)
	assert.False(t, math.IsNaN(p.R1))
}

func TestReadGoldAndLead(t *testing.T) {
	recs, err := ReadGold(strings.NewReader(`{"id":"1","title":"T","text":"Một hai ba. Bốn năm sáu bảy. Tám.","summary":"S"}` + "\n\n"))
	require.NoError(t, err)
	require.Len(t, recs, 1)
	assert.Equal(t, "1", recs[0].ID)
	_, err = ReadGold(strings.NewReader("{bad"))
	assert.ErrorContains(t, err, "line 1")

	tok, err := tokenize.New()
	require.NoError(t, err)
	sents := tok.Sentences(recs[0].Text)
	assert.Equal(t, "Một hai ba. Bốn năm sáu bảy. Tám.", Lead(sents, 0, 0))
	assert.Equal(t, "Một hai ba.", Lead(sents, 1, 0))
	assert.Equal(t, "Một hai ba.", Lead(sents, 0, 6)) // the next sentence would make 7
	assert.Equal(t, "Một hai ba. Bốn năm sáu bảy.", Lead(sents, 0, 7))
	assert.Equal(t, "Một hai ba.", Lead(sents, 0, 1)) // the first sentence is kept even when over
}

// OracleUnits takes at most one unit of a group (a sentence and its
// parts), and Oracle is OracleUnits with every unit its own group.
func TestOracleUnits(t *testing.T) {
	units := []string{"mưa lớn ở Huế hôm qua", "mưa lớn ở Huế", "lũ lên nhanh"}
	ref := "mưa lớn ở Huế, lũ lên nhanh"
	assert.Equal(t, "mưa lớn ở Huế lũ lên nhanh", OracleUnits(units, []int{0, 0, 1}, ref, 0, 0))
	assert.Equal(t, "mưa lớn ở Huế lũ lên nhanh", OracleUnits(units, nil, ref, 0, 0))
	assert.Equal(t, "mưa lớn ở Huế lũ lên nhanh", OracleUnits(units, []int{0, 0, 1}, ref, 3, 0))
	assert.Equal(t, "mưa lớn ở Huế hôm qua mưa lớn ở Huế lũ lên nhanh", OracleUnits(units, nil, ref, 3, 0))
	assert.Equal(t, Oracle(units, ref, 0, 6), OracleUnits(units, nil, ref, 0, 6))
}
