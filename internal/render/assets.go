package render

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/wazc/site/internal/layout"
	"github.com/wazc/site/internal/output"
)

// Assets serves the template function asset: a stylesheet or script from
// static/, published under a name that carries a digest of its content
// ("css/site.3f2a9c1b.css") with a Subresource Integrity hash, so that hosts
// can cache it for ever and browsers can check it. The bytes are those
// written, after the output's filters (relative URLs, minifying).
type Assets struct {
	root        string
	basePath    string
	fingerprint bool
	integrity   bool
	w           output.Writer
	mu          sync.Mutex
	byName      map[string]*asset
}

type asset struct {
	out  string // the file written
	data []byte
	info layout.Asset
	err  error
}

// NewAssets prepares the assets of one build. Without fingerprint (the dev
// server), assets keep their names and have no integrity hash, so that a
// changed stylesheet can be swapped in place. Without integrity, there is
// no hash either: browsers refuse integrity-checked files opened from a
// folder (file://), which are not CORS requests.
func NewAssets(root, basePath string, fingerprint, integrity bool, w output.Writer) *Assets {
	return &Assets{root: root, basePath: basePath, fingerprint: fingerprint, integrity: integrity, w: w, byName: map[string]*asset{}}
}

// Get returns the URL and integrity of static/<name>.
func (a *Assets) Get(name string) (layout.Asset, error) {
	name = strings.TrimPrefix(name, "/")
	a.mu.Lock()
	defer a.mu.Unlock()
	if x, ok := a.byName[name]; ok {
		return x.info, x.err
	}
	x := &asset{out: name}
	a.byName[name] = x
	if !a.fingerprint {
		x.info = layout.Asset{URL: a.basePath + name}
		return x.info, nil
	}
	src, err := os.ReadFile(filepath.Join(a.root, "static", filepath.FromSlash(name)))
	if err != nil {
		x.err = fmt.Errorf("asset %q: no such file in static/", name)
		return x.info, x.err
	}
	ext := path.Ext(name)
	h := sha256.Sum256(src)
	x.out = strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(h[:4]) + ext
	// Hash what will be written: the filters may change the bytes.
	x.data, err = output.Transform(a.w, x.out, src)
	if err != nil {
		x.err = fmt.Errorf("asset %q: %v", name, err)
		return x.info, x.err
	}
	x.info = layout.Asset{URL: a.basePath + x.out}
	if a.integrity {
		sum := sha256.Sum256(x.data)
		x.info.Integrity = "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
	}
	return x.info, nil
}

// Asked lists the assets the layouts asked for and found, sorted.
func (a *Assets) Asked() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []string
	for name, x := range a.byName {
		if x.err == nil {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// published returns the fingerprinted file for static/<name>, if a layout
// asked for it.
func (a *Assets) published(name string) (*asset, bool) {
	if a == nil || !a.fingerprint {
		return nil, false
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	x, ok := a.byName[name]
	if !ok || x.err != nil {
		return nil, false
	}
	return x, true
}

// fingerprint is the digest Get puts before a published asset's extension.
var fingerprint = regexp.MustCompile(`\.[0-9a-f]{8}\.[A-Za-z0-9]+$`)

// Fingerprinted reports whether a published file's name carries a digest
// of its content, as Get names assets ("css/site.3f2a9c1b.css"): such a
// file never changes, so hosts may cache it for ever.
func Fingerprinted(name string) bool { return fingerprint.MatchString(name) }
