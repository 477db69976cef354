package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

// The list format is what annotators edit: a record header, its text, and one
// line per entity naming its surface string instead of offsets.
//
//	## b001-003 viwiki:viwiki-01234 doc=viwiki-01234
//	// title: Nguyễn Văn A (chính khách)
//	> Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng phát biểu.
//	ORG Quận ủy
//	ORG HĐND quận Tây Hồ
//	LOC quận Tây Hồ #2 @district
//	PER Lê Thị Thu Hằng | Bí thư Quận ủy | Chủ tịch HĐND quận Tây Hồ {former}
//
// "#N" picks the N-th occurrence of the surface in the text (counted at word
// boundaries, default 1), "@level" is a LOCATION's level, and each "| role"
// of a PERSON may end with "{status}" (default current). Lines starting with
// "//" are comments; blank lines are ignored.

// Entity types as written in list files, and the GUIDELINES names.
var typeNames = map[string]string{
	"PER": "PERSON", "PERSON": "PERSON",
	"LOC": "LOCATION", "LOCATION": "LOCATION",
	"ORG": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION",
	"PROG": "PROGRAM", "PROGRAM": "PROGRAM",
}

// shortType is the list-file spelling of a GUIDELINES type.
var shortType = map[string]string{
	"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "PROGRAM": "PROG",
}

// scoredTypes lists the GUIDELINES types in report order.
var scoredTypes = []string{"PERSON", "LOCATION", "ORGANIZATION", "PROGRAM"}

var levels = []string{"country", "province", "district", "commune", "other"}

var statuses = []string{"current", "former", "late", "acting", "new"}

// role is one role phrase of a PERSON mention with its status.
type role struct {
	Text   string
	Status string // one of statuses; "" in a list file means current
}

// mention is one entity line of a list file.
type mention struct {
	Type    string // GUIDELINES type: PERSON, LOCATION, ...
	Surface string
	Occ     int // 1-based occurrence of Surface in the text
	Level   string
	Roles   []role
	Line    int
}

// record is one record of a list file.
type record struct {
	ID, Source, Doc string
	Comments        []string // "//" lines, kept by pre when it rewrites a file
	Text            string
	Mentions        []mention
	File            string
	Line            int
}

// parseError is a problem at a line of a list file.
type parseError struct {
	File string
	Line int
	ID   string
	Msg  string
}

func (e *parseError) Error() string {
	if e.ID != "" {
		return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.ID, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// readListFile parses a list file.
func readListFile(path string) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseList(f, path)
}

// parseList reads records in the list format; name is used in errors.
func parseList(r io.Reader, name string) ([]record, error) {
	var (
		recs    []record
		cur     *record
		text    []string
		inText  bool
		errs    []error
		lineNum int
	)
	flush := func() {
		if cur != nil {
			cur.Text = strings.Join(text, "\n")
			recs = append(recs, *cur)
		}
		cur, text, inText = nil, nil, false
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		lineNum++
		line := sc.Text()
		fail := func(format string, a ...any) {
			id := ""
			if cur != nil {
				id = cur.ID
			}
			errs = append(errs, &parseError{name, lineNum, id, fmt.Sprintf(format, a...)})
		}
		switch {
		case strings.HasPrefix(line, "## "):
			flush()
			rec, err := parseHeader(line)
			if err != nil {
				fail("%v", err)
				continue
			}
			rec.File, rec.Line = name, lineNum
			cur = &rec
		case cur == nil:
			if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "//") {
				fail("text before the first record header (## ID SOURCE doc=DOC)")
			}
		case line == ">" || strings.HasPrefix(line, "> "):
			if len(cur.Mentions) > 0 {
				fail("text line after entity lines: keep a record's text together before its entities")
				continue
			}
			inText = true
			text = append(text, strings.TrimPrefix(strings.TrimPrefix(line, ">"), " "))
		case strings.HasPrefix(line, "//"):
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(line, "//")))
		case strings.TrimSpace(line) == "":
		default:
			if !inText {
				fail("entity line before the record's text")
				continue
			}
			m, err := parseMention(line)
			if err != nil {
				fail("%v", err)
				continue
			}
			m.Line = lineNum
			cur.Mentions = append(cur.Mentions, m)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	flush()
	for i := range recs {
		if len(recs[i].Text) == 0 {
			errs = append(errs, &parseError{name, recs[i].Line, recs[i].ID, "record has no text (> lines)"})
		}
	}
	return recs, errors.Join(errs...)
}

// parseHeader reads "## ID SOURCE doc=DOC".
func parseHeader(line string) (record, error) {
	f := strings.Fields(strings.TrimPrefix(line, "## "))
	if len(f) != 3 || !strings.HasPrefix(f[2], "doc=") {
		return record{}, fmt.Errorf("record header must be \"## ID SOURCE doc=DOC\", got %q", line)
	}
	rec := record{ID: f[0], Source: f[1], Doc: strings.TrimPrefix(f[2], "doc=")}
	if rec.Doc == "" {
		return record{}, fmt.Errorf("empty doc= in header %q", line)
	}
	return rec, nil
}

// parseMention reads "TYPE surface [#N] [@level] [| role [{status}]]...".
func parseMention(line string) (mention, error) {
	parts := strings.Split(line, "|")
	head := strings.TrimSpace(parts[0])
	typ, rest, _ := strings.Cut(head, " ")
	var m mention
	full, ok := typeNames[typ]
	if !ok {
		return m, fmt.Errorf("unknown type %q (PER, LOC, ORG, PROG)", typ)
	}
	m.Type = full
	s := strings.TrimSpace(rest)
	for {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			break
		}
		last := s[i+1:]
		if n, ok := strings.CutPrefix(last, "#"); ok {
			occ, err := strconv.Atoi(n)
			if err != nil || occ < 1 {
				return m, fmt.Errorf("bad occurrence %q: want #1, #2, ...", last)
			}
			if m.Occ != 0 {
				return m, fmt.Errorf("two occurrence numbers")
			}
			m.Occ = occ
		} else if lv, ok := strings.CutPrefix(last, "@"); ok {
			if m.Level != "" {
				return m, fmt.Errorf("two levels")
			}
			m.Level = lv
		} else {
			break
		}
		s = strings.TrimSpace(s[:i])
	}
	m.Surface = s
	if m.Surface == "" {
		return m, fmt.Errorf("no surface string after %s", typ)
	}
	if m.Occ == 0 {
		m.Occ = 1
	}
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		r := role{Text: p, Status: "current"}
		if i := strings.LastIndex(p, "{"); i >= 0 && strings.HasSuffix(p, "}") {
			r.Text = strings.TrimSpace(p[:i])
			r.Status = p[i+1 : len(p)-1]
		}
		if r.Text == "" {
			return m, fmt.Errorf("empty role after |")
		}
		m.Roles = append(m.Roles, r)
	}
	return m, nil
}

// formatMention writes a mention as a list-file line.
func formatMention(m mention) string {
	var b strings.Builder
	b.WriteString(shortType[m.Type])
	b.WriteByte(' ')
	b.WriteString(m.Surface)
	if m.Occ > 1 {
		fmt.Fprintf(&b, " #%d", m.Occ)
	}
	if m.Type == "LOCATION" {
		lv := m.Level
		if lv == "" {
			lv = "?"
		}
		b.WriteString(" @" + lv)
	}
	for _, r := range m.Roles {
		b.WriteString(" | " + r.Text)
		if r.Status != "" && r.Status != "current" {
			b.WriteString(" {" + r.Status + "}")
		}
	}
	return b.String()
}

// Batch statuses, written as the first line of a batch file
// ("// status: pass1"). Only pass1 and reviewed batches are compiled into
// the corpus; a draft is checked for syntax only, so pre-annotations and
// half-done work can be committed without reaching the training data.
const (
	statusDraft    = "draft"
	statusPass1    = "pass1"
	statusReviewed = "reviewed"
)

var batchStatuses = []string{statusDraft, statusPass1, statusReviewed}

// readStatus reads the status line that opens a batch file.
func readStatus(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	st, ok := strings.CutPrefix(strings.TrimSpace(line), "// status:")
	st = strings.TrimSpace(st)
	if !ok || !slices.Contains(batchStatuses, st) {
		return "", fmt.Errorf("%s:1: a batch file starts with \"// status: draft\", \"// status: pass1\" or \"// status: reviewed\"", path)
	}
	return st, nil
}

// writeList writes records in the list format.
func writeList(w io.Writer, recs []record) error {
	bw := bufio.NewWriter(w)
	for i, r := range recs {
		if i > 0 {
			bw.WriteByte('\n')
		}
		fmt.Fprintf(bw, "## %s %s doc=%s\n", r.ID, r.Source, r.Doc)
		for _, c := range r.Comments {
			fmt.Fprintf(bw, "// %s\n", c)
		}
		for _, l := range strings.Split(r.Text, "\n") {
			if l == "" {
				bw.WriteString(">\n")
			} else {
				fmt.Fprintf(bw, "> %s\n", l)
			}
		}
		for _, m := range r.Mentions {
			bw.WriteString(formatMention(m))
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}
