package page

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("F"))
	s := string(b)
	if i := strings.Index(s, "---\n"); i >= 0 {
		var out []string
		for _, l := range strings.Split(s[i+4:], "\n") {
			if strings.HasPrefix(l, "@") {
				_, l, _ = strings.Cut(l, " ")
			}
			out = append(out, l)
		}
		s = strings.Join(out, "\n")
	}
	p := Parse(s)
	fmt.Printf("title=%q\ncat=%q\nbyline=%q authors=%v\npub=%s\n", p.Title.Text, p.Category.Text, p.Byline.Text, p.Authors, p.Published)
	for _, f := range p.Furniture {
		fmt.Printf("  %-10s %.70s\n", f.Kind, f.Text)
	}
	for _, f := range p.Body {
		fmt.Printf("  BODY %.70s\n", f.Text)
	}
}
