package main

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The evaluation set: VietNews dev articles annotated by GUIDELINES.md.
// The repository keeps only ids, offsets and labels (eval/vietnews.jsonl);
// the text stays in $VNTEXT_DATA and join puts the two together.
const (
	evalIDsFile   = "eval/vietnews-ids.txt"
	evalAnnFile   = "eval/vietnews.jsonl"
	evalBatchSize = 15
)

// newsArticle is one line of sum/vietnews/dev.jsonl.
type newsArticle struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// evalRole is a role phrase as a span of the article text.
type evalRole struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Status string `json:"status"`
}

// evalEntity is an entity without its text.
type evalEntity struct {
	Type  string     `json:"type"`
	Start int        `json:"start"`
	End   int        `json:"end"`
	Level string     `json:"level,omitempty"`
	Roles []evalRole `json:"roles,omitempty"`
}

// evalRecord holds one article's annotations, keyed by id; TextSHA256
// detects a changed source text.
type evalRecord struct {
	ID         string       `json:"id"`
	TextSHA256 string       `json:"text_sha256"`
	Entities   []evalEntity `json:"entities"`
}

func textHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

func readJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

func writeJSONL[T any](path string, recs []T) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// Domain cues of domain/README.md: a cue match per 100 syllables is the
// article's domain score; programme cues count double.
var (
	domainCues = []string{"UBND", "HĐND", "Bí thư", "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Sở", "Bộ", "tỉnh",
		"huyện", "quận", "xã", "phường", "Đề án", "Dự án", "Chương trình", "Nghị quyết", "Kế hoạch", "phong trào",
		"Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Thủ tướng", "Bộ trưởng"}
	programmeCues = []string{"Nghị quyết số", "Kế hoạch số", "Quyết định số", "phong trào \"", "phong trào “",
		"nông thôn mới", "Đề án"}
)

// countWord counts word-bounded occurrences of cue in text.
func countWord(text []rune, cue string) int {
	return len(occurrences(text, []rune(cue)))
}

// domainScore is cue matches per 100 syllables.
func domainScore(text string) (score float64, syllables int) {
	syllables = len(strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) }))
	if syllables == 0 {
		return 0, 0
	}
	runes := []rune(text)
	hits := 0
	for _, c := range domainCues {
		hits += countWord(runes, c)
	}
	for _, c := range programmeCues {
		hits += 2 * countWord(runes, c)
	}
	return float64(hits) * 100 / float64(syllables), syllables
}

// selectEval ranks the VietNews dev articles of 250–900 syllables that are
// not in the domain dev set by domain score and returns the best n ids in
// id order.
func selectEval(arts []newsArticle, exclude map[string]bool, n int) []string {
	type cand struct {
		id    string
		score float64
	}
	var cands []cand
	for _, a := range arts {
		if exclude[a.ID] {
			continue
		}
		s, syl := domainScore(a.Text)
		if syl < 250 || syl > 900 {
			continue
		}
		cands = append(cands, cand{a.ID, s})
	}
	slices.SortFunc(cands, func(a, b cand) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.id, b.id)) })
	var ids []string
	for _, c := range cands[:min(n, len(cands))] {
		ids = append(ids, c.id)
	}
	slices.Sort(ids)
	return ids
}

func newsPath(data string) string { return filepath.Join(data, "sum", "vietnews", "dev.jsonl") }

func cmdEvalSelect(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval-select", stderr)
	dir := fs.String("dir", defaultDir, "corpus directory")
	n := fs.Int("n", 150, "number of articles")
	if err := fs.Parse(args); err != nil {
		return err
	}
	data, err := dataDir()
	if err != nil {
		return err
	}
	arts, err := readJSONL[newsArticle](newsPath(data))
	if err != nil {
		return err
	}
	dev, err := readJSONL[newsArticle](filepath.Join(data, "domain", "dev.jsonl"))
	if err != nil {
		return err
	}
	exclude := map[string]bool{}
	for _, d := range dev {
		exclude[d.ID] = true
	}
	ids := selectEval(arts, exclude, *n)
	path := filepath.Join(*dir, evalIDsFile)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, []byte(strings.Join(ids, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d ids written to %s (%d excluded as domain dev articles)\n", len(ids), path, len(exclude))
	return nil
}

// evalBatchIDs returns the ids of evaluation batch eNN: the NN-th run of
// evalBatchSize lines of the ids file.
func evalBatchIDs(dir, batch string) ([]string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, evalIDsFile))
	if err != nil {
		return nil, err
	}
	ids := strings.Fields(string(raw))
	k, err := strconv.Atoi(strings.TrimPrefix(batch, "e"))
	if err != nil || !strings.HasPrefix(batch, "e") || k < 1 || (k-1)*evalBatchSize >= len(ids) {
		return nil, fmt.Errorf("evaluation batch %q: want e01..e%02d", batch, (len(ids)+evalBatchSize-1)/evalBatchSize)
	}
	return ids[(k-1)*evalBatchSize : min(k*evalBatchSize, len(ids))], nil
}

// newsByID reads the VietNews dev articles keyed by id.
func newsByID() (map[string]newsArticle, error) {
	data, err := dataDir()
	if err != nil {
		return nil, err
	}
	arts, err := readJSONL[newsArticle](newsPath(data))
	if err != nil {
		return nil, err
	}
	m := make(map[string]newsArticle, len(arts))
	for _, a := range arts {
		m[a.ID] = a
	}
	return m, nil
}

func cmdEvalPre(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval-pre", stderr)
	dir := fs.String("dir", defaultDir, "corpus directory")
	batch := fs.String("batch", "", "evaluation batch: e01, e02, ...")
	out := fs.String("o", "", "output list file (default stdout); keep it outside git: it holds article text")
	force := fs.Bool("force", false, "overwrite the output file")
	first := fs.Int("n", 0, "only the first N articles of the batch (the second annotator's sample)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ids, err := evalBatchIDs(*dir, *batch)
	if err != nil {
		return err
	}
	if *first > 0 && *first < len(ids) {
		ids = ids[:*first]
	}
	arts, err := newsByID()
	if err != nil {
		return err
	}
	var recs []record
	for _, id := range ids {
		a, ok := arts[id]
		if !ok {
			return fmt.Errorf("%s not in VietNews dev", id)
		}
		recs = append(recs, record{ID: id, Source: "vietnews:" + id, Doc: id, Comments: []string{"title: " + a.Title}, Text: a.Text})
	}
	return writeOutput(*out, *force, "", recs, stdout)
}

// packEval turns a resolved record into offsets and labels only.
func packEval(g goldRecord) evalRecord {
	text := []rune(g.Text)
	out := evalRecord{ID: g.ID, TextSHA256: textHash(g.Text), Entities: []evalEntity{}}
	for _, e := range g.Entities {
		ee := evalEntity{Type: e.Type, Start: e.Start, End: e.End, Level: e.Level}
		for i, r := range e.Roles {
			at, _ := roleSpan(text, []rune(r), e.Start, e.End) // resolve checked it exists
			ee.Roles = append(ee.Roles, evalRole{at, at + len([]rune(r)), e.RoleStatus[i]})
		}
		out.Entities = append(out.Entities, ee)
	}
	return out
}

func cmdEvalPack(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval-pack", stderr)
	dir := fs.String("dir", defaultDir, "corpus directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("usage: eval-pack LIST_FILE... (merged into eval/vietnews.jsonl by id)")
	}
	recs, err := readLists(fs.Args())
	if err != nil {
		return err
	}
	path := filepath.Join(*dir, evalAnnFile)
	have, err := readJSONL[evalRecord](path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	byID := map[string]evalRecord{}
	for _, r := range have {
		byID[r.ID] = r
	}
	var errs []error
	for _, r := range recs {
		if !evalSource.MatchString(r.Source) {
			errs = append(errs, fmt.Errorf("%s:%d: %s: not a VietNews record", r.File, r.Line, r.ID))
			continue
		}
		g, rerrs := resolve(r)
		if len(rerrs) > 0 {
			errs = append(errs, rerrs...)
			continue
		}
		byID[r.ID] = packEval(g)
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	var out []evalRecord
	for _, r := range byID {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b evalRecord) int { return cmp.Compare(a.ID, b.ID) })
	if err := writeJSONL(path, out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d articles packed, %d in %s\n", len(recs), len(out), path)
	return nil
}

// joinEval rebuilds GUIDELINES records from offsets and the article texts.
func joinEval(anns []evalRecord, arts map[string]newsArticle) ([]goldRecord, error) {
	var (
		out  []goldRecord
		errs []error
	)
	for _, a := range anns {
		art, ok := arts[a.ID]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: not in VietNews dev", a.ID))
			continue
		}
		if textHash(art.Text) != a.TextSHA256 {
			errs = append(errs, fmt.Errorf("%s: the article text changed since it was annotated", a.ID))
			continue
		}
		text := []rune(art.Text)
		g := goldRecord{ID: a.ID, Title: art.Title, Source: "vietnews:" + a.ID, Doc: a.ID, Text: art.Text, Entities: []entity{}}
		for _, e := range a.Entities {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				errs = append(errs, fmt.Errorf("%s: span [%d,%d) outside the text", a.ID, e.Start, e.End))
				continue
			}
			ge := entity{Type: e.Type, Start: e.Start, End: e.End, Text: string(text[e.Start:e.End]), Level: e.Level}
			for _, r := range e.Roles {
				if r.Start < 0 || r.End > len(text) || r.Start >= r.End {
					errs = append(errs, fmt.Errorf("%s: role span [%d,%d) outside the text", a.ID, r.Start, r.End))
					continue
				}
				ge.Roles = append(ge.Roles, string(text[r.Start:r.End]))
				ge.RoleStatus = append(ge.RoleStatus, r.Status)
			}
			g.Entities = append(g.Entities, ge)
		}
		out = append(out, g)
	}
	return out, errors.Join(errs...)
}

// toList turns a GUIDELINES record back into list-file form.
func toList(g goldRecord) record {
	text := []rune(g.Text)
	r := record{ID: g.ID, Source: g.Source, Doc: g.Doc, Text: g.Text}
	if g.Title != "" {
		r.Comments = []string{"title: " + g.Title}
	}
	for _, e := range g.Entities {
		m := mention{Type: e.Type, Surface: e.Text, Occ: occurrenceIndex(text, e.Start, e.End), Level: e.Level}
		for i, r := range e.Roles {
			m.Roles = append(m.Roles, role{Text: r, Status: e.RoleStatus[i]})
		}
		r.Mentions = append(r.Mentions, m)
	}
	return r
}

func cmdJoin(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("join", stderr)
	dir := fs.String("dir", defaultDir, "corpus directory")
	batch := fs.String("batch", "", "only this evaluation batch (e01, ...)")
	lists := fs.Bool("lists", false, "write list files (to edit) instead of GUIDELINES JSONL")
	out := fs.String("o", "", "output file (default stdout); keep it outside git: it holds article text")
	force := fs.Bool("force", false, "overwrite the output file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	anns, err := readJSONL[evalRecord](filepath.Join(*dir, evalAnnFile))
	if err != nil {
		return err
	}
	if *batch != "" {
		ids, err := evalBatchIDs(*dir, *batch)
		if err != nil {
			return err
		}
		anns = slices.DeleteFunc(anns, func(r evalRecord) bool { return !slices.Contains(ids, r.ID) })
	}
	arts, err := newsByID()
	if err != nil {
		return err
	}
	golds, err := joinEval(anns, arts)
	if err != nil {
		return err
	}
	if *lists {
		var recs []record
		for _, g := range golds {
			recs = append(recs, toList(g))
		}
		return writeOutput(*out, *force, "", recs, stdout)
	}
	w := stdout
	if *out != "" {
		if _, err := os.Stat(*out); err == nil && !*force {
			return fmt.Errorf("%s exists (use -force)", *out)
		}
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, g := range golds {
		if err := enc.Encode(g); err != nil {
			return err
		}
	}
	return nil
}
