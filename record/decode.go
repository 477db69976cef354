package record

import (
	"bytes"
	"strings"

	"github.com/vntext/vntext"
)

// SplitTitle reads a saved article: a first line followed by a blank line
// is the title, the rest is the text. A leading byte-order mark is dropped.
func SplitTitle(s string) vntext.Doc {
	s = strings.TrimPrefix(s, "\uFEFF")
	first, rest, ok := strings.Cut(s, "\n")
	if !ok {
		return vntext.Doc{Text: s}
	}
	restTrim := strings.TrimLeft(rest, " \t\r")
	if !strings.HasPrefix(restTrim, "\n") || strings.TrimSpace(first) == "" {
		return vntext.Doc{Text: s}
	}
	return vntext.Doc{Title: strings.TrimSpace(first), Text: strings.TrimLeft(rest, " \t\r\n")}
}

// trimBOM drops a UTF-8 byte-order mark.
func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\uFEFF")) }
