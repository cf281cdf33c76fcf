package config

import (
	"net"
	"net/url"
	"strings"

	"github.com/wazc/site/internal/ferr"
)

// PlaceholderWarning returns a warning when the base URL is a placeholder:
// a domain reserved for examples (RFC 2606, RFC 6761: example.org, .com,
// .net and their subdomains, anything under .example, .test or .invalid)
// or this machine (localhost, a loopback address). Canonical links,
// hreflang, the sitemap and social previews of such a build point nowhere.
// It returns nil for a real host and for a base URL without a host (a
// site built to be served from any address).
func (c *Config) PlaceholderWarning() error {
	u, err := url.Parse(c.BaseURL)
	if err != nil || u.Host == "" || !placeholderHost(u.Hostname()) {
		return nil
	}
	how := "set baseURL in " + FileName + " to the address the site will be published at, or build with --base-url https://your.host/"
	if c.baseURLFromFlag {
		return ferr.New("--base-url", 0, "%s is a placeholder address: canonical links, hreflang, the sitemap and social previews will point nowhere", c.BaseURL)
	}
	return ferr.New(c.Path, c.lines["baseURL"], "baseURL %s is a placeholder address: canonical links, hreflang, the sitemap and social previews will point nowhere; %s", c.BaseURL, how)
}

func placeholderHost(h string) bool {
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	if ip := net.ParseIP(h); ip != nil {
		return ip.IsLoopback() || ip.IsUnspecified()
	}
	for _, d := range []string{"example.org", "example.com", "example.net", "example", "test", "invalid", "localhost"} {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	return false
}
