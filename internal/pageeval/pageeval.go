// Package pageeval scores page extraction against gold: body-text F1 by
// word overlap (the measure of main-text extraction benchmarks) and field
// accuracy. It reads the annotated cases under testdata/pages.
package pageeval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Words splits s into lower-case NFC words of letters and digits: the
// bag of words the F1 compares.
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(norm.NFC.String(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// PRF is precision, recall and F1 of a bag of words against the gold bag.
type PRF struct{ P, R, F float64 }

// WordF1 scores got against gold as multisets of words. Both empty scores 1.
func WordF1(got, gold string) PRF {
	g, w := Words(got), Words(gold)
	if len(g) == 0 && len(w) == 0 {
		return PRF{1, 1, 1}
	}
	count := make(map[string]int, len(w))
	for _, x := range w {
		count[x]++
	}
	common := 0
	for _, x := range g {
		if count[x] > 0 {
			count[x]--
			common++
		}
	}
	if common == 0 {
		return PRF{}
	}
	p, r := float64(common)/float64(len(g)), float64(common)/float64(len(w))
	return PRF{p, r, 2 * p * r / (p + r)}
}

// Mean averages scores (macro average over documents).
func Mean(s []PRF) PRF {
	var m PRF
	for _, x := range s {
		m.P += x.P
		m.R += x.R
		m.F += x.F
	}
	if n := float64(len(s)); n > 0 {
		m.P, m.R, m.F = m.P/n, m.R/n, m.F/n
	}
	return m
}

// SameText compares two field values as words: case, spacing, NFC/NFD and
// punctuation aside.
func SameText(a, b string) bool {
	return strings.Join(Words(a), " ") == strings.Join(Words(b), " ")
}

// TextCase is one annotated page text: a header of gold fields ("!title",
// "!category", "!byline", "!published"; a missing field is empty), a line
// "---", then the page's lines, furniture lines opened by "@kind " (the
// names of page.Kind), body lines as they are.
type TextCase struct {
	Name   string
	Text   string            // the page text, tags removed
	Fields map[string]string // gold fields; "title" is the @headline line when not given
	Kinds  []string          // the kind of each non-blank line of Text, "body" for untagged lines
	Lines  []string          // the non-blank lines of Text
	Body   string            // the body lines joined by blank lines
}

// ParseTextCase reads an annotated case.
func ParseTextCase(name, src string) TextCase {
	c := TextCase{Name: name, Fields: map[string]string{}}
	head, rest, ok := strings.Cut(src, "---\n")
	if !ok {
		head, rest = "", src
	}
	for _, l := range strings.Split(head, "\n") {
		if k, v, ok := strings.Cut(strings.TrimPrefix(l, "!"), " "); ok && strings.HasPrefix(l, "!") {
			c.Fields[k] = strings.TrimSpace(v)
		} else if strings.HasPrefix(l, "!") {
			c.Fields[strings.TrimPrefix(l, "!")] = ""
		}
	}
	var text, body []string
	for _, l := range strings.Split(rest, "\n") {
		kind := "body"
		if strings.HasPrefix(l, "@") {
			kind, l, _ = strings.Cut(l[1:], " ")
		}
		text = append(text, l)
		if strings.TrimSpace(l) == "" {
			continue
		}
		c.Kinds = append(c.Kinds, kind)
		c.Lines = append(c.Lines, strings.TrimSpace(l))
		if kind == "body" {
			body = append(body, strings.TrimSpace(l))
		}
		if kind == "headline" {
			if _, ok := c.Fields["title"]; !ok {
				c.Fields["title"] = strings.TrimSpace(l)
			}
		}
	}
	c.Text = strings.Join(text, "\n")
	c.Body = strings.Join(body, "\n\n")
	return c
}
