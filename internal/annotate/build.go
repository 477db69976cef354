package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// entity is one mention of a GUIDELINES record; Start and End are code-point
// offsets into the record's text.
type entity struct {
	Type       string   `json:"type"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Text       string   `json:"text"`
	Level      string   `json:"level,omitempty"`
	Roles      []string `json:"roles,omitempty"`
	RoleStatus []string `json:"role_status,omitempty"`
}

// goldRecord is a record in the GUIDELINES format plus its source and the
// document it belongs to.
type goldRecord struct {
	ID       string   `json:"id"`
	Title    string   `json:"title,omitempty"`
	Source   string   `json:"source,omitempty"`
	Doc      string   `json:"doc,omitempty"`
	Text     string   `json:"text"`
	Entities []entity `json:"entities"`
}

// roleWindow is how far (in code points) a role phrase may sit from its
// mention: room for three or four stacked titles before a name.
const roleWindow = 250

var (
	viwikiSource = regexp.MustCompile(`^viwiki:(viwiki-\d{5})$`)
	udSource     = regexp.MustCompile(`^ud-vtb:((?:train|dev)-s?\d+)$`)
	evalSource   = regexp.MustCompile(`^vietnews:vietnews-dev-\d{6}$`)
)

// statusMarkers maps the words written before a title to the status they
// give the role (GUIDELINES, "Role status").
var statusMarkers = map[string]string{
	"nguyên": "former", "cựu": "former", "cố": "late", "quyền": "acting", "tân": "new",
}

// notRoleStart lists first words that never open a role phrase: status
// markers, "hiện là"/"đang là" and honorifics stay outside the role.
var notRoleStart = map[string]bool{
	"nguyên": true, "cựu": true, "cố": true, "quyền": true, "tân": true, "hiện": true, "đang": true,
	"ông": true, "bà": true, "anh": true, "chị": true, "đồng": true, "là": true,
}

// honorifics may precede a name but are never part of a PERSON span.
var honorifics = map[string]bool{
	"ông": true, "bà": true, "anh": true, "chị": true, "đồng": true, "cô": true, "chú": true,
	"em": true, "cháu": true, "cụ": true, "bác": true,
}

// resolve turns a list-file record into a GUIDELINES record and checks it.
// Errors name the file, line and record id.
func resolve(rec record) (goldRecord, []error) {
	var errs []error
	fail := func(line int, format string, a ...any) {
		errs = append(errs, &parseError{rec.File, line, rec.ID, fmt.Sprintf(format, a...)})
	}
	out := goldRecord{ID: rec.ID, Source: rec.Source, Doc: rec.Doc, Text: rec.Text, Entities: []entity{}}
	if err := checkSource(rec.Source, rec.Doc); err != nil {
		fail(rec.Line, "%v", err)
	}
	if !utf8.ValidString(rec.Text) {
		fail(rec.Line, "text is not valid UTF-8")
		return out, errs
	}
	if !norm.NFC.IsNormalString(rec.Text) {
		fail(rec.Line, "text is not NFC (run the text through NFC before annotating)")
	}
	if strings.ContainsAny(rec.Text, "\r\t") {
		fail(rec.Line, "text holds a carriage return or tab")
	}
	text := []rune(rec.Text)
	for _, m := range rec.Mentions {
		e, ok := resolveMention(text, m, func(format string, a ...any) { fail(m.Line, format, a...) })
		if ok {
			out.Entities = append(out.Entities, e)
		}
	}
	slices.SortStableFunc(out.Entities, func(a, b entity) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	for i := 1; i < len(out.Entities); i++ {
		a, b := out.Entities[i-1], out.Entities[i]
		if b.Start < a.End {
			fail(rec.Line, "%s %q [%d,%d) overlaps %s %q [%d,%d)", a.Type, a.Text, a.Start, a.End, b.Type, b.Text, b.Start, b.End)
		}
	}
	return out, errs
}

// resolveMention finds a mention's span and checks it and its roles.
func resolveMention(text []rune, m mention, fail func(string, ...any)) (entity, bool) {
	sub := []rune(m.Surface)
	occ := occurrences(text, sub)
	if len(occ) == 0 {
		if i := indexRunes(text, sub); i >= 0 {
			fail("%s %q occurs only inside a word (at %d): spans start and end on word boundaries", shortType[m.Type], m.Surface, i)
		} else {
			fail("%s %q not found in the text", shortType[m.Type], m.Surface)
		}
		return entity{}, false
	}
	if m.Occ > len(occ) {
		fail("%s %q #%d: the text has only %d occurrence(s)", shortType[m.Type], m.Surface, m.Occ, len(occ))
		return entity{}, false
	}
	start := occ[m.Occ-1]
	e := entity{Type: m.Type, Start: start, End: start + len(sub), Text: m.Surface}
	if msg := spanEdgeProblem(sub); msg != "" {
		fail("%s %q: %s", shortType[m.Type], m.Surface, msg)
	}
	if m.Type == "LOCATION" {
		switch {
		case m.Level == "" || m.Level == "?":
			fail("LOC %q: level not decided: write @country, @province, @district, @commune or @other", m.Surface)
		case !slices.Contains(levels, m.Level):
			fail("LOC %q: unknown level @%s (country, province, district, commune, other)", m.Surface, m.Level)
		}
		e.Level = m.Level
	} else if m.Level != "" {
		fail("%s %q: only LOC takes a level", shortType[m.Type], m.Surface)
	}
	if m.Type == "PERSON" {
		// A lower-case honorific never opens a name; a capitalised one
		// may be a name (Anh, Đồng, Cô) unless it is Ông or Bà.
		word := strings.Fields(m.Surface)[0]
		first := strings.ToLower(word)
		if honorifics[first] && (word == first || first == "ông" || first == "bà") {
			fail("PER %q starts with the honorific %q: the span is the name only", m.Surface, first)
		} else if r, _ := utf8.DecodeRuneInString(m.Surface); !unicode.IsUpper(r) {
			fail("PER %q does not start with a capital letter", m.Surface)
		}
	}
	if len(m.Roles) > 0 && m.Type != "PERSON" {
		fail("%s %q has roles: only PER takes roles", shortType[m.Type], m.Surface)
		return e, true
	}
	seen := map[string]bool{}
	for _, r := range m.Roles {
		if seen[r.Text] {
			fail("PER %q: role %q listed twice", m.Surface, r.Text)
		}
		seen[r.Text] = true
		if msg := roleProblem(text, e, r); msg != "" {
			fail("PER %q: role %q: %s", m.Surface, r.Text, msg)
		}
		e.Roles = append(e.Roles, r.Text)
		e.RoleStatus = append(e.RoleStatus, r.Status)
	}
	return e, true
}

// roleProblem checks one role of a PERSON: its status, its first word, and
// that it is written near the mention; "" when it is fine.
func roleProblem(text []rune, e entity, r role) string {
	if !slices.Contains(statuses, r.Status) {
		return fmt.Sprintf("unknown status {%s} (current, former, late, acting, new)", r.Status)
	}
	if !norm.NFC.IsNormalString(r.Text) {
		return "not NFC"
	}
	words := strings.Fields(strings.ToLower(r.Text))
	if notRoleStart[words[0]] && !(words[0] == "cố" && len(words) > 1 && words[1] == "vấn") {
		return fmt.Sprintf("starts with %q: markers, honorifics and \"hiện là\" stay outside the role", words[0])
	}
	sub := []rune(r.Text)
	if msg := spanEdgeProblem(sub); msg != "" {
		return msg
	}
	start, ok := roleSpan(text, sub, e.Start, e.End)
	if !ok {
		return fmt.Sprintf("not found within %d characters of the name", roleWindow)
	}
	if want, ok := markerBefore(text, start); ok && want != r.Status {
		return fmt.Sprintf("follows %q, so its status is {%s}, not {%s}", wordBefore(text, start), want, r.Status)
	}
	return ""
}

// roleSpan finds the occurrence of a role phrase nearest to the mention
// [mStart, mEnd), before or after it and not overlapping it, within
// roleWindow code points; ties go to the occurrence before.
func roleSpan(text, role []rune, mStart, mEnd int) (int, bool) {
	best, bestDist := -1, roleWindow+1
	for _, at := range occurrences(text, role) {
		end := at + len(role)
		var d int
		switch {
		case end <= mStart:
			d = mStart - end
		case at >= mEnd:
			d = at - mEnd
		default:
			continue
		}
		if d < bestDist {
			best, bestDist = at, d
		}
	}
	return best, best >= 0
}

// wordBefore returns the lower-cased word just before offset i (skipping
// spaces), or "".
// markerBefore returns the status the word before text[i:] gives a role,
// if it is a status marker. "quyền" after "dưới" is a noun ("dưới quyền
// Tổng thống X": under President X), not the acting marker.
func markerBefore(text []rune, i int) (string, bool) {
	w := wordBeforeRaw(text, i)
	st, ok := statusMarkers[strings.ToLower(w)]
	if ok && st == "acting" {
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		if strings.ToLower(wordBefore(text, j-len([]rune(w)))) == "dưới" {
			return "", false
		}
	}
	return st, ok
}

func wordBefore(text []rune, i int) string {
	return strings.ToLower(wordBeforeRaw(text, i))
}

// spanEdgeProblem says why a span may not start or end where it does, or "".
// A span starts on a letter or digit and ends on one, on the period of a
// short abbreviation ("Võ Thị Bích L.", "Inc.") or on a closing parenthesis
// it opened itself.
func spanEdgeProblem(s []rune) string {
	if len(s) == 0 {
		return "empty"
	}
	if !isWordRune(s[0]) {
		return fmt.Sprintf("starts on %q: spans start on a letter or digit (quote marks stay outside)", s[0])
	}
	last := s[len(s)-1]
	switch {
	case isWordRune(last):
	case last == '.':
		k := len(s) - 1
		for k > 0 && unicode.IsLetter(s[k-1]) {
			k--
		}
		if n := len(s) - 1 - k; n == 0 || n > 4 || !unicode.IsUpper(s[k]) || (k > 0 && s[k-1] != ' ' && s[k-1] != '.') {
			return "ends on a period that closes no short abbreviation"
		}
	case last == ')':
		if strings.Count(string(s), "(") != strings.Count(string(s), ")") {
			return "ends on a ')' it did not open"
		}
	default:
		return fmt.Sprintf("ends on %q: spans end on a letter or digit", last)
	}
	return ""
}

// indexRunes is strings.Index for rune slices.
func indexRunes(text, sub []rune) int {
	for i := 0; i+len(sub) <= len(text); i++ {
		if slices.Equal(text[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// checkSource checks a record's source and that its doc follows from it:
// a Wikipedia record belongs to its article, a UD sentence to its block of
// udBlock consecutive sentences, so splits by doc never cut an article.
func checkSource(source, doc string) error {
	if m := viwikiSource.FindStringSubmatch(source); m != nil {
		if doc != m[1] {
			return fmt.Errorf("doc=%s: a Wikipedia record's doc is its article id %s", doc, m[1])
		}
		return nil
	}
	if m := udSource.FindStringSubmatch(source); m != nil {
		if want := udDoc(m[1]); doc != want {
			return fmt.Errorf("doc=%s: a UD-VTB sentence's doc is its block %s", doc, want)
		}
		return nil
	}
	if source == "written" {
		if strings.HasPrefix(doc, "viwiki-") || strings.HasPrefix(doc, "ud-vtb-") || strings.HasPrefix(doc, "vietnews-") {
			return fmt.Errorf("doc=%s: a written record's doc may not look like a Wikipedia, UD or VietNews id", doc)
		}
		return nil
	}
	if evalSource.MatchString(source) {
		if doc != strings.TrimPrefix(source, "vietnews:") {
			return fmt.Errorf("doc=%s: a VietNews record's doc is its article id", doc)
		}
		return nil
	}
	return fmt.Errorf("unknown source %q: want viwiki:viwiki-NNNNN, ud-vtb:SENT_ID or written", source)
}

// Split names, in file order.
var splits = []string{"train", "dev", "blind"}

// splitOf assigns a document to a split by a hash of its id, so the
// assignment never depends on which batches exist: about 20% blind, 10% dev.
func splitOf(doc string) string {
	h := sha256.Sum256([]byte("vntext-entities-split/" + doc))
	switch v := binary.BigEndian.Uint32(h[:4]) % 100; {
	case v < 20:
		return "blind"
	case v < 30:
		return "dev"
	}
	return "train"
}

// corpus is every batch of a corpus directory, resolved.
type corpus struct {
	Dir     string
	Records []goldRecord // of pass1 and reviewed batches, in batch-file order
	Drafts  []string     // batch files in draft status: parsed, not compiled
}

// loadCorpus reads and checks every batch file of dir/batches.
func loadCorpus(dir string) (*corpus, error) {
	files, err := filepath.Glob(filepath.Join(dir, "batches", "*.txt"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	c := &corpus{Dir: dir}
	var errs []error
	ids := map[string]string{}
	for _, f := range files {
		status, err := readStatus(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		recs, err := readListFile(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if status == statusDraft {
			c.Drafts = append(c.Drafts, filepath.Base(f))
		}
		batch := strings.TrimSuffix(filepath.Base(f), ".txt")
		for _, r := range recs {
			if !strings.HasPrefix(r.ID, batch+"-") {
				errs = append(errs, &parseError{f, r.Line, r.ID, fmt.Sprintf("record ids in %s start with %q", filepath.Base(f), batch+"-")})
			}
			if prev, dup := ids[r.ID]; dup {
				errs = append(errs, &parseError{f, r.Line, r.ID, "duplicate record id (also at " + prev + ")"})
			}
			ids[r.ID] = fmt.Sprintf("%s:%d", f, r.Line)
			if status == statusDraft {
				continue
			}
			g, rerrs := resolve(r)
			errs = append(errs, rerrs...)
			c.Records = append(c.Records, g)
		}
	}
	return c, errors.Join(errs...)
}

// compiled renders the split files: name → JSONL bytes.
func (c *corpus) compiled() (map[string][]byte, error) {
	out := map[string]*bytes.Buffer{}
	for _, s := range splits {
		out[s] = &bytes.Buffer{}
	}
	for _, r := range c.Records {
		enc := json.NewEncoder(out[splitOf(r.Doc)])
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			return nil, err
		}
	}
	res := map[string][]byte{}
	for s, b := range out {
		res[s+".jsonl"] = b.Bytes()
	}
	return res, nil
}

// staleFiles lists the split files on disk that differ from what the batch
// files compile to.
func (c *corpus) staleFiles() ([]string, error) {
	want, err := c.compiled()
	if err != nil {
		return nil, err
	}
	var stale []string
	for _, s := range splits {
		name := s + ".jsonl"
		have, err := os.ReadFile(filepath.Join(c.Dir, name))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		if !bytes.Equal(have, want[name]) {
			stale = append(stale, name)
		}
	}
	return stale, nil
}

// write writes the split files.
func (c *corpus) write() error {
	files, err := c.compiled()
	if err != nil {
		return err
	}
	for _, s := range splits {
		name := s + ".jsonl"
		if err := os.WriteFile(filepath.Join(c.Dir, name), files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}
