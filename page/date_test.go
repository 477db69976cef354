package page

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"11/02/2024 15:00", "2024-02-11T15:00+07:00"},
		{"Thứ hai, 11/2/2024 - 15:00 (GMT+7)", "2024-02-11T15:00+07:00"},
		{"15:00 ngày 11/02/2024", "2024-02-11T15:00+07:00"},
		{"11-02-2024", "2024-02-11"},
		{"Cập nhật: 11/02/2024 15:00", "2024-02-11T15:00+07:00"},
		{"11.02.2024, lúc 9h05", "2024-02-11T09:05+07:00"},
		{"Ngày 11 tháng 2 năm 2024", "2024-02-11"},
		{"2024-02-11 15:00", "2024-02-11T15:00+07:00"},
		{"2024-02-11T15:00:00+07:00", "2024-02-11T15:00+07:00"},
		{"2024-02-11T08:00:30Z", "2024-02-11T08:00:30Z"},
		{"11/02/2024 03:00 PM", "2024-02-11T15:00+07:00"},
		{"11/02/2024 12:10 SA", "2024-02-11T00:10+07:00"},
		{"11/02/2024 15:00 GMT+9", "2024-02-11T15:00+09:00"},
		{"11/02/2024 15:00:45", "2024-02-11T15:00:45+07:00"},
		{"Hương Ly 11/02/2024 15:00", "2024-02-11T15:00+07:00"},
		{"08:15 - Thứ Bảy, 01/06/2024", "2024-06-01T08:15+07:00"},
		{"Minh Hà, 08:15, Thứ 7 01/06/2024", "2024-06-01T08:15+07:00"},
		// A clock time far from the date is not its time.
		{"11/02/2024 các đại biểu họp đến 15:00", "2024-02-11"},
	} {
		d, err := ParseDate(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, d.String(), tc.in)
	}
	for _, bad := range []string{"", "33/33 phiếu", "31/02/2024", "11/13/2024", "ngày 5/6", "99:99 1/1/1800", "tỷ lệ 29,5%"} {
		_, err := ParseDate(bad)
		assert.Error(t, err, bad)
	}
}

func TestDateText(t *testing.T) {
	for _, s := range []string{"2024-02-11", "2024-02-11T15:00+07:00", "2024-02-11T15:00:45+07:00", "2024-02-11T08:00Z", ""} {
		var d Date
		require.NoError(t, d.UnmarshalText([]byte(s)), s)
		assert.Equal(t, s, d.String())
		b, err := json.Marshal(d)
		require.NoError(t, err)
		var back Date
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, s, back.String())
	}
	var d Date
	assert.Error(t, d.UnmarshalText([]byte("11/02/2024")))
}

func TestKindJSON(t *testing.T) {
	for k := Body; k <= Footer; k++ {
		b, err := json.Marshal(k)
		require.NoError(t, err)
		var back Kind
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, k, back)
	}
	_, err := json.Marshal(Kind(200))
	assert.Error(t, err)
	var k Kind
	assert.Error(t, json.Unmarshal([]byte(`"menu"`), &k))
}
