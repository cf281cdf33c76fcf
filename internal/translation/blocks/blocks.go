// Package blocks splits a page into the units a translator works in: its
// title, its description, and the blocks of its Markdown body as goldmark
// parses them (the same parser and extensions as package markdown).
//
// # Blocks
//
// A body block is a leaf of the document's block structure: a heading, a
// paragraph, the text of a list item, a paragraph of a quotation, a
// definition term or definition, a footnote's text, a table row, a code
// block or an HTML block. Containers (lists, quotations, footnotes) are not
// blocks themselves: their paragraphs are, so that one changed item of a
// long list is one changed block. Blocks are numbered from 1 in document
// order; the title and description have the ids "title" and "description".
//
// A block's Text is its Markdown source with the container markers taken
// off (the "> " of a quotation, the "- " of a list item, the "[^1]: " of a
// footnote, the "|" around a table row) and, for a heading, without its
// "#" marks and its {#id .class} attributes. Everything inside the text —
// emphasis, links and their targets, code spans, footnote references — is
// part of it.
//
// # Digests
//
// A block's Digest is 6 hex digits of the SHA-256 of its kind and its text
// with every run of white space made one space: re-wrapping a paragraph
// does not change it, any change of a word does. Six digits keep the list
// of a page's digests, which translations record (see package
// translation), short enough for one front-matter line; two different
// blocks of one page share a digest about once in 16 million pairs.
//
// # Rewriting
//
// Replace puts new texts in place of the texts of blocks and leaves every
// other byte of the body as it was: markers, indentation, blank lines,
// attributes, code. A text of several lines gets the block's continuation
// prefix ("> " in a quotation, spaces in a list item) before each line.
package blocks

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Kinds of block.
const (
	Title       = "title"
	Description = "description"
	Heading     = "heading"
	Paragraph   = "paragraph"
	Item        = "item"
	Quote       = "quote"
	Term        = "term"
	Definition  = "definition"
	Footnote    = "footnote"
	Row         = "row"
	Code        = "code"
	HTML        = "html"
)

// Block is one unit of a page.
type Block struct {
	ID     string // "3", or "title", "description"
	Kind   string
	Text   string
	Digest string
	Line   int // line of the body the block starts on, 1-based; 0 for title and description

	start, end int    // the text's bytes in the body
	cont       string // what goes before each further line of a new text
}

// Translatable tells whether a translator writes this block anew: code and
// HTML are kept as in the original.
func (b Block) Translatable() bool { return b.Kind != Code && b.Kind != HTML }

// Digest is the digest of a block of a kind with a text.
func Digest(kind, text string) string {
	h := sha256.Sum256([]byte(kind + "\x00" + strings.Join(strings.Fields(text), " ")))
	return hex.EncodeToString(h[:3])
}

var md = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote, extension.DefinitionList),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

// Parser is the Markdown parser blocks are found with.
func Parser() parser.Parser { return md.Parser() }

// Page returns the blocks of a page: its title and description (when not
// empty) and then its body's.
func Page(title, description string, body []byte) []Block {
	var out []Block
	if title != "" {
		out = append(out, Block{ID: Title, Kind: Title, Text: title, Digest: Digest(Title, title)})
	}
	if description != "" {
		out = append(out, Block{ID: Description, Kind: Description, Text: description, Digest: Digest(Description, description)})
	}
	return append(out, Body(body)...)
}

// Body returns the blocks of a Markdown body.
func Body(body []byte) []Block {
	doc := md.Parser().Parse(text.NewReader(body))
	var out []Block
	add := func(kind string, segs []text.Segment, raw bool) {
		if len(segs) == 0 {
			return
		}
		b := Block{Kind: kind, start: segs[0].Start, end: segs[len(segs)-1].Stop}
		for b.end > b.start && (body[b.end-1] == '\n' || !raw && (body[b.end-1] == ' ' || body[b.end-1] == '\t')) {
			b.end--
		}
		if raw {
			b.Text = string(body[b.start:b.end])
		} else {
			lines := make([]string, len(segs))
			for i, s := range segs {
				lines[i] = strings.TrimRight(string(s.Value(body)), "\n")
				if i > 0 {
					lines[i] = strings.TrimLeft(lines[i], " \t")
				}
			}
			b.Text = strings.TrimRight(strings.Join(lines, "\n"), " \t")
		}
		b.cont = continuation(body, segs)
		b.Line = 1 + strings.Count(string(body[:b.start]), "\n")
		b.Digest = Digest(kind, b.Text)
		out = append(out, b)
	}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			add(Heading, segments(n), false)
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			add(context(n), segments(n), false)
			return ast.WalkSkipChildren, nil
		case *east.DefinitionTerm:
			add(Term, segments(n), false)
			return ast.WalkSkipChildren, nil
		case *east.TableRow, *east.TableHeader:
			var segs []text.Segment
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				segs = append(segs, segments(c)...)
			}
			if len(segs) > 0 {
				add(Row, []text.Segment{{Start: segs[0].Start, Stop: segs[len(segs)-1].Stop}}, true)
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			add(Code, segments(n), true)
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			add(HTML, segments(n), true)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	// goldmark moves footnotes to the end of the document.
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	for i := range out {
		out[i].ID = fmt.Sprint(i + 1)
	}
	return out
}

// OneLine tells whether a text of the kind must stay on one line.
func OneLine(kind string) bool {
	return kind == Title || kind == Description || kind == Heading || kind == Row || kind == Term
}

func segments(n ast.Node) []text.Segment {
	l := n.Lines()
	out := make([]text.Segment, l.Len())
	for i := range out {
		out[i] = l.At(i)
	}
	return out
}

// context names a paragraph by what holds it.
func context(n ast.Node) string {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.(type) {
		case *ast.ListItem:
			return Item
		case *ast.Blockquote:
			return Quote
		case *east.DefinitionDescription:
			return Definition
		case *east.Footnote:
			return Footnote
		}
	}
	return Paragraph
}

// continuation is the prefix a further line of the block needs: the one
// its second line has, else the first line's with every marker but ">"
// made a space.
func continuation(body []byte, segs []text.Segment) string {
	lineStart := func(i int) int {
		for i > 0 && body[i-1] != '\n' {
			i--
		}
		return i
	}
	if len(segs) > 1 {
		s := segs[1].Start
		p := string(body[lineStart(s):s])
		if strings.TrimLeft(p, " \t>") == "" {
			return p
		}
	}
	s := segs[0].Start
	p := []byte(string(body[lineStart(s):s]))
	for i, c := range p {
		if c != '>' && c != '\t' {
			p[i] = ' '
		}
	}
	return string(p)
}

// Replace returns body with the text of each block whose id is a key of
// texts replaced by the value. Blocks are those Body returned for body.
func Replace(body []byte, bs []Block, texts map[string]string) []byte {
	var todo []Block
	for _, b := range bs {
		if _, ok := texts[b.ID]; ok && b.end > b.start {
			todo = append(todo, b)
		}
	}
	sort.Slice(todo, func(i, j int) bool { return todo[i].start < todo[j].start })
	var out []byte
	at := 0
	for _, b := range todo {
		out = append(out, body[at:b.start]...)
		sep := "\n" + b.cont
		if OneLine(b.Kind) {
			sep = " "
		}
		t := strings.ReplaceAll(strings.TrimSpace(texts[b.ID]), "\n", sep)
		out = append(out, t...)
		at = b.end
	}
	return append(out, body[at:]...)
}
