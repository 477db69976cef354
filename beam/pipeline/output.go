package pipeline

import (
	"bufio"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// ShardName is the name of shard i of n of the output prefix.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", strings.TrimSuffix(prefix, ".jsonl"), i, n)
}

// outputFile is a file being written that appears whole or not at all,
// even when a worker dies or a bundle is retried: a local file is written
// under a temporary name and renamed; an object store (gs://, s3://)
// makes its object appear when the upload closes.
type outputFile struct {
	io.Writer
	fs        filesystem.Interface
	w         io.WriteCloser
	name, tmp string
}

// writeShard writes the shard name with write, then commits it and emits
// its name; on an error the shard is abandoned, so it never appears half
// written.
func writeShard(ctx context.Context, name string, emit func(string), write func(io.Writer) error) error {
	out, err := createOutput(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(out, 256<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		out.abandon(ctx)
		return fmt.Errorf("vntext: %s: %w", name, err)
	}
	if err := out.commit(ctx); err != nil {
		return err
	}
	emit(name)
	return nil
}

func createOutput(ctx context.Context, name string) (*outputFile, error) {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	o := &outputFile{fs: fs, name: name, tmp: name}
	if _, rename := fs.(filesystem.Renamer); rename && !strings.Contains(name, "://") {
		o.tmp = name + ".partial-" + rand.Text()[:8]
	}
	if o.w, err = fs.OpenWrite(ctx, o.tmp); err != nil {
		fs.Close()
		return nil, err
	}
	o.Writer = o.w
	return o, nil
}

// commit closes the file and gives it its name.
func (o *outputFile) commit(ctx context.Context) error {
	defer o.fs.Close()
	if err := o.w.Close(); err != nil {
		return fmt.Errorf("%s: %w", o.name, err)
	}
	if o.tmp != o.name {
		if err := o.fs.(filesystem.Renamer).Rename(ctx, o.tmp, o.name); err != nil {
			return fmt.Errorf("%s: %w", o.name, err)
		}
	}
	return nil
}

// abandon drops a file that will not be committed.
func (o *outputFile) abandon(ctx context.Context) {
	defer o.fs.Close()
	_ = o.w.Close()
	if rm, ok := o.fs.(filesystem.Remover); ok && o.tmp != o.name {
		_ = rm.Remove(ctx, o.tmp)
	}
}
