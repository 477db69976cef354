package vntext

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/internal/spancheck"
)

// A text longer than a window is analysed window by window: cut at line
// breaks, it gives the sentences, words and entities of one pass, and
// every span is still the caller's text.
func TestWindowsMatchOnePass(t *testing.T) {
	text := strings.Repeat(article+"\n", 12) + norm.NFD.String(article)
	one, err := New()
	require.NoError(t, err)
	small, err := New(withWindow(600))
	require.NoError(t, err)
	want, err := one.Analyze(context.Background(), Doc{Title: "Tây Hồ", Text: text})
	require.NoError(t, err)
	got, err := small.Analyze(context.Background(), Doc{Title: "Tây Hồ", Text: text})
	require.NoError(t, err)
	checkSpans(t, text, got)
	assert.Equal(t, want.Sentences, got.Sentences)
	assert.Equal(t, want.Words, got.Words)
	assert.Equal(t, want.Segmented, got.Segmented)
	assert.Equal(t, want.Normalized, got.Normalized)
	assert.Equal(t, len(want.Entities), len(got.Entities))
	assert.Equal(t, want.Summary, got.Summary)
	require.NotEmpty(t, got.Keywords)
	assert.Equal(t, want.Keywords[0].Text, got.Keywords[0].Text)
}

// Windows cut text without line breaks at sentence ends, then at spaces,
// then between runes; spans stay verbatim whatever the cut.
func TestWindowCuts(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("Câu ngắn về Hà Nội. ", 200),
		strings.Repeat("Hà Nội ", 500),
		strings.Repeat("ạ", 3000),
		strings.Repeat("\xff\xe1\xba", 900),
	} {
		a, err := New(withWindow(256))
		require.NoError(t, err)
		res, err := a.Analyze(context.Background(), Doc{Text: text})
		require.NoError(t, err)
		checkSpans(t, res.Text, res)
		for start := 0; start < len(text); {
			end := cutWindow(text, start, 256)
			require.Greater(t, end, start)
			require.LessOrEqual(t, end-start, 256)
			start = end
		}
	}
}

// Offsets in runes and UTF-16 units cut the text where the byte offsets
// do, for every span of every kind.
func TestOffsetUnits(t *testing.T) {
	// Astral characters (two UTF-16 units each) before and between spans.
	text := "😀 " + article + " 𝐀 Ông Trần Văn Bình, Chủ tịch UBND tỉnh Nam Định, phát biểu. 😀"
	page := "😀 " + seedPage // furniture spans and a byline's PERSON mention
	for _, u := range []Offsets{OffsetBytes, OffsetRunes, OffsetUTF16} {
		for _, win := range []int{windowSize, 128} {
			a, err := New(WithOffsets(u), withWindow(win))
			require.NoError(t, err)
			for _, text := range []string{text, page} {
				res, err := a.Analyze(context.Background(), Doc{Text: text})
				require.NoError(t, err)
				assert.Equal(t, u, res.Offsets)
				b, err := json.Marshal(res)
				require.NoError(t, err)
				spancheck.Check(t, b)
			}
		}
	}
	_, err := New(WithOffsets(Offsets(9)))
	assert.Error(t, err)
	for _, u := range []Offsets{OffsetBytes, OffsetRunes, OffsetUTF16} {
		b, err := json.Marshal(u)
		require.NoError(t, err)
		var back Offsets
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, u, back)
	}
}

// Converting offsets is linear: a step back costs at most one checkpoint
// interval, however far into the text.
func TestOffsetConvStepsBack(t *testing.T) {
	text := strings.Repeat("aà😀", 2000)
	c := &offsetConv{text: text, unit: OffsetUTF16}
	want := func(b int) int {
		n := 0
		for _, r := range text[:b] {
			n++
			if r > 0xFFFF {
				n++
			}
		}
		return n
	}
	for _, b := range []int{len(text), 7, 2999, 3, len(text) - 4, 1030, 0} {
		assert.Equal(t, want(b), c.at(b), "offset %d", b)
	}
}

// A long text without a line break is cut at a sentence end when one is
// near, never after an abbreviation ("TP."), else at a space between two
// lower-case words, never inside a name.
func TestWindowCutsKeepNames(t *testing.T) {
	sentences := strings.Repeat("Đoàn công tác đến TP. Hồ Chí Minh vào ngày 12/3/2025. Ông Trần Quốc Bảo nói: “Chúng tôi sẽ làm.” ", 40)
	for start := 0; start < len(sentences); {
		end := cutWindow(sentences, start, 400)
		if end < len(sentences) {
			assert.Regexp(t, `(2025\.|làm\.”) $`, sentences[start:end], "a cut at a sentence end")
		}
		start = end
	}
	// No sentence end at all (the text of a broken export): the cut falls
	// between lower-case words, and the windows find the names, places and
	// officials of one pass.
	oneLine := strings.Repeat("Chủ tịch UBND tỉnh Hà Giang Trần Quốc Bảo phát biểu tại hội nghị của Bộ Công Thương ", 60)
	for start := 0; start < len(oneLine); {
		end := cutWindow(oneLine, start, 300)
		if end < len(oneLine) {
			before := strings.Fields(oneLine[start:end])
			after := strings.Fields(oneLine[end:])
			last, next := before[len(before)-1], after[0]
			assert.True(t, unicode.IsLower([]rune(last)[0]) && unicode.IsLower([]rune(next)[0]), "cut between %q and %q", last, next)
		}
		start = end
	}
	one, err := New()
	require.NoError(t, err)
	small, err := New(withWindow(300))
	require.NoError(t, err)
	want, err := one.Analyze(context.Background(), Doc{Text: oneLine})
	require.NoError(t, err)
	got, err := small.Analyze(context.Background(), Doc{Text: oneLine})
	require.NoError(t, err)
	checkSpans(t, oneLine, got)
	distinct := func(r Result) map[string]bool {
		m := map[string]bool{}
		for _, e := range r.Entities {
			m[string(e.Type)+" "+e.Normalized] = true
		}
		for _, o := range r.Officials {
			for _, role := range o.Roles {
				m["official "+o.Normalized+" — "+role.Normalized] = true
			}
		}
		return m
	}
	require.NotEmpty(t, want.Officials)
	assert.Equal(t, distinct(want), distinct(got))
	keywords := func(r Result) map[string]bool {
		m := map[string]bool{}
		for _, k := range r.Keywords {
			m[k.Text] = true
		}
		return m
	}
	assert.Equal(t, keywords(want), keywords(got))
}
