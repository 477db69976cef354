package record

import (
	"bytes"

	"github.com/vntext/vntext"
)

// ArticleText is the text of a plain-text article (a .txt file, standard
// input, a text/plain request body): its bytes decoded to UTF-8
// (vntext.Decode), a leading byte-order mark dropped. Every front end
// analyses this text whole, title line included, and every offset indexes
// it; the page task (vntext.TaskPage) finds the title in it: a first line
// followed by a blank line, as a saved article writes it, or a page's
// headline.
func ArticleText(b []byte) string {
	return string(trimBOM(vntext.Decode(b)))
}

// trimBOM drops a UTF-8 byte-order mark.
func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\uFEFF")) }
