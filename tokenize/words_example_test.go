package tokenize_test

import (
	"fmt"

	"github.com/vntext/vntext/tokenize"
)

func ExampleTokenizer_Segment() {
	t, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	fmt.Println(t.Segment("Thủ đô Hà Nội , năm 2023 ."))
	// Output: Thủ_đô Hà_Nội , năm 2023 .
}

func ExampleTokenizer_Words() {
	t, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	for _, w := range t.Words("Chính phủ họp báo.") {
		fmt.Printf("%q %d:%d %s\n", w.Text, w.Start, w.End, w.Kind)
	}
	// Output:
	// "Chính phủ" 0:12 word
	// "họp báo" 13:23 word
	// "." 23:24 punct
}

func ExampleWithWords() {
	t, err := tokenize.New(tokenize.WithWords("nông thôn mới"))
	if err != nil {
		panic(err)
	}
	fmt.Println(t.Segment("Xây dựng nông thôn mới ở Nông Thôn Mới"))
	// Output: Xây_dựng nông_thôn_mới ở Nông_Thôn_Mới
}
