package summarize

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A syllable's copies in a summary: the first is worth its chance, each
// further one the chance of the one before times again (ROUGE clips a
// copy the reference does not repeat).
func TestMore(t *testing.T) {
	for _, tc := range []struct {
		chance, again float64
		got, n        int32
		want          float64
	}{
		{0.5, 0.2, 0, 1, 0.5},
		{0.5, 0.2, 0, 2, 0.5 + 0.1},
		{0.5, 0.2, 0, 3, 0.5 + 0.1 + 0.02},
		{0.5, 0.2, 1, 1, 0.1},
		{0.5, 0.2, 2, 1, 0.02},
		{0.5, 0, 0, 3, 0.5}, // no repeat credit: only the first copy counts
		{0.5, 0, 1, 1, 0},
		{0, 0.3, 0, 2, 0},
	} {
		x := syl{chance: tc.chance, again: float32(tc.again), got: tc.got}
		assert.InDelta(t, tc.want, x.more(tc.n), 1e-7, "%+v", tc)
	}
}

// A sentence's expected overlap counts its repeated syllables at their
// repeat chance; with repeat credit off, each distinct syllable once.
func TestRepeatGain(t *testing.T) {
	const (
		title = "Hà Nội mở thêm tuyến xe buýt điện"
		text  = "Thành phố Hà Nội mở thêm ba tuyến xe buýt điện từ tháng sau. " +
			"Xe buýt điện chạy êm, xe buýt điện không xả khói ra đường phố. " +
			"Giá vé mỗi lượt vẫn giữ như các tuyến xe buýt thường."
	)
	for _, repeat := range []bool{true, false} {
		p := defaultParams
		if !repeat {
			p.repeat, p.titleRepeat = 0, 0
		}
		s := mustNew(t, WithMaxSyllables(45), withParams(p))
		sents := s.Tokenizer().Sentences(text)
		require.Len(t, sents, 3)
		st := getState()
		require.NoError(t, s.score(context.Background(), st, Article{Title: title, Text: text}, sents, nil))
		x := &st.info[1] // "xe", "buýt", "điện" twice
		distinct := 0.0
		for _, e := range st.vector(1) {
			distinct += st.syls[e.id].chance
		}
		if repeat {
			assert.Greater(t, x.gain, distinct+0.05)
		} else {
			assert.InDelta(t, distinct, x.gain, 1e-12)
		}
		putState(st)
	}
}
