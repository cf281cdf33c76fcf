// Package serve is the dev server: the same build as "site build", written
// to memory, served over HTTP, and run again whenever a file of the site
// changes. Open pages learn of each rebuild over Server-Sent Events
// (event.go): a page whose output changed gets its new HTML with the event
// and morphs itself in place (reload.js, with the vendored idiomorph),
// unless its scripts changed, when it reloads; a page whose file went
// links to the page above it; a stylesheet change alone swaps the
// stylesheets. A failed rebuild leaves the last good site up and shows
// every error, with its code frame and an editor link (overlay.go), over
// every open page.
//
// The server binds 127.0.0.1 unless told otherwise and serves only the
// files of the build: request paths are looked up in a map, never on disk.
// It answers only requests addressed to its own names, and its endpoints
// under /__site/ only its own pages (guard.go; docs/serve.md).
package serve

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/translation"
)

var (
	//go:embed reload.js
	reloadJS []byte
	//go:embed vendor/idiomorph.min.js
	idiomorphJS []byte
	// clientJS is what pages load from scriptPath: idiomorph and
	// reload.js in one scope, so that the page's globals stay its own.
	clientJS = []byte("(function () {\n" + string(idiomorphJS) + "\n" + string(reloadJS) + "\n})();\n")
)

const (
	sitePrefix = "/__site/" // the server's own endpoints; see guard.go
	eventsPath = "/__site/events"
	scriptPath = "/__site/reload.js"
	scriptTag  = `<script src="/__site/reload.js" defer></script>`
)

// Options configure a Server.
type Options struct {
	Build build.Options
	Bind  string // address to listen on; 127.0.0.1 by default
	Port  int
	Log   io.Writer
	// AllowedHosts are further names the server answers to (a tunnel's,
	// a container's); ".example.org" allows the names below it too.
	AllowedHosts []string
	// Editor is the URL template of the overlay's links to a file, with
	// {path}, {line} and {col}; DefaultEditor (VS Code) when empty.
	Editor string
	// Quiet is how long the watcher waits for a burst of changes to end.
	Quiet time.Duration
}

// snapshot is one build as served. It is replaced whole, never changed, so
// a request sees one build from start to end.
type snapshot struct {
	files    map[string][]byte
	errors   []string  // of the latest build; the files are the last good ones
	problems []problem // the same, for the overlay
	// good is the last good build's files where they are not files: a
	// preview's (build.Preview), which its build replaces.
	good    map[string][]byte
	preview time.Duration // how long the preview took, when files are one
}

// Server serves a site and rebuilds it.
type Server struct {
	opts    Options
	session *build.Session
	current atomic.Pointer[snapshot]
	hub     *hub
	handler http.Handler   // guard around route
	site    *http.ServeMux // the endpoints under /__site/
	// Rebuilt, when set, is called after each rebuild with its outcome;
	// tests and benchmarks use it.
	Rebuilt func(changed []string, out *build.Outcome, err error)
	// Previewed, when set, is called after each preview is published
	// (see rebuild), on the goroutine that calls Rebuilt.
	Previewed func(pv *build.Preview)
}

// New prepares a server; Start builds and listens.
func New(opts Options) *Server {
	if opts.Bind == "" {
		opts.Bind = "127.0.0.1"
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Quiet == 0 {
		opts.Quiet = 15 * time.Millisecond
	}
	s := &Server{opts: opts, hub: newHub(), site: http.NewServeMux()}
	s.current.Store(&snapshot{files: map[string][]byte{}})
	s.site.HandleFunc("GET "+eventsPath, s.events)
	dashboard := translation.Dashboard(opts.Build)
	s.site.Handle(translation.DashboardPath, dashboard)
	s.site.Handle(translation.DashboardPath+"/", dashboard)
	s.site.HandleFunc("GET "+scriptPath, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(clientJS)
	})
	s.handler = s.guard(http.HandlerFunc(s.route))
	return s
}

// Handle mounts h at a path under /__site/ (such as "/__site/i18n/", a
// ServeMux pattern). Everything mounted there is refused to other sites'
// pages (see guard.go). Call it before Run.
func (s *Server) Handle(pattern string, h http.Handler) {
	if !strings.HasPrefix(pattern, sitePrefix) {
		panic("serve: Handle outside " + sitePrefix + ": " + pattern)
	}
	s.site.Handle(pattern, h)
}

// Listen opens the listening socket. A port in use is a clear error.
func (s *Server) Listen() (net.Listener, error) {
	addr := net.JoinHostPort(s.opts.Bind, fmt.Sprint(s.opts.Port))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("port %d is already in use on %s: choose another with --port %d", s.opts.Port, s.opts.Bind, s.opts.Port+1)
		}
		return nil, err
	}
	return ln, nil
}

// Run builds the site, serves it on ln and rebuilds on changes until ctx
// ends. The base URL becomes the server's own address, so that links and
// canonical URLs stay on it.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	addr := "http://" + ln.Addr().String() + "/"
	s.opts.Build.BaseURL = addr
	s.opts.Build.Dev = true
	s.opts.Build.LateIndex = true
	s.session = build.NewSession(s.opts.Build)
	// Watch first: a file saved during the first build is then reported.
	w, err := Watch(s.opts.Build.Source, s.opts.Quiet)
	if err != nil {
		return err
	}
	defer w.Close()
	s.rebuild(nil)
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(s.opts.Log, "Serving %s at %s (Ctrl-C to stop)\n", s.opts.Build.Source, addr)
	if warning, exposed := s.Exposed(); exposed {
		fmt.Fprintln(s.opts.Log, warning)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	for {
		select {
		case changes := <-w.Changes:
			s.rebuild(changes)
		case err := <-w.Errors:
			fmt.Fprintf(s.opts.Log, "watcher: %v\n", err)
		case err := <-errc:
			s.hub.close()
			return err
		case <-ctx.Done():
			s.hub.close() // ends the event streams, which Shutdown would wait for
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(sctx)
		}
	}
}

// rebuild builds after changes and publishes the result: first the
// pages, then, when the session left it for later, the search index,
// which no open page shows (its search script keeps what it loaded).
//
// An edit of one page's text is shown before that, as soon as the page
// alone is rendered again (build.Preview): on a large site most of a
// rebuild is the rest of the site, which the edit does not change. The
// build then serves the same page, and tells the open pages only of what
// else changed.
func (s *Server) rebuild(changes []string) {
	if prev := s.current.Load(); changes != nil && prev.errors == nil {
		if pv, ok := s.session.Preview(changes); ok {
			s.current.Store(&snapshot{files: pv.Files, good: prev.files, preview: pv.Duration})
			ev, _ := reloadEvent(prev.files, &build.Outcome{Files: pv.Files, Changed: []string{pv.Page}})
			s.hub.send(ev)
			if s.Previewed != nil {
				s.Previewed(pv)
			}
		}
	}
	out, err := s.session.Build(changes)
	late := err == nil && out.Index != nil
	s.publish(changes, out, err, !late)
	if !late {
		return
	}
	if out, err = out.Index(); err != nil {
		s.publish(changes, out, err, true)
		return
	}
	s.current.Store(&snapshot{files: out.Files})
	fmt.Fprintf(s.opts.Log, "Search index written in %s more: %d files changed\n",
		out.Late.Round(time.Millisecond), len(out.Changed)+len(out.Removed))
	if s.Rebuilt != nil {
		s.Rebuilt(changes, out, nil)
	}
}

// publish serves a build, or the last good one with the errors of this
// one, and tells the open pages; last says it is the rebuild's last word,
// for Rebuilt.
func (s *Server) publish(changes []string, out *build.Outcome, err error, last bool) {
	if s.Rebuilt != nil && last {
		defer s.Rebuilt(changes, out, err)
	}
	prev := s.current.Load()
	if err != nil {
		msgs := messages(err)
		probs := problems(err, s.opts.Build.Source, s.opts.Editor)
		files := prev.files
		if prev.good != nil {
			// The preview goes: open pages morph back to the last good
			// build, then show the errors.
			files = prev.good
			ev, _ := reloadEvent(prev.files, &build.Outcome{Files: files, Changed: differ(prev.files, files)})
			s.hub.send(ev)
		}
		s.current.Store(&snapshot{files: files, errors: msgs, problems: probs})
		fmt.Fprintf(s.opts.Log, "Build failed (serving the last good build):\n%s\n", strings.Join(msgs, "\n"))
		s.hub.send(errorsEvent(probs))
		return
	}
	s.current.Store(&snapshot{files: out.Files})
	shown := out
	if prev.good != nil {
		// The open pages show the preview: they hear only of what the
		// build changed beyond it. Compared with the preview itself, not
		// with the last build: an edit undone before the build read the
		// file leaves the build as the last one and the preview wrong.
		o := *out
		o.Changed = differ(out.Files, prev.files)
		shown = &o
	}
	ev, c := reloadEvent(prev.files, shown)
	for _, w := range out.Result.Warnings {
		if changes == nil {
			fmt.Fprintf(s.opts.Log, "warning: %v\n", w)
		}
	}
	if changes == nil {
		fmt.Fprintln(s.opts.Log, out.Result.Summary())
	} else {
		how := c.summary()
		if prev.good != nil {
			// The log tells the whole change, the preview's part too.
			_, whole := reloadEvent(prev.good, out)
			how = whole.summary()
		}
		if how != "" {
			how = "; " + how
		}
		shownIn := ""
		if prev.good != nil {
			shownIn = fmt.Sprintf(" (the edited page shown after %s)", prev.preview.Round(100*time.Microsecond))
		}
		fmt.Fprintf(s.opts.Log, "Rebuilt in %s%s: %d pages rendered, %d files changed%s\n",
			out.Result.Duration.Round(time.Millisecond), shownIn, len(out.Rendered), len(out.Changed)+len(out.Removed), how)
	}
	if prev.good != nil && len(c.Pages)+len(c.Gone)+len(c.Scripts) == 0 && !c.CSS {
		return // nothing for the open pages beyond the preview
	}
	s.hub.send(ev)
}

// differ lists the files of a whose bytes differ in b, or that b has not.
func differ(a, b map[string][]byte) []string {
	var names []string
	for name, data := range a {
		if old, ok := b[name]; !ok || !bytes.Equal(old, data) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

func errorsEvent(probs []problem) event {
	data, _ := json.Marshal(probs)
	return event{name: "errors", data: string(data)}
}

func messages(err error) []string {
	var out []string
	for _, e := range ferr.Errors(err) {
		out = append(out, e.Error())
	}
	return out
}

// ServeHTTP serves the current build and the server's own endpoints under
// /__site/, to the hosts and origins guard allows.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

func (s *Server) route(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, sitePrefix) {
		s.site.ServeHTTP(w, r) // its handlers choose their methods
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	snap := s.current.Load()
	name, ok := FileName(r.URL.Path)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	if len(snap.files) == 0 && len(snap.errors) > 0 {
		s.errorPage(w, snap.errors)
		return
	}
	data, found := snap.files[name]
	if !found {
		if _, dir := snap.files[name+"/index.html"]; dir {
			// The escaped path: a page named "?" is at /%3F/, not /?/.
			http.Redirect(w, r, r.URL.EscapedPath()+"/", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusNotFound)
		if page, ok := snap.files["404.html"]; ok {
			w.Write(inject(page))
		} else {
			io.WriteString(w, "404 page not found\n")
		}
		return
	}
	ctype := ContentType(name)
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	if strings.HasPrefix(ctype, "text/html") {
		data = inject(data)
	}
	w.Write(data)
}

// FileName maps a request path to a file of the build. It refuses paths
// that try to leave the site: ".." segments (also when percent-encoded,
// since the path is already decoded), backslashes and NUL bytes.
func FileName(p string) (string, bool) {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") || strings.Contains(p, "//") {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." || seg == "." {
			return "", false
		}
	}
	name := strings.TrimPrefix(p, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if strings.Contains(name, "//") {
		return "", false
	}
	return name, true
}

// ContentType is the media type for a file name, from the table builds
// and deploys share.
func ContentType(name string) string { return output.ContentType(name) }

// inject adds the reload script to a page: first in its <head>, so that
// it runs before the page's own deferred scripts and sees every change
// they make to the page (which a morph then keeps); before </body>, or at
// the end, in a page without a <head>.
func inject(page []byte) []byte {
	i := -1
	if h := headStart(page); h >= 0 {
		i = h
	} else {
		i = bytes.LastIndex(page, []byte("</body>"))
	}
	if i < 0 {
		return append(append([]byte{}, page...), scriptTag...)
	}
	out := make([]byte, 0, len(page)+len(scriptTag))
	out = append(out, page[:i]...)
	out = append(out, scriptTag...)
	return append(out, page[i:]...)
}

// headStart is the offset just after a page's <head> tag, or -1.
func headStart(page []byte) int {
	lower := bytes.ToLower(page[:min(len(page), 4096)])
	for off := 0; ; {
		i := bytes.Index(lower[off:], []byte("<head"))
		if i < 0 {
			return -1
		}
		i += off
		if end := i + len("<head"); end < len(lower) && (lower[end] == '>' || lower[end] == ' ' || lower[end] == '\t' || lower[end] == '\n') {
			if j := bytes.IndexByte(lower[end:], '>'); j >= 0 {
				return end + j + 1
			}
			return -1
		}
		off = i + 1
	}
}

var errorPage = template.Must(template.New("errors").Parse(`<!DOCTYPE html>
<html lang="en" data-site-serve-error>
<head><meta charset="utf-8"><title>Build failed</title></head>
<body>
<h1>Build failed</h1>
<p>The site has not built yet. Fix these problems and save: the page reloads by itself.</p>
<pre>{{range .}}{{.}}
{{end}}</pre>
` + scriptTag + `
</body>
</html>
`))

func (s *Server) errorPage(w http.ResponseWriter, errs []string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusInternalServerError)
	errorPage.Execute(w, errs)
}

// events streams rebuild events to one page. It starts with the state of
// the latest build so that a page opened on a broken build shows the
// overlay at once.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	// The page says where it is (its location.pathname, percent-encoded
	// as in a request line), to be sent its new HTML with a reload.
	page, err := url.PathUnescape(r.URL.Query().Get("page"))
	if err != nil {
		page = ""
	}
	c := s.hub.join()
	defer s.hub.leave(c)
	first := event{name: "ok", data: "{}"}
	if snap := s.current.Load(); len(snap.errors) > 0 {
		first = errorsEvent(snap.problems)
	}
	writeEvent(w, first)
	flusher.Flush()
	ping := time.NewTicker(20 * time.Second)
	defer ping.Stop()
	for {
		select {
		case e, open := <-c.events:
			if !open {
				return
			}
			writeEvent(w, e.forPage(page))
			flusher.Flush()
		case <-ping.C:
			io.WriteString(w, ": ping\n\n")
			flusher.Flush()
		case <-r.Context().Done():
			return
		}
	}
}

func writeEvent(w io.Writer, e event) {
	fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data)
}
