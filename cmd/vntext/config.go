package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/config"
)

// pipelineFlags are the flags that configure the pipeline, the same on
// analyze, entities, segment, summarize, batch and serve (and vntext-beam:
// package config holds them).
type pipelineFlags struct{ config.Flags }

// register adds the flags to fs; summary says whether the summary flags
// apply to the command.
func (p *pipelineFlags) register(fs *flag.FlagSet, summary bool) { p.Register(fs, summary) }

// options builds the analyzer options for tasks. A file that cannot be
// read is an error of the run (status 1); anything else is a usage error
// (status 2): usageError wraps those.
func (p *pipelineFlags) options(tasks vntext.Task) ([]vntext.Option, error) {
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
	fmt.Fprintf(stderr, "vntext %s: %v\n", name, err)
	if errors.As(err, new(usageError)) {
		return 2
	}
	return 1
}
