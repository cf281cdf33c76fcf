package buildcache_test

import (
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// soakTheme is a small theme that shows what a conversion gives (content
// and table of contents) and what loading gives (titles, neighbours,
// translations, strings), so the soak's builds are quick.
const soakTheme = `
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1><nav class="toc">{{.TOC}}</nav>{{.Content}}
{{with .Prev}}prev={{.Title}}{{end}} {{with .Next}}next={{.Title}}{{end}}{{end}}
-- layouts/section.html --
{{define "main"}}<h1>{{.Title}}</h1>{{.Content}}<ul>{{range .Children}}<li>{{.Title}}</li>{{end}}</ul>{{end}}
-- layouts/i18n/en.yaml --
footer: Footer 0
-- layouts/i18n/fr.yaml --
footer: Pied 0
`

// soakBase is the theme's base layout, with a number a layout edit
// changes.
const soakBase = `<!DOCTYPE html>
<html lang="{{.Lang.Code}}"><head><title>{{.Title}}</title></head>
<body data-theme="%d">
<nav>{{range .LangLinks}}<a href="{{.URL}}">{{.Lang.Code}}{{if .Missing}} (missing){{end}}</a>{{end}}</nav>
{{block "main" .}}{{end}}
<footer>{{T "footer"}}</footer>
</body></html>
`

// soakPage is a page of the soak's site, from which its file is written.
type soakPage struct {
	title    string
	weight   int
	headings int      // "## Part 1" … "## Part N": anchors part-1 … part-N
	words    []string // the text
	links    []string // to other pages: "name.md" or "name.md#part-N"
	typo     bool     // typographer: false when set
	url      string   // its url: in front matter, when set
}

type soakSite struct {
	pages   map[string]*soakPage // by file name in content/en/s/
	fr      map[string]bool      // pages translated to French
	tocMax  int
	theme   int
	strings int
}

func (s *soakSite) names() []string {
	var ns []string
	for n := range s.pages {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// file is the page's file; in French only the links to pages translated
// (have) are kept.
func (p *soakPage) file(en bool, have func(string) bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\nweight: %d\n", p.title, p.weight)
	if p.url != "" && en {
		fmt.Fprintf(&b, "url: %s\n", p.url)
	}
	if p.typo && en {
		b.WriteString("typographer: false\n")
	}
	b.WriteString("---\n")
	b.WriteString(strings.Join(p.words, " ") + " \"quoted\" -- dash.\n")
	for i := 1; i <= p.headings; i++ {
		fmt.Fprintf(&b, "\n## Part %d\n\nText %d.\n\n### Sub %d\n", i, i, i)
	}
	for _, l := range p.links {
		if name, _, _ := strings.Cut(l, "#"); !have(name) {
			continue
		}
		fmt.Fprintf(&b, "\nSee [%s](%s).\n", l, l)
	}
	return b.String()
}

// write writes the whole site from the model: files that did not change
// are written with the same bytes.
func (s *soakSite) write(b *builder) {
	// Files that stay are not written again: warm builds take them
	// without reading them.
	keep := map[string]bool{"content/en/_index.md": true, "content/en/s/_index.md": true, "content/fr/_index.md": true}
	for n := range s.pages {
		keep["content/en/s/"+n] = true
		if s.fr[n] {
			keep["content/fr/s/"+n] = true
		}
	}
	filepath.WalkDir(filepath.Join(b.src, "content"), func(path string, d fs.DirEntry, err error) error {
		if rel, _ := filepath.Rel(b.src, path); err == nil && !d.IsDir() && !keep[filepath.ToSlash(rel)] {
			os.Remove(path)
		}
		return nil
	})
	b.write("content/en/_index.md", "---\ntitle: Home\n---\nHome.\n")
	b.write("content/en/s/_index.md", "---\ntitle: Section\n---\nAll [pages](../_index.md).\n")
	b.write("content/fr/_index.md", "---\ntitle: Accueil\n---\nAccueil.\n")
	for n, p := range s.pages {
		b.write("content/en/s/"+n, p.file(true, func(string) bool { return true }))
		if s.fr[n] {
			b.write("content/fr/s/"+n, p.file(false, func(n string) bool { return s.fr[n] }))
		}
	}
	b.write("site.yaml", fmt.Sprintf("baseURL: https://wazc.org/\nlanguages: [{code: en}, {code: fr}]\nmarkup: {tocMin: 2, tocMax: %d}\n", s.tocMax))
	b.write("layouts/baseof.html", fmt.Sprintf(soakBase, s.theme))
	b.write("layouts/i18n/en.yaml", fmt.Sprintf("footer: Footer %d\n", s.strings))
}

// dropLinks removes the links that lead to a page or anchor no longer there.
func (s *soakSite) dropLinks() {
	for _, p := range s.pages {
		var keep []string
		for _, l := range p.links {
			name, frag, _ := strings.Cut(l, "#")
			q := s.pages[name]
			n := 0
			fmt.Sscanf(frag, "part-%d", &n)
			if q != nil && (frag == "" || n >= 1 && n <= q.headings) {
				keep = append(keep, l)
			}
		}
		p.links = keep
	}
}

// The soak: random edits, creates, deletes, renames, layout, strings and
// configuration changes, each followed by a build with the cache that
// must give the same files as a cold build, or the same errors.
func TestSoakWarmEqualsCold(t *testing.T) {
	steps := 240
	if testing.Short() {
		steps = 30
	}
	rng := rand.New(rand.NewSource(20))
	b := &builder{t: t, src: t.TempDir(), cache: t.TempDir()}
	for _, f := range strings.Split(soakTheme, "\n-- ")[1:] {
		name, data, _ := strings.Cut(strings.TrimPrefix(f, "-- "), " --\n")
		b.write(name, data)
	}
	s := &soakSite{pages: map[string]*soakPage{}, fr: map[string]bool{}, tocMax: 3}
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa")
	newPage := func() string {
		n := fmt.Sprintf("p%03d.md", rng.Intn(1000))
		p := &soakPage{title: "Page " + n, weight: rng.Intn(5), headings: rng.Intn(4), words: []string{words[rng.Intn(len(words))]}}
		// Links to pages there already, most of them without an anchor.
		for name := range s.pages {
			if rng.Intn(3) == 0 {
				p.links = append(p.links, name)
			}
		}
		s.pages[n] = p
		return n
	}
	for i := 0; i < 10; i++ {
		newPage()
	}
	pick := func() *soakPage { ns := s.names(); return s.pages[ns[rng.Intn(len(ns))]] }
	pickName := func() string { ns := s.names(); return ns[rng.Intn(len(ns))] }
	reused, failed, kept, warmSteps, spareSteps, tampered := 0, 0, 0, 0, 0, 0
	for step := 0; step < steps; step++ {
		var did string
		bad := false
		switch op := rng.Intn(18); {
		case op < 3:
			p := pick()
			p.words = append(p.words, words[rng.Intn(len(words))])
			did = "text edit"
		case op == 3:
			pick().title += "!"
			did = "title"
		case op == 4:
			pick().weight = rng.Intn(5)
			did = "weight"
		case op == 5:
			p := pick()
			p.headings = rng.Intn(4)
			s.dropLinks()
			did = "headings"
		case op == 6 || op == 14:
			p, to := pick(), pickName()
			if q := s.pages[to]; q.headings > 0 && rng.Intn(2) == 0 {
				to += fmt.Sprintf("#part-%d", 1+rng.Intn(q.headings))
			}
			p.links = append(p.links, to)
			did = "link"
		case op == 7:
			newPage()
			did = "new page"
		case op == 8 && len(s.pages) > 3:
			n := pickName()
			delete(s.pages, n)
			delete(s.fr, n)
			s.dropLinks()
			did = "delete"
		case op == 9:
			old := pickName()
			n := fmt.Sprintf("r%03d.md", rng.Intn(1000))
			if s.pages[n] != nil {
				continue
			}
			s.pages[n], s.fr[n] = s.pages[old], s.fr[old]
			delete(s.pages, old)
			delete(s.fr, old)
			for _, p := range s.pages {
				for i, l := range p.links {
					if name, frag, _ := strings.Cut(l, "#"); name == old {
						p.links[i] = strings.TrimSuffix(n+"#"+frag, "#")
					}
				}
			}
			did = "rename"
		case op == 10:
			switch rng.Intn(4) {
			case 0:
				s.theme++
				did = "layout"
			case 1:
				s.strings++
				did = "strings"
			case 2:
				s.tocMax = 5 - s.tocMax
				did = "site.yaml tocMax"
			default:
				p := pick()
				p.typo = !p.typo
				did = "typographer"
			}
		case op == 12 || op == 13:
			// Links to it change; the pages linking to it do not.
			p := pick()
			p.url = ""
			if rng.Intn(2) == 0 {
				p.url = fmt.Sprintf("/moved-%d/", rng.Intn(1000))
			}
			did = "url"
		case op == 11:
			n := pickName()
			s.fr[n] = !s.fr[n]
			did = "translation"
		case op == 16 || op == 17:
			// Someone changes the spare or the published folder: the
			// next build must not take what they did.
			root := b.dest
			if op == 16 {
				root = filepath.Join(filepath.Dir(b.dest), ".public.spare")
			}
			if tamper(rng, root) {
				tampered++
			}
			did = "tamper with " + filepath.Base(root)
		case op == 15:
			// A link to an anchor that is not there: both builds fail.
			p := pick()
			p.links = append(p.links, pickName()+"#nowhere")
			bad = true
			did = "broken link"
		}
		s.write(b)
		warm, res, werr := b.build(b.cache)
		cold, _, cerr := b.build("")
		switch {
		case (werr == nil) != (cerr == nil):
			t.Fatalf("step %d (%s): warm build: %v; cold build: %v", step, did, werr, cerr)
		case werr != nil:
			if werr.Error() != cerr.Error() {
				t.Fatalf("step %d (%s): warm build: %v\ncold build: %v", step, did, werr, cerr)
			}
			if !bad {
				t.Fatalf("step %d (%s): %v", step, did, werr)
			}
			failed++
		default:
			compareDirs(t, warm, cold)
			if t.Failed() {
				t.Fatalf("step %d (%s): the warm build differs", step, did)
			}
			if len(res.Warnings) != 0 {
				t.Fatalf("step %d (%s): warnings %v", step, did, res.Warnings)
			}
			reused += res.Reused
			kept += res.Kept
			if res.Kept > 0 {
				warmSteps++
			}
			if res.Spare {
				spareSteps++
			}
		}
		if bad {
			s.dropLinks()
		}
		// The warm builds replace one folder, as site build does, and
		// take what they do not render from the last one.
		os.RemoveAll(cold)
	}
	if reused == 0 || failed == 0 || warmSteps < steps/4 || spareSteps < steps/8 || tampered == 0 {
		t.Errorf("%d pages reused, %d builds failed, %d builds kept files, %d wrote into the spare, %d tampered: the soak did not test the cache",
			reused, failed, warmSteps, spareSteps, tampered)
	}
	t.Logf("%d steps, %d pages reused, %d builds kept %d files from the last, %d of them wrote into the spare, %d builds failed as they should, %d changes to the built folders",
		steps, reused, warmSteps, kept, spareSteps, failed, tampered)
}

// tamper changes the built folder root at random: a file's bytes, a
// stray file or folder, a file removed. It reports whether root existed.
func tamper(rng *rand.Rand, root string) bool {
	var files, dirs []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			dirs = append(dirs, p)
		} else if err == nil {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		return false
	}
	file, dir := files[rng.Intn(len(files))], dirs[rng.Intn(len(dirs))]
	switch rng.Intn(4) {
	case 0:
		os.WriteFile(file, []byte("tampered"), 0o644)
	case 1:
		os.WriteFile(filepath.Join(dir, "stray.html"), []byte("stray"), 0o644)
	case 2:
		os.Mkdir(filepath.Join(dir, "stray"), 0o755)
	default:
		os.Remove(file)
	}
	return true
}
