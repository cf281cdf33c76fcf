package deploy

import (
	"crypto/md5"
	"encoding/hex"
	"testing"
	"time"

	"github.com/wazc/site/internal/config"
)

func TestGlobMatch(t *testing.T) {
	for _, c := range []struct {
		glob, name string
		want       bool
	}{
		{"*.woff2", "fonts/a.woff2", true},
		{"*.woff2", "a.woff2", true},
		{"fonts/**", "fonts/x/a.woff2", true},
		{"fonts/**", "img/a.png", false},
		{"**/*.html", "index.html", true},
		{"**/*.html", "en/a/index.html", true},
		{"en/*/index.html", "en/a/index.html", true},
		{"en/*/index.html", "en/a/b/index.html", false},
		{"**", "anything/at/all", true},
	} {
		if got := match(c.glob, c.name); got != c.want {
			t.Errorf("match(%q, %q) = %v", c.glob, c.name, got)
		}
	}
}

func TestWaves(t *testing.T) {
	for name, want := range map[string]int{
		"css/site.b1ca1eca.css": assetWave, "img/a.png": assetWave, "js/search.3e3ff737.js": assetWave,
		"en/a/index.html": pageWave, "404.html": pageWave,
		"sitemap.xml": pointerWave, "en/index.xml": pointerWave, "robots.txt": pointerWave,
		"site.webmanifest": pointerWave, "en/search/manifest.js": pointerWave, "en/search/t3f2a9c1b.js": assetWave,
	} {
		if got := wave(name); got != want {
			t.Errorf("wave(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestSummaryLine(t *testing.T) {
	r := &Result{Target: "local", Uploaded: 12, Bytes: 1_234_567, Deleted: 3, Unchanged: 4170, Duration: 1400 * time.Millisecond}
	if got, want := r.Summary(), "deploy local: 12 uploaded (1.2 MB), 3 deleted, 4,170 unchanged in 1.4 s"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// A multipart ETag is the MD5 of the parts' MD5s and the part count.
func TestMultipartETag(t *testing.T) {
	body := make([]byte, 11<<20)
	for i := range body {
		body[i] = byte(i * 7)
	}
	var sums []byte
	for off := 0; off < len(body); off += 5 << 20 {
		s := md5.Sum(body[off:min(off+5<<20, len(body))])
		sums = append(sums, s[:]...)
	}
	s := md5.Sum(sums)
	etag := `"` + hex.EncodeToString(s[:]) + `-3"`
	if !etagMatches(etag, body, int64(len(body))) {
		t.Error("a 5 MiB-part ETag did not match its body")
	}
	body[0]++
	if etagMatches(etag, body, int64(len(body))) {
		t.Error("a changed body matched the old multipart ETag")
	}
}

func TestHeadersDefaultsAndOverrides(t *testing.T) {
	r := newRules(&config.Target{Compress: "gzip", Headers: []*config.HeaderRule{
		{Glob: "*.png", Set: map[string]string{"cache-control": "public, max-age=60"}},
		{Glob: "img/**", Set: map[string]string{"X-Amz-Meta-Owner": "docs"}},
	}})
	h, gz := r.headers("en/a/index.html")
	if h["Content-Type"] != "text/html; charset=utf-8" || h["Cache-Control"] != "no-cache" || h["Content-Encoding"] != "gzip" || !gz {
		t.Errorf("page: %v", h)
	}
	h, gz = r.headers("img/a.png")
	if h["Content-Type"] != "image/png" || h["Cache-Control"] != "public, max-age=60" || h["X-Amz-Meta-Owner"] != "docs" || gz {
		t.Errorf("image: %v", h)
	}
	if h, _ := r.headers("css/site.b1ca1eca.css"); h["Cache-Control"] != "public, max-age=31536000, immutable" {
		t.Errorf("fingerprinted: %v", h)
	}
}
