package tokenize_test

import (
	"fmt"

	"github.com/vntext/vntext/tokenize"
)

func ExampleTokenizer_Tokens() {
	tk, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	text := "Sáng 11/02/2024, UBND TP.HCM đạt 33/33 phiếu, tăng 19,2%."
	for _, t := range tk.Tokens(text) {
		fmt.Printf("%-10s %-12s %d-%d\n", t.Text, t.Kind, t.Start, t.End)
	}
	// Output:
	// Sáng       syllable     0-5
	// 11/02/2024 date         6-16
	// ,          punct        16-17
	// UBND       abbreviation 18-22
	// TP.HCM     abbreviation 23-29
	// đạt        syllable     30-36
	// 33/33      ratio        37-42
	// phiếu      syllable     43-50
	// ,          punct        50-51
	// tăng       syllable     52-57
	// 19,2%      percent      58-63
	// .          punct        63-64
}

func ExampleTokenizer_AppendTokens() {
	tk, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	buf := make([]tokenize.Token, 0, 64) // reused: no allocation per line
	for _, line := range []string{"GS.TS. Lê Văn A", "lúc 14h30 ngày 30/4"} {
		buf = tk.AppendTokens(buf[:0], line)
		for i, t := range buf {
			if i > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%s/%s", t.Text, t.Kind)
		}
		fmt.Println()
	}
	// Output:
	// GS.TS./abbreviation Lê/syllable Văn/syllable A/syllable
	// lúc/syllable 14h30/time ngày/syllable 30/4/date
}
