package pipeline

import (
	"bufio"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/gazetteer"
	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/record"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Row)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*tally)(nil)).Elem())
	register.DoFn3x1[context.Context, inputFile, func(string, tally), error](&countFn{})
	register.Emitter2[string, tally]()
	register.Combiner1[tally](&mergeTallies{})
	register.Function2x1[string, tally, Row](toRow)
	register.DoFn3x1[context.Context, int, func(*Row) bool, error](&writeRowsFn{})
	register.Iter1[Row]()
}

// The kinds of names Aggregate counts.
const (
	KindOfficial  = "official"  // a person named with a role
	KindUnit      = "unit"      // an administrative unit
	KindProgramme = "programme" // a programme (PROGRAM entity)
)

// Row is one line of Aggregate's output: how often a name was written in
// the records of one month about one province.
type Row struct {
	// Month is the records' month ("2024-02"), "" for records without a
	// date (a "published" or "date" member: 2024-02-11, 2024-02-11T15:00,
	// 11/02/2024, 11-02-2024).
	Month string `json:"month"`
	// Province is the full name of the province: for a unit, the one it
	// lies in; for an official, the one the role names ("Chủ tịch UBND
	// quận Tây Hồ": Thành phố Hà Nội), else, as for a programme, the one
	// province the record's units lie in; "" when there is none or more
	// than one. A unit is named in the period it was written in (before or
	// after the reform of 1 July 2025).
	Province string `json:"province"`
	Kind     string `json:"kind"`
	// Name is the official's name, the unit's full name ("Huyện Nam Đàn")
	// or the programme's, normalised.
	Name string `json:"name"`
	// Roles are an official's role phrases, each with its status, and the
	// number of records that wrote it, most written first.
	Roles []RoleCount `json:"roles,omitempty"`
	// Mentions counts the mentions, Documents the records with at least
	// one.
	Mentions  int `json:"mentions"`
	Documents int `json:"documents"`
}

// RoleCount is a role phrase with its status (held now, formerly, acting,
// ...) and the number of records that wrote it so.
type RoleCount struct {
	Role      string              `json:"role"`
	Status    entities.RoleStatus `json:"status"`
	Documents int                 `json:"documents"`
}

// compareRoles orders role counts by phrase, then status.
func compareRoles(a, b RoleCount) int {
	return cmp.Or(strings.Compare(a.Role, b.Role), strings.Compare(string(a.Status), string(b.Status)))
}

// Format is an output format of Aggregate.
type Format string

// The formats.
const (
	FormatJSONL Format = "jsonl"
	FormatCSV   Format = "csv"
)

// ParseFormat reads a format name; "" chooses by the output's name (CSV
// for a .csv file, else JSONL).
func ParseFormat(name, output string) (Format, error) {
	switch strings.ToLower(name) {
	case "":
		if strings.EqualFold(strings.TrimSpace(output[max(0, len(output)-4):]), ".csv") {
			return FormatCSV, nil
		}
		return FormatJSONL, nil
	case "jsonl", "json":
		return FormatJSONL, nil
	case "csv":
		return FormatCSV, nil
	}
	return "", fmt.Errorf("unknown format %q (want jsonl or csv)", name)
}

// AggregateTasks are the tasks Aggregate runs: what its counts need.
const AggregateTasks = vntext.TaskEntities | vntext.TaskOfficials

// Aggregate adds to s a pipeline that counts the officials, units and
// programmes named across the input files, per month and per province, and
// writes the rows to the file o.Output, sorted by month, province, kind
// and most documents first. It runs AggregateTasks: o.Tasks is not used.
// Records that fail are counted in the metrics only.
func Aggregate(s beam.Scope, o Options, f Format) error {
	o.Tasks = AggregateTasks
	if err := o.check(); err != nil {
		return err
	}
	if f != FormatJSONL && f != FormatCSV {
		return fmt.Errorf("unknown format %q", f)
	}
	s = s.Scope("vntext.Aggregate")
	files := matchInputs(s, o.Inputs)
	counts := beam.CombinePerKey(s, &mergeTallies{}, beam.ParDo(s, &countFn{Analysis: analysisOf(o)}, files))
	rows := beam.ParDo(s, toRow, counts)
	// The rows of an archive fit one worker: it sorts and writes them.
	beam.ParDo0(s, &writeRowsFn{Output: o.Output, Format: f}, beam.GroupByKey(s, beam.AddFixedKey(s, rows)))
	return nil
}

// tally is the count of one key ([month, province, kind, name]).
type tally struct {
	Mentions, Documents int
	Roles               []RoleCount // sorted by compareRoles
}

type mergeTallies struct{}

func (*mergeTallies) MergeAccumulators(a, b tally) tally {
	a.Mentions += b.Mentions
	a.Documents += b.Documents
	if len(b.Roles) == 0 {
		return a
	}
	merged := make([]RoleCount, 0, len(a.Roles)+len(b.Roles))
	i, j := 0, 0
	for i < len(a.Roles) || j < len(b.Roles) {
		switch {
		case j == len(b.Roles) || i < len(a.Roles) && compareRoles(a.Roles[i], b.Roles[j]) < 0:
			merged = append(merged, a.Roles[i])
			i++
		case i == len(a.Roles) || compareRoles(b.Roles[j], a.Roles[i]) < 0:
			merged = append(merged, b.Roles[j])
			j++
		default:
			rc := a.Roles[i]
			rc.Documents += b.Roles[j].Documents
			merged = append(merged, rc)
			i, j = i+1, j+1
		}
	}
	a.Roles = merged
	return a
}

func rowKey(month, province, kind, name string) string {
	b, _ := json.Marshal([4]string{month, province, kind, name}) // strings always marshal
	return string(b)
}

func toRow(key string, t tally) Row {
	var k [4]string
	_ = json.Unmarshal([]byte(key), &k) // rowKey wrote it
	roles := slices.Clone(t.Roles)
	slices.SortStableFunc(roles, func(a, b RoleCount) int { return cmp.Compare(b.Documents, a.Documents) })
	return Row{Month: k[0], Province: k[1], Kind: k[2], Name: k[3], Roles: roles, Mentions: t.Mentions, Documents: t.Documents}
}

// countFn counts the names of the records of one input file.
type countFn struct {
	Analysis analysis

	places *places
}

func (f *countFn) Setup() error {
	if err := f.Analysis.setup(); err != nil {
		return err
	}
	f.Analysis.month = true
	var err error
	f.places, err = newPlaces()
	return err
}

func (f *countFn) ProcessElement(ctx context.Context, in inputFile, emit func(string, tally)) error {
	return f.Analysis.readFile(ctx, in, func(d analyzed) error {
		if d.out.Err == nil {
			res := d.out.Result()
			for k, t := range f.count(&res, d.month) {
				emit(k, t)
			}
		}
		return nil
	})
}

// count tallies the names of one record.
func (f *countFn) count(res *vntext.Result, month string) map[string]tally {
	// The record's province: the one its units lie in, named on their own,
	// in organisations ("UBND tỉnh Nghệ An") and in roles.
	var all []gazetteer.Unit
	for _, e := range res.Entities {
		switch e.Type {
		case entities.Location:
			all = append(all, f.places.ofEntity(e)...)
		case entities.Organization:
			all = append(all, f.places.ofRole(e.Text)...)
			if e.Unit != "" {
				all = append(all, f.places.g.Lookup(e.Unit)...)
			}
		}
	}
	for _, o := range res.Officials {
		for _, r := range o.Roles {
			all = append(all, f.places.ofRole(r.Text)...)
		}
	}
	docProvince := f.places.province(all, month)
	out := map[string]tally{}
	add := func(province, kind, name string, mentions int, roles []RoleCount) {
		k := rowKey(month, province, kind, name)
		t, seen := out[k]
		if !seen {
			t.Documents = 1
		}
		t.Mentions += mentions
		for _, r := range roles {
			if i, found := slices.BinarySearchFunc(t.Roles, r, compareRoles); !found {
				t.Roles = slices.Insert(t.Roles, i, r)
			}
		}
		out[k] = t
	}
	for _, e := range res.Entities {
		switch e.Type {
		case entities.Location:
			units := f.places.ofEntity(e)
			if len(units) == 0 {
				continue
			}
			name := units[0].FullName()
			for _, u := range units[1:] {
				if u.FullName() != name {
					name = ""
				}
			}
			if name != "" {
				add(f.places.province(units, month), KindUnit, name, 1, nil)
			}
		case entities.Program:
			add(docProvince, KindProgramme, displayName(e.Text), 1, nil)
		}
	}
	for _, o := range res.Officials {
		if len(o.Roles) == 0 {
			continue // a person named without a role is not counted as an official
		}
		province := ""
		for _, r := range o.Roles {
			if province = f.places.province(f.places.ofRole(r.Text), month); province != "" {
				break
			}
		}
		if province == "" {
			province = docProvince
		}
		roles := make([]RoleCount, len(o.Roles))
		for i, r := range o.Roles {
			roles[i] = RoleCount{Role: normalize.Normalize(r.Text), Status: r.Status, Documents: 1}
		}
		add(province, KindOfficial, normalize.Normalize(o.Name), len(o.Mentions), roles)
	}
	return out
}

// displayName is a name normalised, with a capital first letter, so that
// a name at the start of a sentence and inside one count as one.
func displayName(s string) string {
	s = normalize.Normalize(s)
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// recordDate is what Aggregate reads of an input record.
type recordDate struct {
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
}

// monthOf returns the month of an input record ("2024-02"), "" when it
// has no date Aggregate can read.
func monthOf(in record.Input) string {
	if in.Txt || in.TooLong > 0 {
		return ""
	}
	var d recordDate
	if json.Unmarshal(in.Data, &d) != nil {
		return ""
	}
	for _, raw := range []json.RawMessage{d.Published, d.Date} {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			if m := month(s); m != "" {
				return m
			}
		}
	}
	return ""
}

// month reads the month of a date written 2024-02-11 (ISO 8601, a time
// may follow), 2024/02/11, 2024-02, or day first: 11/02/2024, 11-02-2024,
// 11.02.2024.
func month(s string) string {
	s = strings.TrimSpace(s)
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' || r == 'T' || r == ' ' })
	if len(fields) < 2 {
		return ""
	}
	num := func(f string) int {
		n, err := strconv.Atoi(f)
		if err != nil {
			return -1
		}
		return n
	}
	var y, m int
	switch {
	case len(fields[0]) == 4:
		y, m = num(fields[0]), num(fields[1])
	case len(fields) >= 3 && len(fields[2]) == 4 && len(fields[0]) <= 2:
		y, m = num(fields[2]), num(fields[1])
	default:
		return ""
	}
	if y < 1900 || y > 2200 || m < 1 || m > 12 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// writeRowsFn sorts the rows and writes them to one file.
type writeRowsFn struct {
	Output string
	Format Format
}

func (f *writeRowsFn) ProcessElement(ctx context.Context, _ int, rows func(*Row) bool) error {
	var all []Row
	var r Row
	for rows(&r) {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b Row) int {
		return cmp.Or(cmp.Compare(a.Month, b.Month), cmp.Compare(a.Province, b.Province), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(b.Documents, a.Documents), cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Name, b.Name))
	})
	out, err := createOutput(ctx, f.Output)
	if err != nil {
		return err
	}
	if err := WriteRows(out, all, f.Format); err != nil {
		out.abandon(ctx)
		return fmt.Errorf("vntext: %s: %w", f.Output, err)
	}
	return out.commit(ctx)
}

// WriteRows writes rows in format f: JSONL, one Row a line, or CSV with a
// header (month, province, kind, name, roles, mentions, documents; roles
// written "role (documents); ...", a status other than current after the
// role: "role [former] (documents)").
func WriteRows(w io.Writer, rows []Row, f Format) error {
	bw := bufio.NewWriter(w)
	switch f {
	case FormatCSV:
		cw := csv.NewWriter(bw)
		if err := cw.Write([]string{"month", "province", "kind", "name", "roles", "mentions", "documents"}); err != nil {
			return err
		}
		for _, r := range rows {
			roles := make([]string, len(r.Roles))
			for i, rc := range r.Roles {
				status := ""
				if rc.Status != entities.StatusCurrent && rc.Status != "" {
					status = " [" + string(rc.Status) + "]"
				}
				roles[i] = fmt.Sprintf("%s%s (%d)", rc.Role, status, rc.Documents)
			}
			if err := cw.Write([]string{r.Month, r.Province, r.Kind, r.Name, strings.Join(roles, "; "),
				strconv.Itoa(r.Mentions), strconv.Itoa(r.Documents)}); err != nil {
				return err
			}
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
	default:
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}
