// Package wikitext reads the Vietnamese Wikipedia text the generators learn
// from ($VNTEXT_DATA/text/viwiki/viwiki.jsonl.gz: one JSON object per
// article, CC BY-SA 4.0) and splits it into words, so that every generator
// reads the articles and words the same way.
package wikitext

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"unicode"
)

// Path returns the file of the articles under the data folder.
func Path(data string) string { return filepath.Join(data, "text", "viwiki", "viwiki.jsonl.gz") }

// Article is one Wikipedia article.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Articles calls fn with each article of the file at path, in file order,
// and stops at fn's first error.
func Articles(path string, fn func(Article) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer z.Close()
	dec := json.NewDecoder(z)
	for {
		var a Article
		if err := dec.Decode(&a); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
}

// Words splits text into words (letters, digits and combining marks, with
// inner hyphens and apostrophes: "Hewlett-Packard", "King's") and single
// other runes; white space only separates.
func Words(text string) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); {
		switch r := rs[i]; {
		case unicode.IsSpace(r):
			i++
		case IsWordRune(r):
			j := i + 1
			for j < len(rs) && (IsWordRune(rs[j]) || isJoiner(rs[j]) && j+1 < len(rs) && IsWordRune(rs[j+1])) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
		default:
			out = append(out, string(r))
			i++
		}
	}
	return out
}

// IsWordRune reports a rune of a word: a letter, a digit or a combining mark.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool { return r == '-' || r == '\'' || r == '’' }

// IsCap reports a word whose first rune is upper case.
func IsCap(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// IsLower reports a word whose first rune is lower case.
func IsLower(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}
