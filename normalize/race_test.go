//go:build race

package normalize

// wikiStride keeps TestRunsMatchWholeReal affordable under the race
// detector, which slows byte-by-byte work tenfold: every 16th Wikipedia text
// (the whole file without the detector).
const wikiStride = 16
