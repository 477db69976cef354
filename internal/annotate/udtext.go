package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
)

// udBlock is the number of consecutive UD-VTB sentences that make one
// document: the treebank keeps article order but marks no article
// boundaries, so a block keeps neighbouring sentences (one article's names)
// on one side of the split.
const udBlock = 50

// udSentence is one sentence of a CoNLL-U file.
type udSentence struct {
	ID    string   // sent_id: "train-s12", "dev-7"
	Forms []string // FORM column; a word's syllables are separated by spaces
}

// readCoNLLU reads the sentences of a CoNLL-U file.
func readCoNLLU(path string) ([]udSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var (
		out []udSentence
		cur udSentence
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# sent_id ="):
			cur.ID = strings.TrimSpace(strings.TrimPrefix(line, "# sent_id ="))
		case line == "":
			if len(cur.Forms) > 0 {
				out = append(out, cur)
			}
			cur = udSentence{}
		case strings.HasPrefix(line, "#"):
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 2 {
				return nil, fmt.Errorf("%s: malformed token line %q", path, line)
			}
			if strings.ContainsAny(cols[0], "-.") { // multi-word ranges and empty nodes
				continue
			}
			cur.Forms = append(cur.Forms, cols[1])
		}
	}
	if len(cur.Forms) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// udDoc is the document a UD-VTB sentence belongs to: its block of udBlock
// consecutive sentences of the same file.
func udDoc(sentID string) string {
	split, num, _ := strings.Cut(sentID, "-")
	n, _ := strconv.Atoi(strings.TrimPrefix(num, "s"))
	return fmt.Sprintf("ud-vtb-%s-b%02d", split, (n-1)/udBlock)
}

// bracketForms are the treebank's names for brackets.
var bracketForms = map[string]string{"LBKT": "(", "KBKT": "(", "RBKT": ")"}

// udText rebuilds running text from the FORMs of a sentence: punctuation
// attached the way news text writes it, brackets restored, numbers split by
// the treebank ("70 . 000", "24 - 7 - 1962") joined again. Syllables stay as
// the treebank spells them.
func udText(forms []string) string {
	var b strings.Builder
	glue := true // no space before the next token
	dq, sq := 0, 0
	for i, f := range forms {
		if r, ok := bracketForms[f]; ok {
			f = r
		}
		if strings.Contains(f, " ") && numberPieces(f) {
			f = strings.ReplaceAll(f, " ", "")
		}
		space := !glue
		glue = false
		switch f {
		case ",", ".", ":", ";", "!", "?", ")", "]", "...", "…", "%":
			space = false
		case "(", "[":
			glue = true
		case "\"":
			space, glue = quote(space, dq, forms, i)
			dq++
		case "'":
			space, glue = quote(space, sq, forms, i)
			sq++
		case "/":
			space, glue = false, true
		case "-":
			if i > 0 && i+1 < len(forms) && endsWithDigit(forms[i-1]) && startsWithDigit(forms[i+1]) {
				space, glue = false, true
			}
		}
		if space {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// quote decides the spacing around the n-th straight quote of a sentence
// (space: whether one is due before it): it opens (space before, none after) unless it is the second of a pair or
// stands before closing punctuation or at the end, where a quote opened in
// an earlier sentence closes.
func quote(space bool, n int, forms []string, i int) (bool, bool) {
	if n%2 == 1 || i+1 == len(forms) || strings.Contains(".,;:!?)", forms[i+1]) {
		return false, false
	}
	return space, true
}

// numberPieces reports whether a multi-piece FORM is a number split by the
// treebank: digits and separators only.
func numberPieces(f string) bool {
	for _, r := range f {
		if !unicode.IsDigit(r) && !strings.ContainsRune(" .,/-:", r) {
			return false
		}
	}
	return true
}

func endsWithDigit(s string) bool {
	return s != "" && unicode.IsDigit(rune(s[len(s)-1]))
}

func startsWithDigit(s string) bool {
	return s != "" && unicode.IsDigit(rune(s[0]))
}
