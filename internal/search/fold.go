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
	// dotless is set where a capital I is a dotless ı (Azerbaijani,
	// Turkish): Index.Add then indexes a word with I both ways.
	dotless bool
	stem    *Stemmer   // nil for a language Snowball has no algorithm for
	cache   *foldCache // shared by the Folders of a language, or nil

	local map[string]int32 // word → term number, this Folder's copy of cache

	scratch struct { // of Index.Add, reused from page to page
		buf   []byte
		spans []span
		slot  []int32    // term number → index in terms + 1, for the terms of the page
		terms []termStat // of the page
	}
}

// NewFolder returns a Folder for a language.
func NewFolder(tag language.Tag) *Folder {
	f := &Folder{lower: cases.Lower(tag), mode: Mode(tag), stem: NewStemmer(Algorithm(tag))}
	f.local = map[string]int32{}
	f.dotless = f.lower.String("I") != "i"
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

// Term returns the index term of a word: folded (see Fold), then
// stemmed with the language's Snowball algorithm if it has one. search.js
// does the same to the words of a query: folding first makes a word typed
// without its accents stem as the accented one does.
func (f *Folder) Term(word string) string {
	w := f.Fold(word)
	if f.stem != nil && !isCJK(firstRune(w)) {
		w = f.stem.Stem(w)
	}
	return w
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Terms returns the terms of the words of s in order (see split).
func (f *Folder) Terms(s string) []string {
	words := split(s)
	for i, w := range words {
		words[i] = f.Term(w)
	}
	return words
}

// split returns the words of s: runs of letters, digits and combining
// marks (in JavaScript, [\p{L}\p{N}\p{M}]+), except that Chinese,
// Japanese and Korean, written without spaces, give the pairs of
// consecutive characters of a run (bigrams), or its one character.
func split(s string) []string {
	words := make([]string, 0, len(s)/6+1)
	eachWord([]byte(s), func(w []byte) { words = append(words, string(w)) })
	return words
}

// eachWord calls f with each word of s, as split returns them.
func eachWord(s []byte, f func([]byte)) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
			// A run of ASCII letters and digits, the common case.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && asciiWord[s[j]] {
				j++
			}
			if j == len(s) || s[j] < utf8.RuneSelf {
				f(s[i:j])
				i = j
				continue
			}
		}
		r, n := decode(s, i)
		if !isWordRune(r) {
			i += n
			continue
		}
		cjk := isCJK(r)
		j := i + n
		prev := i // the start of the last character, for bigrams
		count := 1
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if !asciiWord[c] || cjk {
					break
				}
				j++
				count++
				continue
			} else if c >= 0xc2 && c < 0xe0 && j+1 < len(s) && s[j+1]&0xc0 == 0x80 {
				// Two bytes (Latin, Greek, Cyrillic…), never CJK.
				if cjk || !wordRune2[int(c&0x1f)<<6|int(s[j+1]&0x3f)] {
					break
				}
				j += 2
				count++
				continue
			}
			r, n := decode(s, j)
			if !isWordRune(r) || isCJK(r) != cjk {
				break
			}
			if cjk {
				f(s[prev : j+n])
				prev = j
			}
			count++
			j += n
		}
		if !cjk || count == 1 {
			f(s[i:j])
		}
		i = j
	}
}

// wordRune2 is isWordRune for the characters of two bytes and below.
var wordRune2 = func() (t [0x800]bool) {
	for r := range t {
		t[r] = isWordRune(rune(r))
	}
	return t
}()

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func decode(s []byte, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(s[i:])
}

// isCJK reports a character of the scripts written without spaces
// between words.
func isCJK(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
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

// foldCache remembers the terms of the words of one language across
// pages: most words recur from page to page. It numbers the terms, so
// that the index counts and sorts numbers rather than strings; a number
// stays its term's for the life of the Index.
type foldCache struct {
	mu    sync.RWMutex
	m     map[string]int32 // word → term number
	ids   map[string]int32 // term → number
	terms []string         // by number
	free  []*Folder        // not in use, guarded by mu
}

func newFoldCache() *foldCache {
	return &foldCache{m: map[string]int32{}, ids: map[string]int32{}}
}

// maxCached bounds the words of a foldCache, and of a Folder's copy;
// past it, new words are folded every time. (Terms are all kept.)
const maxCached = 1 << 18

// termOf returns the number of a word's term, from the Folder's own copy
// of the cache, or the cache, or made and remembered.
func (f *Folder) termOf(w []byte) int32 {
	if id, ok := f.local[string(w)]; ok {
		return id
	}
	c := f.cache
	c.mu.RLock()
	id, ok := c.m[string(w)]
	c.mu.RUnlock()
	if !ok {
		word := string(w)
		t := f.Term(word)
		c.mu.Lock()
		if id, ok = c.ids[t]; !ok {
			id = int32(len(c.terms))
			c.terms = append(c.terms, t)
			c.ids[t] = id
		}
		if len(c.m) < maxCached {
			c.m[word] = id
		}
		c.mu.Unlock()
	}
	if len(f.local) < maxCached {
		f.local[string(w)] = id
	}
	return id
}
