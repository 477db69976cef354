package entities

import "testing"

// Persons, roles and officials: error classes a new user met, each with
// several sentences written for the test (fictional people, real places).
// Each case lists rendered entities that must be present and ones that
// must not be.
func TestPersonRoleClasses(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name       string
		text       string
		want, dont []string
	}{
		// Roles in apposition after a name join the roles before it.
		{"apposition after a role", "Bí thư Đảng ủy xã Sóc Sơn Phạm Quang Vinh, nguyên Chủ tịch UBND huyện Sóc Sơn, phát biểu.",
			[]string{"PERSON Phạm Quang Vinh [Bí thư Đảng ủy xã Sóc Sơn | Chủ tịch UBND huyện Sóc Sơn{former}]"}, nil},
		{"apposition after a title alone", "Thứ trưởng Lê Thị Hoa, Trưởng ban Tổ chức Tỉnh ủy Nghệ An, trao quyết định.",
			[]string{"PERSON Lê Thị Hoa [Thứ trưởng | Trưởng ban Tổ chức Tỉnh ủy Nghệ An]"}, nil},
		{"two roles after a role", "Chủ tịch UBND tỉnh Quảng Trị Võ Văn Lực, nguyên Giám đốc Sở Xây dựng, nguyên Bí thư Huyện ủy Hải Lăng, kiểm tra công trình.",
			[]string{"PERSON Võ Văn Lực [Chủ tịch UBND tỉnh Quảng Trị | Giám đốc Sở Xây dựng{former} | Bí thư Huyện ủy Hải Lăng{former}]"}, nil},
		// A role followed by a name is that name's, not the apposition
		// of the name before.
		{"list of officials", "Dự họp có Chủ tịch UBND tỉnh Lê Văn An, Giám đốc Sở Y tế Trần Văn Bình.",
			[]string{"PERSON Lê Văn An [Chủ tịch UBND tỉnh]", "PERSON Trần Văn Bình [Giám đốc Sở Y tế]"}, nil},
		{"honorific then a list", "Ông Lê Văn An, Giám đốc Sở Y tế Trần Văn Bình và bà Hồ Thị Cúc cùng dự.",
			[]string{"PERSON Lê Văn An", "PERSON Trần Văn Bình [Giám đốc Sở Y tế]"},
			[]string{"PERSON Lê Văn An [Giám đốc Sở Y tế]"}},
		{"apposition then a list", "Ông Lê Văn An, Chủ tịch UBND huyện Đông Anh, Phó Chủ tịch UBND huyện Sóc Sơn Đỗ Thị Hiền cùng dự.",
			[]string{"PERSON Lê Văn An [Chủ tịch UBND huyện Đông Anh]", "PERSON Đỗ Thị Hiền [Phó Chủ tịch UBND huyện Sóc Sơn]"}, nil},
		{"body name goes on", "Bà Lò Thị Sen, Vụ trưởng Vụ Giáo dục Mầm non, phát biểu.",
			nil, []string{"PERSON Mầm non"}},

		// An age between a name and its role.
		{"age between commas", "Ông Lê Văn Hải, 45 tuổi, Chủ tịch UBND xã Tiên Lữ, cho biết.",
			[]string{"PERSON Lê Văn Hải [Chủ tịch UBND xã Tiên Lữ]"}, nil},
		{"age in parentheses", "Bà Nông Thị Vân (52 tuổi), Phó Chủ tịch Hội Nông dân huyện Bảo Lạc, kể lại.",
			[]string{"PERSON Nông Thị Vân [Phó Chủ tịch Hội Nông dân huyện Bảo Lạc]"}, nil},
		{"age and role in parentheses", "Bà Trần Thị Mơ (sinh năm 1972, Phó Chủ tịch HĐND xã Tân Lập) cho biết.",
			[]string{"PERSON Trần Thị Mơ [Phó Chủ tịch HĐND xã Tân Lập]"}, nil},
		{"year of birth abbreviated", "Ông Hà Văn Sơn, SN 1968, Bí thư Chi bộ thôn Đồng Tâm, kể lại.",
			[]string{"PERSON Hà Văn Sơn [Bí thư Chi bộ thôn Đồng Tâm]"}, nil},
		{"age and no role", "Anh Vũ Văn Toàn, 30 tuổi, trú tại xã Yên Thường, bị thương.",
			[]string{"PERSON Vũ Văn Toàn"}, []string{"PERSON Vũ Văn Toàn [xã Yên Thường]"}},

		// A remark in parentheses between a role and the name.
		{"(cũ) after the unit", "Giám đốc Sở Tài chính tỉnh Quảng Nam (cũ) Phan Văn Tài phát biểu.",
			[]string{"PERSON Phan Văn Tài [Giám đốc Sở Tài chính tỉnh Quảng Nam]"}, nil},
		{"(nay là …) after the unit", "Nguyên Chủ tịch UBND huyện Gia Lâm (nay là xã Gia Lâm) Phùng Văn Thanh dự họp.",
			[]string{"PERSON Phùng Văn Thanh [Chủ tịch UBND huyện Gia Lâm{former}]", "LOCATION xã Gia Lâm"}, nil},
		{"remark then apposition", "Phó Bí thư Huyện ủy Tiên Lãng (cũ) Bùi Thị Nụ, nay là Bí thư Đảng ủy xã Tiên Lãng, cho biết.",
			[]string{"PERSON Bùi Thị Nụ [Phó Bí thư Huyện ủy Tiên Lãng | Bí thư Đảng ủy xã Tiên Lãng]"}, nil},
		{"remark and no name", "Chủ tịch UBND tỉnh Hà Tây (cũ) đã ký quyết định.",
			[]string{"ORGANIZATION UBND tỉnh Hà Tây"}, nil},

		// A name after a unit the gazetteer knows, which no family-name
		// list holds, is a person's; so is a run after "UBND tỉnh" that no
		// province is named and whose words are not Vietnamese syllables.
		{"Hmong name after a commune", "Trưởng Công an xã Mường Tè Thào A Chứ cho biết.",
			[]string{"ORGANIZATION Công an xã Mường Tè", "PERSON Thào A Chứ [Trưởng Công an xã Mường Tè]"}, nil},
		{"Hmong name after UBND xã", "Chủ tịch UBND xã Tả Van Giàng A Chu dự họp.",
			[]string{"ORGANIZATION UBND xã Tả Van", "PERSON Giàng A Chu [Chủ tịch UBND xã Tả Van]"}, nil},
		{"K' name after a district", "Chủ tịch UBND huyện Bảo Lâm K'Mák Ka Sơn dự lễ.",
			[]string{"PERSON K'Mák Ka Sơn [Chủ tịch UBND huyện Bảo Lâm]"}, nil},
		{"Ede name after UBND tỉnh", "Phó Chủ tịch UBND tỉnh H'Hương Byă phát biểu.",
			[]string{"ORGANIZATION UBND tỉnh", "PERSON H'Hương Byă [Phó Chủ tịch UBND tỉnh]"},
			[]string{"ORGANIZATION UBND tỉnh H'Hương Byă"}},
		{"Ede name after HĐND tỉnh", "Phó Chủ tịch HĐND tỉnh Y Ngông Niê Kdăm chủ trì.",
			[]string{"PERSON Y Ngông Niê Kdăm [Phó Chủ tịch HĐND tỉnh]"}, nil},
		{"apostrophe name alone", "Bà H'Hen Niê (60 tuổi) cho biết.",
			[]string{"PERSON H'Hen Niê"}, nil},
		{"former province stays a place", "Chủ tịch UBND tỉnh Nghệ Tĩnh ký quyết định.",
			[]string{"ORGANIZATION UBND tỉnh Nghệ Tĩnh"}, nil},
		{"foreign words after a city", "Giải chạy Hạ Long Heritage Marathon khởi tranh.",
			nil, []string{"LOCATION Hạ Long"}},

		// A family name that is also a head word ("đoàn", "hồ", "châu")
		// or an honorific ("Ông") starts a name after a cue.
		{"Đoàn after Ông", "Ông Đoàn Văn Hậu phát biểu.",
			[]string{"PERSON Đoàn Văn Hậu"}, []string{"PERSON Ông Đoàn Văn Hậu"}},
		{"Đoàn with a given name", "Ông Đoàn Hậu cho biết.",
			[]string{"PERSON Đoàn Hậu"}, nil},
		{"Đoàn after a title", "Phó Chủ tịch UBND tỉnh Ninh Bình Đoàn Minh Khôi kiểm tra đê.",
			[]string{"PERSON Đoàn Minh Khôi [Phó Chủ tịch UBND tỉnh Ninh Bình]"}, nil},
		{"Đoàn after bà", "Sáng nay, bà Đoàn Thị Hạnh, Giám đốc Sở Nội vụ, trao quyết định.",
			[]string{"PERSON Đoàn Thị Hạnh [Giám đốc Sở Nội vụ]"}, nil},
		{"Hồ after a body", "Giám đốc Sở Y tế Hồ Văn Hậu dự họp.",
			[]string{"ORGANIZATION Sở Y tế", "PERSON Hồ Văn Hậu [Giám đốc Sở Y tế]"}, nil},
		{"Châu after a body", "Giám đốc Sở Y tế Châu Thị Lan dự họp.",
			[]string{"PERSON Châu Thị Lan [Giám đốc Sở Y tế]"}, nil},
		{"Ông as a family name", "Hôm qua, bà Ông Thị Lan cho biết.",
			[]string{"PERSON Ông Thị Lan"}, nil},
		{"a delegation stays a body", "Đoàn công tác của tỉnh Hà Giang thăm xã Lũng Cú.",
			nil, []string{"PERSON Đoàn"}},
		{"a lake stays a place", "Du khách dạo quanh hồ Xuân Hương vào buổi sáng.",
			nil, []string{"PERSON Xuân Hương"}},

		// A capitalised numeral after an ordinal head is a day or a rank.
		{"rank before a full stop", "Đội tuyển của tỉnh giành hạng Nhì.", nil, []string{"PERSON Nhì"}},
		{"weekday before a full stop", "Cuộc họp diễn ra vào sáng thứ Hai.", nil, []string{"PERSON Hai"}},
		{"weekday before a comma", "Từ thứ Sáu, đường sẽ thông xe.", nil, []string{"PERSON Sáu"}},
		{"prize", "Chị Lò Thị Mai đoạt giải Ba.", []string{"PERSON Lò Thị Mai"}, []string{"PERSON Ba"}},
		{"ordinal after lần thứ", "Đại hội lần thứ Tư khai mạc hôm qua.", nil, []string{"PERSON Tư"}},
		{"numeral given name after a cue", "Bà đứng thứ Nhì, sau ông Năm.", []string{"PERSON Năm"}, []string{"PERSON Nhì"}},
		{"numeral in a full name", "Theo thứ tự, hạng Ba thuộc về anh Trần Văn Năm.", []string{"PERSON Trần Văn Năm"}, []string{"PERSON Ba"}},

		// A country after a title ends before a foreign name.
		{"envoy", "Đại sứ Tây Ban Nha José García thăm Hà Nội.",
			[]string{"LOCATION Tây Ban Nha", "PERSON José García [Đại sứ Tây Ban Nha]"},
			[]string{"PERSON Tây Ban Nha José García [Đại sứ]"}},
		{"envoy with where he sits", "Đại sứ Tây Ban Nha tại Việt Nam José García dự lễ.",
			[]string{"LOCATION Tây Ban Nha", "LOCATION Việt Nam", "PERSON José García [Đại sứ Tây Ban Nha tại Việt Nam]"}, nil},
		{"minister of a sector", "Bộ trưởng Ngoại giao Tây Ban Nha Pedro Sánchez Pérez phát biểu.",
			[]string{"LOCATION Tây Ban Nha", "PERSON Pedro Sánchez Pérez [Bộ trưởng Ngoại giao Tây Ban Nha]"}, nil},
		{"one-word country", "Bộ trưởng Quốc phòng Mỹ Lloyd Austin thăm Hà Nội.",
			[]string{"LOCATION Mỹ", "PERSON Lloyd Austin [Bộ trưởng Quốc phòng Mỹ]"}, nil},
		{"coach", "Huấn luyện viên Brazil Carlos Silva cho biết.",
			[]string{"LOCATION Brazil", "PERSON Carlos Silva"}, nil},
		{"Vietnamese given name after a country word", "Đại sứ Đức Minh trình quốc thư.",
			[]string{"PERSON Đức Minh [Đại sứ]"}, []string{"LOCATION Đức"}},
		{"foreign words after a place are no person", "Giải bơi Phú Quốc Open Water khởi tranh.",
			nil, []string{"LOCATION Phú Quốc"}},

		// A vowel given name before a full stop leaves the stop out; an
		// abbreviated name keeps its dot (GUIDELINES).
		{"vowel given name at the end", "Người ký biên bản là Lê Văn A.",
			[]string{"PERSON Lê Văn A"}, []string{"PERSON Lê Văn A."}},
		{"vowel given name before a sentence", "Người ký là Trần Thị Y. Sau đó, đoàn về xã.",
			[]string{"PERSON Trần Thị Y"}, nil},
		{"abbreviated name at the end", "Theo lời chị Võ Thị Bích L.",
			[]string{"PERSON Võ Thị Bích L."}, nil},
		{"foreign middle initial", "Phó tổng thống Henry A. Wallace phát biểu.",
			nil, []string{"PERSON Henry A [Phó tổng thống]"}},
		// In capitals a name ends at "và" and after its given name.
		{"two officials in capitals", "CHỦ TỊCH UBND TỈNH NGHỆ AN NGUYỄN VĂN THẮM VÀ PHÓ CHỦ TỊCH UBND TỈNH NGHỆ AN LÊ VĂN BÌNH DỰ HỌP.",
			[]string{"PERSON NGUYỄN VĂN THẮM [CHỦ TỊCH UBND TỈNH NGHỆ AN]", "PERSON LÊ VĂN BÌNH [PHÓ CHỦ TỊCH UBND TỈNH NGHỆ AN]"}, nil},
		{"two middle names in capitals", "Chủ tịch UBND tỉnh NGUYỄN THỊ HOÀI ANH phát biểu.",
			[]string{"PERSON NGUYỄN THỊ HOÀI ANH [Chủ tịch UBND tỉnh]"}, nil},
	} {
		checkRendered(t, c.name, extract(x, c.text), c.want, c.dont)
	}
}

// Spans end at the last character of their last token, not after the
// white space or invisibles that normalizing dropped after it.
func TestSpanEdgesSkipDropped(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Chủ tịch UBND tỉnh Hà Nam Lê Văn An\r\n",
		"Chủ tịch UBND tỉnh Hà Nam Lê Văn An\u200b\n",
		"Chủ tịch UBND tỉnh Hà Nam\u200b Lê Văn An",
		"Chủ tịch UBND tỉnh Hà Nam \u200bLê Văn An\t",
	} {
		var names []string
		for _, e := range extract(x, text) {
			if e.Type == Person {
				names = append(names, e.Text)
				if len(e.Roles) != 1 || e.Roles[0].Text != "Chủ tịch UBND tỉnh Hà Nam" {
					t.Errorf("%q: roles %+v", text, e.Roles)
				}
			}
		}
		if len(names) != 1 || names[0] != "Lê Văn An" {
			t.Errorf("%q: persons %q", text, names)
		}
	}
}
