package summarize

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/vntext/vntext/internal/sumeval"
)

func TestDiag2(t *testing.T) {
	if os.Getenv("VNTEXT_TUNE") == "" {
		t.Skip()
	}
	recs := devRecords(t)
	s, _ := New(WithMaxSyllables(devBudget))
	var oracleIdx [12]int
	var oracleR1, oursR1 float64
	same := 0
	var ourIdx [12]int
	var lenO, lenOurs float64
	shown := 0
	for _, r := range recs {
		sents := refSplit(r.Text)
		sum, _ := s.summarize(context.Background(), Article{Title: r.Title, Text: r.Text}, sents)
		best, bestR := -1, -1.0
		for i, x := range sents {
			sc := sumeval.ROUGE(x.Text, r.Summary).R1
			if sc > bestR {
				best, bestR = i, sc
			}
		}
		oracleIdx[min(best, 11)]++
		oracleR1 += bestR
		o := sumeval.ROUGE(sum.Text(), r.Summary).R1
		oursR1 += o
		if len(sum.Sentences) > 0 {
			ourIdx[min(sum.Sentences[0].Index, 11)]++
			if sum.Sentences[0].Index == best {
				same++
			}
		}
		lenO += float64(len(sumeval.Tokens(sents[best].Text)))
		lenOurs += float64(len(sumeval.Tokens(sum.Text())))
		if bestR-o > 0.3 && shown < 8 && os.Getenv("SHOW") != "" {
			shown++
			fmt.Printf("\nTITLE %s\nREF %s\nORACLE[%d] %s\nOURS %v %s\n", r.Title, r.Summary, best, sents[best].Text, sum.Sentences[0].Index, sum.Text())
		}
	}
	n := float64(len(recs))
	fmt.Println("oracle1 R1", 100*oracleR1/n, "ours", 100*oursR1/n, "same first", same, "lenO", lenO/n, "lenOurs", lenOurs/n)
	fmt.Println("oracle idx", oracleIdx)
	fmt.Println("our idx   ", ourIdx)
}
