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
	var nsyl, over, nsent int
	for _, r := range recs {
		sum, _ := s.summarize(context.Background(), Article{Title: r.Title, Text: r.Text}, refSplit(r.Text))
		nsyl += len(sumeval.Tokens(sum.Text()))
		nsent += len(sum.Sentences)
		if sum.OverBudget {
			over++
		}
	}
	fmt.Printf("mean syl %.1f sentences %.2f over %d\n", float64(nsyl)/float64(len(recs)), float64(nsent)/float64(len(recs)), over)
}
