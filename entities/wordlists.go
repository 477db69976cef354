package entities

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	wordlists "github.com/vntext/vntext/entities/internal/lexicon"
	"github.com/vntext/vntext/gazetteer"
	"github.com/vntext/vntext/internal/names"
	"github.com/vntext/vntext/internal/tsv"
)

// Lexicon classes. Each lexicon has its own class space.
const (
	// titles
	clTitle lexClass = 1 << iota
	clTitleComp
	clPrefix
	clSuffix
	clMarker // a marker that gives no status ("vị")
	clHonorific
	clCue
	clFormer     // a marker of a former holder ("nguyên", "cựu")
	clLate       // "cố"
	clActing     // "quyền"
	clNew        // "tân"
	clCurrent    // "đương kim", "hiện là"
	clHoldVerb   // a verb whose object is an office ("giữ", "làm"): a title after it is a predicate
	clOfficeWord // a word naming an office between such a verb and the title ("chức vụ", "cương vị")
)

// clMarkers are the markers before a role, with a status or without.
const clMarkers = clMarker | clFormer | clLate | clActing | clNew | clCurrent

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
	clOrganOf    // an organ of the body named after it ("Thường trực HĐND", "HĐQT Tập đoàn X")
	clClubSuffix // a word that ends a club's name ("Hà Nội FC")
	clAnaphor    // a body named by its type alone after a title ("Hiệu trưởng nhà trường")
	clNamedHead  // a head that needs the body's own name after it ("Trường THPT")
	clBrandCue   // words after which a coined word names a body ("trao đổi với", "phóng viên")
	clBrandVerb  // words of the press after a coined word that names it ("dẫn lời")
	clPressCue   // words after which a capitalised name is an outlet's ("phóng viên")
	clTopic      // a committee whose name goes on with "về" and its subject ("Ban Chỉ đạo … về …")
	clSectorHead // a head named by its sector alone ("Bộ Y tế"): no lower-case words go on after the sector
	clOpenSector // a field a unit's name narrows in lower case after it ("Vụ Chính sách tiền tệ")
	clLowerOrgan // an organ that, in lower case, names one body only with its unit ("công an tỉnh X")
)

const (
	// programs
	clProgHead lexClass = 1 << iota
	clNational
	clProgAlone    // names the instrument without more words ("Hiến pháp", "OCOP")
	clProgNumbered // names an instrument only with a number ("biên bản số 12")
	clLaw          // a year after the name belongs to the title ("Luật Đất đai 2013")
	clProgTitle    // a programme's whole title: only its period may follow ("Chương trình OCOP")
	clProgWord     // a common word that begins with a head ("luật sư", "giải pháp"): no instrument
)

const (
	// geographic heads
	clAdmin lexClass = 1 << iota
	clGeo
	clCountry
	clProvinceHead // the level an administrative head word names
	clDistrictHead
	clCommuneHead
)

const (
	// names
	clSurname lexClass = 1 << iota
	clMiddle
	clForeignGiven
)

const (
	// the rules' word lists (words.tsv)
	clNotName lexClass = 1 << iota
	clForeignOrg
	clPeople
	clLanguage
	clOnsetAbbrev
	clUnitCompound
	clNumberIntro
	clQuantityVerb
	clAfterGivenName
	clConnective
	clDegree
	clProgStop
	clProgInner
	clTimeWord
	clCounted
	clArea
	clCountryShort
	clCompass
	clDirection
	clBorder
	clGenericBody
	clClauseWord
	clNumeral
	clOrdinalHead
	clTitleVision
	clLawQualifier
	clNameWord
	clClauseMarker
	clPeriodIntro
	clTournament
	clDisease
)

const (
	// kinds.tsv: capitalised words of kinds that are no person's name, and
	// the armed services
	clService          lexClass = 1 << iota // an armed service ("Hải quân", "Lục quân")
	clServiceQualifier                      // a word between a service and its country ("Hoàng gia")
	clMission                               // a body named with where it sits ("Đại sứ quán", "Thương vụ")
	clChurch                                // a church whose name closes with its region in parentheses
	clSaint                                 // a saint's name before a Catholic's Vietnamese name ("Giuse")
	clPeopleName                            // an ethnic group ("Lô Lô", "Khơ Mú")
	clStem                                  // a heavenly stem ("Giáp")
	clBranch                                // an earthly branch ("Thìn")
	clDynasty                               // a dynasty or ruling house ("Nguyễn", "Tiền Lê")
	clDynastyHead                           // a word a dynasty's name follows ("nhà", "thời")
	clMonument                              // a monument or shrine named after whom it honours ("đền", "tượng đài")
	clHonour                                // a word of honour before such a person ("Thái úy", "họ")
	clTemple                                // a place of worship ("chùa")
	clSite                                  // a heritage or nature site's head ("khu bảo tồn", "vườn quốc gia")
	clSiteTitle                             // a site's head only when capitalised ("Di tích", "Danh thắng")
	clRegion                                // a region of the country ("Đồng bằng sông Cửu Long")
)

// lexicons holds every word list the rules use. It is built once from the
// embedded data plus caller additions and never modified afterwards.
type lexicons struct {
	titles, orgs, programs, geo lexicon
	// sectors holds the sectors of orgs without the words and marks that
	// join them (sectorJoint), which the text writes in many ways ("Văn
	// hóa, Thể thao và Du lịch", "Văn hoá Thể thao và Du lịch").
	sectors lexicon
	// words holds the rules' word lists (stop words, cue words, common
	// compounds), interned in the same vocabulary as the token keys they
	// are looked up with.
	words lexicon
	// kinds holds the words of kinds that are no person (kinds.tsv), in
	// the same vocabulary.
	kinds             lexicon
	vocab             vocab // the keys of the lexicons' phrases
	surnames, middles map[string]bool
	foreignGiven      map[string]bool
}

var classNames = map[string]map[string]lexClass{
	"titles.tsv": {"title": clTitle, "title-comp": clTitleComp, "prefix": clPrefix, "suffix": clSuffix, "marker": clMarker, "honorific": clHonorific, "cue": clCue,
		"former": clFormer, "late": clLate, "acting": clActing, "new": clNew, "current": clCurrent,
		"hold-verb": clHoldVerb, "office-word": clOfficeWord},
	"orgs.tsv":     {"abbr": clAbbr, "committee": clCommittee, "unit-organ": clUnitOrgan, "organ": clOrgan, "head": clHead, "sector": clSector, "tail": clTail, "lower-head": clLowerHead, "military": clMilitary, "compound": clCompound, "organ-of": clOrganOf, "club-suffix": clClubSuffix, "anaphor": clAnaphor, "named-head": clNamedHead, "brand-cue": clBrandCue, "brand-verb": clBrandVerb, "press-cue": clPressCue, "topic": clTopic, "sector-head": clSectorHead, "open-sector": clOpenSector, "lower-organ": clLowerOrgan},
	"programs.tsv": {"head": clProgHead, "national": clNational, "alone": clProgAlone, "numbered": clProgNumbered, "law": clLaw, "title": clProgTitle, "word": clProgWord},
	"geoheads.tsv": {"admin": clAdmin, "geo": clGeo, "country": clCountry, "province": clProvinceHead, "district": clDistrictHead, "commune": clCommuneHead},
	"names.tsv":    {"surname": clSurname, "middle": clMiddle, "foreign-given": clForeignGiven},
	"words.tsv": {"not-name": clNotName, "foreign-org": clForeignOrg,
		"people": clPeople, "language": clLanguage, "onset-abbrev": clOnsetAbbrev,
		"unit-compound": clUnitCompound, "number-intro": clNumberIntro, "quantity-verb": clQuantityVerb,
		"after-given-name": clAfterGivenName, "connective": clConnective, "degree": clDegree,
		"prog-stop": clProgStop, "prog-inner": clProgInner, "time-word": clTimeWord, "counted": clCounted,
		"area": clArea, "country-short": clCountryShort, "compass": clCompass, "direction": clDirection,
		"border": clBorder, "generic-body": clGenericBody, "clause-word": clClauseWord,
		"numeral": clNumeral, "ordinal-head": clOrdinalHead,
		"title-vision": clTitleVision, "law-qualifier": clLawQualifier, "name-word": clNameWord,
		"clause-marker": clClauseMarker, "period-intro": clPeriodIntro, "tournament": clTournament,
		"disease": clDisease},
	"kinds.tsv": {"service": clService, "service-qualifier": clServiceQualifier, "mission": clMission,
		"church": clChurch, "saint": clSaint, "people-name": clPeopleName, "stem": clStem, "branch": clBranch,
		"dynasty": clDynasty, "dynasty-head": clDynastyHead,
		"monument": clMonument, "honour": clHonour, "temple": clTemple, "site": clSite, "site-title": clSiteTitle, "region": clRegion},
}

type row struct {
	phrase string
	class  lexClass
}

// classRows returns the build function (tsv.Embedded) of an embedded list
// whose classes are those of the hand-written list; an unknown class is
// an error.
func classRows(list string) func(rows [][]string) ([]row, error) {
	return func(rows [][]string) ([]row, error) {
		classes := classNames[list]
		if classes == nil {
			return nil, fmt.Errorf("no class table for %s", list)
		}
		out := make([]row, 0, len(rows))
		for _, r := range rows {
			c, ok := classes[r[1]]
			if !ok {
				return nil, fmt.Errorf("%q: unknown class %q", r[0], r[1])
			}
			out = append(out, row{r[0], c})
		}
		return out, nil
	}
}

// builtinRows reads every embedded list, keyed by the hand-written list
// whose classes it has: a generated wiki-X.tsv joins X.tsv. A malformed
// list panics (tsv.Parse); TestWordLists loads them all.
var builtinRows = sync.OnceValues(func() (map[string][]row, error) {
	files, err := fs.Glob(wordlists.FS(), "*.tsv")
	if err != nil {
		return nil, err
	}
	out := map[string][]row{}
	for _, name := range files {
		text, err := fs.ReadFile(wordlists.FS(), name)
		if err != nil {
			return nil, err
		}
		list := strings.TrimPrefix(name, "wiki-")
		out[list] = append(out[list], tsv.Parse("entities/internal/lexicon/"+name, string(text), 2, classRows(list))...)
	}
	// Family and middle names come from the one list the gazetteer and
	// the segmenter's trainer read too.
	for _, n := range slices.Concat(names.Surnames("surname"), names.Surnames("surname-ambiguous")) {
		out["names.tsv"] = append(out["names.tsv"], row{n, clSurname})
	}
	for _, n := range names.Middles() {
		out["names.tsv"] = append(out["names.tsv"], row{n, clMiddle})
	}
	// Countries, regions and places abroad written bare come from the
	// gazetteer's one list of them.
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	for _, pl := range g.Places() {
		out["geoheads.tsv"] = append(out["geoheads.tsv"], row{pl.Name, clCountry})
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
	for _, l := range []*lexicon{&lx.titles, &lx.orgs, &lx.programs, &lx.geo, &lx.words, &lx.kinds, &lx.sectors} {
		l.vocab = lx.vocab
	}
	targets := map[string]*lexicon{"titles.tsv": &lx.titles, "orgs.tsv": &lx.orgs, "programs.tsv": &lx.programs, "geoheads.tsv": &lx.geo, "words.tsv": &lx.words, "kinds.tsv": &lx.kinds}
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
				if name == "orgs.tsv" && r.class&clSector != 0 {
					lx.sectors.addKeys(sectorWords(r.phrase), clSector)
				}
			}
		}
	}
	return lx, nil
}

// sectorWords returns the folded keys of a sector without its joints.
func sectorWords(phrase string) []string {
	toks := scan(phrase)
	out := make([]string, 0, len(toks))
	for i := range toks {
		if !sectorJoint(&toks[i]) {
			out = append(out, toks[i].key)
		}
	}
	return out
}

// sectorJoint reports a word or mark that joins the parts of a sector's
// name: a comma, a hyphen or an en dash, "&", "và".
func sectorJoint(t *token) bool {
	switch t.key {
	case ",", "-", "–", "&", kVa:
		return true
	}
	return false
}

var defaultLexicons = sync.OnceValues(func() (*lexicons, error) { return buildLexicons(nil) })

// wordAt reports a phrase of the rules' word lists, of a class in c,
// starting at token k. A list entry of several words matches only as a
// whole ("thực hiện" ends a programme name, "thực" alone does not).
func (p *pass) wordAt(k int, c lexClass) bool {
	_, got := p.x.lx.words.longest(p.toks, k, c)
	return got != 0
}

// wordEndingAt returns the first token of the longest phrase of the rules'
// word lists, of a class in c, whose last token is k ("đồng bào" before a
// people's name), or -1.
func (p *pass) wordEndingAt(k int, c lexClass) int {
	return p.x.lx.words.endingAt(p.toks, k, c)
}

// wordSpan reports whether the tokens [s, e) are exactly a phrase of the
// rules' word lists of a class in c.
func (p *pass) wordSpan(s, e int, c lexClass) bool {
	return p.x.lx.words.exact(p.toks, s, e, c) != 0
}

// kindAt reports a phrase of kinds.tsv of a class in c starting at token k.
func (p *pass) kindAt(k int, c lexClass) bool {
	_, got := p.x.lx.kinds.longest(p.toks, k, c)
	return got != 0
}
