package tokenize

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/vntext/vntext/internal/testenv"
)

// TestSentencesUDVTB joins consecutive gold sentences of UD-VTB (five at a
// time, one space apart) and scores the boundaries Sentences finds. The text
// is tokenized (punctuation split off, "TP. HCM", brackets as LBKT/RBKT),
// so it checks that the rules hold on text we did not write, not that they
// suit news layout.
func TestSentencesUDVTB(t *testing.T) {
	tk, err := New()
	require.NoError(t, err)
	// Floors about a point under the measured F1 (97.72 and 98.61).
	floor := map[string]float64{"train.seg.txt": 97.0, "dev.seg.txt": 97.5}
	for _, name := range []string{"train.seg.txt", "dev.seg.txt"} {
		b, err := os.ReadFile(testenv.DataDir(t, "ws", "ud-vtb", name))
		require.NoError(t, err)
		lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(string(b), "_", " ")), "\n")
		tp, fp, fn := 0, 0, 0
		var misses []string
		for g := 0; g < len(lines); g += 5 {
			group := lines[g:min(g+5, len(lines))]
			text := strings.Join(group, " ")
			want := map[int]bool{}
			at := 0
			for _, l := range group[:len(group)-1] {
				at += len(l)
				want[at] = true
				at++
			}
			got := tk.Sentences(text)
			for _, s := range got[:len(got)-1] {
				if want[s.End] {
					tp++
					delete(want, s.End)
					continue
				}
				fp++
				misses = append(misses, "split: "+boundaryContext(text, s.End))
			}
			for e := range want {
				fn++
				misses = append(misses, "missed: "+boundaryContext(text, e))
			}
		}
		p, r := 100*float64(tp)/float64(tp+fp), 100*float64(tp)/float64(tp+fn)
		f1 := 2 * p * r / (p + r)
		t.Logf("%s: %d boundaries, P %.2f R %.2f F1 %.2f", name, tp+fn, p, r, f1)
		if testing.Verbose() {
			t.Log(strings.Join(misses, "\n"))
		}
		require.GreaterOrEqual(t, f1, floor[name], "%s", name)
	}
}

func boundaryContext(text string, at int) string {
	lo, hi := max(0, at-40), min(len(text), at+30)
	for lo > 0 && !isRuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !isRuneStart(text[hi]) {
		hi++
	}
	return text[lo:at] + "|" + text[at:hi]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
