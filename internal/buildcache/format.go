package buildcache

import (
	"bufio"
	"crypto/sha256"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/wazc/site/internal/markdown"
	"github.com/wazc/site/internal/render"
)

// The file is magic, the builder's identity (a length-prefixed string),
// the entries (their count, then each one's fields in order, strings and
// lists length-prefixed with uvarints) and the CRC-32C of the entries.

type entry struct {
	page  string   // lang\x00rel
	key   [32]byte // see pageKey
	saved render.Saved
}

var errDamaged = errors.New("damaged or truncated (its checksum does not match)")

// encode writes the file for entries to w, a page at a time, with the
// checksum at the end: the file is never all in memory at once.
func encode(w io.Writer, entries []entry, id string) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var head []byte
	head = append(head, magic...)
	head = appendString(head, id)
	bw.Write(head)
	sum := crc32.New(castagnoli)
	out := io.MultiWriter(bw, sum)
	b := binary.AppendUvarint(nil, uint64(len(entries)))
	for _, e := range entries {
		s := e.saved
		b = appendString(b, e.page)
		b = append(b, e.key[:]...)
		b = binary.AppendUvarint(b, uint64(len(s.Links)))
		for _, l := range s.Links {
			b = appendString(b, l.Dest)
			b = appendString(b, l.URL)
			b = appendString(b, l.Err)
		}
		b = appendString(b, s.HTML)
		b = appendString(b, s.TOC)
		b = binary.AppendUvarint(b, uint64(len(s.Headings)))
		for _, h := range s.Headings {
			b = binary.AppendUvarint(b, uint64(h.Level))
			b = appendString(b, h.ID)
			b = appendString(b, h.Text)
		}
		b = binary.AppendUvarint(b, uint64(len(s.IDs)))
		for _, id := range s.IDs {
			b = appendString(b, id)
		}
		b = binary.AppendUvarint(b, uint64(len(s.Anchors)))
		for _, a := range s.Anchors {
			b = binary.AppendUvarint(b, uint64(a.Line))
			b = binary.AppendUvarint(b, uint64(a.Col))
			b = appendString(b, a.Lang)
			b = appendString(b, a.Rel)
			b = appendString(b, a.Fragment)
		}
		if _, err := out.Write(b); err != nil {
			return err
		}
		b = b[:0]
	}
	bw.Write(sum.Sum(nil))
	return bw.Flush()
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decode reads a file that encode wrote with the builder id. Any other
// bytes give an error, never a panic: lengths are checked against what is
// left before anything is allocated.
func decode(data []byte, id string) ([]entry, error) {
	body, err := unwrap(data, magic, id)
	if err != nil {
		return nil, err
	}
	d := decoder{b: body}
	n := d.count(1)
	entries := make([]entry, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		var e entry
		e.page = d.str()
		copy(e.key[:], d.bytes(32))
		s := &e.saved
		for range d.count(3) {
			s.Links = append(s.Links, render.SavedLink{Dest: d.str(), URL: d.str(), Err: d.str()})
		}
		s.HTML = d.str()
		s.TOC = d.str()
		for range d.count(3) {
			s.Headings = append(s.Headings, markdown.Heading{Level: d.int(), ID: d.str(), Text: d.str()})
		}
		for range d.count(1) {
			s.IDs = append(s.IDs, d.str())
		}
		for range d.count(5) {
			s.Anchors = append(s.Anchors, render.SavedAnchor{Line: d.int(), Col: d.int(), Lang: d.str(), Rel: d.str(), Fragment: d.str()})
		}
		entries = append(entries, e)
	}
	if d.err == nil && len(d.b) != 0 {
		d.err = errDamaged
	}
	if d.err != nil {
		// The checksum matched but the entries do not parse: a file of
		// another format under the same header.
		return nil, d.err
	}
	return entries, nil
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errDamaged
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	v := d.uvarint()
	if v > 1<<31 {
		d.err = errDamaged
		return 0
	}
	return int(v)
}

// count reads a list's length, each item taking at least min bytes.
func (d *decoder) count(min int) int {
	v := d.uvarint()
	if v > uint64(len(d.b)/min) {
		d.err = errDamaged
		return 0
	}
	return int(v)
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || n > len(d.b) {
		d.err = errDamaged
		return make([]byte, n)
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

func (d *decoder) str() string {
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		d.err = errDamaged
		return ""
	}
	return string(d.bytes(int(n)))
}

// builder identifies the program that is running, for the file's header:
// a conversion made by another build of site may differ (another goldmark,
// another renderer), so it is not used. The identity is the Go linker's
// build ID of the executable, which is a digest of every input of the link
// and so changes with any change of the code, plus the module's build
// information; where the executable has no build ID note it is the SHA-256
// of the whole executable (read once per process). A version constant
// bumped by hand was not chosen: it is forgotten on the change that needs
// it, and `go run` of a modified tree would reuse a stale cache.
var builder = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("cannot find the running program: %v", err)
	}
	h := sha256.New()
	io.WriteString(h, runtime.Version())
	if bi, ok := debug.ReadBuildInfo(); ok {
		io.WriteString(h, bi.String())
	}
	if id := goBuildID(exe); id != nil {
		h.Write(id)
	} else {
		f, err := os.Open(exe)
		if err != nil {
			return "", fmt.Errorf("cannot read the running program: %v", err)
		}
		defer f.Close()
		if _, err := io.Copy(h, f); err != nil {
			return "", fmt.Errorf("cannot read the running program: %v", err)
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil)), nil
})

// goBuildID is the content of the ELF note the Go linker writes the build
// ID in, or nil (other formats, or a link with an empty -buildid).
func goBuildID(exe string) []byte {
	f, err := elf.Open(exe)
	if err != nil {
		return nil
	}
	defer f.Close()
	s := f.Section(".note.go.buildid")
	if s == nil {
		return nil
	}
	data, err := s.Data()
	// The note is a 16-byte header ("Go" and sizes) and the ID.
	if err != nil || len(data) <= 16 {
		return nil
	}
	return data
}
