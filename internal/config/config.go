// Package config reads the site configuration, site.yaml at the root of a
// site: the base URL, the languages and how missing translations are handled,
// Markdown options, where readers report errors (contact, editURL) and
// free parameters for templates.
//
// Unknown keys are errors, so a typo never silently does nothing. Language
// codes are BCP 47 tags checked with golang.org/x/text/language; a language
// without a name gets its own name for itself, with its region or script
// ("Português (Brasil)"), from golang.org/x/text/language/display; when
// two tags have the same name (nb and no) each gets its tag after it
// ("Norsk bokmål (no)"). Two names given alike are an error.
//
// Languages are ordered as Hugo orders them: by weight, languages without
// one last, and in the order site.yaml lists them where weights are equal.
// Menus, the root chooser and reports follow that order, and without a
// defaultLanguage the first language is the default.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/wazc/site/internal/ferr"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"gopkg.in/yaml.v3"
)

// FileName is the configuration file's name at the site root.
const FileName = "site.yaml"

// Missing-translation modes.
const (
	Omit     = "omit"     // a page missing in a language does not exist there
	Fallback = "fallback" // the default language's page is published in its place
)

// Config is the decoded site.yaml.
type Config struct {
	BaseURL             string         `yaml:"baseURL"`
	Title               string         `yaml:"title"`
	DefaultLanguage     string         `yaml:"defaultLanguage"`
	DefaultLanguageRoot bool           `yaml:"defaultLanguageInRoot"`
	MissingTranslations string         `yaml:"missingTranslations"`
	Languages           []*Language    `yaml:"languages"`
	Markup              Markup         `yaml:"markup"`
	Params              map[string]any `yaml:"params"`
	// Search writes a search index per language for the layouts' search
	// box (see package search).
	Search bool `yaml:"search"`
	// Contact is where readers report errors, for the whole site; EditURL
	// a pattern for a per-page edit or report link (see EditLink).
	Contact string `yaml:"contact"`
	EditURL string `yaml:"editURL"`
	// Deploy names the object stores "site deploy" publishes to.
	Deploy Deploy `yaml:"deploy"`

	basePath, basePathOf string         // BasePath of the BaseURL basePathOf
	lines                map[string]int // line of each top-level key, for errors
	baseURLFromFlag      bool           // SetBaseURL was called

	// Path is where the configuration was read from, for error messages.
	Path string `yaml:"-"`
}

// Language is one of the site's languages.
type Language struct {
	Code        string `yaml:"code"`
	Name        string `yaml:"name"`
	Direction   string `yaml:"direction"`
	Weight      int    `yaml:"weight"`
	Title       string `yaml:"title"`
	Description string `yaml:"description"`

	// Tag is Code parsed.
	Tag language.Tag `yaml:"-"`
	// Prefix is the URL path every page of the language starts with: "/en/",
	// or "/" for the default language when it lives at the root.
	Prefix string `yaml:"-"`
	// Default reports whether this is the site's default language.
	Default bool `yaml:"-"`
	line    int
	named   bool // Name was made from Code, not given
}

// Markup holds the Markdown options.
type Markup struct {
	// Unsafe lets raw HTML in Markdown through. Off by default.
	Unsafe bool `yaml:"unsafe"`
	// Typographer turns straight quotes and dashes into typographic ones. On
	// by default; a page can turn it off with "typographer: false".
	Typographer *bool `yaml:"typographer"`
	// TOC lists the heading levels that go into a page's table of contents.
	TOCMin int `yaml:"tocMin"`
	TOCMax int `yaml:"tocMax"`
}

// Load reads and checks dir/site.yaml.
func Load(dir string) (*Config, error) {
	path := FileName
	data, err := os.ReadFile(dir + "/" + FileName)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, ferr.New(path, 0, "no site configuration: create %s at the site root", FileName)
		}
		return nil, ferr.New(path, 0, "%v", err)
	}
	return Parse(path, data)
}

// Parse decodes and checks a configuration. path is used in errors only.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path}
	dec := yaml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		err = ferr.YAML(path, 1, "", data, err)
		for _, e := range ferr.Errors(err) {
			if fe := (*ferr.FileError)(nil); errors.As(e, &fe) {
				msg := strings.Replace(fe.Err.Error(), "field ", "unknown key ", 1)
				fe.Err = errors.New(strings.Replace(msg, " not found in type config.", " in ", 1))
			}
		}
		return nil, err
	}
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root)
	setLines(c, &root)
	c.lines = keyLines(&root)
	setDeployLines(c, &root)
	if err := c.check(); err != nil {
		return nil, err
	}
	return c, nil
}

// setLines records where each language is defined, for later errors.
func setLines(c *Config, root *yaml.Node) {
	if len(root.Content) == 0 {
		return
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "languages" {
			for j, n := range m.Content[i+1].Content {
				if j < len(c.Languages) {
					c.Languages[j].line = n.Line
				}
			}
		}
	}
}

func (c *Config) check() error {
	var errs ferr.List
	if c.BaseURL == "" {
		c.BaseURL = "/"
	}
	if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "" && u.Host == "") {
		errs.Addf(c.Path, 0, "baseURL %q is not a URL", c.BaseURL)
	}
	if !strings.HasSuffix(c.BaseURL, "/") {
		c.BaseURL += "/"
	}
	c.basePath, c.basePathOf = basePath(c.BaseURL), c.BaseURL
	switch c.MissingTranslations {
	case "":
		c.MissingTranslations = Omit
	case Omit, Fallback:
	default:
		errs.Addf(c.Path, 0, "missingTranslations is %q: want %q or %q", c.MissingTranslations, Omit, Fallback)
	}
	if len(c.Languages) == 0 {
		c.Languages = []*Language{{Code: "en"}}
	}
	// As in Hugo: by weight, unweighted (0) last; a stable sort keeps
	// site.yaml's order among equal weights, where Hugo, whose languages
	// are a map, falls back to the codes.
	slices.SortStableFunc(c.Languages, func(a, b *Language) int {
		switch {
		case a.Weight == b.Weight:
			return 0
		case b.Weight == 0 || (a.Weight != 0 && a.Weight < b.Weight):
			return -1
		}
		return 1
	})
	if c.DefaultLanguage == "" {
		c.DefaultLanguage = c.Languages[0].Code
	}
	seen := map[string]bool{}
	var def *Language
	for _, l := range c.Languages {
		tag, err := language.Parse(l.Code)
		if err != nil || l.Code == "" {
			errs.Addf(c.Path, l.line, "language %q is not a valid BCP 47 tag", l.Code)
			continue
		}
		l.Tag = tag
		if seen[l.Code] {
			errs.Addf(c.Path, l.line, "language %q is listed twice", l.Code)
		}
		seen[l.Code] = true
		if l.Name == "" {
			l.named = true
			// In its own language, with its region or script: Self leaves
			// pt-BR "português", the name of pt too.
			l.Name = display.Tags(tag).Name(tag)
			if l.Name == "" {
				l.Name = l.Code
			}
			// CLDR gives names as used inside a sentence ("français"); a
			// language menu starts them with a capital, in their own casing.
			r, n := utf8.DecodeRuneInString(l.Name)
			l.Name = cases.Upper(tag).String(string(r)) + l.Name[n:]
		}
		switch l.Direction {
		case "":
			l.Direction = "ltr"
		case "ltr", "rtl":
		default:
			errs.Addf(c.Path, l.line, "language %q: direction is %q: want ltr or rtl", l.Code, l.Direction)
		}
		if l.Title == "" {
			l.Title = c.Title
		}
		if l.Code == c.DefaultLanguage {
			l.Default = true
			def = l
		}
		l.Prefix = "/" + l.Code + "/"
	}
	uniqueNames(c, &errs)
	if def == nil {
		errs.Addf(c.Path, 0, "defaultLanguage %q is not one of the languages", c.DefaultLanguage)
	} else if c.DefaultLanguageRoot {
		def.Prefix = "/"
	}
	c.checkDeploy(&errs)
	if c.Markup.Typographer == nil {
		t := true
		c.Markup.Typographer = &t
	}
	if c.Markup.TOCMin == 0 {
		c.Markup.TOCMin = 2
	}
	if c.Markup.TOCMax == 0 {
		c.Markup.TOCMax = 3
	}
	if c.Markup.TOCMin > c.Markup.TOCMax || c.Markup.TOCMin < 1 || c.Markup.TOCMax > 6 {
		errs.Addf(c.Path, 0, "markup: tocMin %d and tocMax %d must satisfy 1 <= tocMin <= tocMax <= 6", c.Markup.TOCMin, c.Markup.TOCMax)
	}
	c.checkFeedback(&errs, c.lines)
	return errs.Err()
}

// Language returns the language with the given code, or nil.
func (c *Config) Language(code string) *Language {
	for _, l := range c.Languages {
		if l.Code == code {
			return l
		}
	}
	return nil
}

// Default returns the default language.
func (c *Config) Default() *Language { return c.Language(c.DefaultLanguage) }

// AbsURL joins the base URL and a site path such as "/en/letter/".
func (c *Config) AbsURL(path string) string {
	return strings.TrimSuffix(c.BaseURL, "/") + "/" + strings.TrimPrefix(path, "/")
}

// BasePath is the path part of the base URL, for sites served from a
// sub-folder ("/docs/"); "/" otherwise.
func (c *Config) BasePath() string {
	if c.basePathOf == c.BaseURL && c.basePath != "" {
		return c.basePath // every page's URL asks: parse once
	}
	return basePath(c.BaseURL)
}

func basePath(baseURL string) string {
	u, err := url.Parse(baseURL)
	if err != nil || u.Path == "" {
		return "/"
	}
	return u.Path
}

// SetBaseURL replaces the base URL (a trailing slash is added).
func (c *Config) SetBaseURL(u string) {
	c.BaseURL = strings.TrimSuffix(u, "/") + "/"
	c.baseURLFromFlag = true
	c.basePath, c.basePathOf = basePath(c.BaseURL), c.BaseURL
}

// String is for debugging.
func (l *Language) String() string { return fmt.Sprintf("%s (%s)", l.Code, l.Name) }
