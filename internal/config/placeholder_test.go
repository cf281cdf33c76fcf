package config

import "testing"

// Canonical links, hreflang, the sitemap and social previews need the real
// address: a placeholder base URL gets one warning saying how to set it.
func TestPlaceholderBaseURLWarns(t *testing.T) {
	for u, want := range map[string]bool{
		"https://example.org/":         true,
		"https://EXAMPLE.com/docs/":    true,
		"https://preview.example.net/": true,
		"https://site.example/":        true,
		"http://localhost:1313/":       true,
		"http://127.0.0.1:8080/":       true,
		"http://[::1]/":                true,
		"https://docs.test/":           true,
		"https://wazc.org/":            false,
		"https://example.org.az/":      false,
		"https://myexample.org/":       false,
		"/":                            false, // no host: served from anywhere
		"/docs/":                       false,
	} {
		c, err := Parse("site.yaml", []byte("title: T\nbaseURL: "+u+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		w := c.PlaceholderWarning()
		if (w != nil) != want {
			t.Errorf("baseURL %s: warning %v, want one: %v", u, w, want)
		}
		if w != nil && w.Error() != "site.yaml:2: baseURL "+c.BaseURL+" is a placeholder address: canonical links, hreflang, the sitemap and social previews will point nowhere; set baseURL in site.yaml to the address the site will be published at, or build with --base-url https://your.host/" {
			t.Errorf("warning: %v", w)
		}
	}
}
