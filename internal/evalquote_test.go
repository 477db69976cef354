package internal_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"go/scanner"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/internal/testenv"
)

// quoteWords is how many consecutive words of evaluation text make a quote.
const quoteWords = 6

// evalSources are the evaluation texts no comment or string may quote: the
// domain dev set, VLSP 2016 dev, PhoNER dev and VietNews dev, which holds
// the articles of the VietNews evaluation set (corpus/entities/eval).
var evalSources = []string{"domain/dev.jsonl", "ner/vlsp2016/dev.jsonl", "ner/phoner_covid19/dev.jsonl", "sum/vietnews/dev.jsonl"}

// TestNoEvaluationQuotes fails when a comment or string literal of the
// module's Go code quotes six or more consecutive words of evaluation
// text: rules and tests written from such quotes fit the evaluation, not
// the language. Word runs that also occur in the licence-clean text
// (Vietnamese Wikipedia, UD-VTB, the train split of corpus/entities) are
// common phrasing ("Chương trình mục
// tiêu quốc gia …") and pass. Words are case-folded NFC letter and digit
// runs, as /work/shared/tools/evalquote.py reads them.
func TestNoEvaluationQuotes(t *testing.T) {
	data := testenv.DataDir(t)
	grams := codeGrams(t, "..")
	hits := map[string][]string{} // gram → where it is quoted
	for _, rel := range evalSources {
		f, err := os.Open(filepath.Join(data, rel))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var rec struct{ Title, Text string }
			if json.Unmarshal(sc.Bytes(), &rec) != nil {
				continue
			}
			forGrams(rec.Text+" "+rec.Title, func(g string) {
				if where, ok := grams[g]; ok && hits[g] == nil {
					hits[g] = append(where, rel)
				}
			})
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if len(hits) == 0 {
		return
	}
	common := commonGrams(t, data, hits)
	var out []string
	for g, where := range hits {
		if common[g] {
			continue
		}
		out = append(out, strings.Join(where[:len(where)-1], ", ")+": quotes "+where[len(where)-1]+": \""+g+" …\"")
	}
	slices.Sort(out)
	for _, o := range out {
		t.Error(o)
	}
	t.Logf("%d runs of %d words shared with evaluation text, %d of them common phrasing", len(hits), quoteWords, len(common))
}

// codeGrams returns the word runs of every comment and string literal in
// the Go files under root, with where each one is.
func codeGrams(t *testing.T, root string) map[string][]string {
	t.Helper()
	grams := map[string][]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "vendor" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		file := fset.AddFile(path, -1, len(src))
		var s scanner.Scanner
		s.Init(file, src, nil, scanner.ScanComments)
		for {
			pos, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if tok != token.COMMENT && tok != token.STRING {
				continue
			}
			if tok == token.STRING {
				if u, err := strconv.Unquote(lit); err == nil {
					lit = u
				}
			}
			where := filepath.ToSlash(strings.TrimPrefix(fset.Position(pos).String(), root+string(filepath.Separator)))
			where = where[:strings.LastIndexByte(where, ':')] // file:line
			forGrams(lit, func(g string) {
				if len(grams[g]) < 3 {
					grams[g] = append(grams[g], where)
				}
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return grams
}

// commonGrams returns the runs of hits that also occur in the licence-clean
// text.
func commonGrams(t *testing.T, data string, hits map[string][]string) map[string]bool {
	t.Helper()
	common := map[string]bool{}
	see := func(text string) {
		forGrams(text, func(g string) {
			if hits[g] != nil {
				common[g] = true
			}
		})
	}
	if f, err := os.Open(filepath.Join(data, "text", "viwiki", "viwiki.jsonl.gz")); err == nil {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		eachLine(t, zr, func(line []byte) {
			var rec struct{ Text string }
			if json.Unmarshal(line, &rec) == nil {
				see(rec.Text)
			}
		})
		f.Close()
	}
	for _, rel := range []string{"ws/ud-vtb/train.seg.txt", "ws/ud-vtb/dev.seg.txt"} {
		if f, err := os.Open(filepath.Join(data, rel)); err == nil {
			eachLine(t, f, func(line []byte) { see(string(line)) })
			f.Close()
		}
	}
	// The project's own training sentences (Wikipedia, UD-VTB and
	// government news its annotators wrote) hold the titles and bodies
	// any news names ("Phó Chủ tịch UBND tỉnh …").
	f, err := os.Open("../corpus/entities/train.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	eachLine(t, f, func(line []byte) {
		var rec struct{ Text string }
		if json.Unmarshal(line, &rec) == nil {
			see(rec.Text)
		}
	})
	return common
}

func eachLine(t *testing.T, r io.Reader, f func([]byte)) {
	t.Helper()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		f(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// forGrams calls f with every run of quoteWords words of text, joined by
// single spaces.
func forGrams(text string, f func(string)) {
	text = strings.ToLower(norm.NFC.String(strings.ReplaceAll(text, "_", " ")))
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsNumber(r) })
	for i := 0; i+quoteWords <= len(words); i++ {
		f(strings.Join(words[i:i+quoteWords], " "))
	}
}
