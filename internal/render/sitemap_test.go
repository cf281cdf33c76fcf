package render

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
)

// sitemapSite loads a site of n pages in English, each translated into
// French, dated one day apart; static lists files to add under static/.
func sitemapSite(t *testing.T, n int, static ...string) *content.Site {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"site.yaml": "baseURL: https://example.org/\nlanguages:\n  - code: en\n  - code: fr\n",
	}
	for i := 0; i < n; i++ {
		for _, lang := range []string{"en", "fr"} {
			files[fmt.Sprintf("content/%s/p%03d.md", lang, i)] = fmt.Sprintf("---\ntitle: P%d\ndate: 2024-01-%02d\n---\n", i, i%28+1)
		}
	}
	for _, f := range static {
		files["static/"+f] = "x"
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := config.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	site, _, err := content.Load(dir, cfg, content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return site
}

type urlset struct {
	XMLName xml.Name `xml:"urlset"`
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
}

type sitemapIndex struct {
	XMLName  xml.Name `xml:"sitemapindex"`
	Sitemaps []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"sitemap"`
}

func decode(t *testing.T, name string, data []byte, v any) {
	t.Helper()
	if err := xml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, data)
	}
}

func TestSitemapWithinTheLimitsIsOneFile(t *testing.T) {
	site := sitemapSite(t, 5)
	r := &Renderer{Site: site}
	mem := output.NewMemory()
	if err := r.Sitemap(mem, &Stats{}); err != nil {
		t.Fatal(err)
	}
	if got, want := mem.Names(), []string{"robots.txt", "sitemap.xml"}; !slices.Equal(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}
	var set urlset
	decode(t, "sitemap.xml", mem.Files()["sitemap.xml"], &set)
	if len(set.URLs) != len(site.Pages) {
		t.Errorf("%d URLs, want %d", len(set.URLs), len(site.Pages))
	}
	if got := r.SitemapFiles(); !slices.Equal(got, []string{"sitemap.xml"}) {
		t.Errorf("SitemapFiles() = %v", got)
	}
}

// A site over the protocol's limits (50,000 URLs or 50 MiB per file; made
// small here) gets parts of consecutive URLs and sitemap.xml indexes them,
// each with the newest date of its pages.
func TestSitemapOverTheLimitsIsSplitAndIndexed(t *testing.T) {
	site := sitemapSite(t, 20)
	var all []string // every URL, in the order of the single file
	{
		mem := output.NewMemory()
		if err := (&Renderer{Site: site}).Sitemap(mem, &Stats{}); err != nil {
			t.Fatal(err)
		}
		var set urlset
		decode(t, "sitemap.xml", mem.Files()["sitemap.xml"], &set)
		for _, u := range set.URLs {
			all = append(all, u.Loc)
		}
	}
	n := len(all)
	for _, limits := range []struct {
		urls, bytes int
		parts       int // 0 for one file, not an index; -1 for any number
	}{
		{urls: 7, bytes: 50 << 20, parts: (n + 6) / 7},
		{urls: 1, bytes: 50 << 20, parts: n},
		{urls: n - 1, bytes: 50 << 20, parts: 2},
		{urls: n, bytes: 50 << 20, parts: 0}, // exactly at the limit
		{urls: 50000, bytes: 2000, parts: -1},
		{urls: 50000, bytes: 8000, parts: -1},
		{urls: 50000, bytes: 100, parts: n}, // every URL alone is over the size
	} {
		t.Run(fmt.Sprintf("%d URLs %d bytes", limits.urls, limits.bytes), func(t *testing.T) {
			r := &Renderer{Site: site, sitemapLimits: [2]int{limits.urls, limits.bytes}}
			mem := output.NewMemory()
			stats := &Stats{}
			if err := r.Sitemap(mem, stats); err != nil {
				t.Fatal(err)
			}
			files := mem.Files()
			if limits.parts == 0 {
				if len(files) != 2 || !strings.Contains(string(files["sitemap.xml"]), "<urlset") {
					t.Fatalf("files %v, want one sitemap.xml with every URL", mem.Names())
				}
				return
			}
			var index sitemapIndex
			decode(t, "sitemap.xml", files["sitemap.xml"], &index)
			if limits.parts > 0 && len(index.Sitemaps) != limits.parts {
				t.Errorf("%d parts, want %d", len(index.Sitemaps), limits.parts)
			}
			var got []string
			names := []string{"sitemap.xml"}
			for i, sm := range index.Sitemaps {
				name := fmt.Sprintf("sitemap-%d.xml", i+1)
				names = append(names, name)
				if want := "https://example.org/" + name; sm.Loc != want {
					t.Errorf("part %d at %s, want %s", i+1, sm.Loc, want)
				}
				data := files[name]
				if len(data) > limits.bytes && limits.bytes >= 1000 {
					t.Errorf("%s has %d bytes, over %d", name, len(data), limits.bytes)
				}
				var set urlset
				decode(t, name, data, &set)
				if len(set.URLs) == 0 || len(set.URLs) > limits.urls {
					t.Errorf("%s has %d URLs, limit %d", name, len(set.URLs), limits.urls)
				}
				newest := ""
				for _, u := range set.URLs {
					got = append(got, u.Loc)
					newest = max(newest, u.LastMod)
				}
				if sm.LastMod != newest {
					t.Errorf("%s: lastmod %s in the index, newest page %s", name, sm.LastMod, newest)
				}
			}
			if !slices.Equal(got, all) {
				t.Errorf("the parts hold\n%v\nwant\n%v", got, all)
			}
			if !slices.Equal(r.SitemapFiles(), names) {
				t.Errorf("SitemapFiles() = %v, want %v", r.SitemapFiles(), names)
			}
			if want := sortedWithRobots(names); !slices.Equal(mem.Names(), want) {
				t.Errorf("files written: %v, want %v", mem.Names(), want)
			}
			if int(stats.Files) != len(files) {
				t.Errorf("Stats.Files = %d, %d files written", stats.Files, len(files))
			}
			for _, f := range names {
				if !r.Outputs()[f] {
					t.Errorf("Outputs() lacks %s", f)
				}
			}
		})
	}
}

func sortedWithRobots(names []string) []string {
	out := append(slices.Clone(names), "robots.txt")
	slices.Sort(out)
	return out
}

// A part's name taken by a static file is an error, not an overwrite.
func TestSitemapPartNameTakenByStaticFile(t *testing.T) {
	site := sitemapSite(t, 3, "sitemap-2.xml")
	r := &Renderer{Site: site, sitemapLimits: [2]int{2, 50 << 20}}
	err := r.Sitemap(output.NewMemory(), &Stats{})
	want := "static/sitemap-2.xml: sitemap-2.xml: the same URL as part 2 of the sitemap"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}
