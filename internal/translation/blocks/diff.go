package blocks

import (
	"strings"
	"unicode"
)

// Hunk is a run of changes between two lists: Old[OldStart:OldEnd] became
// New[NewStart:NewEnd]. One side may be empty (an insertion or a removal).
type Hunk struct {
	OldStart, OldEnd, NewStart, NewEnd int
}

// Changed is how many blocks a hunk counts as: an edited block is one, an
// inserted or removed block one.
func (h Hunk) Changed() int { return max(h.OldEnd-h.OldStart, h.NewEnd-h.NewStart) }

// Align compares two lists of digests by their longest common subsequence
// and returns the hunks where they differ and, for each index of b, the
// index of a it matches or -1.
func Align(a, b []string) ([]Hunk, []int) {
	n, m := len(a), len(b)
	// l[i][j] is the length of the LCS of a[i:] and b[j:].
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	match := make([]int, m)
	var hunks []Hunk
	var cur *Hunk
	flush := func() {
		if cur != nil {
			hunks = append(hunks, *cur)
			cur = nil
		}
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			flush()
			match[j] = i
			i++
			j++
			continue
		case j < m && (i == n || l[i][j+1] >= l[i+1][j]):
			if cur == nil {
				cur = &Hunk{i, i, j, j}
			}
			match[j] = -1
			j++
		default:
			if cur == nil {
				cur = &Hunk{i, i, j, j}
			}
			i++
		}
		cur.OldEnd, cur.NewEnd = i, j
	}
	flush()
	return hunks, match
}

// Digests lists the blocks' digests.
func Digests(bs []Block) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Digest
	}
	return out
}

// Part is a piece of a word-level comparison: text both sides share, or
// text only the old (Del) or only the new (Ins) side has.
type Part struct {
	Text     string
	Del, Ins bool
}

// Words compares two texts word by word (a word is a run of letters and
// digits, or one other character) and returns the pieces of each side.
func Words(old, new string) (oldParts, newParts []Part) {
	a, b := words(old), words(new)
	_, match := Align(a, b)
	inOld := make([]bool, len(a))
	for _, i := range match {
		if i >= 0 {
			inOld[i] = true
		}
	}
	add := func(parts []Part, p Part) []Part {
		if k := len(parts) - 1; k >= 0 && parts[k].Del == p.Del && parts[k].Ins == p.Ins {
			parts[k].Text += p.Text
			return parts
		}
		return append(parts, p)
	}
	delOld := make([]bool, len(a))
	for i, w := range a {
		delOld[i] = !inOld[i] && strings.TrimSpace(w) != ""
	}
	insNew := make([]bool, len(b))
	for j, w := range b {
		insNew[j] = match[j] < 0 && strings.TrimSpace(w) != ""
	}
	bridge(a, delOld)
	bridge(b, insNew)
	for i, w := range a {
		oldParts = add(oldParts, Part{Text: w, Del: delOld[i]})
	}
	for j, w := range b {
		newParts = add(newParts, Part{Text: w, Ins: insNew[j]})
	}
	return oldParts, newParts
}

// bridge marks the space between two changed words changed, so that
// "{+the years+}" reads as one change.
func bridge(ws []string, changed []bool) {
	for i := 1; i+1 < len(ws); i++ {
		if strings.TrimSpace(ws[i]) == "" && changed[i-1] && changed[i+1] {
			changed[i] = true
		}
	}
}

func words(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i + 1
		switch {
		case unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]):
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
		case unicode.IsSpace(rs[i]):
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}
