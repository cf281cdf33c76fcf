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
	"io/fs"
	"sort"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/ferr"
)

// Options change what Load includes.
type Options struct {
	Drafts bool   // include pages with draft: true
	Cache  *Cache // reuse pages parsed by an earlier Load; may be nil
	// Meta, when set, returns what front matter gave in an earlier run
	// (see Page.Meta), given its text and the site's typographer setting,
	// so that it need not be decoded again.
	Meta func(frontMatter []byte, typographer bool) (Meta, bool)
	// Known, when set, reports whether a file with this SHA-256 (of its
	// text, line endings normalised) was read without problems before:
	// it is then known to be UTF-8.
	Known func(sum [32]byte) bool
	// Unread, when set, is asked for each file, given its information
	// (size, time, inode), whether an earlier run parsed it as it is:
	// then the file is not read now, the page is made from that parse,
	// and its Body is nil until Source reads it (a build cache's warm
	// build renders few pages).
	Unread func(path string, info fs.FileInfo) (Parsed, bool)
}

// Parsed is what reading a file gave, for Options.Unread.
type Parsed struct {
	Meta        Meta
	FrontMatter string
	BodyLine    int
	Sum         [32]byte
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
	site.Static = l.static()
	l.plan(site)
	sort.Slice(l.warnings, func(i, j int) bool { return l.warnings[i].Error() < l.warnings[j].Error() })
	return site, l.warnings, errs.Err()
}

type loader struct {
	root     string
	cfg      *config.Config
	opts     Options
	errs     *ferr.List
	warnings []error
}
