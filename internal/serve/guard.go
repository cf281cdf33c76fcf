package serve

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// The dev server answers only requests meant for it. A web page the editor
// visits can rebind its own domain name to 127.0.0.1 (DNS rebinding, as in
// Vite's CVE-2025-24010 and webpack-dev-server's CVE-2025-30359) and would
// then read drafts, error overlays with file contents and the event
// stream. Its requests still carry its own name in Host, so:
//
//   - a request is served only if its Host is a loopback name (localhost,
//     or a name under .localhost, which browsers resolve themselves), an IP
//     address (rebinding needs a name; an IP in Host means the browser is
//     talking to that address), the --bind address, or a name allowed with
//     AllowedHosts; others get 403;
//   - the endpoints under /__site/ (event stream, scripts, dashboards)
//     answer only requests from the server's own origin: a cross-site or
//     same-site Sec-Fetch-Site, or an Origin other than the Host, gets 403;
//   - every response says X-Content-Type-Options: nosniff and
//     Cross-Origin-Resource-Policy: same-origin, so that no other site can
//     embed what the server answers; no CORS header is ever sent.

// hostAllowed reports whether a request's Host names this server.
func (s *Server) hostAllowed(host string) bool {
	name := strings.ToLower(host)
	if h, port, err := net.SplitHostPort(name); err == nil {
		if _, err := strconv.ParseUint(port, 10, 16); err != nil {
			return false // "localhost:80.evil.example" is no port
		}
		name = h
	}
	name = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSuffix(name, "]"), "["), ".")
	if name == "" {
		return false
	}
	if name == "localhost" || strings.HasSuffix(name, ".localhost") || net.ParseIP(name) != nil {
		return true
	}
	if name == strings.ToLower(s.opts.Bind) {
		return true
	}
	for _, a := range s.opts.AllowedHosts {
		a = strings.ToLower(strings.TrimSpace(a))
		// ".example.org" allows example.org and every name below it.
		if name == a || strings.HasPrefix(a, ".") && (name == a[1:] || strings.HasSuffix(name, a)) {
			return true
		}
	}
	return false
}

// sameOrigin reports whether a request comes from a page of the server
// itself (or from no page: a typed address, curl). Browsers send
// Sec-Fetch-Site on every request and Origin on cross-origin ones.
func sameOrigin(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default: // cross-site, same-site (another port or subdomain)
		return false
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.EqualFold(u.Host, r.Host)
}

// guard applies the rules above before h.
func (s *Server) guard(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cross-Origin-Resource-Policy", "same-origin")
		if !s.hostAllowed(r.Host) {
			http.Error(w, fmt.Sprintf("site serve: Host %q is not this server's name (allowed: %s); "+
				"to reach it through a tunnel or container under that name, start it with --allowed-hosts %s",
				r.Host, strings.Join(s.allowedList(), ", "), hostOnly(r.Host)), http.StatusForbidden)
			return
		}
		if strings.HasPrefix(r.URL.Path, sitePrefix) && !sameOrigin(r) {
			http.Error(w, "site serve: "+r.URL.Path+" answers only pages of this server, not cross-site requests", http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// allowedList names the hosts the server answers, for messages.
func (s *Server) allowedList() []string {
	l := []string{"localhost", "*.localhost", "127.0.0.1", "[::1]", "any IP address"}
	if ip := net.ParseIP(s.opts.Bind); ip == nil && s.opts.Bind != "" && s.opts.Bind != "localhost" {
		l = append(l, s.opts.Bind)
	}
	for _, a := range s.opts.AllowedHosts {
		if a = strings.TrimSpace(a); a != "" {
			l = append(l, a)
		}
	}
	return l
}

func hostOnly(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return host
}

// Exposed reports whether the bind address lets other machines in, and
// if so the warning the server prints at start.
func (s *Server) Exposed() (string, bool) {
	bind := s.opts.Bind
	if bind == "localhost" {
		return "", false
	}
	if ip := net.ParseIP(strings.Trim(bind, "[]")); ip != nil && ip.IsLoopback() {
		return "", false
	}
	return fmt.Sprintf("warning: --bind %s makes the site, drafts included, visible to every machine on the network that can reach this one; "+
		"it answers requests for %s (more with --allowed-hosts)", bind, strings.Join(s.allowedList(), ", ")), true
}
