package normalize

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/vntext/vntext/internal/testenv"
	"golang.org/x/text/unicode/norm"
)

type vector struct {
	id, category, input, modern, classic, note string
}

// unescapeVector decodes the escapes of vectors.tsv: \\ \t \n \r \uXXXX
// \UXXXXXXXX and \xHH (a raw byte).
func unescapeVector(t testing.TB, s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case '\\':
			b.WriteByte('\\')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'u', 'U', 'x':
			n := map[byte]int{'u': 4, 'U': 8, 'x': 2}[s[i]]
			v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				t.Fatalf("bad escape in %q: %v", s, err)
			}
			if s[i] == 'x' {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
			i += n
		default:
			t.Fatalf("unknown escape \\%c in %q", s[i], s)
		}
	}
	return b.String()
}

func loadVectors(t testing.TB) []vector {
	path := filepath.Join(testenv.DataDir(t, "norm"), "vectors.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var vs []vector
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for first := true; sc.Scan(); first = false {
		if first {
			continue
		}
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 6 {
			t.Fatalf("row with %d fields: %q", len(fs), sc.Text())
		}
		vs = append(vs, vector{fs[0], fs[1], unescapeVector(t, fs[2]), unescapeVector(t, fs[3]), unescapeVector(t, fs[4]), fs[5]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// The spec has 355 rows; a truncated file must not pass by running fewer.
	if len(vs) < 355 {
		t.Fatalf("%s: %d rows, want at least 355", path, len(vs))
	}
	return vs
}

// givenEncoding returns the encoding a legacy row names, if any.
func givenEncoding(category string) (Detection, bool) {
	name, ok := strings.CutPrefix(category, "norm/legacy-")
	if !ok {
		return Detection{}, false
	}
	misread := strings.HasSuffix(name, "-in-utf8")
	name = strings.TrimSuffix(strings.TrimSuffix(name, "-in-utf8"), "-vntimeh")
	e, err := ParseEncoding(name)
	if err != nil {
		return Detection{}, false
	}
	return Detection{Encoding: e, Misread: misread, Confidence: 1}, true
}

// applyVector runs the operation a row's category names.
func applyVector(v vector, style ToneStyle) string {
	out := normWith(v.input, WithTone(style))
	switch strings.SplitN(v.category, "/", 2)[0] {
	case "fold":
		return Fold(out)
	case "slug":
		return Slug(out)
	case "upper":
		return strings.ToUpper(out)
	case "lower":
		return strings.ToLower(out)
	}
	return out
}

// TestVectors runs every row of $VNTEXT_DATA/norm/vectors.tsv in both tone
// styles (legacy rows auto-detected) and reports failures per category.
func TestVectors(t *testing.T) {
	vs := loadVectors(t)
	type tally struct{ pass, total int }
	cats := map[string]*tally{}
	passed := 0
	for _, v := range vs {
		c := cats[v.category]
		if c == nil {
			c = &tally{}
			cats[v.category] = c
		}
		c.total++
		ok := true
		for _, st := range []struct {
			style ToneStyle
			want  string
		}{{ToneModern, v.modern}, {ToneClassic, v.classic}} {
			if got := applyVector(v, st.style); got != st.want {
				ok = false
				t.Errorf("%s %s (%s) %s:\n input %q\n got   %q\n want  %q", v.id, v.category, st.style, v.note, v.input, got, st.want)
			}
		}
		if ok {
			c.pass++
			passed++
		}
	}
	names := make([]string, 0, len(cats))
	for n := range cats {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if c := cats[n]; c.pass != c.total {
			t.Logf("%-32s %d/%d", n, c.pass, c.total)
		}
	}
	t.Logf("vectors: %d/%d pass in both tone styles", passed, len(vs))
}

// TestVectorsGivenEncoding decodes each legacy row with its named encoding.
func TestVectorsGivenEncoding(t *testing.T) {
	n := 0
	for _, v := range loadVectors(t) {
		d, ok := givenEncoding(v.category)
		if !ok {
			continue
		}
		n++
		got := normWith(d.Decode([]byte(v.input)), WithTone(ToneModern))
		if !d.Misread {
			got = normWith(v.input, WithEncoding(d.Encoding), WithTone(ToneModern))
		}
		if got != v.modern {
			t.Errorf("%s %s: got %q want %q", v.id, v.category, got, v.modern)
		}
	}
	t.Logf("%d legacy rows decoded with the encoding given", n)
}

// TestVectorsDetect checks Detect picks the row's encoding on legacy rows
// and UTF-8 on the others.
func TestVectorsDetect(t *testing.T) {
	for _, v := range loadVectors(t) {
		if !strings.HasPrefix(v.category, "norm/") {
			continue
		}
		got := Detect([]byte(v.input))
		want, legacy := givenEncoding(v.category)
		if !legacy {
			want = Detection{Encoding: UTF8}
		}
		if got.Encoding != want.Encoding || got.Misread != want.Misread {
			t.Errorf("%s %s: Detect = %+v, want %v misread=%v", v.id, v.category, got, want.Encoding, want.Misread)
		}
	}
}

// TestVectorsIdempotent checks every expected value is a fixed point and
// NFC, in its own style and with ToneKeep.
func TestVectorsIdempotent(t *testing.T) {
	for _, v := range loadVectors(t) {
		if !strings.HasPrefix(v.category, "norm/") {
			continue
		}
		for _, c := range []struct {
			want  string
			style ToneStyle
		}{{v.modern, ToneModern}, {v.classic, ToneClassic}, {v.modern, ToneKeep}, {v.classic, ToneKeep}} {
			if !norm.NFC.IsNormalString(c.want) {
				t.Fatalf("%s: expected value not NFC", v.id)
			}
			if got := normWith(c.want, WithTone(c.style)); got != c.want {
				t.Errorf("%s (%s): Normalize(expected) = %q, want %q", v.id, c.style, got, c.want)
			}
		}
	}
}

// TestNFCAloneOnVectors measures the x/text baseline quoted in the README:
// how many norm/ rows norm.NFC alone gets right (either style).
func TestNFCAloneOnVectors(t *testing.T) {
	modern, classic, both, total := 0, 0, 0, 0
	for _, v := range loadVectors(t) {
		if !strings.HasPrefix(v.category, "norm/") {
			continue
		}
		total++
		got := norm.NFC.String(v.input)
		if got == v.modern {
			modern++
		}
		if got == v.classic {
			classic++
		}
		if got == v.modern && got == v.classic {
			both++
		}
	}
	t.Logf("x/text norm.NFC alone on %d norm/ rows: %d match the modern column, %d the classic column, %d both", total, modern, classic, both)
	// The README quotes these figures: a new x/text or a new spec must
	// update it, not leave it stale.
	if total != 307 || modern != 85 || classic != 100 {
		t.Errorf("rows, modern, classic = %d, %d, %d; the README (Normalization, Accuracy) says 307, 85, 100", total, modern, classic)
	}
}
