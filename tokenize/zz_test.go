package tokenize

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZChunks(t *testing.T) {
	tk, _ := New()
	cnt := map[string]int{}
	total := 0
	for _, f := range []string{"train", "dev"} {
		b, _ := os.ReadFile("/work/shared/data/ws/ud-vtb/" + f + ".seg.txt")
		for _, chunk := range strings.Fields(strings.ReplaceAll(string(b), "_", " ")) {
			total++
			if toks := tk.Tokens(chunk); len(toks) != 1 {
				cnt[chunk]++
			}
		}
	}
	n := 0
	for k, v := range cnt {
		n += v
		fmt.Printf("%d %q | ", v, k)
	}
	fmt.Println("\n", n, total)
}
