package summarize

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/vntext/vntext/internal/sumeval"
)

func TestDiag(t *testing.T) {
	if os.Getenv("VNTEXT_TUNE") == "" {
		t.Skip()
	}
	recs := devRecords(t)
	s, _ := New(WithMaxSyllables(devBudget))
	var nsyl, one, over, empty int
	var byLen [6]sumeval.Mean
	for _, r := range recs {
		sum, _ := s.Summarize(context.Background(), Article{Title: r.Title, Text: r.Text})
		n := len(sumeval.Tokens(sum.Text()))
		nsyl += n
		if len(sum.Sentences) == 1 {
			one++
		}
		if sum.OverBudget {
			over++
		}
		if len(sum.Sentences) == 0 {
			empty++
		}
		byLen[min(n/10, 5)].Add(sumeval.ROUGE(sum.Text(), r.Summary))
	}
	fmt.Printf("mean syl %.1f one %d over %d empty %d\n", float64(nsyl)/float64(len(recs)), one, over, empty)
	for i := range byLen {
		fmt.Printf("len %d0s: %.2f\n", i, byLen[i].Percent().R1)
	}
}
