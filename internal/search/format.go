package search

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

type file struct {
	name string
	data []byte
	sum  uint64 // more of the digest that names it (see dataFile)
}

// posting is a page a term is on.
type posting struct {
	doc   int32
	score int32
	mask  uint32
}

// sortTerm is a term to sort: plain when plainUTF8 holds.
type sortTerm struct {
	term  string
	id    int32
	plain bool
}

// cmpTerms orders terms as lessUTF16 does; between plain ones, that is
// the order of their bytes.
func cmpTerms(a, b sortTerm) int {
	if a.plain && b.plain {
		return strings.Compare(a.term, b.term)
	}
	if lessUTF16(a.term, b.term) {
		return -1
	}
	if lessUTF16(b.term, a.term) {
		return 1
	}
	return 0
}

// plainUTF8 reports valid UTF-8 without characters from U+E000 on, whose
// order in UTF-16 differs from that of UTF-8's bytes and code points.
func plainUTF8(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xee {
			return false
		}
	}
	return utf8.ValidString(s)
}

// dataFile returns the name of a chunk or bundle (kind, then a digest of
// data) and its script.
func dataFile(kind byte, data []byte) (string, []byte, uint64) {
	sum := sha256.Sum256(data)
	name := string(kind) + hex.EncodeToString(sum[:4])
	b := make([]byte, 0, len(data)+80)
	b = append(b, `(window.siteSearchFiles=window.siteSearchFiles||{})["`...)
	b = append(b, name...)
	b = append(b, `"]=`...)
	b = append(b, data...)
	return name, append(b, ";\n"...), binary.LittleEndian.Uint64(sum[4:12])
}

// separator returns the shortest prefix of next that sorts after prev
// (prev < next).
func separator(prev, next string) string {
	for i := range next {
		if i == 0 {
			continue
		}
		if lessUTF16(prev, next[:i]) {
			return next[:i]
		}
	}
	return next
}

// lessUTF16 compares strings as JavaScript does, by UTF-16 code units:
// characters above U+FFFF, two surrogates from U+D800 on, sort before
// U+E000–U+FFFF.
func lessUTF16(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return unit(ra) < unit(rb) || unit(ra) == unit(rb) && ra < rb
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b != ""
}

// unit is the first UTF-16 code unit of r.
func unit(r rune) rune {
	if r > 0xffff {
		return 0xd800 + (r-0x10000)>>10
	}
	return r
}

const hex16 = "0123456789abcdef"

// appendString appends s as a JSON string, which is also a JavaScript
// string: U+2028 and U+2029 are escaped for older engines, invalid UTF-8
// becomes U+FFFD, other characters are written as they are.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default: // controls, and < so that no "</script" is written
				b = append(b, '\\', 'u', '0', '0', hex16[c>>4], hex16[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			if r == utf8.RuneError {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, '\\', 'u', '2', '0', '2', hex16[r&0xf])
			}
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Hash returns the digest a chunk or bundle script's name carries: of
// its data, after the key.
func Hash(script []byte) string {
	i := bytes.Index(script, []byte(`"]=`))
	if i < 0 {
		return ""
	}
	sum := sha256.Sum256(bytes.TrimSuffix(script[i+3:], []byte(";\n")))
	return hex.EncodeToString(sum[:4])
}
