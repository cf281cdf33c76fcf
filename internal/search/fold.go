package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Folding modes, as written in the index for search.js.
const (
	FoldCase  = "case"  // lowercase only: letters with diacritics are letters of their own (az, tr…)
	FoldMarks = "marks" // lowercase, then no combining marks after NFD: é→e, ç→c (en, fr)
	FoldYo    = "yo"    // lowercase, then ё→е (ru)
)

// Mode says how text of a language is folded for matching. Only languages
// whose readers commonly type words without their diacritics drop them.
// In Azerbaijani (or Turkish) ə ğ ı ş ç ö ü are letters of the alphabet:
// they stay. In Russian only ё is commonly written е; й stays й.
func Mode(tag language.Tag) string {
	base, _ := tag.Base()
	switch base.String() {
	case "en", "fr":
		return FoldMarks
	case "ru", "be":
		return FoldYo
	}
	return FoldCase
}

// Folder folds the text of one language for matching. It is not safe for
// concurrent use: make one per goroutine.
type Folder struct {
	lower cases.Caser
	mode  string
	marks transform.Transformer
	cache *foldCache // shared by the Folders of a language, or nil
}

// NewFolder returns a Folder for a language.
func NewFolder(tag language.Tag) *Folder {
	f := &Folder{lower: cases.Lower(tag), mode: Mode(tag)}
	if f.mode == FoldMarks {
		f.marks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.M)), norm.NFC)
	}
	return f
}

// Fold returns s folded for matching in the language: lowercased with the
// language's rules (Azerbaijani I→ı, İ→i), then, by Mode, without
// combining marks or with ё as е, in NFC. search.js's fold does the same
// in the browser: toLocaleLowerCase(lang); for "marks" normalize("NFD")
// and remove \p{M}; normalize("NFC"); for "yo" ё→е.
func (f *Folder) Fold(s string) string {
	s = f.lower.String(s)
	if f.mode == FoldMarks {
		s, _, _ = transform.String(f.marks, s)
	} else {
		s = norm.NFC.String(s)
	}
	if f.mode == FoldYo {
		s = strings.ReplaceAll(s, "ё", "е")
	}
	return s
}

// Fold folds s for matching in the language tag (see Folder.Fold).
func Fold(tag language.Tag, s string) string { return NewFolder(tag).Fold(s) }

// Words returns the folded words of s separated by single spaces; with
// distinct, each word once, in the order they first appear. A word is a
// run of letters, digits and combining marks (in JavaScript,
// [\p{L}\p{N}\p{M}]+), folded on its own: search.js marks the words of a
// result the same way.
func (f *Folder) Words(s string, distinct bool) string {
	var seen map[string]struct{}
	if distinct {
		// Fold each spelling once: most words of a page repeat.
		seen = make(map[string]struct{}, 256)
	}
	folded := f.foldAll(split(s, seen))
	n := 0
	for _, w := range folded {
		n += len(w) + 1
	}
	clear(seen)
	var b strings.Builder
	b.Grow(n)
	for _, w := range folded {
		if w == "" {
			continue
		}
		if distinct {
			if _, ok := seen[w]; ok {
				continue
			}
			seen[w] = struct{}{}
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// split returns the words of s; with seen, only those not in seen, which
// it adds them to.
func split(s string, seen map[string]struct{}) []string {
	size := len(s)/6 + 1 // words and the spaces after them
	if seen != nil {
		size = min(size, 256) // distinct words are fewer
	}
	words := make([]string, 0, size)
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := rune(s[j]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[j:])
			}
			if !isWordRune(r) {
				break
			}
			j += n
		}
		w := s[i:j]
		i = j
		if seen != nil {
			if _, ok := seen[w]; ok {
				continue
			}
			seen[w] = struct{}{}
		}
		words = append(words, w)
	}
	return words
}

// isWordRune reports a letter, digit or combining mark, with shortcuts for
// the scripts of the site's languages.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0xc0 <= r && r <= 0x24f: // Latin-1 letters, Latin Extended-A and -B
		return r != 0xd7 && r != 0xf7
	case 0x300 <= r && r <= 0x36f: // combining diacritical marks
		return true
	case 0x400 <= r && r <= 0x4ff: // Cyrillic
		return r != 0x482
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// foldCache remembers the folded form of the words of one language across
// pages: most words recur from page to page.
type foldCache struct {
	mu      sync.RWMutex
	m       map[string]string // word → folded
	folders sync.Pool         // of *Folder for the language
}

// maxCached bounds a foldCache; past it, new words are folded every time.
const maxCached = 1 << 18

// foldAll folds words, through the cache when there is one.
func (f *Folder) foldAll(words []string) []string {
	out := make([]string, len(words))
	c := f.cache
	if c == nil {
		for i, w := range words {
			out[i] = f.Fold(w)
		}
		return out
	}
	var missing []int
	c.mu.RLock()
	for i, w := range words {
		if v, ok := c.m[w]; ok {
			out[i] = v
		} else {
			missing = append(missing, i)
		}
	}
	c.mu.RUnlock()
	if len(missing) == 0 {
		return out
	}
	for _, i := range missing {
		out[i] = f.Fold(words[i])
	}
	c.mu.Lock()
	for _, i := range missing {
		if len(c.m) >= maxCached {
			break
		}
		// Copies: a word shares the memory of its whole page.
		c.m[strings.Clone(words[i])] = strings.Clone(out[i])
	}
	c.mu.Unlock()
	return out
}
