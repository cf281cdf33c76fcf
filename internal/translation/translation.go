// Package translation tells translators where they stand and what changed:
// which page of which language is translated and up to date (ok), missing,
// stale (its original changed since the translation recorded it) or
// unmarked (it records no version of its original), and for a stale page
// which blocks of the original changed, with their old and new text.
//
// # What a translation records
//
// Mark writes two front-matter keys into a translation:
//
//	translationOf: "ad8f3077f4fc"
//	translationBlocks: "3f1a2b 9c0d1e ..."
//
// translationOf is a short digest of the original file (content.Digest);
// it alone decides ok or stale, as it always has. translationBlocks lists
// the digests of the original's blocks at that version, in order (see
// package blocks): comparing them with the original's blocks now tells
// which blocks changed, so the status can say "stale (2 of 41 blocks
// changed)". A translation marked before translationBlocks existed has
// only translationOf; its blocks are found by looking that version up in
// git history (History), which is also where the old text of a changed
// block comes from.
//
// # Changes
//
// Compare aligns the recorded block digests with the original's current
// ones by their longest common subsequence: an edited paragraph is one
// changed block, an inserted or removed one too, and a paragraph that only
// moved costs a removal and an insertion; unchanged blocks never show.
// WriteDiff prints the changed blocks old beside new with their changed
// words marked. MarkMinor records that an edit of an original needs no new
// translation: every translation that was current with the version before
// the edit becomes current with the edited one.
//
// # Exchange
//
// Export and Import carry a language's blocks to and from a translation
// platform in gettext PO (package po) or XLIFF 2.0 (package xliff): one
// unit per translatable block of each original, keyed by the page and the
// block's id. See Export and Import for what is kept and what is checked.
//
// # Dashboard
//
// Dashboard is the dev server's page at /__site/i18n: the same report,
// with the changed blocks of each stale page beside the translation's.
package translation

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/frontmatter"
	"github.com/wazc/site/internal/translation/blocks"
)

// Row is one page of the site across its languages.
type Row struct {
	Page   string            `json:"page"`   // path inside the language folder, "actions/legal-action.md"
	Status map[string]string `json:"status"` // language code → status
	// Blocks tells, for a stale translation whose changed blocks are
	// known, how many changed.
	Blocks map[string]Count `json:"blocks,omitempty"`
}

// Count is how many blocks of an original changed since its translation.
type Count struct {
	Changed int `json:"changed"`
	Total   int `json:"total"`
}

// String is "2 of 41 blocks changed".
func (c Count) String() string {
	if c.Changed == 0 {
		return "no block changed"
	}
	return fmt.Sprintf("%d of %d blocks changed", c.Changed, c.Total)
}

// Report is the status of every page in every language.
type Report struct {
	Languages []string                  `json:"languages"`
	Rows      []Row                     `json:"pages"`
	Totals    map[string]map[string]int `json:"totals"` // language → status → count
}

// Status builds the report for a loaded site. Implicit sections (folders
// without _index.md) are left out: there is nothing to translate. Stale
// translations that record their original's blocks say how many changed.
func Status(site *content.Site) *Report { return StatusWith(site, nil) }

// StatusWith is Status that also looks up, in hist, the blocks of
// originals whose translations record no block digests.
func StatusWith(site *content.Site, hist *History) *Report {
	r := &Report{Totals: map[string]map[string]int{}}
	for _, l := range site.Langs {
		r.Languages = append(r.Languages, l.Lang.Code)
		r.Totals[l.Lang.Code] = map[string]int{}
	}
	seen := map[*content.Page]bool{}
	var rows []Row
	for _, p := range site.Pages {
		if seen[p] || p.Path == "" || p.Fallback {
			continue
		}
		group := append([]*content.Page{p}, p.Translations...)
		row := Row{Page: p.Rel, Status: map[string]string{}, Blocks: map[string]Count{}}
		if o := p.DefaultVersion(); o != nil {
			row.Page = o.Rel
		}
		for _, q := range group {
			seen[q] = true
		}
		for _, l := range site.Langs {
			st := content.StatusMissing
			for _, q := range group {
				if q.Lang == l.Lang && q.Path != "" {
					st = q.Status()
					if st != content.StatusStale {
						continue
					}
					h := hist
					if Recorded(q) != nil {
						h = nil // the record is enough to count
					}
					if c := Compare(q, h); c.Known() {
						n, total := c.Count()
						row.Blocks[l.Lang.Code] = Count{n, total}
					}
				}
			}
			row.Status[l.Lang.Code] = st
			r.Totals[l.Lang.Code][st]++
		}
		rows = append(rows, row)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Page < rows[j].Page })
	r.Rows = rows
	return r
}

// Problems counts missing and stale translations, what --strict fails on.
func (r *Report) Problems() int {
	n := 0
	for _, t := range r.Totals {
		n += t[content.StatusMissing] + t[content.StatusStale]
	}
	return n
}

// WriteText prints the report as a table with totals per language.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "PAGE\t%s\n", strings.Join(r.Languages, "\t"))
	for _, row := range r.Rows {
		fmt.Fprint(tw, row.Page)
		for _, l := range r.Languages {
			if c, ok := row.Blocks[l]; ok {
				fmt.Fprintf(tw, "\t%s (%s)", row.Status[l], c)
			} else {
				fmt.Fprintf(tw, "\t%s", row.Status[l])
			}
		}
		fmt.Fprintln(tw)
	}
	for _, st := range []string{content.StatusOriginal, content.StatusOK, content.StatusStale, content.StatusUnmarked, content.StatusMissing} {
		any := false
		for _, l := range r.Languages {
			any = any || r.Totals[l][st] > 0
		}
		if !any {
			continue
		}
		fmt.Fprintf(tw, "total %s", st)
		for _, l := range r.Languages {
			fmt.Fprintf(tw, "\t%d", r.Totals[l][st])
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// WriteJSON prints the report as JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// Mark records in each translation at paths (files, or folders whose
// translations are all marked) the current version of its original:
// translationOf and translationBlocks. It returns the files it changed,
// relative to root.
func Mark(root string, site *content.Site, paths []string) ([]string, error) {
	targets, err := find(root, site, paths)
	if err != nil {
		return nil, err
	}
	var changed []string
	for _, p := range targets {
		if p.DefaultVersion() == p {
			continue
		}
		if p.DefaultVersion() == nil {
			return changed, fmt.Errorf("%s: no original in the default language to mark it against", p.Path)
		}
		ok, err := mark(root, p)
		if err != nil {
			return changed, err
		}
		if ok {
			changed = append(changed, p.Path)
		}
	}
	return changed, nil
}

// mark records the current version of p's original in p; it reports
// whether the file changed.
func mark(root string, p *content.Page) (bool, error) {
	o := p.DefaultVersion()
	digests := strings.Join(blocks.Digests(Blocks(o)), " ")
	if p.TranslationOf == o.Digest && strings.Join(Recorded(p), " ") == digests {
		return false, nil
	}
	file := filepath.Join(root, filepath.FromSlash(p.Path))
	src, err := os.ReadFile(file)
	if err != nil {
		return false, err
	}
	// Quoted: a digest of digits only would otherwise read as a number.
	out, err := frontmatter.Set(p.Path, src, "translationOf", `"`+o.Digest+`"`)
	if err == nil {
		out, err = frontmatter.Set(p.Path, out, BlocksKey, `"`+digests+`"`)
	}
	if err != nil {
		return false, err
	}
	return true, os.WriteFile(file, out, 0o644)
}

// find returns the pages at paths (files, or folders of pages), sorted.
func find(root string, site *content.Site, paths []string) ([]*content.Page, error) {
	byPath := map[string]*content.Page{}
	for _, p := range site.Pages {
		if p.Path != "" && !p.Fallback {
			byPath[p.Path] = p
		}
	}
	var out []*content.Page
	seen := map[*content.Page]bool{}
	for _, arg := range paths {
		rel, err := filepath.Rel(root, arg)
		if err != nil || strings.HasPrefix(rel, "..") {
			rel = arg
		}
		rel = filepath.ToSlash(filepath.Clean(rel))
		found := false
		for path, p := range byPath {
			if path == rel || strings.HasPrefix(path, rel+"/") || rel == "." {
				if !seen[p] {
					out = append(out, p)
					seen[p] = true
				}
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: no page there", arg)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// Minor is what MarkMinor did with one translation.
type Minor struct {
	Path   string // the translation
	Marked bool   // current again; otherwise it was not current before the edit
}

// MarkMinor records that the latest edit of each original at paths needs
// no new translation: each translation that was current with the version
// before the edit (the newest version in hist that differs from the file
// now) is marked current with the file now. Translations that were already
// stale stay stale.
func MarkMinor(root string, site *content.Site, hist *History, paths []string) ([]Minor, error) {
	targets, err := find(root, site, paths)
	if err != nil {
		return nil, err
	}
	var out []Minor
	for _, o := range targets {
		if o.DefaultVersion() != o {
			return out, fmt.Errorf("%s: not an original: --minor takes the original that was edited (in the default language)", o.Path)
		}
		var prev *Version
		for _, t := range o.Translations {
			if t.Fallback || t.Path == "" || t.TranslationOf == o.Digest || t.TranslationOf == "" {
				continue
			}
			if prev == nil {
				if prev, err = hist.Before(o.Path, o.Digest); err != nil {
					return out, fmt.Errorf("%s: cannot tell which translations were current before the edit: %v", o.Path, err)
				}
			}
			if t.TranslationOf != prev.Digest {
				out = append(out, Minor{Path: t.Path})
				continue
			}
			if _, err := mark(root, t); err != nil {
				return out, err
			}
			out = append(out, Minor{Path: t.Path, Marked: true})
		}
	}
	return out, nil
}
