package internal_test

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	vntext "github.com/vntext/vntext"
	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/gazetteer"
	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

// api lists every exported function and method of the public packages, by
// the name apiNames gives it, with the function value (methods as method
// expressions: the receiver is the first argument). TestAPIListComplete
// fails when a package gains one that is not here.
var api = map[string]any{
	"vntext.New":                              vntext.New,
	"vntext.ParseTasks":                       vntext.ParseTasks,
	"vntext.WithEntityBoost":                  vntext.WithEntityBoost,
	"vntext.WithEntityOptions":                vntext.WithEntityOptions,
	"vntext.WithKeywords":                     vntext.WithKeywords,
	"vntext.WithNormOptions":                  vntext.WithNormOptions,
	"vntext.WithSummaryOptions":               vntext.WithSummaryOptions,
	"vntext.WithTasks":                        vntext.WithTasks,
	"vntext.WithTokenizerOptions":             vntext.WithTokenizerOptions,
	"vntext.Analyzer.Analyze":                 (*vntext.Analyzer).Analyze,
	"vntext.Analyzer.Tasks":                   (*vntext.Analyzer).Tasks,
	"vntext.Analyzer.Tokenizer":               (*vntext.Analyzer).Tokenizer,
	"vntext.Task.String":                      vntext.Task.String,
	"vntext.Decode":                           vntext.Decode,
	"vntext.ParseOffsets":                     vntext.ParseOffsets,
	"vntext.Offsets.String":                   vntext.Offsets.String,
	"vntext.Offsets.MarshalText":              vntext.Offsets.MarshalText,
	"vntext.Offsets.UnmarshalText":            (*vntext.Offsets).UnmarshalText,
	"vntext.WithOffsets":                      vntext.WithOffsets,
	"vntext.StreamWorkers":                    vntext.StreamWorkers,
	"vntext.StreamMaxBytes":                   vntext.StreamMaxBytes,
	"vntext.StreamProgress":                   vntext.StreamProgress,
	"vntext.StreamStop":                       vntext.StreamStop,
	"vntext.Stream":                           vntext.Stream[string, string],
	"vntext.Analyzer.AnalyzeStream":           (*vntext.Analyzer).AnalyzeStream,
	"vntext.Analyzer.SummarizeGroup":          (*vntext.Analyzer).SummarizeGroup,
	"vntext.Task.MarshalText":                 vntext.Task.MarshalText,
	"vntext.Task.UnmarshalText":               (*vntext.Task).UnmarshalText,
	"normalize.Decode":                        normalize.Decode,
	"normalize.Detect":                        normalize.Detect,
	"normalize.Fold":                          normalize.Fold,
	"normalize.Lower":                         normalize.Lower,
	"normalize.New":                           normalize.New,
	"normalize.Normalize":                     normalize.Normalize,
	"normalize.NormalizeWithMap":              normalize.NormalizeWithMap,
	"normalize.ParseEncoding":                 normalize.ParseEncoding,
	"normalize.ParseToneStyle":                normalize.ParseToneStyle,
	"normalize.Slug":                          normalize.Slug,
	"normalize.Upper":                         normalize.Upper,
	"normalize.WithEncoding":                  normalize.WithEncoding,
	"normalize.WithKeepLines":                 normalize.WithKeepLines,
	"normalize.WithStrict":                    normalize.WithStrict,
	"normalize.WithTone":                      normalize.WithTone,
	"normalize.Detection.Decode":              normalize.Detection.Decode,
	"normalize.Encoding.String":               normalize.Encoding.String,
	"normalize.Encoding.MarshalText":          normalize.Encoding.MarshalText,
	"normalize.Encoding.UnmarshalText":        (*normalize.Encoding).UnmarshalText,
	"normalize.InvalidUTF8Error.Error":        (*normalize.InvalidUTF8Error).Error,
	"normalize.Normalized.Orig":               normalize.Normalized.Orig,
	"normalize.Normalized.OrigSpan":           normalize.Normalized.OrigSpan,
	"normalize.Normalizer.Normalize":          (*normalize.Normalizer).Normalize,
	"normalize.Normalizer.NormalizeWithMap":   (*normalize.Normalizer).NormalizeWithMap,
	"normalize.Normalizer.Transformer":        (*normalize.Normalizer).Transformer,
	"normalize.ToneStyle.String":              normalize.ToneStyle.String,
	"normalize.ToneStyle.MarshalText":         normalize.ToneStyle.MarshalText,
	"normalize.ToneStyle.UnmarshalText":       (*normalize.ToneStyle).UnmarshalText,
	"tokenize.New":                            tokenize.New,
	"tokenize.WithAbbreviations":              tokenize.WithAbbreviations,
	"tokenize.WithModel":                      tokenize.WithModel,
	"tokenize.WithWords":                      tokenize.WithWords,
	"tokenize.Kind.String":                    tokenize.Kind.String,
	"tokenize.Kind.MarshalText":               tokenize.Kind.MarshalText,
	"tokenize.Kind.UnmarshalText":             (*tokenize.Kind).UnmarshalText,
	"tokenize.Tokenizer.AppendTokens":         (*tokenize.Tokenizer).AppendTokens,
	"tokenize.Tokenizer.Segment":              (*tokenize.Tokenizer).Segment,
	"tokenize.Tokenizer.Sentences":            (*tokenize.Tokenizer).Sentences,
	"tokenize.Tokenizer.Tokens":               (*tokenize.Tokenizer).Tokens,
	"tokenize.Tokenizer.Words":                (*tokenize.Tokenizer).Words,
	"gazetteer.Default":                       gazetteer.Default,
	"gazetteer.PeriodsOf":                     gazetteer.PeriodsOf,
	"gazetteer.Gazetteer.ByCode":              (*gazetteer.Gazetteer).ByCode,
	"gazetteer.Gazetteer.Known":               (*gazetteer.Gazetteer).Known,
	"gazetteer.Gazetteer.Locations":           (*gazetteer.Gazetteer).Locations,
	"gazetteer.Gazetteer.Lookup":              (*gazetteer.Gazetteer).Lookup,
	"gazetteer.Gazetteer.Parent":              (*gazetteer.Gazetteer).Parent,
	"gazetteer.Gazetteer.Successors":          (*gazetteer.Gazetteer).Successors,
	"gazetteer.Gazetteer.Units":               (*gazetteer.Gazetteer).Units,
	"gazetteer.Gazetteer.Places":              (*gazetteer.Gazetteer).Places,
	"gazetteer.Gazetteer.With":                (*gazetteer.Gazetteer).With,
	"gazetteer.Periods.Has":                   gazetteer.Periods.Has,
	"gazetteer.Periods.List":                  gazetteer.Periods.List,
	"gazetteer.Periods.String":                gazetteer.Periods.String,
	"gazetteer.Periods.MarshalJSON":           gazetteer.Periods.MarshalJSON,
	"gazetteer.Periods.UnmarshalJSON":         (*gazetteer.Periods).UnmarshalJSON,
	"gazetteer.Unit.FullName":                 gazetteer.Unit.FullName,
	"entities.New":                            entities.New,
	"entities.WithEntries":                    entities.WithEntries,
	"entities.WithOrganizationHeads":          entities.WithOrganizationHeads,
	"entities.WithOrganizations":              entities.WithOrganizations,
	"entities.WithPlaces":                     entities.WithPlaces,
	"entities.WithSurnames":                   entities.WithSurnames,
	"entities.WithTitles":                     entities.WithTitles,
	"entities.WithModel":                      entities.WithModel,
	"entities.WithBuiltinModel":               entities.WithBuiltinModel,
	"entities.ReadExamples":                   entities.ReadExamples,
	"entities.Train":                          entities.Train,
	"entities.TrainSeed":                      entities.TrainSeed,
	"entities.TrainEpochs":                    entities.TrainEpochs,
	"entities.TrainRuns":                      entities.TrainRuns,
	"entities.TrainDev":                       entities.TrainDev,
	"entities.TrainTypes":                     entities.TrainTypes,
	"entities.TrainLog":                       entities.TrainLog,
	"entities.TrainAugment":                   entities.TrainAugment,
	"entities.Augment.MarshalText":            entities.Augment.MarshalText,
	"entities.Augment.UnmarshalText":          (*entities.Augment).UnmarshalText,
	"entities.Extractor.Extract":              (*entities.Extractor).Extract,
	"entities.Extractor.Officials":            (*entities.Extractor).Officials,
	"entities.Extractor.OfficialsOf":          (*entities.Extractor).OfficialsOf,
	"entities.Extractor.Generic":              (*entities.Extractor).Generic,
	"entities.Extractor.ExtractNormalized":    (*entities.Extractor).ExtractNormalized,
	"summarize.New":                           summarize.New,
	"summarize.WithBoost":                     summarize.WithBoost,
	"summarize.WithMaxChars":                  summarize.WithMaxChars,
	"summarize.WithMaxSyllables":              summarize.WithMaxSyllables,
	"summarize.WithSentences":                 summarize.WithSentences,
	"summarize.WithStrictBudget":              summarize.WithStrictBudget,
	"summarize.WithTokenizer":                 summarize.WithTokenizer,
	"summarize.Summarizer.Keywords":           (*summarize.Summarizer).Keywords,
	"summarize.Summarizer.KeywordsOf":         (*summarize.Summarizer).KeywordsOf,
	"summarize.Summarizer.Summarize":          (*summarize.Summarizer).Summarize,
	"summarize.Summarizer.SummarizeSentences": (*summarize.Summarizer).SummarizeSentences,
	"summarize.Summarizer.Tokenizer":          (*summarize.Summarizer).Tokenizer,
	"summarize.Summary.Text":                  summarize.Summary.Text,
	"summarize.Summary.Display":               summarize.Summary.Display,
	"summarize.Sentence.Display":              summarize.Sentence.Display,
	"summarize.ClusterSummary.Text":           summarize.ClusterSummary.Text,
	"summarize.Summarizer.SummarizeCluster":   (*summarize.Summarizer).SummarizeCluster,
	"summarize.KeywordKind.String":            summarize.KeywordKind.String,
	"summarize.KeywordKind.MarshalText":       summarize.KeywordKind.MarshalText,
	"summarize.KeywordKind.UnmarshalText":     (*summarize.KeywordKind).UnmarshalText,
}

// publicPackages are the directories whose exported API api must cover,
// with the package names used in api's keys.
var publicPackages = map[string]string{".": "vntext", "normalize": "normalize", "tokenize": "tokenize",
	"gazetteer": "gazetteer", "entities": "entities", "summarize": "summarize"}

// apiNames lists the exported functions and methods (on exported types)
// declared in the non-test files of dir: "pkg.Func", "pkg.Type.Method".
func apiNames(t *testing.T, dir, pkg string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			if fd.Recv == nil {
				names = append(names, pkg+"."+fd.Name.Name)
				continue
			}
			recv := fd.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			if id, ok := recv.(*ast.Ident); ok && id.IsExported() {
				names = append(names, pkg+"."+id.Name+"."+fd.Name.Name)
			}
		}
	}
	return names
}

// TestAPIListComplete keeps api equal to the exported functions and
// methods of the public packages, so the walk below covers each one.
func TestAPIListComplete(t *testing.T) {
	var all []string
	for dir, pkg := range publicPackages {
		all = append(all, apiNames(t, dir, pkg)...)
	}
	for _, n := range all {
		if _, ok := api[n]; !ok {
			t.Errorf("%s is exported but not in internal/nopanic_test.go's api list", n)
		}
	}
	for n := range api {
		if !slices.Contains(all, n) {
			t.Errorf("api lists %s, which no public package declares", n)
		}
	}
}

// sampleText reaches every stage: officials, places with successors,
// organisations, a programme, numbers.
const sampleText = "Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn An và Bí thư Quận ủy Tây Hồ dự Chương trình mục tiêu quốc gia, 33/33 phiếu."

// variants returns the argument values to try for a parameter of type typ:
// its zero value (nil for pointers, slices, maps, funcs, interfaces) and
// one or two others that let a call get past its first check.
func variants(typ reflect.Type) []reflect.Value {
	zero := reflect.Zero(typ)
	out := []reflect.Value{zero}
	add := func(v any) { out = append(out, reflect.ValueOf(v).Convert(typ)) }
	switch {
	case typ == reflect.TypeFor[context.Context]():
		add(context.Background())
		cancelled, cancel := context.WithCancel(context.Background())
		cancel()
		add(cancelled)
	case typ.Kind() == reflect.String:
		add(sampleText)
	case typ == reflect.TypeFor[[]byte]():
		add([]byte(sampleText))
	case typ.Kind() == reflect.Int:
		add(-1)
		add(3)
	case typ.Kind() == reflect.Pointer && typ.Elem().Kind() == reflect.Struct:
		out = append(out, reflect.New(typ.Elem())) // a pointer to the zero value
	case typ.Kind() == reflect.Slice && typ.Elem().Kind() == reflect.Struct:
		s := reflect.MakeSlice(typ, 1, 1) // one zero element: offsets 0, 0
		out = append(out, s)
	case typ.Kind() == reflect.Struct:
		if typ == reflect.TypeFor[vntext.Doc]() {
			add(vntext.Doc{Text: sampleText})
		}
		if typ == reflect.TypeFor[summarize.Article]() {
			add(summarize.Article{Text: sampleText})
		}
		if typ == reflect.TypeFor[summarize.Sentence]() {
			// A part whose text is not UTF-8, nor ends a sentence.
			add(summarize.Sentence{Text: "\xff\xfe ông, ", Part: true})
		}
		if typ == reflect.TypeFor[summarize.Summary]() {
			add(summarize.Summary{Sentences: []summarize.Sentence{{Text: "\xc3", Part: true}, {}}})
		}
		if typ == reflect.TypeFor[summarize.KeywordInput]() {
			// Spans that do not fit the text: the input is the caller's.
			add(summarize.KeywordInput{Title: sampleText, Names: []summarize.NameSpan{{Start: -1, End: 1 << 20}, {Start: 9, End: 3}},
				Sentences: []tokenize.Sentence{{Start: 5, End: 1 << 20}}, Words: []tokenize.Token{{Start: 7, End: 2}, {Start: -3, End: 1 << 20}}})
		}
	}
	return out
}

// TestNoPanicsOnZeroAndNil calls every function and method of api with
// every combination of zero, nil and simple arguments (nil and zero
// receivers included, nil options and contexts included): none may panic.
func TestNoPanicsOnZeroAndNil(t *testing.T) {
	total := 0
	for name, fn := range api {
		f := reflect.ValueOf(fn)
		ft := f.Type()
		var params [][]reflect.Value
		for i := range ft.NumIn() {
			in := ft.In(i)
			if ft.IsVariadic() && i == ft.NumIn()-1 {
				// No variadic argument, or one zero one (a nil option).
				params = append(params, []reflect.Value{{}, reflect.Zero(in.Elem())})
				continue
			}
			params = append(params, variants(in))
		}
		calls := 0
		for args := range combinations(params) {
			calls++
			call(t, name, f, args)
		}
		if calls == 0 {
			t.Errorf("%s: no call made", name)
		}
		total += calls
	}
	t.Logf("%d functions and methods, %d calls", len(api), total)
}

// combinations yields every choice of one value per parameter; an invalid
// reflect.Value in the variadic position means "leave it out".
func combinations(params [][]reflect.Value) func(yield func([]reflect.Value) bool) {
	return func(yield func([]reflect.Value) bool) {
		idx := make([]int, len(params))
		for {
			args := make([]reflect.Value, 0, len(params))
			for i, k := range idx {
				if v := params[i][k]; v.IsValid() {
					args = append(args, v)
				}
			}
			if !yield(args) {
				return
			}
			i := len(idx) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(params[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				return
			}
		}
	}
}

func call(t *testing.T, name string, f reflect.Value, args []reflect.Value) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s%s panicked: %v", name, describe(args), r)
		}
	}()
	f.Call(args)
}

// describe prints the arguments of a call briefly.
func describe(args []reflect.Value) string {
	var parts []string
	for _, a := range args {
		switch {
		case !a.IsValid():
			parts = append(parts, "<none>")
		case (a.Kind() == reflect.Pointer || a.Kind() == reflect.Interface || a.Kind() == reflect.Func ||
			a.Kind() == reflect.Slice || a.Kind() == reflect.Map) && a.IsNil():
			parts = append(parts, "nil")
		default:
			s := fmt.Sprintf("%v", a.Interface())
			if len(s) > 30 {
				s = s[:30] + "…"
			}
			parts = append(parts, fmt.Sprintf("%s(%s)", a.Type(), s))
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
