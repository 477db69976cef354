package normalize

import (
	"bytes"
	"errors"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Chunk sizes of the streaming transformer. Input is cut after a line break
// once chunkMin bytes are buffered; a line longer than chunkMax is cut
// before a space (or, with no space at all, at an NFC boundary).
const (
	chunkMin = 16 << 10
	chunkMax = 64 << 10
)

// Transformer returns a streaming transform.Transformer that produces the
// same text as n.Normalize on the whole input, for archives too large to
// hold in memory. Input is normalized in chunks of whole lines; with
// AutoDetect a legacy encoding found in the first chunk is kept for the
// rest of the stream (UTF-8 streams keep detecting legacy lines). The transformer is not safe for concurrent use; call
// Transformer once per stream (or Reset between streams).
func (n *Normalizer) Transformer() transform.Transformer {
	return &normTransformer{cfg: n.config()}
}

type normTransformer struct {
	cfg       normConfig
	wholeText bool // whole-text passes instead of runs (what the tests compare with)
	sniffed   bool
	in        []byte // input not normalized yet
	out       []byte // normalized output not yet written
	offset    int    // stream offset of in[0], for strict-mode errors
	started   bool   // visible text has been written
	pendNL    int    // line breaks held back (blank-line collapsing, final trim)
	lineText  bool   // the current output line has visible text
	spaceNext bool   // the previous chunk was cut before a space
	err       error
}

func (t *normTransformer) Reset() {
	*t = normTransformer{cfg: t.cfg, wholeText: t.wholeText}
}

func (t *normTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if t.err != nil {
		return 0, 0, t.err
	}
	nDst = copy(dst, t.out)
	t.out = t.out[nDst:]
	if len(t.out) > 0 {
		return nDst, 0, transform.ErrShortDst
	}
	t.in = append(t.in, src...)
	nSrc = len(src)
	for {
		cut, spaceCut := t.cutPoint(atEOF)
		if cut == 0 {
			break
		}
		if err := t.process(t.in[:cut], atEOF && cut == len(t.in)); err != nil {
			t.err = err
			return nDst, nSrc, err
		}
		t.offset += cut
		t.in = t.in[cut:]
		t.spaceNext = spaceCut
	}
	if len(t.in) == 0 {
		t.in = t.in[:0:0] // release a large buffer between chunks
	}
	k := copy(dst[nDst:], t.out)
	nDst += k
	t.out = t.out[k:]
	if len(t.out) > 0 {
		return nDst, nSrc, transform.ErrShortDst
	}
	return nDst, nSrc, nil
}

// cutPoint returns how many buffered bytes form the next chunk (0: wait for
// more input) and whether the cut is before a space inside a line.
func (t *normTransformer) cutPoint(atEOF bool) (int, bool) {
	in := t.in
	if atEOF {
		return len(in), false
	}
	if len(in) < chunkMin {
		return 0, false
	}
	if i := bytes.LastIndexByte(in, '\n'); i >= 0 {
		return i + 1, false
	}
	if len(in) < chunkMax {
		return 0, false
	}
	if i := bytes.LastIndexAny(in, " \t"); i > 0 {
		return i, true
	}
	if t.cfg.enc == AutoDetect || t.cfg.enc == UTF8 {
		if i := norm.NFC.LastBoundary(in); i > 0 {
			return i, false
		}
	}
	return len(in), false
}

// process normalizes one chunk of whole lines and applies the stream-level
// line-break rules (blank lines collapsed, text trimmed) to its output.
func (t *normTransformer) process(chunk []byte, last bool) error {
	c := t.cfg
	if !t.sniffed && c.enc == AutoDetect {
		// A legacy encoding found in the first chunk holds for the stream;
		// UTF-8 streams stay on AutoDetect, so later chunks (and lines) with
		// legacy text are still recognized.
		if d := detectString(string(chunk)); d.Encoding != UTF8 {
			c.enc, c.misread, c.viqrLines = d.Encoding, d.Misread, d.Encoding == VIQR
			t.cfg.enc, t.cfg.misread, t.cfg.viqrLines = c.enc, c.misread, c.viqrLines
		}
		t.sniffed = true
	}
	keep := c.keepLines
	c.keepLines = true // per-line rules only; line breaks are handled here
	text, _, err := normalizeText(string(chunk), c, false, !t.wholeText)
	if err != nil {
		var ie *InvalidUTF8Error
		if errors.As(err, &ie) {
			return &InvalidUTF8Error{Offset: t.offset + ie.Offset}
		}
		return err
	}
	for i := 0; i < len(text); i++ {
		b := text[i]
		if b == '\n' {
			if keep {
				t.out = append(t.out, '\n')
			} else if t.started {
				t.pendNL++
			}
			t.lineText, t.spaceNext = false, false
			continue
		}
		if t.pendNL > 0 {
			for range min(t.pendNL, 2) {
				t.out = append(t.out, '\n')
			}
			t.pendNL = 0
		}
		if t.spaceNext && t.lineText {
			t.out = append(t.out, ' ')
		}
		t.spaceNext = false
		j := i
		for j < len(text) && text[j] != '\n' {
			j++
		}
		t.out = append(t.out, text[i:j]...)
		t.started, t.lineText = true, true
		i = j - 1
	}
	return nil
}
