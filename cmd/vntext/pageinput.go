package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/archive"
	"github.com/vntext/vntext/htmlpage"
	"github.com/vntext/vntext/record"
)

// inputFormat says how a command reads an article.
type inputFormat uint8

const (
	// formatAuto reads .html/.htm files and input that opens like an HTML
	// document as HTML, the rest as text.
	formatAuto inputFormat = iota
	formatText
	formatHTML
)

const formatUsage = "input format: auto (HTML for .html/.htm files and HTML documents), text or html"

func parseInputFormat(s string) (inputFormat, error) {
	switch strings.ToLower(s) {
	case "auto", "":
		return formatAuto, nil
	case "text", "txt":
		return formatText, nil
	case "html", "htm":
		return formatHTML, nil
	}
	return 0, fmt.Errorf("unknown --format %q (want auto, text or html)", s)
}

// looksLikeHTML: the input opens (after a byte-order mark and white space)
// with a doctype, an <html> or a <head> tag.
func looksLikeHTML(b []byte) bool {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\uFEFF")), " \t\r\n")
	head := bytes.ToLower(b[:min(len(b), 16)])
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.HasPrefix(head, []byte("<head"))
}

// articleInput is one article a command read: the Doc to analyse and, for
// an HTML page, the article extracted from it (its body is doc.Text).
type articleInput struct {
	doc  vntext.Doc
	page *htmlpage.Article
}

// readInput reads one article from path (stdin when "" or "-") in format f.
func readInput(path string, stdin io.Reader, f inputFormat) (articleInput, error) {
	var b []byte
	var err error
	if path == "" || path == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return articleInput{}, err
	}
	return articleFrom(b, path, f)
}

// isHTMLInput decides whether input b read from path is an HTML page.
func isHTMLInput(b []byte, path string, f inputFormat) bool {
	return f == formatHTML || f == formatAuto && (archive.IsHTML(path) || looksLikeHTML(b))
}

// articleFrom reads the article of input b, read from path, in format f.
func articleFrom(b []byte, path string, f inputFormat) (articleInput, error) {
	if isHTMLInput(b, path, f) {
		a, err := extractHTML(b, "", "")
		if err != nil {
			return articleInput{}, err
		}
		return articleInput{doc: articleDoc(a), page: &a}, nil
	}
	decoded := vntext.Decode(b)
	if err := binaryError(b, decoded); err != nil {
		return articleInput{}, err
	}
	// The whole text, title line included: every front end reads a text
	// article so, and the page task finds its title.
	return articleInput{doc: vntext.Doc{Text: record.ArticleText(decoded)}}, nil
}

// errBinary is the error of an input that is not text.
var errBinary = errors.New("not text")

// binaryError tells a binary file (or UTF-16) from text, so that it is
// refused rather than analysed into hundreds of nonsense "sentences": raw
// holds a NUL byte, or more than one character in eight of its decoding is
// a control character or U+FFFD (a broken UTF-8 sequence). Text in a legacy
// encoding decodes to letters, and damaged UTF-8 keeps most of its
// characters, so neither comes near that share.
func binaryError(raw, decoded []byte) error {
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return fmt.Errorf("%w: a NUL byte at offset %d (a binary file, or UTF-16: convert it to UTF-8)", errBinary, i)
	}
	var n, bad int
	for _, r := range string(decoded) {
		n++
		if r == utf8.RuneError || r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' || r == 0x7f || r >= 0x80 && r < 0xa0 {
			bad++
		}
	}
	if n > 0 && bad*8 > n {
		return fmt.Errorf("%w: %d of its %d characters are control characters or invalid UTF-8 (a binary file?)", errBinary, bad, n)
	}
	return nil
}

// extractHTML reads the article of an HTML page (pageURL and contentType
// may be empty).
func extractHTML(b []byte, pageURL, contentType string) (htmlpage.Article, error) {
	e, err := htmlpage.New()
	if err != nil {
		return htmlpage.Article{}, err
	}
	return e.Extract(b, pageURL, contentType)
}

// articleDoc is the Doc of an HTML page's article: its body, with what the
// page says about it.
func articleDoc(a htmlpage.Article) vntext.Doc {
	return vntext.Doc{Title: a.Title, Text: a.Text, Byline: a.Byline, Published: a.Published, Category: a.Category, URL: a.URL}
}
