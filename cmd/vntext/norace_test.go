//go:build !race

package main

// longRecordSize is the record of the long-record test: 50 MB.
const longRecordSize = 50 << 20
