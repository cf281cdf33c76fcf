package translation

import (
	"fmt"
	"io"
	"strings"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/translation/blocks"
)

// Edit is one changed block of an original, with what goes with it.
type Edit struct {
	What     string        // "changed", "added" or "removed"
	Old, New *blocks.Block // nil for an added or removed block; Old.Text "" when unknown
	// Translation is the translation's block made from Old, when the
	// translation kept the original's structure.
	Translation *blocks.Block
}

// Edits lists the changed blocks in order: within a hunk, old and new
// blocks are paired one by one, and the rest are added or removed.
func (c *Change) Edits() []Edit {
	tb := c.paired()
	var out []Edit
	for _, h := range c.Hunks {
		for k := 0; k < h.Changed(); k++ {
			var e Edit
			i, j := h.OldStart+k, h.NewStart+k
			if i < h.OldEnd {
				b, ok := c.oldBlock(i)
				if !ok {
					b = blocks.Block{Digest: c.OldDigests[i]}
				}
				e.Old = &b
				if tb != nil && i < len(tb) {
					e.Translation = &tb[i]
				}
			}
			if j < h.NewEnd {
				e.New = &c.New[j]
			}
			switch {
			case e.Old == nil:
				e.What = "added"
			case e.New == nil:
				e.What = "removed"
			default:
				e.What = "changed"
			}
			out = append(out, e)
		}
	}
	return out
}

// FileLine is the line of a block in the page's file.
func FileLine(p *content.Page, b *blocks.Block) int {
	switch b.Kind {
	case blocks.Title, blocks.Description:
		return p.Line(b.Kind)
	}
	return p.BodyLine + b.Line - 1
}

// WriteDiff prints, for each change, the original's changed blocks, old
// text above new with the changed words marked, and the translation's
// block made from the old text. color marks words with ANSI colours
// (for a terminal); otherwise as git's --word-diff=plain does, [-old-] and
// {+new+}.
func WriteDiff(w io.Writer, changes []*Change, color bool) {
	mark := func(parts []blocks.Part) string {
		var sb strings.Builder
		for _, p := range parts {
			switch {
			case p.Del && color:
				sb.WriteString("\x1b[1;31;9m" + p.Text + "\x1b[0m")
			case p.Ins && color:
				sb.WriteString("\x1b[1;32;4m" + p.Text + "\x1b[0m")
			case p.Del:
				sb.WriteString("[-" + p.Text + "-]")
			case p.Ins:
				sb.WriteString("{+" + p.Text + "+}")
			default:
				sb.WriteString(p.Text)
			}
		}
		return sb.String()
	}
	indent := func(s string) string { return strings.ReplaceAll(s, "\n", "\n         ") }
	for n, c := range changes {
		if n > 0 {
			fmt.Fprintln(w)
		}
		t, o := c.Translation, c.Original
		if !c.Known() {
			fmt.Fprintf(w, "%s: stale: cannot tell which blocks of %s changed: %s\n", t.Path, o.Path, c.Unknown)
			continue
		}
		changed, total := c.Count()
		fmt.Fprintf(w, "%s: stale (%s); original %s\n", t.Path, Count{changed, total}, o.Path)
		if c.Rev != "" {
			fmt.Fprintf(w, "  translated from version %s (commit %.12s)\n", t.TranslationOf, c.Rev)
		} else if c.Unknown != "" {
			fmt.Fprintf(w, "  the old text is not shown: %s\n", c.Unknown)
		}
		if changed == 0 {
			fmt.Fprintln(w, "  only the front matter's other keys changed: nothing to translate again")
		}
		for _, e := range c.Edits() {
			fmt.Fprintln(w)
			switch e.What {
			case "added":
				fmt.Fprintf(w, "%s:%d: %s added\n", o.Path, FileLine(o, e.New), e.New.Kind)
				fmt.Fprintf(w, "  new: %s\n", indent(mark([]blocks.Part{{Text: e.New.Text, Ins: true}})))
			case "removed":
				fmt.Fprintf(w, "%s: a block was removed\n", o.Path)
				if e.Old.Text != "" {
					fmt.Fprintf(w, "  old: %s\n", indent(mark([]blocks.Part{{Text: e.Old.Text, Del: true}})))
				}
			default:
				fmt.Fprintf(w, "%s:%d: %s changed\n", o.Path, FileLine(o, e.New), e.New.Kind)
				if e.Old.Text == "" {
					fmt.Fprintf(w, "  new: %s\n", indent(e.New.Text))
					break
				}
				op, np := blocks.Words(e.Old.Text, e.New.Text)
				fmt.Fprintf(w, "  old: %s\n", indent(mark(op)))
				fmt.Fprintf(w, "  new: %s\n", indent(mark(np)))
			}
			if e.Translation != nil {
				fmt.Fprintf(w, "  %s:%d: the translation's block\n", t.Path, FileLine(t, e.Translation))
				fmt.Fprintf(w, "         %s\n", indent(e.Translation.Text))
			}
		}
	}
}

// Stale compares each stale translation at paths (translations, or
// originals for all their translations, or folders) with its original. It
// also returns how many translations there were up to date.
func Stale(root string, site *content.Site, hist *History, paths []string) ([]*Change, int, error) {
	if len(paths) == 0 {
		paths = []string{"content"}
	}
	pages, err := find(root, site, paths)
	if err != nil {
		return nil, 0, err
	}
	var out []*Change
	ok := 0
	seen := map[*content.Page]bool{}
	for _, p := range pages {
		group := []*content.Page{p}
		if p.DefaultVersion() == p {
			group = p.Translations
		}
		for _, t := range group {
			if seen[t] || t.Fallback || t.Path == "" {
				continue
			}
			seen[t] = true
			switch t.Status() {
			case content.StatusStale:
				out = append(out, Compare(t, hist))
			case content.StatusOK:
				ok++
			}
		}
	}
	return out, ok, nil
}
