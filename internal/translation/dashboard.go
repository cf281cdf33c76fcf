package translation

import (
	"bytes"
	_ "embed"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/translation/blocks"
)

// DashboardPath is where the dev server serves the dashboard.
const DashboardPath = "/__site/i18n"

//go:embed dashboard.html
var dashboardHTML string

//go:embed dashboard.js
var dashboardJS []byte

var dashboardTmpl = template.Must(template.New("dashboard").Parse(dashboardHTML))

// Dashboard serves the translation dashboard of the site that opts load:
// every page in every language with its status and links to each version,
// and for each stale translation the original's changed blocks, old and
// new with changed words marked, beside the translation's block made from
// the old text. It loads the site from disk on every request, so it shows
// the files as saved, and its script listens to the dev server's event
// stream (/__site/events) and fetches the page again after each rebuild.
//
// The page shows drafts and file paths, which no other site may read or
// frame: it is served only under the dev server's /__site/, whose guard
// refuses foreign hosts and cross-site requests, and it forbids framing.
func Dashboard(opts build.Options) http.Handler {
	return &dashboard{opts: opts}
}

type dashboard struct {
	opts build.Options
}

func (d *dashboard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case DashboardPath, DashboardPath + "/":
	case DashboardPath + "/live.js":
		h.Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write(dashboardJS)
		return
	default:
		http.NotFound(w, r)
		return
	}
	var buf bytes.Buffer
	if err := dashboardTmpl.Execute(&buf, d.view()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h.Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

type dashView struct {
	Error     string
	Languages []string
	Rows      []dashRow
	Stale     []dashStale
	Totals    []dashTotal
}

type dashRow struct {
	Page  string
	Cells []dashCell
}

type dashCell struct {
	Lang, Status, Detail, URL, Anchor string
}

type dashTotal struct {
	Status string
	Counts []int
}

type dashStale struct {
	Anchor, Lang, Title        string
	Path, URL                  string
	Original, OriginalURL, Rev string
	Summary, Unknown           string
	Edits                      []dashEdit
}

type dashEdit struct {
	What, Kind, Where string
	Old, New          template.HTML
	Translation       string
	TranslationWhere  string
}

func (d *dashboard) view() *dashView {
	v := &dashView{}
	site, _, err := build.Load(build.Options{Source: d.opts.Source, Drafts: d.opts.Drafts})
	if site == nil {
		v.Error = err.Error()
		return v
	}
	hist := NewHistory(d.opts.Source)
	rep := Status(site)
	v.Languages = rep.Languages
	for _, st := range []string{content.StatusOriginal, content.StatusOK, content.StatusStale, content.StatusUnmarked, content.StatusMissing} {
		t := dashTotal{Status: st}
		any := false
		for _, l := range rep.Languages {
			t.Counts = append(t.Counts, rep.Totals[l][st])
			any = any || rep.Totals[l][st] > 0
		}
		if any {
			v.Totals = append(v.Totals, t)
		}
	}
	def := site.Config.DefaultLanguage
	for _, row := range rep.Rows {
		dr := dashRow{Page: row.Page}
		o := site.Lookup(def, row.Page)
		for _, l := range rep.Languages {
			c := dashCell{Lang: l, Status: row.Status[l]}
			var p *content.Page
			if o != nil {
				if l == def {
					p = o
				} else {
					p = o.Translation(l)
				}
			}
			if p != nil && p.Path != "" {
				c.URL = p.URL
			}
			if c.Status == content.StatusStale && p != nil {
				c.Anchor = "stale-" + l + "-" + strings.NewReplacer("/", "-", ".", "-").Replace(row.Page)
				ch := Compare(p, hist)
				v.Stale = append(v.Stale, staleView(c.Anchor, ch))
				if ch.Known() {
					n, total := ch.Count()
					c.Detail = Count{n, total}.String()
				}
			}
			dr.Cells = append(dr.Cells, c)
		}
		v.Rows = append(v.Rows, dr)
	}
	return v
}

func staleView(anchor string, c *Change) dashStale {
	t, o := c.Translation, c.Original
	s := dashStale{Anchor: anchor, Lang: t.Lang.Code, Title: o.Title, Path: t.Path, URL: t.URL, Original: o.Path, OriginalURL: o.URL, Rev: c.Rev, Unknown: c.Unknown}
	if len(s.Rev) > 12 {
		s.Rev = s.Rev[:12]
	}
	if !c.Known() {
		return s
	}
	n, total := c.Count()
	s.Summary = Count{n, total}.String()
	for _, e := range c.Edits() {
		de := dashEdit{What: e.What}
		if e.New != nil {
			de.Kind, de.Where = e.New.Kind, o.Path+":"+strconv.Itoa(FileLine(o, e.New))
		} else {
			de.Kind = e.Old.Kind
		}
		switch {
		case e.Old != nil && e.New != nil && e.Old.Text != "":
			op, np := blocks.Words(e.Old.Text, e.New.Text)
			de.Old, de.New = marked(op), marked(np)
		case e.New != nil:
			de.New = marked([]blocks.Part{{Text: e.New.Text, Ins: e.Old == nil}})
		case e.Old != nil && e.Old.Text != "":
			de.Old = marked([]blocks.Part{{Text: e.Old.Text, Del: true}})
		}
		if e.Translation != nil {
			de.Translation = e.Translation.Text
			de.TranslationWhere = t.Path + ":" + strconv.Itoa(FileLine(t, e.Translation))
		}
		s.Edits = append(s.Edits, de)
	}
	return s
}

// marked is the parts as HTML, changed words in <del> and <ins>.
func marked(parts []blocks.Part) template.HTML {
	var b strings.Builder
	for _, p := range parts {
		t := template.HTMLEscapeString(p.Text)
		switch {
		case p.Del:
			b.WriteString("<del>" + t + "</del>")
		case p.Ins:
			b.WriteString("<ins>" + t + "</ins>")
		default:
			b.WriteString(t)
		}
	}
	return template.HTML(b.String())
}
