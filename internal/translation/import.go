package translation

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/frontmatter"
	"github.com/wazc/site/internal/translation/blocks"
	"github.com/wazc/site/internal/translation/po"
	"github.com/wazc/site/internal/translation/xliff"
)

// Imported is what Import wrote and what it left.
type Imported struct {
	Written []string // files written
	Skipped []string // "content/fr/x.md: 3 of 20 units not translated"
}

// Import writes the translations in a filled-in PO or XLIFF file (told
// apart by their content) into the language the file names (the PO
// header's Language, XLIFF's trgLang). A page is written only when every
// unit of it is translated and not fuzzy (PO) or in state translated,
// reviewed or final (XLIFF); others are skipped and told. A written page
// is its translation's file (or content/LANG/PAGE when there is none,
// with the original's front matter) with title and description set, its
// body the original's with each block's text replaced — markers, blank
// lines, attributes and code as in the original — and marked current
// (translationOf, translationBlocks).
//
// Each unit is checked: its page and block exist, its source is the
// original's text now (else the file is older than the original: export
// again), a heading, title, term or table row stays on one line with as
// many cells, and the translation keeps the source's link targets, code
// spans and footnote references, and the page's block structure. Any
// problem is an error at the file's line, all are reported, and then
// nothing is written.
func Import(root string, site *content.Site, hist *History, name string, data []byte) (*Imported, error) {
	lang, units, err := readUnits(name, data)
	if err != nil {
		return nil, err
	}
	var errs ferr.List
	l := site.Config.Language(lang)
	if l == nil || l.Default {
		return nil, ferr.New(name, 1, "the file is for language %q, which is not a translation language of site.yaml", lang)
	}
	def := site.Config.DefaultLanguage
	byPage := map[string][]*unit{}
	var order []string
	for _, u := range units {
		if byPage[u.Page] == nil {
			order = append(order, u.Page)
		}
		byPage[u.Page] = append(byPage[u.Page], u)
	}
	sort.Strings(order)
	res := &Imported{}
	type write struct {
		file string
		data []byte
	}
	var writes []write
	for _, rel := range order {
		us := byPage[rel]
		o := site.Lookup(def, rel)
		if o == nil || o.Path == "" || o.Fallback {
			errs.Addf(name, us[0].Line, "%s: no such page in %s", us[0].key(), def)
			continue
		}
		path, out, missing, err := compose(root, o, lang, name, us, hist)
		if err != nil {
			errs.Add(err)
			continue
		}
		if missing > 0 {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s: %d of %d units not translated yet", path, missing, len(us)))
			continue
		}
		writes = append(writes, write{path, out})
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for _, w := range writes {
		file := filepath.Join(root, filepath.FromSlash(w.file))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return res, err
		}
		if err := os.WriteFile(file, w.data, 0o644); err != nil {
			return res, err
		}
		res.Written = append(res.Written, w.file)
	}
	return res, nil
}

// readUnits reads the units of a PO or XLIFF file and the language it is
// for.
func readUnits(name string, data []byte) (string, []*unit, error) {
	var units []*unit
	var errs ferr.List
	split := func(key string, line int) (string, string, bool) {
		i := strings.LastIndex(key, "#")
		if i <= 0 {
			errs.Addf(name, line, "%q is not a block of a page (PAGE#ID)", key)
			return "", "", false
		}
		return key[:i], key[i+1:], true
	}
	if bytes.Contains(data[:min(len(data), 512)], []byte("<xliff")) {
		doc, err := xliff.Parse(name, data)
		if err != nil {
			return "", nil, err
		}
		for _, f := range doc.Files {
			for _, xu := range f.Units {
				page, id, ok := split(xu.Name, xu.Line)
				if !ok {
					continue
				}
				u := &unit{Page: page, ID: id, Line: xu.Line}
				var err error
				if u.Source, err = xu.Segment.Source.String(); err != nil {
					errs.Addf(name, xu.Line, "%s: source: %v", xu.Name, err)
				}
				if xu.Segment.Target != nil {
					if u.Target, err = xu.Segment.Target.String(); err != nil {
						errs.Addf(name, xu.Line, "%s: target: %v", xu.Name, err)
					}
				}
				switch xu.Segment.State {
				case "", "initial":
					u.Fuzzy = true
				case "translated", "reviewed", "final":
				default:
					errs.Addf(name, xu.Line, "%s: unknown state %q", xu.Name, xu.Segment.State)
				}
				units = append(units, u)
			}
		}
		return doc.TrgLang, units, errs.Err()
	}
	f, err := po.Parse(name, data)
	if err != nil {
		return "", nil, err
	}
	for _, e := range f.Entries {
		page, id, ok := split(e.Ctxt, e.Line)
		if !ok {
			continue
		}
		units = append(units, &unit{Page: page, ID: id, Source: e.ID, Target: e.Str, Fuzzy: e.Fuzzy(), Line: e.Line})
	}
	lang := f.Get("Language")
	if lang == "" {
		errs.Addf(name, 1, "the header names no Language")
	}
	return lang, units, errs.Err()
}

// compose makes the translation of o from its units: the file to write
// and its text, or how many units are not translated yet.
func compose(root string, o *content.Page, lang, name string, us []*unit, hist *History) (string, []byte, int, error) {
	var errs ferr.List
	nb := Blocks(o)
	// Link targets the translation has now are the translator's to keep,
	// such as a link to the original or to a page in the language.
	now := map[string]string{}
	for _, u := range pageUnits(o, lang, hist) {
		now[u.ID] = u.Target
	}
	byID := map[string]*blocks.Block{}
	for i := range nb {
		byID[nb[i].ID] = &nb[i]
	}
	texts := map[string]string{}
	unitOf := map[string]*unit{}
	for _, u := range us {
		b := byID[u.ID]
		switch {
		case b == nil || !b.Translatable():
			errs.Addf(name, u.Line, "%s: %s has no such block to translate", u.key(), o.Path)
			continue
		case unitOf[u.ID] != nil:
			errs.Addf(name, u.Line, "%s: a second unit for the same block", u.key())
			continue
		case norm(u.Source) != norm(b.Text):
			errs.Addf(name, u.Line, "%s: the source is not the text of %s now (it changed since the export): export again", u.key(), o.Path)
			continue
		}
		unitOf[u.ID] = u
		if u.Fuzzy || strings.TrimSpace(u.Target) == "" {
			continue
		}
		if err := checkUnit(b, u.Target, now[u.ID]); err != nil {
			errs.Addf(name, u.Line, "%s: %v", u.key(), err)
			continue
		}
		texts[u.ID] = u.Target
	}
	path := "content/" + lang + "/" + o.Rel
	t := o.Translation(lang)
	if t != nil && !t.Fallback && t.Path != "" {
		path = t.Path
	}
	if err := errs.Err(); err != nil {
		return path, nil, 0, err
	}
	missing := 0
	for _, b := range nb {
		if _, ok := texts[b.ID]; b.Translatable() && !ok {
			missing++
		}
	}
	if missing > 0 {
		return path, nil, missing, nil
	}
	body := blocks.Replace(o.Body, nb, texts)
	// The structure must be the original's: a translation that starts a
	// list or splits a paragraph would shift every block after it.
	got := blocks.Body(body)
	want := blocks.Body(o.Body)
	for i := range want {
		if i >= len(got) || got[i].Kind != want[i].Kind {
			u := unitOf[want[min(i, len(want)-1)].ID]
			for k := i; u == nil && k > 0; k-- {
				u = unitOf[want[k-1].ID]
			}
			line := 1
			if u != nil {
				line = u.Line
			}
			return path, nil, 0, ferr.New(name, line, "%s: the translation changes the page's structure near block %s (%s): keep it one %s", o.Rel+"#"+want[i].ID, want[i].ID, want[i].Kind, want[i].Kind)
		}
	}
	from := o
	if t != nil && !t.Fallback && t.Path != "" {
		from = t
	}
	fm, err := frontMatterOf(root, from)
	if err != nil {
		return path, nil, 0, err
	}
	src := append(fm, body...)
	for _, kv := range [][2]string{
		{"title", texts[blocks.Title]}, {"description", texts[blocks.Description]},
		{"translationOf", o.Digest}, {BlocksKey, strings.Join(blocks.Digests(nb), " ")},
	} {
		if kv[1] == "" || err != nil {
			continue
		}
		src, err = frontmatter.Set(path, src, kv[0], strconv.Quote(kv[1]))
	}
	if err != nil {
		return path, nil, 0, err
	}
	return path, src, 0, nil
}

// frontMatterOf is the page's file without its body: its front matter
// with the --- lines.
func frontMatterOf(root string, p *content.Page) ([]byte, error) {
	src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p.Path)))
	if err != nil {
		return nil, err
	}
	src = content.Normalize(src)
	_, body, _, err := frontmatter.Split(p.Path, src)
	if err != nil {
		return nil, err
	}
	return src[:len(src)-len(body)], nil
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

var footnoteRef = regexp.MustCompile(`\[\^[^\]\s]+\]`)

// checkUnit checks a translated text against its block and the block's
// translation now.
func checkUnit(b *blocks.Block, tr, now string) error {
	if blocks.OneLine(b.Kind) && strings.Contains(strings.TrimSpace(tr), "\n") {
		return fmt.Errorf("a %s must stay on one line", b.Kind)
	}
	if b.Kind == blocks.Row && strings.Count(tr, "|")-strings.Count(tr, `\|`) != strings.Count(b.Text, "|")-strings.Count(b.Text, `\|`) {
		return fmt.Errorf("the table row must keep its %d cells", strings.Count(b.Text, "|")+1)
	}
	if b.Kind == blocks.Title || b.Kind == blocks.Description {
		return nil
	}
	want, got := invariants(b.Text), invariants(tr)
	if strings.Join(kept(want), "\n") != strings.Join(kept(got), "\n") {
		return fmt.Errorf("the translation must keep the source's code and footnote references: the source has %s, the translation %s", list(kept(want)), list(kept(got)))
	}
	wantL, gotL, nowL := links(want), links(got), links(invariants(now))
	for _, l := range gotL {
		if !slices.Contains(wantL, l) && !slices.Contains(nowL, l) {
			return fmt.Errorf("the translation changes a link target: %s is neither in the source (%s) nor in the translation now", l, list(wantL))
		}
	}
	for _, l := range wantL {
		// Unless the translation now already does without it.
		if !slices.Contains(gotL, l) && (now == "" || slices.Contains(nowL, l)) {
			return fmt.Errorf("the translation drops the source's %s", l)
		}
	}
	return nil
}

// kept is what must stay exactly: code spans and footnote references.
func kept(l []string) []string {
	var out []string
	for _, s := range l {
		if !strings.HasPrefix(s, "link ") && !strings.HasPrefix(s, "image ") {
			out = append(out, s)
		}
	}
	return out
}

// links is what may differ where the translator has a reason: link and
// image targets.
func links(l []string) []string {
	var out []string
	for _, s := range l {
		if strings.HasPrefix(s, "link ") || strings.HasPrefix(s, "image ") {
			out = append(out, s)
		}
	}
	return out
}

// invariants lists, sorted, what a translation must not change in a text:
// link and image targets, code spans, autolinks, footnote references.
func invariants(s string) []string {
	src := []byte(s)
	var out []string
	doc := blocks.Parser().Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			out = append(out, "link "+string(n.Destination))
		case *ast.Image:
			out = append(out, "image "+string(n.Destination))
		case *ast.AutoLink:
			out = append(out, "link "+string(n.URL(src)))
		case *ast.CodeSpan:
			var b strings.Builder
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			out = append(out, "code `"+b.String()+"`")
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, m := range footnoteRef.FindAllString(s, -1) {
		out = append(out, "footnote "+m)
	}
	sort.Strings(out)
	return out
}

func list(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}
