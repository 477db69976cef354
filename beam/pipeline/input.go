package pipeline

import (
	"context"
	"fmt"
	"io"
	"iter"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vntext/vntext/archive"
	"github.com/vntext/vntext/record"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*inputFile)(nil)).Elem())
	register.DoFn3x0[int, func(*fileio.ReadableFile) bool, func(inputFile)](&numberFn{})
	register.Iter1[fileio.ReadableFile]()
	register.Emitter1[inputFile]()
}

// inputFile is one input file and its place among them.
type inputFile struct {
	Path         string
	Size         int64
	Index, Total int
}

// matchInputs finds the input files, numbers them in path order, and
// spreads them over the workers.
func matchInputs(s beam.Scope, patterns []string) beam.PCollection {
	s = s.Scope("vntext.MatchInputs")
	var matched []beam.PCollection
	for _, p := range patterns {
		matched = append(matched, fileio.MatchFiles(s, p, fileio.MatchEmptyAllowIfWildcard()))
	}
	files := fileio.ReadMatches(s, beam.Flatten(s, matched...), fileio.ReadUncompressed(), fileio.ReadDirectorySkip())
	// The list of files is small: one worker numbers it.
	numbered := beam.ParDo(s, &numberFn{}, beam.GroupByKey(s, beam.AddFixedKey(s, files)))
	// Without it a runner may fuse the reading of every file into the one
	// worker that matched them.
	return beam.Reshuffle(s, numbered)
}

// numberFn numbers the files in path order (a file matched twice counts
// twice, as an input given twice to vntext batch).
type numberFn struct{}

func (*numberFn) ProcessElement(_ int, files func(*fileio.ReadableFile) bool, emit func(inputFile)) {
	var all []inputFile
	var f fileio.ReadableFile
	for files(&f) {
		all = append(all, inputFile{Path: f.Metadata.Path, Size: f.Metadata.Size})
	}
	slices.SortStableFunc(all, func(a, b inputFile) int { return strings.Compare(a.Path, b.Path) })
	for i := range all {
		all[i].Index, all[i].Total = i, len(all)
		emit(all[i])
	}
}

// open opens a file of any Beam filesystem, as stored (not gunzipped).
func open(ctx context.Context, path string) (io.ReadCloser, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	return fs.OpenRead(ctx, path)
}

// inputs yields the input records of the file f read from r, as vntext
// batch reads that file; the error ends them.
func inputs(r io.Reader, f inputFile, maxBytes int64) (iter.Seq[record.Input], func() error, error) {
	if archive.IsArticle(f.Path) {
		in, err := archive.ReadArticle(r, f.Path, f.Path, f.Size, maxBytes)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f.Path, err)
		}
		return func(yield func(record.Input) bool) { yield(in) }, func() error { return nil }, nil
	}
	lines, err := archive.NewJSONLReader(r, f.Path, maxBytes)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", f.Path, err)
	}
	return lines.All(), func() error {
		if err := lines.Err(); err != nil {
			return fmt.Errorf("%s: %w", f.Path, err)
		}
		return nil
	}, nil
}
