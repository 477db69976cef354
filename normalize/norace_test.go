//go:build !race

package normalize

// wikiStride is 1: TestRunsMatchWholeReal compares every Wikipedia text.
const wikiStride = 1
