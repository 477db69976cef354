package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/config"
)

// pipelineFlags are the flags that configure the pipeline, the same on
// analyze, entities, segment, summarize, batch and serve (and vntext-beam:
// package config holds them).
type pipelineFlags struct{ config.Flags }

// options builds the analyzer options for tasks. A file that cannot be
// read is an error of the run (status 1); anything else is a usage error
// (status 2): usageError wraps those. --keywords 0 drops the keywords task.
func (p *pipelineFlags) options(tasks vntext.Task) ([]vntext.Option, error) {
	if err := p.Check(tasks); err != nil {
		return nil, usageError{err}
	}
	c, err := p.Load(nil)
	if err != nil {
		return nil, err
	}
	opts, err := c.Options(tasks)
	if err != nil {
		return nil, usageError{err}
	}
	return opts, nil
}

// analyzer builds the analyzer; a bad option value is a usage error.
func (p *pipelineFlags) analyzer(tasks vntext.Task) (*vntext.Analyzer, error) {
	opts, err := p.options(tasks)
	if err != nil {
		return nil, err
	}
	a, err := vntext.New(opts...)
	if err != nil {
		return nil, usageError{err}
	}
	return a, nil
}

// usageError marks an error as the caller's (exit status 2).
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// fail prints err for command name and returns its exit status: 2 for a
// usage error, else 1.
func fail(stderr io.Writer, name string, err error) int {
	fmt.Fprintf(stderr, "vntext %s: %s\n", name, errText(err))
	if errors.As(err, new(usageError)) {
		return 2
	}
	return 1
}

// errText is err's message without the library's "vntext: " prefix: the
// command's own prefix ("vntext batch: ") already says where it comes from.
func errText(err error) string {
	return strings.TrimPrefix(err.Error(), "vntext: ")
}
