package normalize

import (
	"strings"

	"github.com/vntext/vntext/internal/letters"
)

// dirtyRun is one run of a text on its way through the stages: the text
// and offset map (relative to the run; nil: identity) the stages made of
// the input bytes [lo, hi).
type dirtyRun struct {
	lo, hi int
	t      string
	m      []int32
	out    int // where t starts in the joined text
}

// pipelineRuns is pipeline(s, c, track), byte for byte and offset for
// offset, computed on the runs d holds: each run goes through the stages
// with the text-wide facts the stages would find in the whole of s, and the
// text between runs, which no stage changes, is copied. ok is false when a
// text-wide decision cannot be reproduced run by run (a legacy encoding or
// legacy line, x/text's general composer); the caller then runs the whole
// text. Most news text has a few curly quotes, odd spaces or old-style tone
// marks in otherwise normal text, so this keeps Normalize near the speed of
// the scan instead of running six stages over every byte.
//
// next is what the next pass has to do (see nextPass); then d holds the
// result's runs.
func pipelineRuns(s string, c normConfig, track bool, d *dirtyRuns) (t string, m offsetMap, next scanResult, ok bool) {
	// Decoding: the runs are valid UTF-8 (scanText saw to that) and stay as
	// they are unless the text is detected as legacy (no line is: the scan,
	// or nextPass, checked them).
	switch c.enc {
	case AutoDetect:
		if !detectsUTF8(s) {
			return "", offsetMap{}, scanWhole, false
		}
	case UTF8:
	default:
		return "", offsetMap{}, scanWhole, false
	}
	var buf [32]dirtyRun // most texts have few runs: no allocation
	runs := buf[:0]
	if d.n > len(buf) {
		runs = make([]dirtyRun, 0, d.n)
	}
	runs = runs[:d.n]
	html := false
	for k, r := range d.list() {
		t := s[r.lo:r.hi]
		runs[k] = dirtyRun{lo: r.lo, hi: r.hi, t: t}
		html = html || strings.IndexByte(t, '&') >= 0 && hasEntityEvidence(t)
	}
	if html {
		for k := range runs {
			r := &runs[k]
			if strings.IndexByte(r.t, '&') >= 0 {
				r.t, r.m = decodeEntities(r.t, r.m, track)
			}
		}
	}
	// Mojibake: the whole text has a candidate, or evidence, when a run has
	// one (scanText keeps both out of the text between runs).
	maybe, evidence := false, false
	for _, r := range runs {
		maybe = maybe || maybeMojibake(r.t)
	}
	if maybe {
		for _, r := range runs {
			if evidence = mojibakeEvidence(r.t); evidence {
				break
			}
		}
		for k := range runs {
			r := &runs[k]
			r.t, r.m = repairMojibake(r.t, r.m, track, evidence)
		}
	}
	if !composeRuns(runs, track) {
		return "", offsetMap{}, scanWhole, false
	}
	again := false
	for k := range runs {
		r := &runs[k]
		var a bool
		r.t, r.m, a = cleanStage(r.t, r.m, track, c.keepLines, r.lo > 0)
		again = again || a
	}
	if again && !composeRuns(runs, track) {
		return "", offsetMap{}, scanWhole, false
	}
	changed := false
	for k := range runs {
		r := &runs[k]
		r.t, r.m = toneStage(r.t, r.m, track, c.tone)
		changed = changed || r.m != nil || r.t != s[r.lo:r.hi]
	}
	if !changed {
		return s, offsetMap{}, scanClean, true
	}
	t, m = joinRuns(s, runs, track)
	return t, m, nextPass(t, &c, runs, d), true
}

// nextPass tells what the next pass of the pipeline has to do with t, the
// runs' outputs joined with the clean text, without scanning the clean text
// again: each output is scanned with the space that follows it, which ends
// the output's last word and leaves the scan in the state it had before the
// clean text. It returns scanClean when no pass would change t: every
// output is normal, or normal but for '&' signs that start no character
// reference (which scanText sends through the pipeline, "R & D") and the
// pipeline would find no legacy text in t. It returns scanRuns with d set
// to t's runs (the outputs that are not normal, stretched to a safe
// boundary) and scanWhole when t must be scanned.
func nextPass(t string, c *normConfig, runs []dirtyRun, d *dirtyRuns) scanResult {
	fl := d.clean
	d.reset()
	ampOnly := true // the outputs are normal but for lone '&'
	for _, r := range runs {
		lo, hi := r.out, r.out+len(r.t)
		if lo > 0 && hi > lo && t[lo] != ' ' && t[lo] != '\n' {
			return scanWhole // the output continues a word of the clean text
		}
		end := hi
		if end < len(t) {
			end++
		}
		if scanRange(t[:end], lo, end == len(t), false, c, nil, &fl) == scanClean {
			continue
		}
		if scanRange(t[:end], lo, end == len(t), true, c, nil, &fl) != scanClean {
			ampOnly = false
		}
		// A run must end before a safe boundary: the clean text after an
		// output that does not end in visible ASCII joins the run up to
		// the next one.
		for hi < len(t) && !(t[hi] == ' ' && safeLeft[t[hi-1]] && hi+1 < len(t) && safeRight[t[hi+1]]) {
			hi++
		}
		d.add(lo, hi)
	}
	// The lines of t no run touched are lines of the input, which the scan
	// checked (or of the previous pass's text, checked here).
	if fl.doubtful() || c.enc == AutoDetect && touchedLineMisread(t, runs) && hasLegacyLine(t) {
		return scanWhole
	}
	if d.n == 0 || ampOnly && (c.enc == UTF8 || detectsUTF8(t)) {
		return scanClean
	}
	d.clean = fl
	return scanRuns
}

// touchedLineMisread reports whether a line of t that holds (part of) a
// run's output looks like legacy text read as Windows-1252.
func touchedLineMisread(t string, runs []dirtyRun) bool {
	done := 0         // lines before done are checked
	line, pos := 0, 0 // the start of the line that holds pos
	for _, r := range runs {
		end := r.out + len(r.t)
		if end < done {
			continue
		}
		for pos < r.out {
			k := strings.IndexByte(t[pos:r.out], '\n')
			if k < 0 {
				pos = r.out
				break
			}
			line = pos + k + 1
			pos = line
		}
		start := max(line, done)
		if k := strings.IndexByte(t[end:], '\n'); k >= 0 {
			end += k
		} else {
			end = len(t)
		}
		for start <= end && start < len(t) {
			k := strings.IndexByte(t[start:end], '\n')
			if k < 0 {
				k = end - start
			}
			if lineLooksMisread(t[start : start+k]) {
				return true
			}
			start += k + 1
		}
		done = max(done, start)
	}
	return false
}

// composeRuns is nfcStage on the text the runs belong to: nothing when every
// run is NFC, else the Vietnamese composer on every run. It reports false
// when the whole text would need x/text's composer instead, whose offsets
// differ.
func composeRuns(runs []dirtyRun, track bool) bool {
	normal := true
	for _, r := range runs {
		if normal = nfcIsNormal(r.t); !normal {
			break
		}
	}
	if normal {
		return true
	}
	for k := range runs {
		r := &runs[k]
		t, m, ok := composeVietnamese(r.t, r.m, track)
		if !ok || !nfcIsNormal(t) {
			return false
		}
		r.t, r.m = t, m
	}
	return true
}

// joinRuns copies s with each run replaced by its output, and gives the
// offset map when track is set.
func joinRuns(s string, runs []dirtyRun, track bool) (string, offsetMap) {
	n := len(s)
	for _, r := range runs {
		n += len(r.t) - (r.hi - r.lo)
	}
	var b strings.Builder
	b.Grow(n)
	var m offsetMap
	if track {
		m.runs = make([]mapRun, len(runs))
	}
	last := 0
	for k := range runs {
		r := &runs[k]
		b.WriteString(s[last:r.lo])
		r.out = b.Len()
		b.WriteString(r.t)
		if track {
			end := r.out + len(r.t)
			m.runs[k] = mapRun{out: r.out, end: end, in: r.lo, shift: r.hi - end, m: r.m}
		}
		last = r.hi
	}
	b.WriteString(s[last:])
	return b.String(), m
}

// detectsUTF8 reports whether detectString finds valid UTF-8 s to be UTF-8.
// A Vietnamese-only letter (Windows-1252 cannot encode it) in the first
// half of the sample settles it without scoring candidates.
func detectsUTF8(s string) bool {
	for _, r := range s[:min(len(s), detectSample/2)] {
		if r > 0xFF && letters.Vowel(r) != 0 || r == 'đ' || r == 'Đ' {
			return true
		}
	}
	return detectString(s).Encoding == UTF8
}

// hasLegacyLine reports a line that decodeLines would detect as legacy text.
func hasLegacyLine(s string) bool {
	if strings.IndexByte(s, '\n') < 0 {
		return false // the text is one line: detectString(s) has spoken
	}
	for start := 0; start < len(s); {
		end := lineEnd(s, start)
		if line := s[start:end]; lineLooksMisread(line) && detectString(line).Encoding != UTF8 {
			return true
		}
		start = end + 1
	}
	return false
}
