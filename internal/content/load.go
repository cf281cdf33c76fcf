// Package content loads a site's pages: it walks content/, reads each file's
// front matter, gives every page its URL, puts pages in their sections and
// links translations. It is the first stage of the pipeline; the render
// stage turns what it returns into files.
//
// # Pages and URLs
//
// Every content/<lang>/**/*.md is a page of language <lang>, which must be
// one of the languages of site.yaml. A folder's _index.md is the section's
// own page; content/<lang>/_index.md is the language's home. A folder
// without _index.md is still a section, titled after the folder. Pages get
// pretty URLs from their path: content/en/actions/legal-action.md is
// /en/actions/legal-action/, written to en/actions/legal-action/index.html.
// The default language can live at the root (defaultLanguageInRoot).
// Page.URL is the unescaped site path ("/en/common/%/" for common/%.md);
// every URL written out is percent-encoded per RFC 3986 by EscapePath
// ("/en/common/%25/"), and the output folder is named as the file. Only
// control characters are refused in file names; two names that differ only
// in case or Unicode form are one URL, an error.
//
// # Front matter
//
// A page starts with YAML between --- lines. Known keys: title (required),
// description, weight, draft, date (YYYY-MM-DD or RFC 3339), slug (replaces
// the URL's last segment), url (the whole URL path, from the site root),
// translationKey, translationOf, layout, aliases (old URLs, from the site
// root or relative to the language's home, that redirect to the page), and
// typographer (false keeps quotes and dashes as typed). Other keys are
// params for templates. A key of the wrong type is an error at its line.
// Front matter is read with goldmark-meta; text keys keep a scalar as
// written ("title: Yes" is the text "Yes", not a boolean), top-level
// parameters are booleans only when written true or false (as in site.yaml,
// which yaml.v3 reads), a key given twice and an empty translationKey are
// errors.
//
// # Order
//
// Sections list their children by weight (pages without a weight last), then
// by title in the language's collation order, then by path.
//
// # Translations
//
// Pages with the same path in different language folders are translations
// of each other, unless they set translationKey: then pages with the same
// key are. With missingTranslations: fallback, a page missing in a language
// is published there with the default language's content.
//
// # Links
//
// Links to .md files, relative to the page or, with a leading slash, to
// content/ ("/en/letter.md"), are resolved by Site.Resolve.
package content

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/unicode/norm"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/ferr"
)

// Options change what Load includes.
type Options struct {
	Drafts bool   // include pages with draft: true
	Cache  *Cache // reuse pages parsed by an earlier Load; may be nil
}

// Load reads the site at root (the folder with site.yaml, content/,
// layouts/ and static/). Problems are returned together as a ferr.List.
// Warnings are problems that do not stop a build.
func Load(root string, cfg *config.Config, opts Options) (site *Site, warnings []error, err error) {
	var errs ferr.List
	l := &loader{root: root, cfg: cfg, opts: opts, errs: &errs}
	files := l.listing()
	pages := l.read(files)
	site = l.assemble(pages)
	site.parsed = l.parsed
	site.Static = l.static()
	l.claimOutputs(site)
	sort.Slice(l.warnings, func(i, j int) bool { return l.warnings[i].Error() < l.warnings[j].Error() })
	return site, l.warnings, errs.Err()
}

type loader struct {
	root     string
	cfg      *config.Config
	opts     Options
	errs     *ferr.List
	warnings []error
	parsed   int
}

// Ignored reports whether a file name is an editor's temporary, swap or
// backup file, or hidden. The dev server's watcher uses the same rule.
func Ignored(name string) bool {
	switch {
	case strings.HasPrefix(name, "."),
		strings.HasSuffix(name, "~"),
		strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"),
		strings.HasSuffix(name, ".tmp"),
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"),
		name == "4913",
		strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"):
		return true
	}
	return false
}

type file struct {
	lang *config.Language
	rel  string // slash path inside the language folder, NFC
	path string // slash path from the site root, for errors
	abs  string
	info fs.FileInfo
}

// listing walks content/, or reuses the cache's last walk when it still
// holds.
func (l *loader) listing() []file {
	c := l.opts.Cache
	if c != nil {
		c.mu.Lock()
		listed, files := c.listed, c.listing
		c.mu.Unlock()
		if listed {
			out := make([]file, len(files))
			for i, f := range files {
				out[i] = f
				out[i].info = nil
				out[i].lang = l.cfg.Language(f.lang.Code)
			}
			return out
		}
	}
	before := len(*l.errs)
	files := l.walk()
	if c != nil && len(*l.errs) == before && len(l.warnings) == 0 {
		c.mu.Lock()
		c.listing, c.listed = files, true
		c.mu.Unlock()
	}
	return files
}

func (l *loader) walk() []file {
	contentDir := filepath.Join(l.root, "content")
	entries, err := os.ReadDir(contentDir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.errs.Addf("content", 0, "%v", err)
		}
		return nil
	}
	var files []file
	for _, e := range entries {
		name := e.Name()
		if Ignored(name) {
			continue
		}
		if e.Type()&fs.ModeSymlink != 0 {
			l.warnings = append(l.warnings, ferr.New("content/"+name, 0, "symbolic link not followed"))
			continue
		}
		if !e.IsDir() {
			l.warnings = append(l.warnings, ferr.New("content/"+name, 0, "ignored: pages live in content/<language>/"))
			continue
		}
		lang := l.cfg.Language(name)
		if lang == nil {
			l.errs.Addf("content/"+name, 0, "folder for language %q, which is not in %s (languages: %s)", name, config.FileName, l.codes())
			continue
		}
		base := filepath.Join(contentDir, name)
		err := filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
			rel, _ := filepath.Rel(base, p)
			rel = filepath.ToSlash(rel)
			shown := "content/" + name + "/" + rel
			if err != nil {
				l.errs.Addf(shown, 0, "%v", unwrapPathErr(err))
				return nil
			}
			if p == base {
				return nil
			}
			if Ignored(d.Name()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				l.warnings = append(l.warnings, ferr.New(shown, 0, "symbolic link not followed"))
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() {
				// A named pipe or device would block or never end.
				l.warnings = append(l.warnings, ferr.New(shown, 0, "ignored: not a regular file"))
				return nil
			}
			if !strings.HasSuffix(d.Name(), ".md") {
				l.warnings = append(l.warnings, ferr.New(shown, 0, "ignored: not a Markdown page (files to copy as they are go in static/)"))
				return nil
			}
			var info fs.FileInfo
			if l.opts.Cache != nil {
				info, _ = d.Info()
			}
			files = append(files, file{lang: lang, rel: norm.NFC.String(rel), path: shown, abs: p, info: info})
			return nil
		})
		if err != nil {
			l.errs.Addf("content/"+name, 0, "%v", err)
		}
	}
	return files
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (l *loader) codes() string {
	var c []string
	for _, lang := range l.cfg.Languages {
		c = append(c, lang.Code)
	}
	return strings.Join(c, ", ")
}

// read reads and decodes every file on all cores, with two readers per
// core: a reader waiting for the kernel (a read, a page fault on fresh
// memory) leaves its core to the other. Measured on 4 x 1,000 pages,
// loading took 15% less time than with one reader per core; more did not
// help.
func (l *loader) read(files []file) []*Page {
	pages := make([]*Page, len(files))
	errs := make([]ferr.List, len(files))
	var wg sync.WaitGroup
	var parsed atomic.Int64
	next := make(chan int)
	for w := 0; w < 2*runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f := files[i]
				if p, ok := l.opts.Cache.get(f.path, f.info); ok {
					p.Lang = f.lang // the configuration may have been read again
					pages[i] = p
					continue
				}
				parsed.Add(1)
				if f.info == nil && l.opts.Cache != nil {
					f.info, _ = os.Lstat(f.abs)
				}
				pages[i] = l.readOne(f, &errs[i])
				if errs[i].Err() == nil {
					l.opts.Cache.put(f.path, f.info, pages[i])
				}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	l.parsed = int(parsed.Load())
	var out []*Page
	for i, p := range pages {
		l.errs.Add(errs[i].Err())
		if p == nil {
			continue
		}
		if p.Draft && !l.opts.Drafts {
			continue
		}
		out = append(out, p)
	}
	return out
}

// readOne reads one page. A page with problems is still returned (titled
// after its file when need be) so that links to it resolve and the build
// reports only its real problems; the build fails on them anyway.
func (l *loader) readOne(f file, errs *ferr.List) *Page {
	p := &Page{Path: f.path, Rel: f.rel, Lang: f.lang, Kind: KindPage, Params: map[string]any{},
		Title: strings.TrimSuffix(path.Base(f.rel), ".md"), Typographer: *l.cfg.Markup.Typographer}
	switch {
	case p.Rel == "_index.md":
		p.Kind = KindHome
	case path.Base(p.Rel) == "_index.md":
		p.Kind = KindSection
	}
	src, err := readFile(f.abs)
	if err != nil {
		errs.Addf(f.path, 0, "cannot read: %v", unwrapPathErr(err))
		return p
	}
	src = Normalize(src)
	if !utf8.Valid(src) {
		bad := 0
		for bad < len(src) {
			r, n := utf8.DecodeRune(src[bad:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			bad += n
		}
		errs.Addf(f.path, 1+bytes.Count(src[:bad], []byte{'\n'}), "invalid UTF-8: pages must be UTF-8 text")
		return p
	}
	p.Digest = Digest(src)
	fm, body, bodyLine, err := Split(f.path, src)
	if err != nil {
		errs.Add(err)
		return p
	}
	p.Body, p.BodyLine, p.frontMatter = body, bodyLine, string(fm)
	m, err := decode(f.path, fm)
	if err != nil {
		errs.Add(err)
		return p
	}
	fallbackTitle := p.Title
	p.Title = ""
	p.apply(m, errs)
	if p.Title == "" {
		p.Title = fallbackTitle
	}
	return p
}

// Normalize turns CRLF and CR line endings into LF and drops a UTF-8 byte
// order mark, so that lines count the same whatever the editor saved.
func Normalize(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
}

// assemble gives pages their URLs, sections and translations.
func (l *loader) assemble(pages []*Page) *Site {
	// Maps are made at their final size: the dev server assembles the
	// site again after every edit, and growing them took a third of that.
	s := &Site{Config: l.cfg, byLangRel: map[string]map[string]*Page{}, byURL: make(map[string]*Page, len(pages)*5/4)}
	for _, lang := range l.cfg.Languages {
		s.byLangRel[lang.Code] = make(map[string]*Page, len(pages)/len(l.cfg.Languages)+1)
	}
	for _, p := range pages {
		s.byLangRel[p.Lang.Code][p.Rel] = p
	}
	l.group(s, pages)
	if l.cfg.MissingTranslations == config.Fallback {
		pages = append(pages, l.fallbacks(s, pages)...)
	}
	pages = append(pages, l.implicitSections(s, pages)...)
	for _, p := range pages {
		l.setURL(p)
	}
	for _, lang := range l.cfg.Languages {
		ls := &LangSite{Lang: lang, All: s}
		s.Langs = append(s.Langs, ls)
	}
	for _, p := range pages {
		p.Site = s.Lang(p.Lang.Code)
		if p.Kind == KindHome {
			p.Site.Home = p
		}
	}
	for _, p := range pages {
		if p.Kind == KindHome {
			continue
		}
		parent := s.byLangRel[p.Lang.Code][sectionOf(p.Rel)]
		p.Parent = parent
		parent.Children = append(parent.Children, p)
	}
	for _, ls := range s.Langs {
		c := collate.New(ls.Lang.Tag)
		for _, p := range pages {
			if p.Lang == ls.Lang {
				ls.Pages = append(ls.Pages, p)
				sortPages(c, p.Children)
				list := p.Pages()
				for i, q := range list {
					if i > 0 {
						q.Prev = list[i-1]
					}
					if i+1 < len(list) {
						q.Next = list[i+1]
					}
				}
			}
		}
		sort.Slice(ls.Pages, func(i, j int) bool { return ls.Pages[i].URL < ls.Pages[j].URL })
		s.Pages = append(s.Pages, ls.Pages...)
	}
	l.linkTranslations(s)
	countChanged(s)
	return s
}

// sectionOf is the _index.md of the section that holds rel.
func sectionOf(rel string) string {
	dir := path.Dir(rel)
	if path.Base(rel) == "_index.md" {
		dir = path.Dir(dir)
	}
	if dir == "." {
		return "_index.md"
	}
	return dir + "/_index.md"
}

func sortPages(c *collate.Collator, ps []*Page) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Weight != b.Weight {
			if a.Weight == 0 || b.Weight == 0 {
				return b.Weight == 0
			}
			return a.Weight < b.Weight
		}
		if r := c.CompareString(a.Title, b.Title); r != 0 {
			return r < 0
		}
		return a.Rel < b.Rel
	})
}

// langKey is a translation key in one language.
type langKey struct{ lang, key string }

// group sets each page's translation key and reports two pages of one
// language that claim the same one.
func (l *loader) group(s *Site, pages []*Page) {
	seen := make(map[langKey]*Page, len(pages))
	for _, p := range pages {
		p.key = "path:" + p.Rel
		if p.TranslationKey != "" {
			p.key = "key:" + p.TranslationKey
		}
		k := langKey{p.Lang.Code, p.key}
		if q, dup := seen[k]; dup {
			if p.TranslationKey == "" {
				// Two files whose names differ only in Unicode form (NFC
				// and NFD): the URL clash reports them.
				continue
			}
			a, b := q, p
			if b.Path < a.Path {
				a, b = b, a
			}
			l.errs.Addf(b.Path, b.Line("translationKey"), "translationKey %q is also used by %s: one language can have only one page per key", b.TranslationKey, a.Path)
			continue
		}
		seen[k] = p
	}
}

// fallbacks makes stand-ins for the default language's pages that another
// language lacks.
func (l *loader) fallbacks(s *Site, pages []*Page) []*Page {
	have := make(map[langKey]bool, len(pages))
	for _, p := range pages {
		have[langKey{p.Lang.Code, p.key}] = true
	}
	def := l.cfg.Default()
	var out []*Page
	for _, p := range pages {
		if p.Lang != def {
			continue
		}
		for _, lang := range l.cfg.Languages {
			if lang == def || have[langKey{lang.Code, p.key}] || s.byLangRel[lang.Code][p.Rel] != nil {
				continue
			}
			f := *p
			f.Lang, f.Fallback, f.Original = lang, true, p
			f.URLPath, f.Aliases, f.Children = "", nil, nil
			s.byLangRel[lang.Code][f.Rel] = &f
			out = append(out, &f)
		}
	}
	return out
}

// implicitSections makes a page for every folder and home that holds pages
// but has no _index.md.
func (l *loader) implicitSections(s *Site, pages []*Page) []*Page {
	var out []*Page
	for _, p := range pages {
		for rel := p.Rel; rel != "_index.md"; {
			rel = sectionOf(rel)
			if s.byLangRel[p.Lang.Code][rel] != nil {
				break
			}
			q := &Page{Rel: rel, Lang: p.Lang, Kind: KindSection, Params: map[string]any{}, Typographer: true}
			if rel == "_index.md" {
				q.Kind = KindHome
				q.Title = p.Lang.Title
				if q.Title == "" {
					q.Title = p.Lang.Name
				}
			} else {
				q.Title = Humanize(path.Base(path.Dir(rel)))
			}
			q.key = "path:" + rel
			s.byLangRel[p.Lang.Code][rel] = q
			out = append(out, q)
		}
	}
	// A language with no pages at all still gets a home, so that language
	// switchers have somewhere to go.
	for _, lang := range l.cfg.Languages {
		if s.byLangRel[lang.Code]["_index.md"] == nil {
			q := &Page{Rel: "_index.md", Lang: lang, Kind: KindHome, Title: lang.Title, Params: map[string]any{}, key: "path:_index.md"}
			if q.Title == "" {
				q.Title = lang.Name
			}
			s.byLangRel[lang.Code]["_index.md"] = q
			out = append(out, q)
		}
	}
	return out
}

// Humanize makes a title from a file or folder name: "legal-action" is
// "Legal action".
func Humanize(name string) string {
	name = strings.NewReplacer("-", " ", "_", " ").Replace(name)
	r, n := utf8.DecodeRuneInString(name)
	return strings.ToUpper(string(r)) + name[n:]
}

func (l *loader) linkTranslations(s *Site) {
	groups := make(map[string][]*Page, len(s.Pages)/len(l.cfg.Languages)+1)
	var keys []string
	for _, p := range s.Pages {
		if _, ok := groups[p.key]; !ok {
			keys = append(keys, p.key)
		}
		groups[p.key] = append(groups[p.key], p)
	}
	order := map[string]int{}
	for i, lang := range l.cfg.Languages {
		order[lang.Code] = i
	}
	for _, k := range keys {
		g := groups[k]
		sort.SliceStable(g, func(i, j int) bool { return order[g[i].Lang.Code] < order[g[j].Lang.Code] })
		for _, p := range g {
			for _, q := range g {
				if q != p && q.Lang != p.Lang {
					p.Translations = append(p.Translations, q)
				}
			}
		}
	}
}

// setURL computes the page's URL and output file.
func (l *loader) setURL(p *Page) {
	if p.URLPath != "" {
		u, err := CleanURL(p.URLPath)
		if err != nil {
			l.errs.Addf(p.Path, p.Line("url"), "url %q: %v", p.URLPath, err)
			u = "/" + p.Lang.Code + "/" + strings.TrimSuffix(p.Rel, ".md") + "/"
		}
		p.URL = u
		p.OutPath = OutPath(u)
		return
	}
	if err := checkFileName(p.Rel); err != nil && p.Path != "" && !p.Fallback {
		l.errs.Addf(p.Path, 0, "the file name %v: rename the file, or give the page a slug", err)
	}
	dir := path.Dir(p.Rel)
	var segs []string
	if dir != "." {
		segs = strings.Split(dir, "/")
	}
	if p.Kind == KindPage {
		segs = append(segs, strings.TrimSuffix(path.Base(p.Rel), ".md"))
	}
	if p.Slug != "" {
		if err := checkSlug(p.Slug); err != nil {
			l.errs.Addf(p.Path, p.Line("slug"), "slug %q: %v", p.Slug, err)
		} else if len(segs) > 0 {
			segs[len(segs)-1] = p.Slug
		}
	}
	u := p.Lang.Prefix
	if len(segs) > 0 {
		u += strings.Join(segs, "/") + "/"
	}
	p.URL = u
	p.OutPath = OutPath(u)
}

// claimOutputs checks that no two pages, aliases or static files write the
// same file, also when the file system ignores case.
func (l *loader) claimOutputs(s *Site) {
	type claim struct{ out, by string }
	owners := make(map[string]claim, len(s.Pages)+len(s.Static)+8)
	claimOut := func(out, by, at string, line int) {
		key := strings.ToLower(norm.NFC.String(out))
		if prev, dup := owners[key]; dup {
			what := "the same URL"
			if prev.out != out {
				what = fmt.Sprintf("a URL that differs only in case (%s)", prev.out)
			}
			l.errs.Addf(at, line, "%s: %s as %s", out, what, prev.by)
			return
		}
		owners[key] = claim{out, by}
	}
	for _, name := range []string{"sitemap.xml", "robots.txt", "404.html"} {
		claimOut(name, "a file the builder writes", "content", 0)
	}
	if s.Config.Default().Prefix != "/" {
		claimOut("index.html", "the language chooser at /", "content", 0)
	}
	for _, f := range s.Static {
		claimOut(f, "static/"+f, "static/"+f, 0)
	}
	for _, ls := range s.Langs {
		if ls.FeedURL() != "" {
			claimOut(ls.FeedPath(), "the "+ls.Lang.Code+" Atom feed", "content", 0)
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
		claimOut(p.OutPath, at, at, line)
		s.byURL[p.URL] = p
		p.permalink = s.Config.AbsURL(EscapePath(p.URL))
		p.relPermalink = s.RelURL(EscapePath(p.URL))
	}
	for _, p := range s.Pages {
		if p.Fallback {
			continue
		}
		for _, a := range p.Aliases {
			u := a
			if !strings.HasPrefix(u, "/") {
				u = p.Lang.Prefix + u
			}
			u, err := CleanURL(u)
			if err != nil {
				l.errs.Addf(p.Path, p.Line("aliases"), "alias %q: %v", a, err)
				continue
			}
			out := OutPath(u)
			claimOut(out, "an alias of "+p.Path, p.Path, p.Line("aliases"))
			s.Aliases = append(s.Aliases, Alias{URL: u, OutPath: out, Page: p})
		}
	}
	sort.Slice(s.Aliases, func(i, j int) bool { return s.Aliases[i].OutPath < s.Aliases[j].OutPath })
}

// static lists static/.
func (l *loader) static() []string {
	base := filepath.Join(l.root, "static")
	var out []string
	_ = filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(base, p)
		rel = filepath.ToSlash(rel)
		if err != nil {
			if p != base || !errors.Is(err, fs.ErrNotExist) {
				l.errs.Addf("static/"+rel, 0, "%v", unwrapPathErr(err))
			}
			return nil
		}
		if p == base {
			return nil
		}
		if Ignored(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			l.warnings = append(l.warnings, ferr.New("static/"+rel, 0, "symbolic link not followed"))
			return nil
		}
		if !d.IsDir() {
			if !d.Type().IsRegular() {
				l.warnings = append(l.warnings, ferr.New("static/"+rel, 0, "ignored: not a regular file"))
				return nil
			}
			out = append(out, rel)
		}
		return nil
	})
	sort.Strings(out)
	return out
}
