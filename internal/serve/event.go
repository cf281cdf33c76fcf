package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/wazc/site/internal/build"
)

// How an open page takes in a rebuild, as the reload event tells it.
const (
	// morph: the page fetches its new HTML and updates the DOM in place
	// (reload.js), keeping scroll position, focus, form values, open
	// <details> and what its scripts added.
	modeMorph = "morph"
	// reload: the page's scripts changed, so the page must run them
	// afresh; it reloads, keeping its scroll position.
	modeReload = "reload"
)

// change is the data of a reload event.
type change struct {
	// Pages maps each changed page's path to how it updates.
	Pages map[string]string `json:"pages"`
	// Gone maps each page that no longer exists to the nearest page above
	// it, which the open page offers as a link.
	Gone map[string]string `json:"gone"`
	// Scripts lists the changed JavaScript files: a page that loads one
	// reloads.
	Scripts []string `json:"scripts"`
	// CSS says a stylesheet changed: pages swap their stylesheets.
	CSS bool `json:"css"`
}

// reloadEvent tells pages which of them changed and how to take the change
// in. prev is the build the pages show.
func reloadEvent(prev map[string][]byte, out *build.Outcome) (event, change) {
	c := change{Pages: map[string]string{}, Gone: map[string]string{}, Scripts: []string{}}
	for _, name := range out.Changed {
		switch path.Ext(name) {
		case ".html":
			mode := modeMorph
			if old, ok := prev[name]; ok && !bytes.Equal(scriptsOf(old), scriptsOf(out.Files[name])) {
				mode = modeReload
			}
			c.Pages[pagePath(name)] = mode
		case ".css":
			c.CSS = true
		case ".js", ".mjs":
			c.Scripts = append(c.Scripts, "/"+name)
		}
	}
	for _, name := range out.Removed {
		switch path.Ext(name) {
		case ".html":
			c.Gone[pagePath(name)] = parentPage(out.Files, name)
		case ".css":
			c.CSS = true
		}
	}
	sort.Strings(c.Scripts)
	data, _ := json.Marshal(c)
	return event{name: "reload", data: string(data), change: &c, files: out.Files}, c
}

// forPage is the event as the page at path p receives it: when the page
// is to morph, with its new HTML, which saves it a fetch (the HTML goes
// only to the pages it is for).
func (e event) forPage(p string) event {
	if e.change == nil || p == "" {
		return e
	}
	name, ok := FileName(p)
	if !ok || e.change.Pages[pagePath(name)] != modeMorph {
		return e
	}
	page, ok := e.files[name]
	if !ok {
		return e
	}
	data, _ := json.Marshal(struct {
		change
		HTML string `json:"html"`
	}{*e.change, string(inject(page))})
	return event{name: e.name, data: string(data)}
}

// summary says, for the log, how open pages take a change in.
func (c change) summary() string {
	var morph, reload []string
	for p, m := range c.Pages {
		if m == modeReload {
			reload = append(reload, p)
		} else {
			morph = append(morph, p)
		}
	}
	sort.Strings(reload)
	var parts []string
	if len(morph) > 0 {
		parts = append(parts, fmt.Sprintf("%d open %s updated in place", len(morph), plural(len(morph), "page", "pages")))
	}
	if len(reload) > 0 {
		parts = append(parts, fmt.Sprintf("full reload of %s (%s scripts changed)", list(reload), plural(len(reload), "its", "their")))
	}
	if len(c.Scripts) > 0 {
		parts = append(parts, fmt.Sprintf("full reload of pages that load %s", list(c.Scripts)))
	}
	var gone []string
	for p, parent := range c.Gone {
		gone = append(gone, p+" (open tabs link to "+parent+")")
	}
	sort.Strings(gone)
	if len(gone) > 0 {
		parts = append(parts, "gone: "+list(gone))
	}
	if c.CSS {
		parts = append(parts, "stylesheets swapped")
	}
	return strings.Join(parts, "; ")
}

func plural(n int, one, more string) string {
	if n == 1 {
		return one
	}
	return more
}

// list names up to three items.
func list(items []string) string {
	if len(items) > 3 {
		return strings.Join(items[:3], ", ") + fmt.Sprintf(" and %d more", len(items)-3)
	}
	return strings.Join(items, ", ")
}

// scriptRe finds script elements, which a morph would not run again.
var scriptRe = regexp.MustCompile(`(?is)<script\b[^>]*>.*?</script\s*>`)

// scriptsOf is the page's scripts, each src and inline text, in order.
func scriptsOf(page []byte) []byte {
	return bytes.Join(scriptRe.FindAll(page, -1), []byte{0})
}

// pagePath is the URL path of an HTML output file.
func pagePath(name string) string {
	return "/" + strings.TrimSuffix(name, "index.html")
}

// parentPage is the URL of the nearest page above a removed one that the
// build still has ("/" at the last).
func parentPage(files map[string][]byte, name string) string {
	dir := path.Dir(name)
	if path.Base(name) == "index.html" {
		dir = path.Dir(dir)
	}
	for ; dir != "." && dir != "/"; dir = path.Dir(dir) {
		if _, ok := files[dir+"/index.html"]; ok {
			return "/" + dir + "/"
		}
	}
	return "/"
}
