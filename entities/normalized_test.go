package entities

import (
	"strings"
	"testing"

	"github.com/vntext/vntext/normalize"
)

func TestPlainText(t *testing.T) {
	for _, c := range []struct {
		text  string
		plain bool
	}{
		{"Ông Trần Văn Bình nói: “Chi bộ 4 tốt” – năm 2024…", true},
		{"UBND xã Đông Hà", true},
		{"ASCII only: Viet Nam", false}, // could be VIQR
		{"Vie^.t Nam và Hà Nội", true},  // VIQR marks in text with letters are left alone
		{"Hà\u200bNội", false},          // invisible character
		{"Hà Nội &amp; Huế", false},     // character reference
		{"Hà\tNội", false},              // tab
		{"Viá»‡t Nam", false},           // UTF-8 read as Windows-1252
		{"Hà Nội Ã“", false},            // the same, with a quote
		{"Ha\u0300 Nội", false},         // NFD
		{"Hà Nội\xff", false},           // invalid UTF-8
		{"Hà Nội \u00a0", false},        // no-break space
		{"Москва và Hà Nội", false},     // Cyrillic
		{"", false},
	} {
		if got := plainText(c.text); got != c.plain {
			t.Errorf("plainText(%q) = %v, want %v", c.text, got, c.plain)
		}
	}
}

// Text that skips the normalizer gives the entities of its normalized form
// (up to the normalization of their text).
func TestPlainTextSameEntities(t *testing.T) {
	x := newTestExtractor(t)
	text := exampleSentence + " Ông Trần Văn Bình – Giám đốc Sở Y tế tỉnh Bình Định – phát động phong trào “Chi bộ 4 tốt” ở huyện Ba Tơ’s…"
	if !plainText(text) {
		t.Fatal("test text is not plain")
	}
	keepLines, err := normalize.New(normalize.WithKeepLines())
	if err != nil {
		t.Fatal(err)
	}
	got, _ := keepLines.Normalize(strings.Join(render(extract(x, text)), "\n"))
	want := strings.Join(render(extract(x, normalize.Normalize(text))), "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
