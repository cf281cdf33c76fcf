package buildcache

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/par"
)

// Setup digests what every page's output depends on besides content/:
// site.yaml, every file under layouts/ (strings included) and static/,
// with their paths, and opts, the build's options as text.
func Setup(source, opts string) ([32]byte, error) {
	h := sha256.New()
	io.WriteString(h, opts)
	h.Write([]byte{0})
	var files []string
	for _, top := range []string{"site.yaml", "layouts", "static"} {
		root := filepath.Join(source, top)
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && path == root {
					return nil
				}
				return err
			}
			if !d.IsDir() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return [32]byte{}, err
		}
	}
	sort.Strings(files)
	sums := make([][32]byte, len(files))
	errs := make([]error, len(files))
	par.Each(len(files), 0, func(i int) {
		data, err := os.ReadFile(files[i])
		sums[i], errs[i] = sha256.Sum256(data), err
	})
	for i, f := range files {
		if errs[i] != nil {
			return [32]byte{}, errs[i]
		}
		rel, _ := filepath.Rel(source, f)
		io.WriteString(h, filepath.ToSlash(rel))
		h.Write([]byte{0})
		h.Write(sums[i][:])
	}
	var out [32]byte
	h.Sum(out[:0])
	return out, nil
}

func pageID(p *content.Page) string { return p.Lang.Code + "\x00" + p.Rel }

// keys computes every page's conversion key: a digest of all a conversion
// is made from but the links it resolves (checked one by one when pages
// move) and the builder (in each file's header). It returns the digests
// of the bodies too: a page whose source is the one the state names has
// the body it had, and its body is not read again.
func keys(site *content.Site, st *state) (map[string][32]byte, map[string][32]byte) {
	m := site.Config.Markup
	opts := fmt.Sprintf("unsafe=%t tocMin=%d tocMax=%d", m.Unsafe, m.TOCMin, m.TOCMax)
	known := map[string]*statePage{}
	if st != nil {
		for i := range st.pages {
			known[st.pages[i].Lang+"\x00"+st.pages[i].Rel] = &st.pages[i]
		}
	}
	out := make([][32]byte, len(site.Pages))
	bodies := make([][32]byte, len(site.Pages))
	par.Each(len(site.Pages), 0, func(i int) {
		p := site.Pages[i]
		if sp := known[pageID(p)]; sp != nil && sp.src == p.Sum() && sp.src != ([32]byte{}) {
			bodies[i] = sp.body
		} else {
			bodies[i] = sha256.Sum256(p.Body)
		}
		out[i] = pageKey(opts, p, bodies[i])
	})
	ks := make(map[string][32]byte, len(site.Pages))
	bs := make(map[string][32]byte, len(site.Pages))
	for i, p := range site.Pages {
		ks[pageID(p)], bs[pageID(p)] = out[i], bodies[i]
	}
	return ks, bs
}

func pageKey(opts string, p *content.Page, body [32]byte) [32]byte {
	var b []byte
	b = appendString(b, opts)
	b = appendString(b, p.Lang.Code)
	b = appendString(b, p.Rel)
	b = appendString(b, p.Path)
	b = binary.AppendUvarint(b, uint64(p.BodyLine))
	if p.Typographer {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = append(b, body[:]...)
	return sha256.Sum256(b)
}
