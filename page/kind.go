package page

import "fmt"

// Kind is what a part of a page is.
type Kind uint8

// The kinds. Body is the article text; every other kind is furniture.
const (
	Body       Kind = iota
	Category        // the section line or breadcrumb ("Chính trị", "Thời sự > Chính trị")
	Headline        // the article's title
	Byline          // the author line ("Hương Ly", "Bài và ảnh: Minh Anh")
	Dateline        // the publication date line, with or without the byline on it
	Image           // an image file name or link pasted into the text
	Caption         // a photo caption or photo/video credit
	Source          // "Theo TTXVN", "Nguồn: Bộ Y tế"
	Comments        // comment counters and the comment section
	Related         // related-article headers and the headlines under them
	Navigation      // menus, share bars, tags, advertising labels
	Footer          // copyright, publisher and contact lines
)

var kindNames = [...]string{"body", "category", "headline", "byline", "dateline", "image", "caption",
	"source", "comments", "related", "navigation", "footer"}

// String returns the name MarshalText writes ("caption").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText writes the kind's name; an unknown kind is an error.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("page: unknown kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads a name MarshalText writes.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("page: unknown kind %q", b)
}

// Span is a part of the text Parse was given: Text is text[Start:End].
type Span struct {
	Kind  Kind   `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}
