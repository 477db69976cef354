package entities

import (
	"unicode"
	"unicode/utf8"
)

// What may stand between a name and the roles in apposition after it,
// and what joins two roles besides a comma.

// decorationAt reports a footnote mark or an emoji at k ("*", "👉", "❤️"):
// it stands beside a name and says nothing of it.
func (p *pass) decorationAt(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind == tkWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.text[p.toks[k].s:p.toks[k].e])
	return r == '*' || unicode.IsSymbol(r) || unicode.Is(unicode.Variation_Selector, r)
}

// afterRemark returns where roles in apposition may start when a remark
// stands between the name ending at k and the comma or dash before them:
// decorations, then a remark in parentheses that holds no role (where a
// photo shows the person, "(ảnh)", "(thứ hai từ trái sang)"). It returns
// k when there is none.
func (p *pass) afterRemark(k int) int {
	m := k
	for p.decorationAt(m) {
		m++
	}
	if close := p.parenthetical(m); close > m {
		m = close + 1
		for p.decorationAt(m) {
			m++
		}
	}
	if m == k || !appositionMark(p.key(m)) || p.key(m) == "(" {
		return k
	}
	return m
}

// appositionMark reports the marks that open roles in apposition.
func appositionMark(key string) bool {
	switch key {
	case ",", "-", "–", "—", "(":
		return true
	}
	return false
}

// aside returns the end of what may be said of a person before their
// roles in apposition ("45 tuổi", "sinh năm 1970", "quê Nghệ An", "trú
// tại xã Tân Lập"), or k.
func (p *pass) aside(k int) int {
	if a := p.age(k); a > k {
		return a
	}
	return p.abode(k)
}

// abode returns the end of a hometown or a residence written at k: "quê"
// ("quê ở", "quê quán") or "trú" ("trú tại", "thường trú ở", "tạm trú",
// "cư trú", "ngụ tại") and a place, or places joined by commas ("quê xã
// Yên Thường, huyện Gia Lâm"), or k. Like an age, it says where the person
// comes from or lives, not what post they hold.
func (p *pass) abode(k int) int {
	m := p.abodeHead(k)
	if m == k {
		return k
	}
	pl := p.place(m)
	if pl.e <= m {
		return k
	}
	for pl.e > m {
		m = pl.e
		if p.key(m) != "," {
			break
		}
		pl = p.place(m + 1)
	}
	return m
}

// abodeHead returns where the place starts after the words that open a
// hometown or a residence at k, or k.
func (p *pass) abodeHead(k int) int {
	switch p.key(k) {
	case kQue:
		if p.key(k+1) == kO || p.key(k+1) == kQuan {
			return k + 2
		}
		return k + 1
	case kThuong, kTam, kCu:
		if p.key(k+1) != kTru {
			return k
		}
		k++
		fallthrough
	case kTru, kNgu:
		if p.key(k+1) == kO || p.key(k+1) == kTai {
			return k + 2
		}
		return k + 1
	}
	return k
}

var (
	kQue, kO, kQuan    = foldKey("quê"), foldKey("ở"), foldKey("quán")
	kTru, kNgu         = foldKey("trú"), foldKey("ngụ")
	kThuong, kTam, kCu = foldKey("thường"), foldKey("tạm"), foldKey("cư")
)

// roleJoin returns where the next role starts when what follows a role
// ending at k joins another to it, or k: a comma, "kiêm" (GUIDELINES: like
// a comma) and "đồng thời [là]" or "và là" ("and at once is"), also after
// a comma. These continue the apposition; the sentence's own predicate
// ("ông X là …", "ông X giữ chức …") is no role.
func (p *pass) roleJoin(k int) int {
	m := k
	if p.key(m) == "," {
		m++
	}
	switch {
	case p.key(m) == kKiem:
		return m + 1
	case p.key(m) == kDong && p.key(m+1) == kThoi:
		if p.key(m+2) == kLa {
			return m + 3
		}
		return m + 2
	case p.key(m) == kVa && p.key(m+1) == kLa:
		return m + 2
	}
	return m
}

var kDong, kThoi, kLa = foldKey("đồng"), foldKey("thời"), foldKey("là")
