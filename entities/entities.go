// Package entities finds officials, administrative units, organisations and
// programmes in Vietnamese government and public-affairs news.
//
// # Positions
//
// Start and End are byte offsets into the text passed to Extract, as given
// (before any normalization): text[e.Start:e.End] == e.Text.
//
// # Concurrency
//
// An Extractor is immutable after New and safe for concurrent use. The
// embedded gazetteer is parsed once per process and shared.
package entities

// Type is an entity type. The set is open: callers may add labels.
type Type string

// Entity types.
const (
	Person       Type = "PERSON"
	Location     Type = "LOCATION"
	Organization Type = "ORGANIZATION"
	Program      Type = "PROGRAM"
	Date         Type = "DATE"
	Term         Type = "TERM"
	Percent      Type = "PERCENT"
	Ratio        Type = "RATIO"
)

// Entity is one mention.
type Entity struct {
	Type  Type   `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Roles holds, for a PERSON, the role phrases written next to the mention.
	Roles []string `json:"roles,omitempty"`
	// Level, Code, Period and Successors describe a LOCATION that is a known
	// administrative unit.
	Level      string   `json:"level,omitempty"`
	Code       string   `json:"code,omitempty"`
	Period     string   `json:"period,omitempty"`
	Successors []string `json:"successors,omitempty"`
}

// Span is a byte range of the input.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Official is one person with every role and mention found in a text.
type Official struct {
	Name     string   `json:"name"`
	Roles    []string `json:"roles"`
	Mentions []Span   `json:"mentions"`
}

// Extractor extracts entities. It is immutable and safe for concurrent use.
type Extractor struct{}

// Option configures an Extractor.
type Option func(*config) error

type config struct{}

// New returns an Extractor with the embedded gazetteer and rules.
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	return &Extractor{}, nil
}

// Extract returns the entities of text sorted by Start.
//
// STUB: returns nothing yet.
func (x *Extractor) Extract(text string) []Entity { return nil }

// Officials returns each person once, with all roles and mentions.
//
// STUB: returns nothing yet.
func (x *Extractor) Officials(text string) []Official { return nil }
