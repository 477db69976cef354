package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Titles and organisation heads, with at most a level word, name no one;
// a name, a place or a sector makes a phrase specific.
func TestGeneric(t *testing.T) {
	x := newTestExtractor(t)
	for phrase, want := range map[string]bool{
		"Giám đốc": true, "Phó Chủ tịch": true, "HLV": true, "Công an": true, "Công an huyện": true,
		"Bệnh viện": true, "Giám đốc Công an": true, "ông": true,
		"Công an huyện Đông Anh": false, "Sở Giao thông vận tải": false, "Trần Văn Tâm": false,
		"xe máy": false, "huyện": false, "": false, "Bệnh viện Bạch Mai": false,
	} {
		assert.Equal(t, want, x.Generic(phrase), phrase)
	}
	var zero *Extractor
	assert.True(t, zero.Generic("Giám đốc"), "a nil Extractor works like New()")
}
