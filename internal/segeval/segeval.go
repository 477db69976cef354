// Package segeval scores word segmentation against gold lines in the
// "Thủ_đô Hà_Nội , năm 2023 ." format, exactly as the project's reference
// scorer does: word spans are character offsets with every separator removed,
// so predictions are compared on the same syllables whatever their spacing.
package segeval

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Result holds word-level precision, recall and F1 (percentages), overall and
// for multi-syllable words, with the counts behind them.
type Result struct {
	P, R, F1, F1Multi                  float64
	Gold, Pred, Correct                int
	GoldMulti, PredMulti, CorrectMulti int
	Lines, TextChanged                 int
}

// Raw returns the unsegmented input for a gold line: '_' becomes a space.
func Raw(gold string) string { return strings.ReplaceAll(gold, "_", " ") }

type span struct{ start, end int }

// isSpace matches Python's str.isspace, which the reference scorer splits on.
func isSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

func spans(line string) (out []span, multi map[span]bool, length int) {
	multi = map[span]bool{}
	for _, w := range strings.FieldsFunc(norm.NFC.String(line), isSpace) {
		n := utf8.RuneCountInString(w) - strings.Count(w, "_")
		s := span{length, length + n}
		out = append(out, s)
		if strings.Contains(w, "_") {
			multi[s] = true
		}
		length += n
	}
	return out, multi, length
}

// Score compares predicted lines with gold lines, line by line. Lines whose
// length in characters (separators aside) differs are counted in
// TextChanged and skipped, as the reference scorer does.
func Score(gold, pred []string) (Result, error) {
	var r Result
	if len(gold) != len(pred) {
		return r, fmt.Errorf("%d gold lines but %d predicted lines", len(gold), len(pred))
	}
	r.Lines = len(gold)
	for i := range gold {
		gs, gm, gl := spans(gold[i])
		ps, pm, pl := spans(pred[i])
		if gl != pl {
			r.TextChanged++
			continue
		}
		gset := map[span]bool{}
		for _, s := range gs {
			gset[s] = true
		}
		pset := map[span]bool{}
		for _, s := range ps {
			pset[s] = true
		}
		for s := range pset {
			if gset[s] {
				r.Correct++
			}
		}
		r.Gold += len(gset)
		r.Pred += len(pset)
		for s := range pm {
			if gm[s] {
				r.CorrectMulti++
			}
		}
		r.GoldMulti += len(gm)
		r.PredMulti += len(pm)
	}
	f := func(t, a, b int) float64 {
		if a+b == 0 {
			return 0
		}
		return 200 * float64(t) / float64(a+b)
	}
	r.F1 = f(r.Correct, r.Gold, r.Pred)
	r.F1Multi = f(r.CorrectMulti, r.GoldMulti, r.PredMulti)
	r.P = 100 * float64(r.Correct) / float64(max(r.Pred, 1))
	r.R = 100 * float64(r.Correct) / float64(max(r.Gold, 1))
	return r, nil
}
