package buildcache

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/wazc/site/internal/markdown"
	"github.com/wazc/site/internal/render"
)

func sampleFile(t testing.TB) ([]entry, []byte) {
	entries := []entry{
		{page: "en\x00a.md", key: [32]byte{1, 2, 3}, saved: render.Saved{
			Links:    []render.SavedLink{{Dest: "b.md#x", URL: "/en/b/#x"}, {Dest: "https://x.org/", URL: "https://x.org/"}},
			HTML:     "<h2 id=\"x\">X</h2><p>Text</p>",
			TOC:      "<ul><li><a href=\"#x\">X</a></li></ul>",
			Headings: []markdown.Heading{{Level: 2, ID: "x", Text: "X"}},
			IDs:      []string{"x"},
			Anchors:  []render.SavedAnchor{{Line: 4, Col: 9, Lang: "en", Rel: "b.md", Fragment: "x"}},
		}},
		{page: "fr\x00_index.md", key: [32]byte{9}, saved: render.Saved{HTML: "<p>Accueil</p>"}},
	}
	var b bytes.Buffer
	if err := encode(&b, entries, "id-1"); err != nil {
		t.Fatal(err)
	}
	return entries, b.Bytes()
}

func TestFileReadsBackAsWritten(t *testing.T) {
	entries, data := sampleFile(t)
	got, err := decode(data, "id-1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, entries) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, entries)
	}
}

// Every truncation and every flipped bit is an error: never a panic,
// never entries.
func TestEveryTruncationAndFlippedBitIsAnError(t *testing.T) {
	_, data := sampleFile(t)
	for n := 0; n < len(data); n++ {
		if got, err := decode(data[:n], "id-1"); err == nil {
			t.Fatalf("truncated to %d of %d bytes: %d entries, no error", n, len(data), len(got))
		}
	}
	for i := range data {
		for bit := 0; bit < 8; bit++ {
			d := bytes.Clone(data)
			d[i] ^= 1 << bit
			if got, err := decode(d, "id-1"); err == nil {
				t.Fatalf("bit %d of byte %d flipped: %d entries, no error", bit, i, len(got))
			}
		}
	}
}

// FuzzDecode feeds decode any bytes: it must return, with an error or
// entries, and not panic or allocate without bound.
func FuzzDecode(f *testing.F) {
	_, data := sampleFile(f)
	f.Add(data)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		decode(data, "id-1")
	})
}
