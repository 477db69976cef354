package page

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Date is a publication date as a page writes it: the day, and the clock
// time and zone when they are written. Its zero value means "no date".
type Date struct {
	// Time is the instant; when no clock time is written it is midnight, and
	// when no zone is written the zone is Vietnam's (+07:00).
	Time time.Time
	// HasTime: a clock time was written. HasSeconds: with seconds.
	HasTime, HasSeconds bool
}

// vietnam is the zone of a date that writes none: UTC+7, with no daylight
// saving, fixed so that no time-zone database is needed.
var vietnam = time.FixedZone("+07:00", 7*3600)

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// String is ISO 8601 at the precision written: "2024-02-11",
// "2024-02-11T15:00+07:00" or "2024-02-11T15:00:30+07:00"; "" for the zero
// Date.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case !d.HasTime:
		return d.Time.Format("2006-01-02")
	case !d.HasSeconds:
		return d.Time.Format("2006-01-02T15:04Z07:00")
	}
	return d.Time.Format("2006-01-02T15:04:05Z07:00")
}

// MarshalText writes String.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads what MarshalText writes (and "" as the zero Date).
func (d *Date) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*d = Date{}
		return nil
	}
	for _, f := range []struct {
		layout        string
		time, seconds bool
	}{
		{"2006-01-02T15:04:05Z07:00", true, true},
		{"2006-01-02T15:04Z07:00", true, false},
		{"2006-01-02", false, false},
	} {
		loc := time.UTC
		if !f.time {
			loc = vietnam
		}
		if t, err := time.ParseInLocation(f.layout, s, loc); err == nil {
			*d = Date{Time: t, HasTime: f.time, HasSeconds: f.seconds}
			return nil
		}
	}
	return fmt.Errorf("page: date %q is not ISO 8601 (2006-01-02, 2006-01-02T15:04+07:00 or with seconds)", s)
}

// The date, clock and zone forms of Vietnamese pages. Digits are ASCII:
// Normalize has folded full-width digits already.
var (
	// 11/02/2024, 11-2-2024, 11.02.2024; 2024-02-11, 2024/02/11;
	// ngày 11 tháng 2 năm 2024, 11 tháng 02, 2024.
	dateRE = regexp.MustCompile(`(?i)\b(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})[/-](\d{1,2})[/-](\d{1,2})|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+|,?\s*)(\d{4}))\b`)
	// 15:00, 15:00:30, 15h00, 15g00, 3:00 PM, 3:00 CH (chiều).
	clockRE = regexp.MustCompile(`(?i)\b(\d{1,2})[:hg](\d{2})(?::(\d{2}))?(?:\s*(am|pm|sa|ch)\b)?`)
	// GMT+7, UTC+07:00, GMT +7, +07:00 right after a clock time.
	zoneRE = regexp.MustCompile(`(?i)(?:\b(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?|\b(?:gmt|utc)\b|([+-])(\d{2}):(\d{2})\b)`)
)

// errNoDate is returned by ParseDate for text that holds no date.
var errNoDate = errors.New("page: no date")

// ParseDate reads the first date in s, with the clock time written next to
// it (before or after, "15:00 ngày 11/02/2024" as well as "11/2/2024 -
// 15:00") and the zone written anywhere in s ("(GMT+7)"). Day comes before
// month, as Vietnamese writes it; a four-digit year first means ISO order.
// No zone written means +07:00. It also reads RFC 3339 and ISO 8601 stamps
// of page metadata ("2024-02-11T15:00:00+07:00").
func ParseDate(s string) (Date, error) {
	d, _, _, ok := findDate(s)
	if !ok {
		return Date{}, errNoDate
	}
	return d, nil
}

// findDate is ParseDate that also reports the bytes [start, end) of s the
// date, its clock time and its zone cover.
func findDate(s string) (d Date, start, end int, ok bool) {
	if t, n, ok := isoStamp(s); ok {
		return t, 0, n, true
	}
	for _, m := range dateRE.FindAllStringSubmatchIndex(s, 4) {
		y, mo, day := dateParts(s, m)
		if !validDate(y, mo, day) {
			continue
		}
		start, end = m[0], m[1]
		hh, mm, ss, hasSec, cs, ce, found := clockNear(s, start, end)
		d.HasTime = found
		d.HasSeconds = found && hasSec
		if found {
			start, end = min(start, cs), max(end, ce)
		}
		loc := vietnam
		if found {
			// A zone belongs to a clock time: "GMT+7" anywhere on the line,
			// "+07:00" right after the time.
			for _, zl := range zoneRE.FindAllStringSubmatchIndex(s, -1) {
				if zl[8] >= 0 && (zl[0] < ce || strings.TrimSpace(s[ce:zl[0]]) != "") {
					continue
				}
				if z, ok := zoneOf(s, zl); ok {
					loc = z
					start, end = min(start, zl[0]), max(end, zl[1])
					break
				}
			}
		}
		d.Time = time.Date(y, time.Month(mo), day, hh, mm, ss, 0, loc)
		return d, start, end, true
	}
	return Date{}, 0, 0, false
}

// isoStamp reads a metadata stamp at the start of s: RFC 3339, with or
// without seconds and fraction, or with no zone (then +07:00).
func isoStamp(s string) (Date, int, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 16 || s[4] != '-' || s[10] != 'T' && s[10] != ' ' {
		return Date{}, 0, false
	}
	for _, f := range []struct {
		layout  string
		seconds bool
	}{
		{time.RFC3339Nano, true},
		{"2006-01-02T15:04Z07:00", false},
		{"2006-01-02T15:04:05.999999999", true},
		{"2006-01-02T15:04", false},
		{"2006-01-02 15:04:05", true},
		{"2006-01-02 15:04", false},
	} {
		if t, err := time.ParseInLocation(f.layout, s, vietnam); err == nil {
			// "15:00:00" says no more than "15:00".
			sec := f.seconds && (t.Second() != 0 || t.Nanosecond() != 0)
			return Date{Time: t, HasTime: true, HasSeconds: sec}, len(s), true
		}
	}
	return Date{}, 0, false
}

func dateParts(s string, m []int) (y, mo, d int) {
	num := func(i int) int {
		n, _ := strconv.Atoi(s[m[2*i]:m[2*i+1]])
		return n
	}
	switch {
	case m[2] >= 0:
		return num(3), num(2), num(1)
	case m[8] >= 0:
		return num(4), num(5), num(6)
	}
	return num(9), num(8), num(7)
}

func validDate(y, m, d int) bool {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// clockWindow is how far (in bytes) from a date its clock time may stand:
// "15:00 ngày 11/02/2024", "11/2/2024 - 15:00 (GMT+7)", "11/02/2024, lúc
// 15:00", "07:45, Thứ Ba 06/08/2024".
const clockWindow = 24

// clockNear finds a valid clock time within clockWindow bytes before or
// after the date at [ds, de), separated from it by no letters but "ngày"
// and "lúc".
func clockNear(s string, ds, de int) (h, m, sec int, hasSec bool, cs, ce int, ok bool) {
	for _, c := range clockRE.FindAllStringSubmatchIndex(s, -1) {
		var gap string
		switch {
		case c[0] >= de && c[0]-de <= clockWindow:
			gap = s[de:c[0]]
		case c[1] <= ds && ds-c[1] <= clockWindow:
			gap = s[c[1]:ds]
		default:
			continue
		}
		if !quietGap(gap) {
			continue
		}
		h, _ = strconv.Atoi(s[c[2]:c[3]])
		m, _ = strconv.Atoi(s[c[4]:c[5]])
		if c[6] >= 0 {
			sec, _ = strconv.Atoi(s[c[6]:c[7]])
			hasSec = true
		}
		if c[8] >= 0 {
			switch strings.ToLower(s[c[8]:c[9]]) {
			case "pm", "ch":
				if h < 12 {
					h += 12
				}
			case "am", "sa":
				if h == 12 {
					h = 0
				}
			}
		}
		if h > 23 || m > 59 || sec > 59 {
			continue
		}
		return h, m, sec, hasSec, c[0], c[1], true
	}
	return 0, 0, 0, false, 0, 0, false
}

// quietGap: only separators and the date-gap words of words.tsv
// (weekdays, "ngày", "lúc", "vào") between a date and its clock time
// ("15:00 ngày 11/02/2024", "07:45, Thứ Ba 06/08/2024").
func quietGap(gap string) bool {
	if len(gap) > 40 {
		return false
	}
	g := strings.ToLower(gap)
	for _, w := range lists().dateGaps {
		g = strings.ReplaceAll(g, w, "")
	}
	return strings.Trim(g, " ,-–—|/()·•\t0123456789") == "" && strings.Count(gap, ",") <= 2
}

// zoneOf reads a zone match of zoneRE: "GMT+7", "UTC+07:00", "+07:00"; a
// bare "GMT" or "UTC" is UTC.
func zoneOf(s string, m []int) (*time.Location, bool) {
	sign, hh, mm := "", "", ""
	switch {
	case m[2] >= 0:
		sign, hh = s[m[2]:m[3]], s[m[4]:m[5]]
		if m[6] >= 0 {
			mm = s[m[6]:m[7]]
		}
	case m[8] >= 0:
		sign, hh, mm = s[m[8]:m[9]], s[m[10]:m[11]], s[m[12]:m[13]]
	default:
		return time.UTC, true
	}
	h, _ := strconv.Atoi(hh)
	mi, _ := strconv.Atoi(mm)
	if h > 14 || mi > 59 {
		return nil, false
	}
	off := h*3600 + mi*60
	if sign == "-" {
		off = -off
	}
	if off == 7*3600 {
		return vietnam, true
	}
	return time.FixedZone(fmt.Sprintf("%s%02d:%02d", sign, h, mi), off), true
}
