package htmlpage

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/vntext/vntext/normalize"
)

// Decode turns an HTML page's bytes into UTF-8 and names the encoding read
// ("utf-8", "windows-1258", "tcvn3", "vni", ...). contentType is the HTTP
// Content-Type header when known. It reads
// a byte-order mark, the Content-Type header or the page's <meta> charset
// when they are certain; otherwise UTF-8 when the bytes are valid UTF-8
// (legacy text stored as UTF-8 mojibake is the normalizer's job later);
// otherwise the Vietnamese legacy encoding the normalizer's detector
// recognises in the page's text (TCVN3 and VNI pages declared nothing or
// Latin-1: their fonts did the work); otherwise the declared or the HTML
// default (Windows-1252) decoding.
func Decode(b []byte, contentType string) (text, encoding string) {
	_, name, certain := charset.DetermineEncoding(b, contentType)
	name = strings.ToLower(name)
	valid := utf8.Valid(b)
	switch {
	case name == "utf-8" && certain, valid && !certain, valid && latinName(name):
		return strings.TrimPrefix(string(b), "\uFEFF"), "utf-8"
	case name == "windows-1258":
		return normalize.Decode(b, normalize.CP1258), "windows-1258"
	case !certain || latinName(name):
		if d := normalize.Detect(visibleText(b)); legacy(d.Encoding) && d.Confidence >= 0.5 {
			return normalize.Decode(b, d.Encoding), d.Encoding.String()
		}
	}
	if valid {
		return string(b), "utf-8"
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return normalize.Decode(b, normalize.UTF8), "utf-8"
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return normalize.Decode(b, normalize.UTF8), "utf-8"
	}
	if n, err := htmlindex.Name(enc); err == nil {
		name = n
	}
	return string(out), name
}

// latinName: encodings that old Vietnamese pages declared while their
// bytes were TCVN3 or VNI shown through a font.
func latinName(name string) bool {
	switch name {
	case "windows-1252", "iso-8859-1", "us-ascii", "":
		return true
	}
	return false
}

func legacy(e normalize.Encoding) bool {
	switch e {
	case normalize.TCVN3, normalize.VNI, normalize.VISCII, normalize.VPS, normalize.CP1258:
		return true
	}
	return false
}

var (
	scriptRE = regexp.MustCompile(`(?is)<(script|style|noscript)\b.*?</(script|style|noscript)\s*>`)
	tagRE    = regexp.MustCompile(`(?s)<[^>]*>`)
)

// visibleText is the page without scripts, styles and tags, for the
// encoding detector: markup and CSS would drown the letters it scores.
func visibleText(b []byte) []byte {
	b = b[:min(len(b), 256<<10)]
	b = scriptRE.ReplaceAll(b, []byte(" "))
	b = tagRE.ReplaceAll(b, []byte(" "))
	return bytes.Join(bytes.Fields(b), []byte(" "))
}
