package config

import (
	"context"
	"errors"
	"flag"
	"io/fs"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
)

func TestWordList(t *testing.T) {
	got := WordList([]byte("\uFEFF# comment\nHà Nội \r\n\n  \tQuận ủy\r\n#x\nlast"))
	// A byte-order mark stays, as it did when the command read these
	// files itself.
	assert.Equal(t, []string{"\uFEFF# comment", "Hà Nội", "Quận ủy", "last"}, got)
	assert.Nil(t, WordList(nil))
}

func TestLoadReadsEveryFile(t *testing.T) {
	files := map[string]string{"d": "khu_công_nghệ\n", "p": "Làng Sen\n", "o": "VNX\n", "t": "Giám đốc Kho bạc\n", "m": "model"}
	read := func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}
	var f Flags
	f.Register(flag.NewFlagSet("", flag.ContinueOnError), AllFlags)
	f.Dict, f.Places, f.Orgs, f.Titles, f.EntityModel = "d", "p", "o", "t", "m"
	c, err := f.Load(read)
	require.NoError(t, err)
	assert.Equal(t, []string{"khu_công_nghệ"}, c.Words)
	assert.Equal(t, []string{"Làng Sen"}, c.Places)
	assert.Equal(t, []string{"VNX"}, c.Orgs)
	assert.Equal(t, []string{"Giám đốc Kho bạc"}, c.Titles)
	assert.Equal(t, []byte("model"), c.EntityModel)
	assert.Equal(t, 10, c.Keywords)
	assert.Equal(t, "bytes", c.Offsets)

	f.Orgs = "missing"
	_, err = f.Load(read)
	assert.ErrorIs(t, err, fs.ErrNotExist)
}

func TestOptionsRefuseBadValues(t *testing.T) {
	var f Flags
	f.Register(flag.NewFlagSet("", flag.ContinueOnError), AllFlags)
	for _, tc := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"offsets", func(c *Config) { c.Offsets = "words" }, "offset"},
		{"keywords", func(c *Config) { c.Keywords = -1 }, "--keywords"},
		{"sentences", func(c *Config) { c.Sentences = -1 }, "--sentences"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := f.Config
			tc.edit(&c)
			_, err := c.Options(vntext.AllTasks)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// The organisations of a Config reach the Analyzer: a made-up
// abbreviation is an ORGANIZATION only when it is listed.
func TestOptionsApplyEntries(t *testing.T) {
	var f Flags
	f.Register(flag.NewFlagSet("", flag.ContinueOnError), AllFlags)
	doc := vntext.Doc{Text: "Ông Trần Văn Bình làm việc tại QXV từ năm ngoái."}
	orgs := func(c Config) []string {
		opts, err := c.Options(vntext.TaskEntities)
		require.NoError(t, err)
		a, err := vntext.New(opts...)
		require.NoError(t, err)
		res, err := a.Analyze(context.Background(), doc)
		require.NoError(t, err)
		var out []string
		for _, e := range res.Entities {
			if e.Type == "ORGANIZATION" {
				out = append(out, e.Text)
			}
		}
		return out
	}
	assert.NotContains(t, orgs(f.Config), "QXV")
	c := f.Config
	c.Orgs = []string{"QXV"}
	assert.Contains(t, orgs(c), "QXV")
}

// Bytes that are no entity model stop the Analyzer's construction with an
// error that says so (not a missing file).
func TestEntityModelNotAModel(t *testing.T) {
	var f Flags
	f.Register(flag.NewFlagSet("", flag.ContinueOnError), EntityFlags)
	c := f.Config
	c.EntityModel = []byte("no model")
	opts, err := c.Options(vntext.AllTasks)
	require.NoError(t, err)
	_, err = vntext.New(opts...)
	require.Error(t, err)
	assert.False(t, errors.Is(err, fs.ErrNotExist))
	assert.Contains(t, err.Error(), "WithModel")
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{"1048576": 1 << 20, "64MiB": 64 << 20, "8 MB": 8 << 20, "512k": 512 << 10, "2GiB": 2 << 30, "0": 0} {
		var b ByteSize
		require.NoError(t, b.Set(in), in)
		assert.Equal(t, want, int64(b), in)
	}
	for _, in := range []string{"", "MiB", "-1", "1.5MiB", "9999999999999GiB"} {
		var b ByteSize
		assert.Error(t, b.Set(in), in)
	}
}

// Set never panics, and what it reads, String writes back.
func FuzzByteSize(f *testing.F) {
	for _, s := range []string{"8MiB", "1048576", " 2 g ", "kb", "-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b ByteSize
		if b.Set(s) != nil {
			return
		}
		var again ByteSize
		require.NoError(t, again.Set(b.String()))
		assert.Equal(t, b, again)
	})
}

// "builtin" names the shipped model, not a file; --keywords 0 drops the
// keywords task; a flag of a task that does not run is refused.
func TestBuiltinModelKeywordsAndTaskFlags(t *testing.T) {
	fset := flag.NewFlagSet("", flag.ContinueOnError)
	var f Flags
	f.Register(fset, AllFlags)
	require.NoError(t, fset.Parse([]string{"--entity-model", "builtin", "--keywords", "0"}))
	c, err := f.Load(func(string) ([]byte, error) { t.Fatal("no file is read"); return nil, nil })
	require.NoError(t, err)
	assert.True(t, c.BuiltinModel)
	assert.Nil(t, c.EntityModel)
	assert.Equal(t, vntext.TaskSummary, c.Tasks(vntext.TaskSummary|vntext.TaskKeywords))
	opts, err := c.Options(vntext.TaskEntities | vntext.TaskKeywords)
	require.NoError(t, err)
	_, err = vntext.New(opts...)
	require.NoError(t, err)
	require.NoError(t, f.Check(vntext.TaskEntities), "--keywords 0 is always allowed")

	fset = flag.NewFlagSet("", flag.ContinueOnError)
	f = Flags{}
	f.Register(fset, AllFlags)
	require.NoError(t, fset.Parse([]string{"--sentences", "2"}))
	err = f.Check(vntext.TaskEntities)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "--sentences applies to the summary task")
	require.NoError(t, f.Check(vntext.TaskSummary))
}
