// Package entities finds officials, administrative units, organisations and
// programmes in Vietnamese government and public-affairs news.
//
// # Use
//
// Make an Extractor once and share it; Officials gives each person once with
// every role and mention, Extract every mention:
//
//	x, err := entities.New()
//	if err != nil { … }
//	offs, err := x.Officials(ctx, "Phó Chủ tịch UBND tỉnh Nam Định Trần Minh Đức cho biết …")
//	for _, o := range offs {
//		// o.Name "Trần Minh Đức" (as written), o.Normalized (the clean form, to index),
//		// o.Roles[0].Text "Phó Chủ tịch UBND tỉnh Nam Định", o.Roles[0].Status "current",
//		// o.Mentions: every mention, short ones ("ông Đức") included
//	}
//	ents, err := x.Extract(ctx, text) // PERSON, LOCATION, ORGANIZATION, PROGRAM, DATE, …
//	offs = x.OfficialsOf(ents)        // officials without a second extraction
//
// Extract returns PERSON (with the role phrases written next to it),
// LOCATION (with the gazetteer's level, code, periods and, for a unit
// abolished in 2025, its successors), ORGANIZATION (a bare "Quận ủy" with the
// unit its role phrase names), PROGRAM, DATE, TERM, PERCENT and RATIO, plus
// the labels of WithEntries. Every entity, role and official carries beside
// its verbatim text a Normalized form (NFC, mojibake and legacy encodings
// repaired, one tone placement), and officials are linked by it.
//
// # Role status
//
// Each role has a RoleStatus, from the marker written before the title (one
// marker before a list of roles applies to all of them):
//
//	current  no marker, or "đương kim", "hiện là", "đang là"
//	former   "nguyên", "cựu"
//	late     "cố": the holder has died
//	acting   "quyền"
//	new      "tân": newly appointed or elected
//
// # Positions
//
// Start and End are byte offsets into the text passed to Extract, as given
// (before any normalization): text[e.Start:e.End] == e.Text.
//
// # Roles
//
// As ../shared/data/domain/GUIDELINES.md rules, a person's roles are the
// role phrases written before the name ("Chủ tịch UBND tỉnh X Lê Văn A",
// also fronted: "Với cương vị …, ông A") or in apposition after it, set
// off by a comma, a dash or parentheses ("ông A, Giám đốc Sở Y tế").
// Roles of one list are joined by commas, "kiêm", "đồng thời (là)" or "và
// là"; a marker such as "hiện là", "đang là", "nay là" inside the
// apposition opens a role as well. An age, a hometown, a remark in
// parentheses or an emoji may stand between the name and the apposition
// ("ông A (ảnh), 45 tuổi, quê Nghệ An, Chủ tịch …"). The sentence's own
// predicate gives no role: "ông A là …", "ông A hiện là …", "giữ chức",
// "được bầu làm", "được bổ nhiệm giữ chức". No entity, role or name runs
// across a line break.
//
// # Concurrency
//
// An Extractor is immutable after New and safe for concurrent use. The
// embedded gazetteer and word lists are parsed once per process (on first
// use) and shared; per-call scratch buffers come from a sync.Pool.
//
// # Data
//
// Administrative units, their old→new mapping and the other place names come
// from package gazetteer (WithPlaces takes another one). The word lists
// (titles, organisation and programme head nouns, geographic head words,
// personal-name parts, the rules' stop and cue words) are embedded from
// entities/internal/lexicon, whose SOURCES.md tells where each comes from;
// they are parsed once per process on first use.
//
// Nothing is trained on or copied from the annotated corpora (VLSP, PhoNER);
// they are used for evaluation only.
//
// # Learned layer
//
// An Extractor may also use an entity model: a sequence tagger over
// syllables trained by Train (or "vntext train entities") on the caller's
// annotated text and given with WithModel, or the model shipped with the
// library (WithBuiltinModel). The model decides the spans and types of
// the entity types it was trained on, changing a finding of the rules
// only where it is surer than a margin Train picks on the dev texts (a
// model trained without them, or before margins, decides alone); the
// rules keep what is deterministic. A model span the rules also found gets their roles,
// level, codes and unit; a model LOCATION gets the gazetteer's codes; a
// model PERSON gets the role phrases the rules read around it. Types the
// model does not tag (dates, terms, ratios, WithEntries labels) come from
// the rules alone, and WithEntries phrases win over the model.
package entities

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/vntext/vntext/entities/internal/tagger"
	"github.com/vntext/vntext/gazetteer"
)

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

// Entity is one mention found in a text.
type Entity struct {
	// Type is the entity's label: one of the Type constants or a label
	// added with WithEntries.
	Type Type `json:"type"`
	// Text is the mention as written: the input's bytes [Start, End).
	Text string `json:"text"`
	// Normalized is the mention as the normalizer writes it (NFC, repaired
	// mojibake and legacy encodings, one tone placement): the form to index
	// or compare. It equals Text when the text needed nothing.
	Normalized string `json:"normalized"`
	// Start and End are byte offsets into the text passed to Extract.
	Start int `json:"start"`
	End   int `json:"end"`
	// Roles holds, for a PERSON, the role phrases written next to the
	// mention, each with its status. Extract leaves it and Successors
	// empty, never nil, so that the JSON of every entity has every field.
	Roles []Role `json:"roles"`
	// Level is, for a LOCATION, one of the gazetteer.Level constants.
	Level gazetteer.Level `json:"level"`
	// Code, Periods and Successors describe a LOCATION that is a known
	// administrative unit (gazetteer.Location): its GSO/NSO code, the
	// periods of the units the name may denote, and the post-2025 units
	// (code and full name) that took over a pre-2025 one.
	Code       string                `json:"code"`
	Periods    gazetteer.Periods     `json:"periods"`
	Successors []gazetteer.Successor `json:"successors"`
	// Unit is, for an ORGANIZATION written without its unit (a bare
	// "Quận ủy"), the unit the surrounding role phrase names ("quận Tây Hồ").
	Unit string `json:"unit"`
}

// Role is one role phrase written next to a person's name ("Chủ tịch UBND
// tỉnh Khánh Hòa"): from the title word to the end of the body or unit it
// names, without the status marker before it ("nguyên", "quyền") and
// without a parent unit after a comma.
type Role struct {
	// Text is the phrase as written: the input's bytes [Start, End).
	Text string `json:"text"`
	// Normalized is the phrase as the normalizer writes it (see
	// Entity.Normalized).
	Normalized string     `json:"normalized"`
	Status     RoleStatus `json:"status"`
	// Start and End are byte offsets into the text passed to Extract.
	Start int `json:"start"`
	End   int `json:"end"`
}

// RoleStatus tells whether a role is held now, was held, or is held for
// the time being, as the marker written before the title says. One marker
// before a list of roles applies to every role of the list.
type RoleStatus string

// Role statuses.
const (
	StatusCurrent RoleStatus = "current" // no marker, or "đương kim", "hiện là", "đang là"
	StatusFormer  RoleStatus = "former"  // "nguyên", "cựu"
	StatusLate    RoleStatus = "late"    // "cố": the holder has died
	StatusActing  RoleStatus = "acting"  // "quyền"
	StatusNew     RoleStatus = "new"     // "tân": newly appointed or elected
)

// Span is a byte range of the input: text[Start:End].
type Span struct {
	Start int `json:"start"` // first byte
	End   int `json:"end"`   // one past the last byte
}

// Official is one person with at least one role, with every role and
// mention found in a text, so a caller can tell who holds which office
// without linking mentions itself. People named without any role
// (suspects, patients, people described by a degree, rank, occupation or
// a predicate such as "là", "giữ chức") are persons, not officials.
type Official struct {
	// Name is the person's name as first written with two words or more; a
	// one-word mention that no such name ends with stands as its own person.
	Name string `json:"name"`
	// Normalized is that mention's Entity.Normalized: the name to index
	// people by. Mentions are linked by it, so a name written in NFD, in
	// mojibake or with another tone placement is the same person.
	Normalized string `json:"normalized"`
	// Roles holds the distinct roles (by text and status) written next to
	// any mention, where they are first written; never empty.
	Roles []Role `json:"roles"`
	// Mentions holds every mention in text order, the short ones ("ông
	// Bình") included.
	Mentions []Span `json:"mentions"`
}

// Extractor extracts entities. It is immutable and safe for concurrent use.
// The zero value, and a nil *Extractor, work like New() with no options.
type Extractor struct {
	lx     *lexicons
	places Places
	custom lexicon
	// vocab numbers the keys of every lexicon above: the lexicons' own,
	// extended (in a copy) by the custom phrases.
	vocab  vocab
	labels []Type      // custom lexicon classes index labels (class bit i ↔ labels[i])
	model  *modelLayer // nil: rules alone
	// What the model reads of the rules and lists (prepareMarks).
	typeMarks map[Type][4]tagger.Mark
	names     map[string]tagger.Mark
}

// Option configures an Extractor.
type Option func(*config) error

type config struct {
	rows    map[string][]row
	entries []customEntry
	places  Places
	model   *tagger.Model // WithModel
	builtin int8          // WithBuiltinModel: 1 on, -1 off, 0 the default
}

type customEntry struct {
	label   Type
	phrases []string
}

// maxLabels bounds the number of distinct labels WithEntries may add.
const maxLabels = 16

// WithEntries adds phrases that are always extracted with the given label,
// which may be one of the built-in types or a new one ("EVENT"). Matching
// ignores case, Unicode form and tone-mark placement; the longest phrase
// wins and entries take precedence over the rules.
func WithEntries(label Type, phrases ...string) Option {
	return func(c *config) error {
		if label == "" {
			return errors.New("entities: WithEntries: empty label")
		}
		for _, p := range phrases {
			if len(foldPhrase(p)) == 0 {
				return fmt.Errorf("entities: WithEntries: phrase %q has no words", p)
			}
		}
		c.entries = append(c.entries, customEntry{label, phrases})
		return nil
	}
}

// WithTitles adds position titles ("Giám đốc Kho bạc") that open a role
// phrase before or after a person's name.
func WithTitles(titles ...string) Option { return withRows("titles.tsv", clTitle, titles) }

// WithOrganizationHeads adds head nouns that open an organisation name
// ("Hợp tác xã").
func WithOrganizationHeads(heads ...string) Option { return withRows("orgs.tsv", clHead, heads) }

// WithOrganizations adds complete organisation names or abbreviations that
// may take the unit they belong to after them ("BQLDA" → "BQLDA tỉnh X").
func WithOrganizations(names ...string) Option { return withRows("orgs.tsv", clAbbr, names) }

// WithPlaces replaces the built-in gazetteer, for example with one that
// knows more places (gazetteer.Gazetteer.With). p must not be nil.
func WithPlaces(p Places) Option {
	return func(c *config) error {
		if p == nil {
			return errors.New("entities: WithPlaces: nil Places")
		}
		c.places = p
		return nil
	}
}

// WithSurnames adds family names that start a person's name.
func WithSurnames(names ...string) Option { return withRows("names.tsv", clSurname, names) }

func withRows(file string, class lexClass, phrases []string) Option {
	return func(c *config) error {
		for _, p := range phrases {
			if len(foldPhrase(p)) == 0 {
				return fmt.Errorf("entities: phrase %q has no words", p)
			}
			if c.rows == nil {
				c.rows = map[string][]row{}
			}
			c.rows[file] = append(c.rows[file], row{p, class})
		}
		return nil
	}
}

// errNilContext is what every method taking a context returns for a nil one.
var errNilContext = errors.New("entities: nil context")

// defaultExtractor is New(), built once, for the zero and nil Extractor.
var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New() })

// orDefault returns x, or the default Extractor when x is nil or zero.
func (x *Extractor) orDefault() (*Extractor, error) {
	if x != nil && x.lx != nil {
		return x, nil
	}
	return defaultExtractor()
}

// New returns an Extractor with the embedded gazetteer and rules; an
// invalid or nil option is an error.
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("entities: nil Option")
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	x := &Extractor{places: c.places}
	var err error
	if len(c.rows) == 0 {
		x.lx, err = defaultLexicons()
	} else {
		x.lx, err = buildLexicons(c.rows)
	}
	if err != nil {
		return nil, err
	}
	if x.places == nil {
		x.places, err = defaultPlaces()
		if err != nil {
			return nil, err
		}
	}
	x.vocab = x.lx.vocab
	if len(c.entries) > 0 {
		x.vocab = maps.Clone(x.lx.vocab) // the shared lexicons stay as they are
	}
	x.custom.vocab = x.vocab
	for _, e := range c.entries {
		idx := slices.Index(x.labels, e.label)
		if idx < 0 {
			if len(x.labels) == maxLabels {
				return nil, fmt.Errorf("entities: more than %d labels", maxLabels)
			}
			x.labels = append(x.labels, e.label)
			idx = len(x.labels) - 1
		}
		for _, p := range e.phrases {
			x.custom.add(p, 1<<idx)
		}
	}
	m, err := c.chooseModel()
	if err != nil {
		return nil, err
	}
	if m != nil {
		x.model = newModelLayer(m)
		x.prepareMarks()
	}
	return x, nil
}
