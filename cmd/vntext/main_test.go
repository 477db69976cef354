package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRunUsage(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run(nil, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "usage: vntext")

	errb.Reset()
	assert.Equal(t, 2, run([]string{"nope"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), `unknown command "nope"`)

	errb.Reset()
	assert.Equal(t, 0, run([]string{"help"}, strings.NewReader(""), &out, &errb))
	for _, name := range order {
		assert.Contains(t, errb.String(), name)
	}
}

// runCmd runs one vntext command line in-process.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}
