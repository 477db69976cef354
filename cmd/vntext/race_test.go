//go:build race

package main

// longRecordSize keeps the long-record test affordable under the race
// detector, which slows byte-by-byte work tenfold; 8 MB is still far past
// any line buffer.
const longRecordSize = 8 << 20
