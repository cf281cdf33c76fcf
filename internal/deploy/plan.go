package deploy

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"net/textproto"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/render"
	"github.com/wazc/site/internal/search"
)

// Upload waves, in order.
const (
	assetWave   = iota // what pages use
	pageWave           // .html
	pointerWave        // what points at pages: sitemaps, feeds, manifests
	waves
)

// file is one file of the build.
type file struct {
	name    string // slash path in the build, and the object name under the prefix
	size    int64
	sum     string            // hex SHA-256 of the file
	headers map[string]string // canonical names
	gzip    bool
	wave    int

	reason string // why it is uploaded
	body   []byte // what is uploaded, once read
	md5    string // hex MD5 of body
	sent   bool
}

func (f *file) entry() entry {
	return entry{SHA256: f.sum, Size: f.size, MD5: f.md5, Headers: f.headers}
}

// bodySize is the size uploaded: compressed, once known.
func (f *file) bodySize() int64 {
	if f.body != nil {
		return int64(len(f.body))
	}
	return f.size
}

// readBody reads the file and makes what is uploaded.
func (f *file) readBody(dir string) error {
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.name)))
	if err != nil {
		return err
	}
	if f.gzip {
		var buf bytes.Buffer
		// No name, no time: the same file compresses to the same bytes,
		// so its MD5 matches the stored ETag on the next listing.
		zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
		zw.Write(data)
		zw.Close()
		data = buf.Bytes()
	}
	sum := md5.Sum(data)
	f.body, f.md5 = data, hex.EncodeToString(sum[:])
	return nil
}

// rules are a target's filters and headers.
type rules struct {
	t *config.Target
}

func newRules(t *config.Target) *rules { return &rules{t: t} }

// wanted reports whether the target publishes a file (and may delete it).
func (r *rules) wanted(name string) bool {
	if name == ManifestName {
		return false
	}
	if len(r.t.Include) > 0 && !matchAny(r.t.Include, name) {
		return false
	}
	return !matchAny(r.t.Exclude, name)
}

// headers are the object headers of a file.
func (r *rules) headers(name string) (map[string]string, bool) {
	h := map[string]string{"Content-Type": output.ContentType(name), "Cache-Control": "no-cache"}
	if render.Fingerprinted(name) || search.Immutable(name) {
		h["Cache-Control"] = "public, max-age=31536000, immutable"
	}
	for _, rule := range r.t.Headers {
		if match(rule.Glob, name) {
			for k, v := range rule.Set {
				h[textproto.CanonicalMIMEHeaderKey(k)] = v
			}
		}
	}
	gz := r.t.Compress == "gzip" && compressible(h["Content-Type"])
	if gz {
		h["Content-Encoding"] = "gzip"
	}
	return h, gz
}

// compressible reports whether a media type is text that gzip shrinks.
func compressible(ctype string) bool {
	t, _, _ := strings.Cut(ctype, ";")
	switch t {
	case "application/json", "application/xml", "application/manifest+json", "image/svg+xml", "application/javascript":
		return true
	}
	return strings.HasPrefix(t, "text/")
}

// wave is where a file goes in the upload order.
func wave(name string) int {
	base := path.Base(name)
	switch {
	case strings.HasSuffix(base, ".html"):
		return pageWave
	case strings.HasSuffix(base, ".xml"), base == "robots.txt", strings.HasSuffix(base, ".webmanifest"),
		strings.Contains(base, "manifest"):
		return pointerWave
	}
	return assetWave
}

// scan lists and hashes the build's files.
func scan(dir string, r *rules, workers int) ([]*file, error) {
	var files []*file
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		name := filepath.ToSlash(rel)
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s: not a regular file", p)
		}
		if !r.wanted(name) {
			return nil
		}
		h, gz := r.headers(name)
		files = append(files, &file{name: name, headers: h, gzip: gz, wave: wave(name)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	var mu sync.Mutex
	var firstErr error
	parallel(context.Background(), workers, len(files), func(i int) bool {
		f := files[i]
		fh, err := os.Open(filepath.Join(dir, filepath.FromSlash(f.name)))
		if err == nil {
			h := sha256.New()
			var n int64
			n, err = fh.WriteTo(h)
			fh.Close()
			f.size, f.sum = n, hex.EncodeToString(h.Sum(nil))
		}
		if err != nil {
			mu.Lock()
			firstErr = err
			mu.Unlock()
			return false
		}
		return true
	})
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	return files, firstErr
}

// planned is what a deploy will do.
type planned struct {
	uploads []*file // in wave order
	deletes []string
	stale   bool // the manifest needs writing even with nothing to do
}

func (p *planned) uploadBytes() int64 {
	var n int64
	for _, f := range p.uploads {
		n += f.bodySize()
	}
	return n
}

// manifest is what the bucket holds once the plan is carried out, except
// for the unfinished files (nil: all of the plan's).
func (p *planned) manifest(local []*file, failed, undeleted map[string]bool) *manifest {
	m := &manifest{Version: manifestVersion, Files: map[string]entry{}}
	changing := map[string]bool{}
	if failed == nil {
		for _, f := range p.uploads {
			changing[f.name] = true
		}
		for _, d := range p.deletes {
			changing[d] = true
		}
	} else {
		maps.Copy(changing, failed)
		maps.Copy(changing, undeleted)
	}
	for _, f := range local {
		e := f.entry()
		if changing[f.name] {
			e.SHA256 = ""
		}
		m.Files[f.name] = e
	}
	for _, d := range p.deletes {
		if changing[d] {
			m.Files[d] = entry{}
		}
	}
	return m
}

// plan compares the build with the manifest, or with a listing of the
// bucket when there is none.
func plan(ctx context.Context, st *store, local []*file, old *manifest, r *rules, opts Options) (*planned, error) {
	p := &planned{}
	isLocal := map[string]bool{}
	for _, f := range local {
		isLocal[f.name] = true
	}
	if old != nil {
		for name := range old.Files {
			if !isLocal[name] && r.wanted(name) {
				p.deletes = append(p.deletes, name)
			}
			if !r.wanted(name) {
				p.stale = true
			}
		}
		for _, f := range local {
			e, ok := old.Files[f.name]
			switch {
			case opts.Force:
				f.reason = "forced"
			case !ok:
				f.reason = "new"
			case e.SHA256 == "":
				f.reason = "unfinished"
			case e.SHA256 != f.sum || e.Size != f.size:
				f.reason = "changed"
			case !maps.Equal(e.Headers, f.headers):
				f.reason = "headers changed"
			default:
				f.md5 = e.MD5
				continue
			}
			p.uploads = append(p.uploads, f)
		}
	} else {
		p.stale = true
		objs, err := st.list(ctx)
		if err != nil {
			return nil, err
		}
		for key := range objs {
			if !isLocal[key] && r.wanted(key) {
				p.deletes = append(p.deletes, key)
			}
		}
		if err := p.compareListing(ctx, st, local, objs, opts); err != nil {
			return nil, err
		}
	}
	sort.Strings(p.deletes)
	sort.SliceStable(p.uploads, func(i, j int) bool { return p.uploads[i].wave < p.uploads[j].wave })
	return p, nil
}

// compareListing decides each file by the listed object's ETag and, when
// the content matches, the headers the store returns for it.
func (p *planned) compareListing(ctx context.Context, st *store, local []*file, objs map[string]object, opts Options) error {
	var mu sync.Mutex
	var firstErr error
	up := make([]bool, len(local))
	parallel(ctx, opts.Workers, len(local), func(i int) bool {
		f := local[i]
		o, ok := objs[f.name]
		reason := ""
		switch {
		case opts.Force:
			reason = "forced"
		case !ok:
			reason = "new"
		}
		var err error
		if reason == "" {
			if err = f.readBody(opts.Dir); err == nil {
				if !etagMatches(o.etag, f.body, o.size) {
					reason = "changed in the bucket"
				} else {
					var h map[string]string
					h, err = st.head(ctx, f.name)
					if err == nil && !maps.Equal(h, f.headers) {
						reason = "headers changed"
					}
				}
			}
			if reason == "" {
				f.body = nil // keep the MD5 only
			}
		}
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			if firstErr == nil {
				firstErr = fmt.Errorf("%s: %v", st.t.Prefix+f.name, err)
			}
			return false
		}
		f.reason, up[i] = reason, reason != ""
		return true
	})
	if firstErr != nil {
		return firstErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	for i, f := range local {
		if up[i] {
			p.uploads = append(p.uploads, f)
		}
	}
	return nil
}

// etagMatches reports whether an S3 ETag is that of body: the MD5 for an
// object uploaded whole, the MD5 of the parts' MD5s with "-N" for one
// uploaded in N parts, tried with the part sizes tools commonly use.
func etagMatches(etag string, body []byte, size int64) bool {
	etag = strings.Trim(etag, `"`)
	if size != int64(len(body)) {
		return false
	}
	base, parts, multi := strings.Cut(etag, "-")
	if !multi {
		sum := md5.Sum(body)
		return strings.EqualFold(base, hex.EncodeToString(sum[:]))
	}
	var n int
	if _, err := fmt.Sscan(parts, &n); err != nil || n < 1 {
		return false
	}
	const mib = 1 << 20
	candidates := []int64{5 * mib, 8 * mib, 15 * mib, 16 * mib, 64 * mib, 100 * mib}
	if n > 0 {
		per := (size + int64(n) - 1) / int64(n)
		candidates = append(candidates, (per+mib-1)/mib*mib)
	}
	for _, ps := range candidates {
		if (size+ps-1)/ps != int64(n) {
			continue
		}
		var sums []byte
		for off := int64(0); off < size; off += ps {
			end := min(off+ps, size)
			s := md5.Sum(body[off:end])
			sums = append(sums, s[:]...)
		}
		s := md5.Sum(sums)
		if strings.EqualFold(base, hex.EncodeToString(s[:])) {
			return true
		}
	}
	return false
}
