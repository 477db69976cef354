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
	"github.com/vntext/vntext/warc"
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
// batch reads that file (package archive); done, once they are read, says
// what a WARC file held and why the reading ended early, if it did.
func inputs(r io.Reader, f inputFile, pages *archive.Pages, maxBytes int64) (records iter.Seq[record.Input], done func() (warc.Stats, error)) {
	var stats warc.Stats
	var err error
	records = func(yield func(record.Input) bool) {
		switch {
		case archive.IsArticle(f.Path):
			var in record.Input
			if in, err = archive.ReadArticle(r, f.Path, f.Path, f.Size, maxBytes); err == nil {
				yield(in)
			}
		case archive.IsHTML(f.Path):
			var in record.Input
			if in, err = pages.ReadHTML(r, f.Path, f.Path, f.Size); err == nil {
				yield(in)
			}
		case archive.IsWARC(f.Path):
			stats, _, err = pages.WARC(r, f.Path, nil, yield)
		default:
			var lines *archive.JSONLReader
			if lines, err = pages.JSONL(r, f.Path); err != nil {
				err = fmt.Errorf("%s: %w", f.Path, err)
				return
			}
			for in := range lines.All() {
				if !yield(in) {
					return
				}
			}
			if err = lines.Err(); err != nil {
				err = fmt.Errorf("%s: %w", f.Path, err)
			}
		}
	}
	return records, func() (warc.Stats, error) { return stats, err }
}
