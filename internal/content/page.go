package content

import (
	"io/fs"
	"sort"
	"time"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/frontmatter"
)

// Page kinds.
const (
	KindHome    = "home"
	KindSection = "section"
	KindPage    = "page"
)

// Page is one page of one language. The fields documented for templates
// form the data model of layouts (see package layout).
type Page struct {
	// Source
	Path     string // file path relative to the site root, "content/en/letter.md"; "" for an implicit section
	Digest   string // short digest of the file, see Digest
	Rel      string // path inside the language folder, "actions/legal-action.md"
	Body     []byte // Markdown after the front matter; nil when Load did not read the file (see Source)
	BodyLine int    // line of the file Body starts at

	// Front matter
	Title          string
	Description    string
	Weight         int
	Draft          bool
	Date           time.Time
	Slug           string
	URLPath        string // the url key
	TranslationKey string
	TranslationOf  string
	Layout         string
	Aliases        []string
	Typographer    bool
	Params         map[string]any

	// Derived by Load
	Kind     string
	Lang     *config.Language
	URL      string // site path, "/en/actions/legal-action/"
	OutPath  string // file to write, "en/actions/legal-action/index.html"
	Parent   *Page  // the section this page belongs to; nil for a home
	Children []*Page
	Prev     *Page // neighbours among the pages of the parent section
	Next     *Page
	// Translations holds the other languages' versions of this page, in
	// the order of the site's languages, fallback pages included.
	Translations []*Page
	// Fallback pages stand in for a missing translation in
	// "missingTranslations: fallback" mode: Original is the default
	// language's page whose content they show.
	Fallback bool
	Original *Page
	Site     *LangSite

	sum         [32]byte // SHA-256 of the file, see Sum
	info        fs.FileInfo
	unread      *unread // see Source
	key         string  // translation group
	frontMatter string
	// Computed once by Load: templates ask for them many times per page.
	permalink, relPermalink string
	changedBlocks           []int
}

// Sum is the SHA-256 of the page's source, of which Digest is the start:
// all that its Body, BodyLine and front matter are made from.
func (p *Page) Sum() [32]byte { return p.sum }

// IsHome, IsSection and IsPage tell the page's kind.
func (p *Page) IsHome() bool    { return p.Kind == KindHome }
func (p *Page) IsSection() bool { return p.Kind == KindSection }
func (p *Page) IsPage() bool    { return p.Kind == KindPage }

// Pages returns the regular pages among the children.
func (p *Page) Pages() []*Page {
	var out []*Page
	for _, c := range p.Children {
		if c.Kind == KindPage {
			out = append(out, c)
		}
	}
	return out
}

// Sections returns the sections among the children.
func (p *Page) Sections() []*Page {
	var out []*Page
	for _, c := range p.Children {
		if c.Kind == KindSection {
			out = append(out, c)
		}
	}
	return out
}

// Ancestors returns the sections above the page, the home first.
func (p *Page) Ancestors() []*Page {
	var out []*Page
	for a := p.Parent; a != nil; a = a.Parent {
		out = append([]*Page{a}, out...)
	}
	return out
}

// Translation returns the page's version in language code, or nil.
func (p *Page) Translation(code string) *Page {
	for _, t := range p.Translations {
		if t.Lang.Code == code {
			return t
		}
	}
	return nil
}

// ContentLang is the language the page's text is in: the original's for a
// fallback page.
func (p *Page) ContentLang() *config.Language {
	if p.Fallback {
		return p.Original.Lang
	}
	return p.Lang
}

// Line returns the line of a front-matter key, or 1. Lines are found when
// asked, mostly for errors, rather than kept for every page.
func (p *Page) Line(key string) int {
	if n := frontmatter.Line([]byte(p.frontMatter), key); n > 0 {
		return n
	}
	return 1
}

// LangSite is the site as seen from one language.
type LangSite struct {
	Lang  *config.Language
	Home  *Page
	Pages []*Page // every page of the language, in URL order
	All   *Site
}

// Sections returns the top-level sections of the language.
func (s *LangSite) Sections() []*Page { return s.Home.Sections() }

// FeedPath is where the language's Atom feed is written ("en/atom.xml").
func (s *LangSite) FeedPath() string { return OutPath(s.Lang.Prefix + "atom.xml") }

// Dated returns the language's pages that have a date and are not
// fallbacks, newest first: the entries of its feed.
func (s *LangSite) Dated() []*Page {
	var out []*Page
	for _, p := range s.Pages {
		if !p.Date.IsZero() && !p.Fallback {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Date.Equal(out[j].Date) {
			return out[i].Date.After(out[j].Date)
		}
		return out[i].URL < out[j].URL
	})
	return out
}

// FeedURL is the path of the language's Atom feed, with the base path, or
// "" when no page of the language has a date (there is no feed then).
func (s *LangSite) FeedURL() string {
	for _, p := range s.Pages {
		if !p.Date.IsZero() && !p.Fallback {
			return s.All.RelURL("/" + s.FeedPath())
		}
	}
	return ""
}

// Site is everything Load found.
type Site struct {
	Config *config.Config
	Langs  []*LangSite // in config order
	Pages  []*Page     // every page of every language, in URL order
	// Aliases maps each alias output path to the page it redirects to.
	Aliases []Alias
	// Static lists the files of static/, relative to it, sorted.
	Static []string

	byLangRel map[string]map[string]*Page
	byURL     map[string]*Page
	outputs   []Output       // see Outputs
	claims    map[string]int // claimKey → index in outputs
}

// Alias is an old URL that redirects to a page.
type Alias struct {
	URL     string
	OutPath string
	Page    *Page
}

// Lang returns the language site for code, or nil.
func (s *Site) Lang(code string) *LangSite {
	for _, l := range s.Langs {
		if l.Lang.Code == code {
			return l
		}
	}
	return nil
}

// Lookup finds a page by language and path inside the language folder
// ("actions/legal-action.md").
func (s *Site) Lookup(lang, rel string) *Page { return s.byLangRel[lang][rel] }

// ByURL finds a page by its site path.
func (s *Site) ByURL(url string) *Page { return s.byURL[url] }
