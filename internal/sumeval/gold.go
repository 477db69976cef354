package sumeval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/vntext/vntext/tokenize"
)

// Record is one gold article: {"id","title","text","summary"}.
type Record struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Text    string `json:"text"`
	Summary string `json:"summary"`
}

// ErrNotGold is ReadGold's error for a record without the keys a gold
// record needs: scored anyway it would give 0 and look like a result.
var ErrNotGold = errors.New("not a gold record")

// ReadGold reads JSON Lines records; blank lines are skipped.
func ReadGold(r io.Reader) ([]Record, error) {
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &keys); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		for _, k := range []string{"text", "summary"} {
			if _, ok := keys[k]; !ok {
				return nil, fmt.Errorf("line %d: %w: no %q (a gold record needs \"text\" and \"summary\")", line, ErrNotGold, k)
			}
		}
		var rec Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, rec)
	}
	return out, sc.Err()
}

// Lead is the LEAD baseline under the summarizer's budget rules: leading
// sentences, at most maxSentences (0: no cap), while the syllable total
// stays within maxSyllables (0: no cap); the first sentence is kept even
// when it alone is over the budget.
func Lead(sents []tokenize.Sentence, maxSentences, maxSyllables int) string {
	var parts []string
	used := 0
	for _, s := range sents {
		if maxSentences > 0 && len(parts) >= maxSentences {
			break
		}
		n := len(Tokens(s.Text))
		if maxSyllables > 0 && used+n > maxSyllables && len(parts) > 0 {
			break
		}
		parts = append(parts, s.Text)
		used += n
	}
	return strings.Join(parts, " ")
}
