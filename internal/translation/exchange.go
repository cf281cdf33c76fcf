package translation

import (
	"fmt"
	"io"
	"strings"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/translation/blocks"
	"github.com/wazc/site/internal/translation/po"
	"github.com/wazc/site/internal/translation/xliff"
)

// unit is one block of an original offered for translation.
type unit struct {
	Page   string // the original's path inside its language folder, "about.md"
	ID     string // the block's id
	Kind   string
	Ref    string // "content/en/about.md:9"
	Source string
	Target string // the current translation, if any
	Prev   string // the source Target was made from, when that changed
	Fuzzy  bool   // Target was made from another source, or is unchecked
	Line   int    // in the file read
}

// key is the unit's context, "about.md#3": msgctxt in PO, the unit's name
// in XLIFF.
func (u *unit) key() string { return u.Page + "#" + u.ID }

// Export writes one unit per translatable block of each original at paths
// for translation into lang, in format "po" or "xliff", and returns how
// many. A unit carries the block's source and, when the translation has
// one, its current text: as is where the block did not change since the
// translation was made, marked fuzzy (PO) or state "initial" (XLIFF) with
// the previous source where it did. Code and HTML blocks are not units:
// import keeps them as in the original. The same input gives the same
// file, byte for byte.
func Export(w io.Writer, root string, site *content.Site, hist *History, lang, format string, paths []string) (int, error) {
	pages, err := find(root, site, paths)
	if err != nil {
		return 0, err
	}
	var units []*unit
	for _, o := range pages {
		if o.DefaultVersion() != o {
			continue
		}
		units = append(units, pageUnits(o, lang, hist)...)
	}
	src := site.Config.DefaultLanguage
	switch format {
	case "po":
		date := ""
		if hist != nil {
			date = hist.Date()
		}
		return len(units), writePO(w, site.Config.Title, site.Config.Language(lang).Name, lang, date, units)
	case "xliff":
		return len(units), writeXLIFF(w, src, lang, units)
	}
	return 0, fmt.Errorf("unknown format %q: want po or xliff", format)
}

// pageUnits lists an original's units with what its translation has.
func pageUnits(o *content.Page, lang string, hist *History) []*unit {
	nb := Blocks(o)
	units := make([]*unit, len(nb))
	for i := range nb {
		b := &nb[i]
		units[i] = &unit{Page: o.Rel, ID: b.ID, Kind: b.Kind, Ref: fmt.Sprintf("%s:%d", o.Path, FileLine(o, b)), Source: b.Text}
	}
	if t := o.Translation(lang); t != nil && !t.Fallback && t.Path != "" {
		c := Compare(t, hist)
		tb := c.paired()
		switch {
		case tb == nil:
		case t.TranslationOf == "" && len(tb) == len(nb):
			// Unmarked: the translation may fit, to be checked.
			for i := range nb {
				units[i].Target, units[i].Fuzzy = tb[i].Text, true
			}
		case c.Known():
			_, match := blocks.Align(c.OldDigests, blocks.Digests(nb))
			for j, i := range match {
				if i >= 0 && i < len(tb) {
					units[j].Target = tb[i].Text
				}
			}
			for _, e := range c.Edits() {
				if e.What != "changed" || e.Translation == nil {
					continue
				}
				u := units[indexOf(c.New, e.New)]
				u.Target, u.Fuzzy, u.Prev = e.Translation.Text, true, e.Old.Text
			}
		}
	}
	var out []*unit
	for i, u := range units {
		if nb[i].Translatable() {
			out = append(out, u)
		}
	}
	return out
}

func indexOf(bs []blocks.Block, b *blocks.Block) int {
	for i := range bs {
		if &bs[i] == b {
			return i
		}
	}
	return -1
}

func writePO(w io.Writer, title, team, lang, date string, units []*unit) error {
	f := &po.File{Header: [][2]string{
		{"Project-Id-Version", title},
		{"Language", lang},
		{"Language-Team", team},
		{"Last-Translator", ""},
		{"MIME-Version", "1.0"},
		{"Content-Type", "text/plain; charset=UTF-8"},
		{"Content-Transfer-Encoding", "8bit"},
		{"X-Generator", "site i18n export"},
	}}
	if date != "" {
		// From the checkout, not the clock: the same site exports the same file.
		f.Header = append(f.Header[:4], append([][2]string{{"PO-Revision-Date", date}}, f.Header[4:]...)...)
	}
	for _, u := range units {
		e := &po.Entry{Extracted: []string{u.Kind}, Refs: []string{u.Ref}, Ctxt: u.key(), ID: u.Source, Str: u.Target}
		if u.Fuzzy {
			e.Flags = []string{"fuzzy"}
			e.PrevCtxt, e.PrevID = "", u.Prev
			if e.PrevID != "" {
				e.PrevCtxt = u.key()
			}
		}
		f.Entries = append(f.Entries, e)
	}
	return f.Write(w)
}

func writeXLIFF(w io.Writer, src, lang string, units []*unit) error {
	doc := &xliff.Document{SrcLang: src, TrgLang: lang}
	for _, u := range units {
		if n := len(doc.Files); n == 0 || doc.Files[n-1].ID != u.Page {
			doc.Files = append(doc.Files, xliff.File{ID: u.Page, Original: strings.SplitN(u.Ref, ":", 2)[0]})
		}
		xu := xliff.Unit{ID: "b" + u.ID, Name: u.key(), Notes: &xliff.Notes{Notes: []xliff.Note{{Category: "kind", Text: u.Kind}, {Category: "location", Text: u.Ref}}}}
		xu.Segment.Source = xliff.NewText(u.Source)
		xu.Segment.State = "initial"
		if u.Target != "" {
			t := xliff.NewText(u.Target)
			xu.Segment.Target = &t
			if !u.Fuzzy {
				xu.Segment.State = "translated"
			}
		}
		if u.Prev != "" {
			xu.Notes.Notes = append(xu.Notes.Notes, xliff.Note{Category: "previous-source", Text: u.Prev})
		}
		f := &doc.Files[len(doc.Files)-1]
		f.Units = append(f.Units, xu)
	}
	return doc.Write(w)
}
