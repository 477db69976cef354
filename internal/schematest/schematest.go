// Package schematest validates outputs against the JSON Schema of the
// vntext/v1 shape, docs/schema/result.v1.json, for the tests of every
// front end.
package schematest

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The definitions tests validate against.
const (
	Record    = ""                        // a Result, an error record or a group summary
	Result    = "#/$defs/result"          // a Result only
	Entities  = "#/$defs/entitiesAnswer"  // vntext entities, /v1/entities
	Summarize = "#/$defs/summarizeAnswer" // vntext summarize --json, /v1/summarize
	Segment   = "#/$defs/segmentAnswer"   // vntext segment --json, /v1/segment
	Group     = "#/$defs/groupSummary"    // vntext batch --group-by, /v1/summarize/cluster
)

var (
	once     sync.Once
	compiler *jsonschema.Compiler
	url      string
	loadErr  error
	compiled = map[string]*jsonschema.Schema{}
	mu       sync.Mutex
)

func load() {
	_, file, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(file), "..", "..", "docs", "schema", "result.v1.json")
	compiler = jsonschema.NewCompiler()
	compiler.AssertFormat()
	url, loadErr = filepath.Abs(path)
	if loadErr != nil {
		return
	}
	_, loadErr = compiler.Compile(url)
}

// Validate fails t unless out (one JSON value) is valid against the
// definition def of the schema.
func Validate(t testing.TB, def string, out []byte) {
	t.Helper()
	if err := Check(def, out); err != nil {
		t.Fatal(err)
	}
}

// Check is Validate's test: nil when out is valid against def.
func Check(def string, out []byte) error {
	once.Do(load)
	if loadErr != nil {
		return fmt.Errorf("schema: %w", loadErr)
	}
	mu.Lock()
	s, ok := compiled[def]
	if !ok {
		var err error
		s, err = compiler.Compile(url + def)
		if err != nil {
			mu.Unlock()
			return fmt.Errorf("schema %s: %w", def, err)
		}
		compiled[def] = s
	}
	mu.Unlock()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		return fmt.Errorf("not JSON: %w: %.200s", err, out)
	}
	if err := s.Validate(v); err != nil {
		return fmt.Errorf("output does not follow docs/schema/result.v1.json%s: %w\n%.500s", def, err, out)
	}
	return nil
}
