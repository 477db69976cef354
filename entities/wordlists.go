package entities

import (
	"bufio"
	"fmt"
	"strings"
	"sync"

	wordlists "github.com/vntext/vntext/entities/internal/lexicon"
)

// Lexicon classes. Each lexicon has its own class space.
const (
	// titles
	clTitle lexClass = 1 << iota
	clTitleComp
	clPrefix
	clSuffix
	clFormer
	clHonorific
	clCue
)

const (
	// orgs
	clAbbr lexClass = 1 << iota
	clCommittee
	clUnitOrgan
	clOrgan
	clHead
	clSector
	clTail
	clLowerHead
	clMilitary
	clCompound
)

const (
	// programs
	clProgHead lexClass = 1 << iota
	clNational
)

const (
	// geographic heads
	clAdmin lexClass = 1 << iota
	clGeo
	clCountry
)

const (
	// names
	clSurname lexClass = 1 << iota
	clMiddle
	clForeignGiven
)

// lexicons holds every word list the rules use. It is built once from the
// embedded data plus caller additions and never modified afterwards.
type lexicons struct {
	titles, orgs, programs, geo lexicon
	// The guards' word lists (guards.go), interned in the same
	// vocabulary as the token keys they are looked up with.
	unitCompounds, connectives lexicon
	vocab                      vocab // the keys of the lexicons' phrases
	surnames, middles          map[string]bool
	foreignGiven               map[string]bool
}

var classNames = map[string]map[string]lexClass{
	"titles.tsv":   {"title": clTitle, "title-comp": clTitleComp, "prefix": clPrefix, "suffix": clSuffix, "former": clFormer, "honorific": clHonorific, "cue": clCue},
	"orgs.tsv":     {"abbr": clAbbr, "committee": clCommittee, "unit-organ": clUnitOrgan, "organ": clOrgan, "head": clHead, "sector": clSector, "tail": clTail, "lower-head": clLowerHead, "military": clMilitary, "compound": clCompound},
	"programs.tsv": {"head": clProgHead, "national": clNational},
	"geoheads.tsv": {"admin": clAdmin, "geo": clGeo, "country": clCountry},
	"names.tsv":    {"surname": clSurname, "middle": clMiddle, "foreign-given": clForeignGiven},
}

type row struct {
	phrase string
	class  lexClass
}

// loadRows parses one embedded TSV file.
func loadRows(name string) ([]row, error) {
	f, err := wordlists.FS().Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	classes := classNames[name]
	var rows []row
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		phrase, class, ok := strings.Cut(line, "\t")
		c, known := classes[class]
		if !ok || !known {
			return nil, fmt.Errorf("entities: %s: bad row %q", name, line)
		}
		rows = append(rows, row{phrase, c})
	}
	return rows, sc.Err()
}

var builtinRows = sync.OnceValues(func() (map[string][]row, error) {
	out := map[string][]row{}
	for name := range classNames {
		rows, err := loadRows(name)
		if err != nil {
			return nil, err
		}
		out[name] = rows
	}
	return out, nil
})

// buildLexicons merges the embedded lists with the caller's additions.
func buildLexicons(extra map[string][]row) (*lexicons, error) {
	base, err := builtinRows()
	if err != nil {
		return nil, err
	}
	lx := &lexicons{surnames: map[string]bool{}, middles: map[string]bool{}, foreignGiven: map[string]bool{}}
	lx.vocab = vocab{}
	for _, l := range []*lexicon{&lx.titles, &lx.orgs, &lx.programs, &lx.geo, &lx.unitCompounds, &lx.connectives} {
		l.vocab = lx.vocab
	}
	for _, w := range unitCompoundWords {
		lx.unitCompounds.add(w, 1)
	}
	for _, w := range connectiveWords {
		lx.connectives.add(w, 1)
	}
	targets := map[string]*lexicon{"titles.tsv": &lx.titles, "orgs.tsv": &lx.orgs, "programs.tsv": &lx.programs, "geoheads.tsv": &lx.geo}
	for _, src := range []map[string][]row{base, extra} {
		for name, rows := range src {
			for _, r := range rows {
				if name == "names.tsv" {
					k := foldPhrase(r.phrase)
					if len(k) != 1 {
						continue
					}
					switch r.class {
					case clSurname:
						lx.surnames[k[0]] = true
					case clMiddle:
						lx.middles[k[0]] = true
					default:
						lx.foreignGiven[k[0]] = true
					}
					continue
				}
				targets[name].add(r.phrase, r.class)
			}
		}
	}
	return lx, nil
}

var defaultLexicons = sync.OnceValues(func() (*lexicons, error) { return buildLexicons(nil) })
