package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vntext/vntext/normalize"
	"golang.org/x/text/transform"
)

func ExampleNormalize() {
	in := "Ủy ban  tỉnh Khánh Hòa họp bàn về thủy lợi, qúa trình họat động\u2026"
	fmt.Println(normalize.Normalize(in)) // default: ToneModern
	for _, style := range []normalize.ToneStyle{normalize.ToneClassic, normalize.ToneKeep} {
		n, err := normalize.New(normalize.WithTone(style))
		if err != nil {
			panic(err)
		}
		out, _ := n.Normalize(in)
		fmt.Println(out)
	}
	// Output:
	// Uỷ ban tỉnh Khánh Hoà họp bàn về thuỷ lợi, quá trình hoạt động...
	// Ủy ban tỉnh Khánh Hòa họp bàn về thủy lợi, quá trình hoạt động...
	// Ủy ban tỉnh Khánh Hòa họp bàn về thủy lợi, quá trình hoạt động...
}

func ExampleNormalize_repairs() {
	for _, in := range []string{
		"H\xB5 N\xE9i",                // raw TCVN3 bytes
		"Xin chµo, ®©y lµ",            // TCVN3 read as Windows-1252
		"Vieät Nam",                   // VNI-Windows read as Windows-1252
		"Vie^.t Nam",                  // VIQR
		"Viá»‡t Nam",                  // UTF-8 read as Windows-1252
		"Vi&#7879;t Nam",              // HTML character reference
		"Vie\u0302\u0323t Nam",        // NFD
		"\u00D0\u00E0 N\u1EB5ng",      // Ð (eth) for Đ
		"\uFF28\u00E0 N\u1ED9i\u200B", // full width, zero-width space
	} {
		fmt.Println(normalize.Normalize(in))
	}
	// Output:
	// Hà Nội
	// Xin chào, đây là
	// Việt Nam
	// Việt Nam
	// Việt Nam
	// Việt Nam
	// Việt Nam
	// Đà Nẵng
	// Hà Nội
}

func ExampleNormalizeWithMap() {
	in := "  Vie\u0302\u0323t  Nam"
	n := normalize.NormalizeWithMap(in)
	i := strings.Index(n.Text, "Nam")
	fmt.Printf("%q: %q at %d, from input offset %d\n", n.Text, "Nam", i, n.Orig(i))
	// Output:
	// "Việt Nam": "Nam" at 7, from input offset 12
}

func ExampleDetect() {
	d := normalize.Detect([]byte("Tie\xE1ng Vie\xE4t la\xF8 ngo\xE2n ng\xF6\xF5"))
	fmt.Println(d.Encoding, d.Misread, d.Confidence > 0.9)
	fmt.Println(normalize.Normalize(d.Decode([]byte("Tie\xE1ng Vie\xE4t"))))
	// Output:
	// vni false true
	// Tiếng Việt
}

func ExampleFold() {
	fmt.Println(normalize.Fold("Đắk Lắk"))
	fmt.Println(normalize.Slug("Đắk Lắk"))
	fmt.Println(normalize.Upper("\u00F0ại biểu hòa bình"))
	// Output:
	// Dak Lak
	// dak-lak
	// ĐẠI BIỂU HOÀ BÌNH
}

func ExampleSlug() {
	for _, in := range []string{"Đắk Lắk", "  Thủ đô Hà Nội: 1.000 năm! ", "Vie\u0302\u0323t Nam"} {
		fmt.Println(normalize.Slug(in))
	}
	// Output:
	// dak-lak
	// thu-do-ha-noi-1-000-nam
	// viet-nam
}

// Decode with a known encoding skips detection; Normalize then composes
// what the code page leaves apart (Windows-1258 writes tones as combining
// marks).
func ExampleDecode() {
	fmt.Println(normalize.Decode([]byte("S\xABng H\xE5ng"), normalize.TCVN3))
	cp := normalize.Decode([]byte("Vi\xEA\xF2t Nam"), normalize.CP1258)
	fmt.Printf("%+q %s\n", cp, normalize.Normalize(cp))
	// Output:
	// Sông Hồng
	// "Vi\u00ea\u0323t Nam" Việt Nam
}

func ExampleNormalizer_Transformer() {
	n, err := normalize.New(normalize.WithEncoding(normalize.TCVN3), normalize.WithKeepLines())
	if err != nil {
		panic(err)
	}
	r := transform.NewReader(strings.NewReader("H\xB5 N\xE9i\nS\xABng H\xE5ng\n"), n.Transformer())
	if _, err := io.Copy(os.Stdout, r); err != nil {
		panic(err)
	}
	// Output:
	// Hà Nội
	// Sông Hồng
}

func ExampleNormalizer_strict() {
	n, _ := normalize.New(normalize.WithStrict(), normalize.WithEncoding(normalize.UTF8))
	_, err := n.Normalize("Hà Nội \xFF")
	fmt.Println(err)
	// Output:
	// invalid UTF-8 at byte offset 10
}

// A span of the normalized text maps back to the caller's bytes without
// what normalization dropped after it.
func ExampleNormalized_OrigSpan() {
	in := "Ông Trần Văn A  \n"
	n := normalize.NormalizeWithMap(in)
	s := strings.Index(n.Text, "Trần")
	bs, be := n.OrigSpan(in, s, len(n.Text))
	fmt.Printf("%q\n", in[bs:be])
	// Output: "Trần Văn A"
}
