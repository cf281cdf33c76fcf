package translation

import (
	"strings"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/translation/blocks"
)

// BlocksKey is the front-matter key in which a translation records the
// digests of its original's blocks (see package blocks), next to
// translationOf: "site i18n mark" writes both.
const BlocksKey = "translationBlocks"

// Blocks returns the blocks of a loaded page.
func Blocks(p *content.Page) []blocks.Block {
	return blocks.Page(p.Title, p.Description, p.Body)
}

// Recorded returns the block digests a translation recorded, or nil.
func Recorded(p *content.Page) []string {
	s, _ := p.Params[BlocksKey].(string)
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return strings.Fields(s)
}

// Change is what changed in an original since a translation of it was
// made.
type Change struct {
	Translation, Original *content.Page
	// Old holds the original's blocks as they were when the translation was
	// marked, when its history has that version; Rev is its commit.
	Old []blocks.Block
	Rev string
	// OldDigests are the digests of those blocks: recorded by the
	// translation, or those of Old. Nil when neither is known.
	OldDigests []string
	New        []blocks.Block
	Hunks      []blocks.Hunk
	// Unknown says why the old text cannot be shown, when it cannot.
	Unknown string
}

// Known tells whether the changed blocks are known.
func (c *Change) Known() bool { return c.OldDigests != nil }

// Count is how many of the original's blocks changed, of how many.
func (c *Change) Count() (changed, total int) {
	for _, h := range c.Hunks {
		changed += h.Changed()
	}
	return changed, len(c.New)
}

// Compare finds what changed in the original of a stale translation. hist
// may be nil: then only recorded block digests are used, and no old text
// is shown.
func Compare(t *content.Page, hist *History) *Change {
	o := t.DefaultVersion()
	c := &Change{Translation: t, Original: o, New: Blocks(o), OldDigests: Recorded(t)}
	switch {
	case t.TranslationOf == "":
		c.OldDigests = nil
		c.Unknown = "the translation records no version of its original (run \"site i18n mark\" once it is up to date)"
	case t.TranslationOf == o.Digest:
		c.OldDigests = blocks.Digests(c.New)
	case hist != nil:
		v, err := hist.Find(o.Path, t.TranslationOf)
		if err == nil {
			c.Old, err = v.Blocks(o.Path)
			c.Rev = v.Rev
		}
		if err != nil {
			c.Unknown = err.Error()
		}
		if c.Old != nil && c.OldDigests == nil {
			c.OldDigests = blocks.Digests(c.Old)
		}
	default:
		c.Unknown = "the old text was not looked up"
	}
	if c.OldDigests != nil {
		c.Hunks, _ = blocks.Align(c.OldDigests, blocks.Digests(c.New))
	}
	return c
}

// oldBlock is the old block i, if its text is known.
func (c *Change) oldBlock(i int) (blocks.Block, bool) {
	if c.Old != nil && i < len(c.Old) && c.Old[i].Digest == c.OldDigests[i] {
		return c.Old[i], true
	}
	return blocks.Block{}, false
}

// paired returns the translation's blocks matched with the original's
// blocks as they were when the translation was made: block i of the
// translation goes with old block i when both have as many blocks of the
// same kinds, which they have when the translator kept the structure.
// Otherwise it returns nil.
func (c *Change) paired() []blocks.Block {
	tb := Blocks(c.Translation)
	kinds := func(bs []blocks.Block) string {
		var k []string
		for _, b := range bs {
			k = append(k, b.Kind)
		}
		return strings.Join(k, " ")
	}
	switch {
	case c.Old != nil:
		if kinds(tb) == kinds(c.Old) {
			return tb
		}
	case len(c.OldDigests) == len(tb) && c.Translation.TranslationOf == c.Original.Digest:
		if kinds(tb) == kinds(c.New) {
			return tb
		}
	case len(c.OldDigests) == len(tb):
		return tb
	}
	return nil
}
