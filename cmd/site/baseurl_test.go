package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// The repository's own site.yaml had https://example.org/, so canonical
// links, hreflang, the sitemap and social previews pointed nowhere without
// a word. site build now says so in one warning line (and still succeeds).
func TestBuildWarnsOnceAboutAPlaceholderBaseURL(t *testing.T) {
	for _, tc := range []struct {
		name, baseURL string
		flags         []string
		want          string // the warning line, or "" for none
	}{
		{"example.org", "https://example.org/", nil,
			"warning: site.yaml:1: baseURL https://example.org/ is a placeholder address: canonical links, hreflang, the sitemap and social previews will point nowhere; set baseURL in site.yaml to the address the site will be published at, or build with --base-url https://your.host/\n"},
		{"localhost", "http://localhost:1313/", nil, "warning: site.yaml:1: baseURL http://localhost:1313/ is a placeholder address"},
		{"real host", "https://wazc.org/", nil, ""},
		{"overridden", "https://example.org/", []string{"--base-url", "https://wazc.org/"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := writeSite(t, map[string]string{
				"site.yaml":            "baseURL: " + tc.baseURL + "\n" + oneLangSite,
				"layouts/page.html":    "<h1>{{.Title}}</h1>",
				"content/en/_index.md": "---\ntitle: Home\n---\n",
			})
			args := append([]string{"build", "--source", src, "--dest", filepath.Join(t.TempDir(), "public")}, tc.flags...)
			code, _, stderr := runCLI(t, args...)
			if code != 0 {
				t.Fatalf("exit %d, want 0\nstderr: %s", code, stderr)
			}
			if tc.want == "" {
				if stderr != "" {
					t.Errorf("stderr: %s", stderr)
				}
				return
			}
			if !strings.HasPrefix(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr is not the one line %q…:\n%s", tc.want, stderr)
			}
		})
	}
}
