package gazetteer

import "github.com/vntext/vntext/internal/names"

// Head words written before a place name (GUIDELINES.md: the head is part of
// the LOCATION span). Admin heads name the unit types they accept; the
// others make a LOCATION of level other from the capitalised name after them.

type headInfo struct {
	level  Level    // level of an unknown name after the head; "" = decided by the unit
	types  []string // unit types the head accepts; nil for non-admin heads
	number bool     // a number may stand as the name (quận 6, quốc lộ 1, thôn 12)
	abbrev bool     // an abbreviation that may take a full stop (TP. Hà Nội)
	lower  bool     // must be lower case inside a sentence (Hồ, Đường are also surnames)
	dot    bool     // only with a full stop (Q. 1, P. 17)
	weak   bool     // often descriptive (ven biển Nha Trang): a known place after it stands alone
	words  int      // most words in an unknown name; 0 = 6
	person bool     // often named after a person (đường Nguyễn Huệ, cầu Trần Phú)
	// numberOnly: only a number names the place (trạm 20, not Trạm Y tế).
	numberOnly bool
	// pair: only two places joined by a hyphen name it (biên giới Việt Nam -
	// Lào).
	pair bool
	// ofUnit: an administrative unit may stand as the name, with its head
	// word or alone (Nghĩa trang liệt sĩ huyện Thọ Xuân, Nhà tang lễ tỉnh).
	ofUnit bool
	// alley: a numbered alley, after which the street it leaves may follow
	// without its head (ngõ 13 Lĩnh Nam).
	alley bool
	// state: the form words of a country's official name (Cộng hòa
	// Ireland, Vương quốc Anh): the country the lists know follows, or,
	// with realm, any capitalised name (Đế quốc Babylon).
	state, realm bool
	// capital: a name the lists do not know after it is a capital abroad
	// (thủ đô Viêng Chăn), where after thành phố it is a city of a province.
	capital bool
	// zone: a province after the name is part of it (khu kinh tế Đông Nam
	// Nghệ An), where after other heads it is the parent (chùa Hương Hà Nội).
	zone bool
	// memorial: the person honoured may be named with a title (lăng Chủ tịch
	// Hồ Chí Minh, tượng đài Đại tướng Võ Nguyên Giáp).
	memorial bool
}

func (h *headInfo) admin() bool { return h.types != nil }

// accepts reports whether u may be the unit named after h.
func (h *headInfo) accepts(u *Unit) bool {
	for _, t := range h.types {
		if t == u.Type {
			return true
		}
	}
	return false
}

var (
	typesProvince = []string{"Tỉnh"}
	typesCity     = []string{"Thành phố"}
	typesDistrict = []string{"Quận", "Huyện", "Thị xã", "Thành phố"}
	typesUrban    = []string{"Quận"}
	typesRural    = []string{"Huyện"}
	typesTown     = []string{"Thị xã"}
	typesCommune  = []string{"Xã", "Phường", "Thị trấn", "Đặc khu"}
	typesWard     = []string{"Phường"}
	typesVillage  = []string{"Xã"}
	typesTownlet  = []string{"Thị trấn"}
	typesSpecial  = []string{"Đặc khu"}
)

var headTable = []struct {
	words string
	info  headInfo
}{
	{"tỉnh", headInfo{level: LevelProvince, types: typesProvince}},
	{"thành phố", headInfo{level: LevelOther, types: typesCity}},
	{"tp", headInfo{level: LevelOther, types: typesCity, abbrev: true}},
	{"thủ đô", headInfo{level: LevelOther, types: typesCity, capital: true}},
	{"quận", headInfo{level: LevelDistrict, types: typesUrban, number: true}},
	{"q", headInfo{level: LevelDistrict, types: typesUrban, number: true, abbrev: true, dot: true}},
	{"h", headInfo{level: LevelDistrict, types: typesRural, abbrev: true, dot: true}},
	{"tx", headInfo{level: LevelDistrict, types: typesTown, abbrev: true}},
	{"p", headInfo{level: LevelCommune, types: typesWard, number: true, abbrev: true, dot: true}},
	{"x", headInfo{level: LevelCommune, types: typesVillage, abbrev: true, dot: true}},
	{"tt", headInfo{level: LevelCommune, types: typesTownlet, abbrev: true}},
	{"huyện", headInfo{level: LevelDistrict, types: typesRural}},
	{"huyện đảo", headInfo{level: LevelDistrict, types: typesRural}},
	{"thị xã", headInfo{level: LevelDistrict, types: typesTown}},
	{"quận huyện", headInfo{level: LevelDistrict, types: typesDistrict}},
	{"phường", headInfo{level: LevelCommune, types: typesWard, number: true}},
	{"xã", headInfo{level: LevelCommune, types: typesVillage}},
	{"xã đảo", headInfo{level: LevelCommune, types: typesVillage}},
	{"xã biên giới", headInfo{level: LevelCommune, types: typesVillage}},
	{"thị trấn", headInfo{level: LevelCommune, types: typesTownlet}},
	{"đặc khu", headInfo{level: LevelCommune, types: typesSpecial}},
	{"phường xã", headInfo{level: LevelCommune, types: typesCommune}},

	// Official names of countries and realms (level country).
	{"cộng hòa", headInfo{level: LevelCountry, state: true}},
	{"cộng hoà", headInfo{level: LevelCountry, state: true}},
	{"cộng hòa xã hội chủ nghĩa", headInfo{level: LevelCountry, state: true}},
	{"cộng hoà xã hội chủ nghĩa", headInfo{level: LevelCountry, state: true}},
	{"cộng hòa dân chủ nhân dân", headInfo{level: LevelCountry, state: true}},
	{"cộng hoà dân chủ nhân dân", headInfo{level: LevelCountry, state: true}},
	{"cộng hòa nhân dân", headInfo{level: LevelCountry, state: true}},
	{"cộng hoà nhân dân", headInfo{level: LevelCountry, state: true}},
	{"cộng hòa dân chủ", headInfo{level: LevelCountry, state: true}},
	{"cộng hoà dân chủ", headInfo{level: LevelCountry, state: true}},
	{"cộng hòa liên bang", headInfo{level: LevelCountry, state: true}},
	{"cộng hoà liên bang", headInfo{level: LevelCountry, state: true}},
	{"chxhcn", headInfo{level: LevelCountry, state: true}},
	{"chdcnd", headInfo{level: LevelCountry, state: true}},
	{"chnd", headInfo{level: LevelCountry, state: true}},
	{"vương quốc", headInfo{level: LevelCountry, state: true}},
	{"hợp chủng quốc", headInfo{level: LevelCountry, state: true}},
	{"đế quốc", headInfo{level: LevelCountry, state: true, realm: true}},
	{"đế chế", headInfo{level: LevelCountry, state: true, realm: true}},

	// Villages and neighbourhoods.
	{"thôn", headInfo{level: LevelOther, number: true}},
	{"bản", headInfo{level: LevelOther, number: true}},
	{"ấp", headInfo{level: LevelOther, number: true}},
	{"xóm", headInfo{level: LevelOther, number: true}},
	{"làng", headInfo{level: LevelOther}},
	{"buôn", headInfo{level: LevelOther}},
	{"khu phố", headInfo{level: LevelOther, number: true}},
	{"khối phố", headInfo{level: LevelOther, number: true}},
	{"ngõ", headInfo{level: LevelOther, number: true, person: true, alley: true}},
	{"ngách", headInfo{level: LevelOther, number: true, alley: true}},
	{"hẻm", headInfo{level: LevelOther, number: true, alley: true}},
	{"kiệt", headInfo{level: LevelOther, number: true, alley: true}},
	{"tổ dân phố", headInfo{level: LevelOther, number: true}},
	{"khu dân cư", headInfo{level: LevelOther, number: true}},
	{"khu đô thị", headInfo{level: LevelOther}},
	// Roads, bridges, passes.
	{"đường", headInfo{level: LevelOther, lower: true, person: true}},
	{"phố", headInfo{level: LevelOther, person: true}},
	{"phố đi bộ", headInfo{level: LevelOther, person: true}},
	{"đại lộ", headInfo{level: LevelOther, person: true}},
	{"quốc lộ", headInfo{level: LevelOther, number: true}},
	{"tỉnh lộ", headInfo{level: LevelOther, number: true}},
	{"huyện lộ", headInfo{level: LevelOther, number: true}},
	{"đường tỉnh", headInfo{level: LevelOther, number: true}},
	{"cao tốc", headInfo{level: LevelOther}},
	{"đường cao tốc", headInfo{level: LevelOther}},
	{"cầu", headInfo{level: LevelOther, person: true}},
	{"hầm", headInfo{level: LevelOther, person: true}},
	{"hầm đường bộ", headInfo{level: LevelOther}},
	{"phà", headInfo{level: LevelOther}},
	{"phi trường", headInfo{level: LevelOther}},
	{"chung cư", headInfo{level: LevelOther}},
	{"đèo", headInfo{level: LevelOther}},
	{"nút giao", headInfo{level: LevelOther, person: true}},
	{"ngã ba", headInfo{level: LevelOther}},
	{"ngã tư", headInfo{level: LevelOther}},
	{"trạm thu phí", headInfo{level: LevelOther}},
	{"cửa khẩu", headInfo{level: LevelOther}},
	{"cửa khẩu quốc tế", headInfo{level: LevelOther}},
	{"sân bay", headInfo{level: LevelOther}},
	{"sân bay quốc tế", headInfo{level: LevelOther}},
	{"cảng hàng không", headInfo{level: LevelOther}},
	{"cảng hàng không quốc tế", headInfo{level: LevelOther}},
	{"cảng", headInfo{level: LevelOther}},
	{"bến", headInfo{level: LevelOther}},
	{"bến xe", headInfo{level: LevelOther, person: true, ofUnit: true}},
	{"bến đò", headInfo{level: LevelOther}},
	{"trạm", headInfo{level: LevelOther, number: true, numberOnly: true}},
	{"đường liên cảng", headInfo{level: LevelOther, number: true}},
	{"đường quốc lộ", headInfo{level: LevelOther, number: true}},
	{"đường tỉnh lộ", headInfo{level: LevelOther, number: true}},
	{"biên giới", headInfo{level: LevelOther, pair: true}},
	{"nhà tang lễ", headInfo{level: LevelOther, ofUnit: true}},
	{"trung tâm hội nghị", headInfo{level: LevelOther, ofUnit: true}},
	{"vườn hoa", headInfo{level: LevelOther, person: true}},
	{"khu thương mại", headInfo{level: LevelOther}},
	{"khu du lịch", headInfo{level: LevelOther}},
	{"ga", headInfo{level: LevelOther}},
	{"bang", headInfo{level: LevelOther}},
	{"tiểu bang", headInfo{level: LevelOther}},
	{"xứ", headInfo{level: LevelOther, words: 2}},
	{"chùa", headInfo{level: LevelOther}},
	{"hoàng thành", headInfo{level: LevelOther}},
	{"kinh thành", headInfo{level: LevelOther}},
	{"thành cổ", headInfo{level: LevelOther}},
	{"nghĩa trang", headInfo{level: LevelOther, ofUnit: true}},
	{"nghĩa trang liệt sĩ", headInfo{level: LevelOther, ofUnit: true}},
	{"nghĩa trang liệt sĩ quốc gia", headInfo{level: LevelOther}},
	{"ntls", headInfo{level: LevelOther}},
	{"đền", headInfo{level: LevelOther}},
	{"sân", headInfo{level: LevelOther, words: 3, person: true}},
	{"sân vận động", headInfo{level: LevelOther, person: true}},
	{"chợ", headInfo{level: LevelOther, person: true}},
	{"chợ phiên", headInfo{level: LevelOther}},
	{"chợ đầu mối", headInfo{level: LevelOther}},
	{"chợ nổi", headInfo{level: LevelOther}},
	{"bến cảng", headInfo{level: LevelOther}},
	{"khu bến", headInfo{level: LevelOther}},
	{"cảng biển", headInfo{level: LevelOther}},
	{"cảng cá", headInfo{level: LevelOther}},
	{"cảng quốc tế", headInfo{level: LevelOther}},
	{"cảng tàu khách", headInfo{level: LevelOther}},
	{"cảng tàu khách quốc tế", headInfo{level: LevelOther}},
	{"cảng cửa ngõ quốc tế", headInfo{level: LevelOther}},
	{"đường vành đai", headInfo{level: LevelOther, number: true}},
	{"đường sắt đô thị", headInfo{level: LevelOther, number: true}},
	{"metro", headInfo{level: LevelOther, number: true}},
	{"cáp treo", headInfo{level: LevelOther}},
	{"khu tái định cư", headInfo{level: LevelOther}},
	{"khu tập thể", headInfo{level: LevelOther}},
	// Monuments, relics, places of worship.
	{"phố cổ", headInfo{level: LevelOther}},
	{"khu phố cổ", headInfo{level: LevelOther}},
	{"khu di tích", headInfo{level: LevelOther}},
	{"khu di tích lịch sử", headInfo{level: LevelOther}},
	{"khu di tích quốc gia", headInfo{level: LevelOther}},
	{"khu di tích quốc gia đặc biệt", headInfo{level: LevelOther}},
	{"khu di tích lịch sử quốc gia", headInfo{level: LevelOther}},
	{"khu di tích lịch sử quốc gia đặc biệt", headInfo{level: LevelOther}},
	{"khu di tích khảo cổ", headInfo{level: LevelOther}},
	{"quần thể di tích", headInfo{level: LevelOther}},
	{"danh thắng", headInfo{level: LevelOther}},
	{"danh thắng quốc gia", headInfo{level: LevelOther}},
	{"quần thể danh thắng", headInfo{level: LevelOther}},
	{"khu đền tháp", headInfo{level: LevelOther}},
	{"địa đạo", headInfo{level: LevelOther}},
	{"cột cờ", headInfo{level: LevelOther}},
	{"điện", headInfo{level: LevelOther, lower: true, weak: true}},
	{"lăng", headInfo{level: LevelOther, person: true, memorial: true}},
	{"tượng đài", headInfo{level: LevelOther, person: true, memorial: true}},
	{"đền thờ", headInfo{level: LevelOther, person: true, memorial: true}},
	{"khu lưu niệm", headInfo{level: LevelOther, person: true, memorial: true}},
	{"nhà lưu niệm", headInfo{level: LevelOther, person: true, memorial: true}},
	{"đài tưởng niệm", headInfo{level: LevelOther}},
	{"nhà thờ", headInfo{level: LevelOther}},
	{"nhà thờ họ", headInfo{level: LevelOther, person: true}},
	{"miếu", headInfo{level: LevelOther}},
	// Water, land, regions.
	{"hồ", headInfo{level: LevelOther, lower: true}},
	{"hồ thủy lợi", headInfo{level: LevelOther}},
	{"hồ thuỷ lợi", headInfo{level: LevelOther}},
	{"hồ chứa", headInfo{level: LevelOther}},
	{"hồ chứa nước", headInfo{level: LevelOther}},
	{"sông", headInfo{level: LevelOther}},
	{"suối", headInfo{level: LevelOther}},
	{"kênh", headInfo{level: LevelOther}},
	{"rạch", headInfo{level: LevelOther}},
	{"đầm", headInfo{level: LevelOther}},
	{"phá", headInfo{level: LevelOther}},
	{"vịnh", headInfo{level: LevelOther}},
	{"biển", headInfo{level: LevelOther, weak: true}},
	{"bãi biển", headInfo{level: LevelOther}},
	{"bãi", headInfo{level: LevelOther, lower: true}},
	{"ngòi", headInfo{level: LevelOther, lower: true}},
	{"mũi", headInfo{level: LevelOther, lower: true}},
	{"cửa", headInfo{level: LevelOther, lower: true}},
	{"cửa biển", headInfo{level: LevelOther}},
	{"cửa sông", headInfo{level: LevelOther}},
	{"phương", headInfo{level: LevelOther, lower: true, words: 1}},
	{"bãi tắm", headInfo{level: LevelOther}},
	{"cù lao", headInfo{level: LevelOther}},
	{"dãy", headInfo{level: LevelOther, person: true}},
	{"dãy núi", headInfo{level: LevelOther, person: true}},
	{"hòn đảo", headInfo{level: LevelOther}},
	{"hải đảo", headInfo{level: LevelOther}},
	{"thủy điện", headInfo{level: LevelOther, number: true}},
	{"thuỷ điện", headInfo{level: LevelOther, number: true}},
	{"đảo", headInfo{level: LevelOther}},
	{"quần đảo", headInfo{level: LevelOther}},
	{"bán đảo", headInfo{level: LevelOther}},
	{"núi", headInfo{level: LevelOther}},
	{"đồi", headInfo{level: LevelOther}},
	{"thác", headInfo{level: LevelOther}},
	{"hang", headInfo{level: LevelOther}},
	{"động", headInfo{level: LevelOther}},
	{"vườn quốc gia", headInfo{level: LevelOther, zone: true}},
	{"công viên", headInfo{level: LevelOther, number: true, person: true}},
	{"quảng trường", headInfo{level: LevelOther, person: true}},
	{"vùng", headInfo{level: LevelOther}},
	{"khu vực", headInfo{level: LevelOther, number: true}},
	{"miền", headInfo{level: LevelOther, words: 1}},
	{"châu", headInfo{level: LevelOther, lower: true}},
	{"cao nguyên", headInfo{level: LevelOther}},
	{"đồng bằng", headInfo{level: LevelOther}},
	// Industrial parks and mines.
	{"khu công nghiệp", headInfo{level: LevelOther, zone: true}},
	{"kcn", headInfo{level: LevelOther, zone: true}},
	{"cụm công nghiệp", headInfo{level: LevelOther, zone: true}},
	{"khu kinh tế", headInfo{level: LevelOther, zone: true}},
	{"khu chế xuất", headInfo{level: LevelOther, zone: true}},
	{"khu công nghệ cao", headInfo{level: LevelOther, zone: true}},
	{"khu kinh tế cửa khẩu", headInfo{level: LevelOther, zone: true}},
	{"khu điện gió", headInfo{level: LevelOther, zone: true}},
	{"cánh đồng điện gió", headInfo{level: LevelOther, zone: true}},
	{"mỏ", headInfo{level: LevelOther}},
	{"mỏ đá", headInfo{level: LevelOther}},
	{"mỏ đá xây dựng", headInfo{level: LevelOther}},
	{"mỏ cát", headInfo{level: LevelOther}},
	{"mỏ cát xây dựng", headInfo{level: LevelOther}},
	{"mỏ sét", headInfo{level: LevelOther}},
	{"mỏ sét gạch ngói", headInfo{level: LevelOther}},
	{"mỏ đất", headInfo{level: LevelOther}},
	{"mỏ than", headInfo{level: LevelOther}},
	{"mỏ vàng", headInfo{level: LevelOther}},
	{"mỏ sắt", headInfo{level: LevelOther}},
	{"mỏ quặng", headInfo{level: LevelOther}},
	{"mỏ thiếc", headInfo{level: LevelOther}},
	{"mỏ titan", headInfo{level: LevelOther}},
	{"mỏ đồng", headInfo{level: LevelOther}},
	{"mỏ nước khoáng", headInfo{level: LevelOther}},
	{"cụm mỏ đá", headInfo{level: LevelOther}},
}

// Function-word classes used around names.
const (
	wQuant      uint16 = 1 << iota // các, những, hai … mười: a plural head before a list
	wAnd                           // và, cùng: joins list items
	wHonorific                     // ông, bà, anh …: a person follows
	wSurname                       // common family names: a person starts here
	wParent                        // thuộc, của: a parent unit follows
	wLocative                      // tại, ở, ra, vào: a place follows
	wOrgHead                       // Ban, Bộ, Cục: an organisation, not a place name
	wQualifier                     // Đông, Tây, Thượng: may end a commune name
	wNation                        // thủ tướng, chính phủ, người: a country may follow
	wNumberWord                    // số: a house number follows
	wMeasure                       // tháng, km, hộ: a number before it is a quantity, not part of a name
	wBorders                       // giáp: a compass word before it is a side, not a region
	wTitleEnd                      // thống đốc, thị trưởng: a title ends before a unit, its holder's name may follow it
	wClassifier                    // tuyến, con: between a quantifier and a head (các tuyến phố)
	wDirection                     // phía, hướng: compass words after it give a direction, not a region
)

type funcWords map[uint32]uint16

var funcWordTable = []struct {
	class uint16
	words []string
}{
	{wQuant, []string{"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mấy", "nhiều", "một số"}},
	{wAnd, []string{"và", "cùng", "hoặc"}},
	{wHonorific, []string{"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "thầy", "đồng chí", "vợ", "chồng", "bé", "cậu", "dì", "con", "mẹ", "bố", "cha", "tên"}},
	{wParent, []string{"thuộc", "của"}},
	{wLocative, []string{"tại", "ở", "ra", "vào", "đi", "về", "từ", "sang", "đến", "tới", "ngoài", "khắp", "qua", "hay", "thăm", "nước", "bàn", "kề", "giữa", "xuống", "lên", "rời", "quanh", "khỏi", "gần"}},
	{wOrgHead, []string{"ban", "bộ", "cục", "sở", "vụ", "viện", "tổng", "ủy", "uỷ", "ubnd", "hđnd", "phòng", "tòa", "toà"}},
	{wNation, []string{"thống", "tướng", "phủ", "trưởng", "sứ", "người", "nước", "tuyển", "hạng", "của", "với", "và", "giữa", "quân", "đội", "gia", "hoàng", "vương", "dân", "thị trường", "kinh tế", "truyền thông", "bóng đá", "hải quân", "không quân", "lục quân", "đại sứ quán", "cả", "lẫn", "gồm",
		"doanh nghiệp", "công ty", "tập đoàn", "hãng", "nhà đầu tư", "du khách"}},
	{wNumberWord, []string{"số"}},
	{wBorders, []string{"giáp"}},
	{wClassifier, []string{"tuyến", "con"}},
	{wDirection, []string{"phía", "hướng"}},
	{wTitleEnd, []string{"thống đốc", "thị trưởng", "chủ tịch", "tổng thống", "thủ hiến", "tỉnh trưởng"}},
	{wMeasure, []string{"tháng", "năm", "ngày", "tuần", "giờ", "phút", "km", "ha", "người", "hộ", "tấn", "tỷ", "triệu", "nghìn", "ngàn", "lần", "lượt", "chuyến", "xe", "tàu"}},
	{wQualifier, []string{"đông", "tây", "nam", "bắc", "trung", "thượng", "hạ", "nội", "ngoại"}},
}

// nonHeads are compounds whose second word would otherwise be read as a
// head: yêu cầu, hoạt động, con đường.
var nonHeads = []string{
	"yêu cầu", "nhu cầu", "toàn cầu", "khẩn cầu", "cung cầu", "địa cầu", "thỉnh cầu", "mưu cầu",
	"hoạt động", "lao động", "tác động", "chủ động", "vận động", "di động", "hành động", "cảm động",
	"sinh động", "bị động", "tự động", "biến động", "kích động", "phát động", "khởi động", "lưu động",
	"bạo động", "cơ động", "xúc động", "náo động", "rung động", "huy động", "lay động", "giao động",
	"dao động", "manh động", "báo động", "bất động", "xung động", "chấn động",
	"phiên bản", "văn bản", "xuất bản", "căn bản", "cơ bản", "kịch bản", "nguyên bản",
	"tác xã", "tàu sân", "hội chợ", // hợp tác xã, tàu sân bay, hội chợ
	"lên đường", "xuống đường", "mặt đường", "ven biển", "bờ biển", "lấn biển", "cửa biển",
	"bưu điện", "nhiệt điện", "phong điện", "lưới điện", "giá điện", "ngành điện", "tiền điện",
	"mất điện", "cúp điện",
}

// indexHeads inserts the head words into the head trie.
func (g *Gazetteer) indexHeads() {
	g.headOf = make([]headInfo, 0, len(headTable))
	for _, h := range headTable {
		node := g.insert(&g.heads, h.words)
		g.heads.info[node].head = int32(len(g.headOf))
		g.headOf = append(g.headOf, h.info)
	}
}

// nonPlaces are words that start with a place name: Pháp chế, Mỹ thuật,
// Ý kiến. The first word alone is not the place.
var nonPlaces = []string{
	"pháp chế", "pháp luật", "pháp lý", "pháp lệnh", "pháp nhân", "pháp y", "pháp quyền", "pháp điển",
	"pháp sư", "pháp môn", "pháp danh", "pháp trường", "pháp định",
	"mỹ thuật", "mỹ phẩm", "mỹ nghệ", "mỹ viện", "mỹ quan", "mỹ mãn", "mỹ nhân", "mỹ học", "mỹ từ", "mỹ cảm",
	"nhật ký", "nhật trình", "nhật báo", "nhật thực", "nhật lệnh",
	"đức tin", "đức phật", "đức mẹ", "đức giáo", "đức cha", "đức thánh", "đức tính", "đức độ", "đức hạnh",
	"anh hùng", "anh ấy", "anh em", "anh chị", "anh ta", "anh dũng", "anh tài", "anh minh",
	"ý kiến", "ý nghĩa", "ý chí", "ý thức", "ý tưởng", "ý định", "ý muốn", "ý đồ", "ý tứ",
	"nam giới", "nam nữ", "nam sinh", "nam tính", "nam thanh", "bắc cầu", "nga mi",
	"úc châu",
}

// indexNonPlaces records the non-place words as (first, second) syllable pairs.
func (g *Gazetteer) indexNonPlaces() { g.nonPlaces = g.syllablePairs(nonPlaces) }

// memorialTitles are titles written before the name of the person a
// memorial honours (lăng Chủ tịch Hồ Chí Minh): part of the place's name.
var memorialTitles = []string{"chủ tịch", "đại tướng", "thái úy", "thái uý", "anh hùng", "liệt sĩ", "đồng chí"}

// indexNonHeads records the non-head compounds and the memorial titles as
// (first, second) syllable pairs.
func (g *Gazetteer) indexNonHeads() {
	g.nonHeads = g.syllablePairs(nonHeads)
	g.memorialTitles = g.syllablePairs(memorialTitles)
}

// syllablePairs interns the two-syllable phrases of words as (first,
// second) syllable pairs.
func (g *Gazetteer) syllablePairs(words []string) map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range words {
		s := scanner{g: g, intern: true}
		s.reset(w)
		if toks := s.tokens(nil); len(toks) == 2 {
			m[uint64(toks[0].syl)<<32|uint64(toks[1].syl)] = true
		}
	}
	return m
}

// funcWords interns the function words. Classes tested on the word before
// a name (honorifics, quantifiers, cues) keep the last syllable of a
// multi-syllable entry (đồng chí → chí, thị trường → trường); classes
// tested on a name's own first word keep the first.
func (g *Gazetteer) funcWords() funcWords {
	m := funcWords{}
	for _, c := range funcWordTable {
		for _, w := range c.words {
			s := scanner{g: g, intern: true}
			s.reset(w)
			toks := s.tokens(nil)
			if len(toks) == 0 {
				continue
			}
			k := len(toks) - 1
			if c.class&(wOrgHead|wSurname|wQualifier) != 0 {
				k = 0
			}
			m[toks[k].syl] |= c.class
		}
	}
	// Family names: the module's one list of them (internal/names).
	for _, w := range names.Surnames("surname") {
		s := scanner{g: g, intern: true}
		s.reset(w)
		if toks := s.tokens(nil); len(toks) > 0 {
			m[toks[0].syl] |= wSurname
		}
	}
	return m
}
