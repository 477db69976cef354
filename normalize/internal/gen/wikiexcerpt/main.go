// Command wikiexcerpt writes normalize/testdata/viwiki_excerpt.txt, the real
// text of the speed benchmarks (BenchmarkWikiRatio): a slice of Vietnamese
// Wikipedia as crawled ($VNTEXT_DATA/text/viwiki/viwiki.jsonl.gz), with its
// old-style tone marks, odd spaces and list remnants left in, since that is
// what the normalizer has to be fast on.
//
// Every 100th article in file order gives its title line and its first
// lines up to about 3,600 bytes (cut after a line), each article followed by
// a blank line, until the file would pass 190 KB. The text is copied as it
// is; the command is deterministic.
//
// Run it with "go generate ./normalize" and VNTEXT_DATA set. When
// VNTEXT_DATA is unset it leaves the committed file alone, so "go generate
// ./..." works on a machine without the data.
package main

import (
	"errors"
	"flag"
	"log"
	"os"
	"strings"

	"github.com/vntext/vntext/internal/wikitext"
)

const (
	every    = 100       // take every 100th article
	perTitle = 3600      // bytes of text per article, about
	maxBytes = 190 << 10 // stop before the file passes this
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("wikiexcerpt: ")
	out := flag.String("o", "testdata/viwiki_excerpt.txt", "output file")
	flag.Parse()
	root := os.Getenv("VNTEXT_DATA")
	if root == "" {
		log.Print("VNTEXT_DATA is not set; leaving the excerpt unchanged")
		return
	}
	text, err := excerpt(wikitext.Path(root))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, []byte(text), 0o644); err != nil {
		log.Fatal(err)
	}
}

// excerpt reads the articles and returns the excerpt.
func excerpt(path string) (string, error) {
	var b strings.Builder
	n := 0
	err := wikitext.Articles(path, func(a wikitext.Article) error {
		take := n%every == 0
		n++
		if !take {
			return nil
		}
		piece := a.Title + "\n" + head(a.Text, perTitle) + "\n\n"
		if b.Len()+len(piece) > maxBytes {
			return errFull
		}
		b.WriteString(piece)
		return nil
	})
	if err != nil && !errors.Is(err, errFull) {
		return "", err
	}
	return b.String(), nil
}

// errFull stops the reading once the excerpt is as long as it may be.
var errFull = errors.New("excerpt full")

// head returns the lines of s that end within the first n bytes (at least
// the first line), without the final line break.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], '\n'); i > 0 {
		return s[:i]
	}
	if i := strings.IndexByte(s, '\n'); i > 0 {
		return s[:i]
	}
	return s
}
