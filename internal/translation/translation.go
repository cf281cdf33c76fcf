// Package translation tells translators where they stand: which page of
// which language is translated and up to date (ok), missing, stale (its
// original changed since the translation recorded it) or unmarked (it
// records no version of its original). A translation records its original's
// version in the front-matter key translationOf, which Mark writes: a short
// digest of the original file (see content.Digest).
package translation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/wazc/site/internal/content"
)

// Row is one page of the site across its languages.
type Row struct {
	Page   string            `json:"page"`   // path inside the language folder, "actions/legal-action.md"
	Status map[string]string `json:"status"` // language code → status
}

// Report is the status of every page in every language.
type Report struct {
	Languages []string                  `json:"languages"`
	Rows      []Row                     `json:"pages"`
	Totals    map[string]map[string]int `json:"totals"` // language → status → count
}

// Status builds the report for a loaded site. Implicit sections (folders
// without _index.md) are left out: there is nothing to translate.
func Status(site *content.Site) *Report {
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
		row := Row{Page: p.Rel, Status: map[string]string{}}
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
			fmt.Fprintf(tw, "\t%s", row.Status[l])
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
// translations are all marked) the current version of its original. It
// returns the files it changed, relative to root.
func Mark(root string, site *content.Site, paths []string) ([]string, error) {
	byPath := map[string]*content.Page{}
	for _, p := range site.Pages {
		if p.Path != "" && !p.Fallback {
			byPath[p.Path] = p
		}
	}
	var targets []*content.Page
	for _, arg := range paths {
		rel, err := filepath.Rel(root, arg)
		if err != nil || strings.HasPrefix(rel, "..") {
			rel = arg
		}
		rel = filepath.ToSlash(filepath.Clean(rel))
		found := false
		for path, p := range byPath {
			if path == rel || strings.HasPrefix(path, rel+"/") {
				if p.DefaultVersion() != p {
					targets = append(targets, p)
				}
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: no page there", arg)
		}
	}
	sort.Slice(targets, func(i, j int) bool { return targets[i].Path < targets[j].Path })
	var changed []string
	for _, p := range targets {
		o := p.DefaultVersion()
		if o == nil {
			return changed, fmt.Errorf("%s: no original in the default language to mark it against", p.Path)
		}
		if p.TranslationOf == o.Digest {
			continue
		}
		file := filepath.Join(root, filepath.FromSlash(p.Path))
		src, err := os.ReadFile(file)
		if err != nil {
			return changed, err
		}
		// Quoted: a digest of digits only would otherwise read as a number.
		out, err := setKey(src, "translationOf", `"`+o.Digest+`"`)
		if err != nil {
			return changed, fmt.Errorf("%s: %v", p.Path, err)
		}
		if err := os.WriteFile(file, out, 0o644); err != nil {
			return changed, err
		}
		changed = append(changed, p.Path)
	}
	return changed, nil
}

// setKey sets a top-level front-matter key to a plain value, replacing its
// line or adding one before the closing ---, and keeps everything else as
// it was, line endings included.
func setKey(src []byte, key, value string) ([]byte, error) {
	nl := "\n"
	if bytes.Contains(src, []byte("\r\n")) {
		nl = "\r\n"
	}
	lines := strings.SplitAfter(string(src), "\n")
	if len(lines) == 0 || strings.TrimRight(lines[0], "\r\n \t") != "---" && strings.TrimRight(strings.TrimPrefix(lines[0], "\ufeff"), "\r\n \t") != "---" {
		return nil, fmt.Errorf("no front matter")
	}
	for i := 1; i < len(lines); i++ {
		t := strings.TrimRight(lines[i], "\r\n \t")
		if strings.HasPrefix(lines[i], key+":") {
			lines[i] = key + ": " + value + nl
			return []byte(strings.Join(lines, "")), nil
		}
		if t == "---" || t == "..." {
			lines = append(lines[:i], append([]string{key + ": " + value + nl}, lines[i:]...)...)
			return []byte(strings.Join(lines, "")), nil
		}
	}
	return nil, fmt.Errorf("front matter is never closed")
}
