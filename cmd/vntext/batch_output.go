package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vntext/vntext/archive"
)

// batchOutput is where batch writes. For -o OUT the records go to
// OUT.partial in the same folder, which is synced and renamed to OUT when
// the run ends: an interrupted or failed run leaves the old OUT untouched,
// or the partial file holding a valid prefix that --resume goes on from.
type batchOutput struct {
	w       io.Writer
	path    string // OUT; "" for standard output
	partial string
	f       *os.File
	done    int  // complete records already in the output (--resume)
	direct  bool // f is not a regular file: no partial file, no rename
	copied  bool // the partial file is this run's copy of OUT (--resume)
}

func partialPath(out string) string { return out + ".partial" }

// openBatchOutput opens OUT.partial. Without resume it starts afresh.
// With resume it goes on from OUT.partial when a run left one (cutting a
// last line that a crash left half-written), else from a copy of OUT, and
// counts the complete records there: resume is keyed by input position,
// the n-th output record standing for the n-th input record.
func openBatchOutput(path string, resume bool) (*batchOutput, error) {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		// /dev/null, a named pipe, a terminal: written as it is, since a
		// temporary file renamed over it would replace the device.
		if resume {
			return nil, usageError{fmt.Errorf("--resume needs -o to name a regular file, not %s", path)}
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &batchOutput{w: f, f: f, direct: true}, nil
	}
	o := &batchOutput{path: path, partial: partialPath(path)}
	var err error
	switch {
	case !resume:
		o.f, err = os.Create(o.partial)
	case exists(o.partial):
		o.f, err = os.OpenFile(o.partial, os.O_RDWR, 0)
	case exists(path):
		o.f, err = copyFile(path, o.partial)
		o.copied = true
	default:
		o.f, err = os.Create(o.partial)
	}
	if err != nil {
		return nil, err
	}
	if resume {
		n, end, err := completeLines(o.f)
		if err == nil {
			err = o.f.Truncate(end)
		}
		if err == nil {
			_, err = o.f.Seek(end, io.SeekStart)
		}
		if err != nil {
			o.f.Close()
			return nil, fmt.Errorf("%s: %w", o.partial, err)
		}
		o.done = n
	}
	o.w = o.f
	return o, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// copyFile copies src to a new dst, open for reading and writing.
func copyFile(src, dst string) (*os.File, error) {
	in, err := os.Open(src)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return nil, err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return nil, err
	}
	return out, nil
}

// completeLines counts the lines of r that end with a line feed and
// returns the offset just after the last of them.
func completeLines(r io.ReadSeeker) (int, int64, error) {
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return 0, 0, err
	}
	br := bufio.NewReaderSize(r, 256<<10)
	n, pos, end := 0, int64(0), int64(0)
	for {
		chunk, err := br.ReadSlice('\n')
		pos += int64(len(chunk))
		switch {
		case err == nil:
			n, end = n+1, pos
		case errors.Is(err, bufio.ErrBufferFull): // a long line goes on
		case errors.Is(err, io.EOF):
			return n, end, nil
		default:
			return 0, 0, err
		}
	}
}

// finish makes the output durable and puts it in place: fsync, close and
// rename OUT.partial to OUT (then sync the folder, so the rename survives
// a power cut).
func (o *batchOutput) finish() error {
	if o.f == nil {
		return nil
	}
	f := o.f
	o.f = nil
	if o.direct {
		return f.Close()
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(o.partial, o.path); err != nil {
		return err
	}
	if d, err := os.Open(filepath.Dir(o.path)); err == nil {
		_ = d.Sync() // not every file system syncs folders
		d.Close()
	}
	return nil
}

// abandon closes an output that finish did not put in place; the partial
// file stays for --resume.
func (o *batchOutput) abandon() {
	if o.f != nil {
		_ = o.f.Sync()
		o.f.Close()
		o.f = nil
	}
}

// discard closes an output that --resume refused, leaving OUT and a partial
// file a run left as they were (a copy of OUT made for the resume goes).
func (o *batchOutput) discard() {
	o.abandon()
	if o.copied {
		_ = os.Remove(o.partial)
	}
}

// refuseInputAsOutput fails when OUT (or its partial file) is an input
// file, a link to one, or a .txt file inside an input folder: writing it
// would destroy or feed back the input.
func refuseInputAsOutput(out string, sources []batchSource) error {
	for _, target := range []string{out, partialPath(out)} {
		ti, err := os.Stat(target)
		if err != nil {
			ti = nil // not there yet: only the folder check applies
		}
		abs, _ := filepath.Abs(target)
		for _, src := range sources {
			var si os.FileInfo
			name := src.name
			if src.name == "" {
				f, ok := src.stdin.(*os.File)
				if !ok {
					continue
				}
				si, err = f.Stat()
				name = "standard input"
			} else {
				si, err = os.Stat(src.name)
			}
			if err != nil {
				continue
			}
			if ti != nil && ti.Mode().IsRegular() && os.SameFile(ti, si) {
				return fmt.Errorf("-o %s is the input %s: refusing to overwrite it", out, name)
			}
			if src.dir && archive.IsArticle(target) {
				dir, _ := filepath.Abs(src.name)
				if real, err := filepath.EvalSymlinks(dir); err == nil {
					dir = real
				}
				parent := filepath.Dir(abs)
				if real, err := filepath.EvalSymlinks(parent); err == nil {
					parent = real
				}
				if parent == dir || strings.HasPrefix(parent, dir+string(filepath.Separator)) {
					return fmt.Errorf("-o %s is inside the input folder %s, where it would be read as an article", out, src.name)
				}
			}
		}
	}
	return nil
}
