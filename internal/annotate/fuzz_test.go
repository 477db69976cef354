package main

import (
	"strings"
	"testing"
)

// FuzzListFile feeds arbitrary list files through parsing, the build checks,
// the second look and the rendering: they report problems, never panic, and
// every span they accept reads its own text.
func FuzzListFile(f *testing.F) {
	f.Add(sampleList)
	f.Add("## t001-001 written doc=t001-a01\n> Ông A. B, Phó Chủ tịch UBND.\nPER A. B | Phó Chủ tịch UBND {acting}\nORG UBND #1 @x\n")
	f.Add("## a b doc=c\n>\n> \nPROG \"x\" #2\nLOC  @\n")
	f.Fuzz(func(t *testing.T, in string) {
		recs, _ := parseList(strings.NewReader(in), "fuzz")
		for _, r := range recs {
			g, _ := resolve(r)
			text := []rune(g.Text)
			for _, e := range g.Entities {
				if e.Start < 0 || e.End > len(text) || string(text[e.Start:e.End]) != e.Text {
					t.Fatalf("accepted span [%d,%d) does not read %q", e.Start, e.End, e.Text)
				}
			}
			_ = secondLook(g, g.Entities)
			_ = inline(g)
			_ = packEval(g)
		}
	})
}
