package content

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// OutputKind says what makes a file of the output.
type OutputKind uint8

// The kinds of output files.
const (
	OutPage     OutputKind = iota // a page, through its layout
	OutAlias                      // a redirect to Page, at an old URL
	OutStatic                     // a file of static/ (renamed when fingerprinted)
	OutFeed                       // the Atom feed of Lang
	OutSitemap                    // sitemap.xml; on a large site the index of sitemap-N.xml
	OutRobots                     // robots.txt
	OutNotFound                   // 404.html
	OutChooser                    // the language chooser at /
)

// Output is one file of the plan that Load makes of a build's output.
type Output struct {
	Path string // slash path in the output folder: "en/letter/index.html"
	Kind OutputKind
	Page *Page     // for OutPage and OutAlias
	Lang *LangSite // for OutFeed
	By   string    // who claims the file, for errors: "static/x.css", "the en Atom feed"

	at   string // where a clash is reported
	line int
}

// Outputs is the plan of every file a full build writes, in the order
// they were claimed, except the files whose names depend on what is
// written: the parts of a sitemap over the protocol's limits, the search
// index and fingerprinted assets. The writers, the collision checks and
// the dev server's memory all read it.
func (s *Site) Outputs() []Output { return s.outputs }

// Claimed returns the planned output that a file name would clash with,
// compared as the collision check compares (ignoring case and Unicode
// form), for files named while writing, such as sitemap parts.
func (s *Site) Claimed(name string) (Output, bool) {
	i, ok := s.claims[claimKey(name)]
	if !ok {
		return Output{}, false
	}
	return s.outputs[i], true
}

// claimKey folds what case-insensitive file systems fold.
func claimKey(out string) string { return strings.ToLower(norm.NFC.String(out)) }

// plan lists every output file and reports two claims of one file, also
// when the file system ignores case.
func (l *loader) plan(s *Site) {
	s.claims = make(map[string]int, len(s.Pages)+len(s.Static)+8)
	claim := func(o Output) {
		key := claimKey(o.Path)
		if i, dup := s.claims[key]; dup {
			prev := s.outputs[i]
			what := "the same URL"
			if prev.Path != o.Path {
				what = fmt.Sprintf("a URL that differs only in case (%s)", prev.Path)
			}
			l.errs.Addf(o.at, o.line, "%s: %s as %s", o.Path, what, prev.By)
			return
		}
		s.claims[key] = len(s.outputs)
		s.outputs = append(s.outputs, o)
	}
	builder := "a file the builder writes"
	claim(Output{Path: "sitemap.xml", Kind: OutSitemap, By: builder, at: "content"})
	claim(Output{Path: "robots.txt", Kind: OutRobots, By: builder, at: "content"})
	claim(Output{Path: "404.html", Kind: OutNotFound, By: builder, at: "content"})
	if s.Config.Default().Prefix != "/" {
		claim(Output{Path: "index.html", Kind: OutChooser, By: "the language chooser at /", at: "content"})
	}
	for _, f := range s.Static {
		claim(Output{Path: f, Kind: OutStatic, By: "static/" + f, at: "static/" + f})
	}
	for _, ls := range s.Langs {
		if ls.FeedURL() != "" {
			claim(Output{Path: ls.FeedPath(), Kind: OutFeed, Lang: ls, By: "the " + ls.Lang.Code + " Atom feed", at: "content"})
		}
	}
	for _, p := range s.Pages {
		at := p.Path
		if at == "" {
			at = "content/" + p.Lang.Code + "/" + path.Dir(p.Rel)
		}
		if p.Fallback {
			at = "content/" + p.Lang.Code + "/" + p.Rel + " (fallback for " + p.Original.Path + ")"
		}
		line := 0
		if p.URLPath != "" {
			line = p.Line("url")
		} else if p.Slug != "" {
			line = p.Line("slug")
		}
		claim(Output{Path: p.OutPath, Kind: OutPage, Page: p, By: at, at: at, line: line})
	}
	for _, p := range s.Pages {
		if p.Fallback {
			continue
		}
		for _, a := range p.Aliases {
			u, err := aliasURL(p, a)
			if err != nil {
				l.errs.Addf(p.Path, p.Line("aliases"), "alias %q: %v", a, err)
				continue
			}
			out := OutPath(u)
			claim(Output{Path: out, Kind: OutAlias, Page: p, By: "an alias of " + p.Path, at: p.Path, line: p.Line("aliases")})
			s.Aliases = append(s.Aliases, Alias{URL: u, OutPath: out, Page: p})
		}
	}
	sort.Slice(s.Aliases, func(i, j int) bool { return s.Aliases[i].OutPath < s.Aliases[j].OutPath })
}
