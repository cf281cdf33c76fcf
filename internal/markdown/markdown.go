// Package markdown turns a page's Markdown body into HTML with goldmark.
//
// It owns the Markdown dialect of the builder: CommonMark with the GitHub
// extensions (tables, strikethrough, autolinks, task lists), footnotes,
// definition lists, the typographer (unless a page turns it off), heading
// attributes ("## Title {#id}") and block attributes in the kramdown style: a
// paragraph that holds only "{: #id .class lang=fr}" sets those attributes on
// the block before it. Only id, class, lang and dir can be set that way. An
// id set so on a heading replaces its id in Result.Headings and Result.IDs
// too, so the table of contents, search and the anchor check all use it.
//
// Heading IDs are made from the heading's text in any script: letters and
// digits of every alphabet are kept and lowered, so "Права человека" becomes
// "права-человека" rather than nothing.
//
// Links are handed to a Resolver as they are found, so the caller decides
// what a link to "../letter.md#documentation" becomes; the package reports the
// link's line and column in the original file.
package markdown

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"

	"github.com/wazc/site/internal/ferr"
)

// Options configure a Converter.
type Options struct {
	Unsafe bool // let raw HTML through
}

// Converter converts Markdown. It is safe for concurrent use.
type Converter struct {
	// md is indexed by [typographer][linkify].
	md [2][2]goldmark.Markdown
}

// New returns a Converter.
func New(o Options) *Converter {
	mk := func(typographer, linkify bool) goldmark.Markdown {
		exts := []goldmark.Extender{extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote, extension.DefinitionList}
		if linkify {
			exts = append(exts, extension.Linkify)
		}
		if typographer {
			exts = append(exts, extension.Typographer)
		}
		var ro []renderer.Option
		if o.Unsafe {
			ro = append(ro, gmhtml.WithUnsafe())
		}
		return goldmark.New(
			goldmark.WithExtensions(exts...),
			goldmark.WithParserOptions(parser.WithAutoHeadingID(), parser.WithAttribute()),
			goldmark.WithRendererOptions(ro...),
		)
	}
	var c Converter
	for t := range 2 {
		for l := range 2 {
			c.md[t][l] = mk(t == 1, l == 1)
		}
	}
	return &c
}

// mayAutolink reports whether src holds anything the GFM autolink
// extension could turn into a link: a URL starting with http:, https:,
// ftp: or www., or an e-mail address (an @). Most pages hold none, and
// for them goldmark runs without the extension, which otherwise stops to
// try a link after every space and costs a fifth of the conversion.
// FuzzAutolinkFastPath checks that the HTML is the same either way for
// text with LF line endings (as pages are once loaded), but for one thing:
// the extension leaves spaces at the end of a line (before a line break or
// <br>), which CommonMark drops and browsers do not show.
func mayAutolink(src []byte) bool {
	return bytes.IndexByte(src, '@') >= 0 ||
		bytes.Contains(src, []byte("http:")) || bytes.Contains(src, []byte("https:")) ||
		bytes.Contains(src, []byte("ftp:")) || bytes.Contains(src, []byte("www."))
}

// Heading is a heading of a page, for its table of contents.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// Link is a link found in a page.
type Link struct {
	Dest      string // as written
	Line, Col int
}

// Resolver decides what a link becomes. It returns the new destination, or
// an error that is reported at the link's position. at gives that position
// (line and column of the file) when the resolver needs it: counting lines
// for every link of every page costs more than resolving them.
type Resolver func(dest string, at func() (line, col int)) (string, error)

// Input is one document to convert.
type Input struct {
	Path        string // for errors
	Source      []byte // the Markdown body
	FirstLine   int    // the line of the file Source starts at (1-based)
	Typographer bool
	Resolve     Resolver // nil leaves links as they are
}

// Result is a converted document.
type Result struct {
	HTML     string
	Headings []Heading
	// IDs holds every id in the document: headings, footnotes and ids set
	// with block attributes, so links to "page#id" can be checked.
	IDs map[string]bool
}

// Convert converts in. Problems are returned as a ferr.List; the Result is
// still usable when there are some.
func (c *Converter) Convert(in Input) (Result, error) {
	typo, link := 0, 0
	if in.Typographer {
		typo = 1
	}
	if mayAutolink(in.Source) {
		link = 1
	}
	md := c.md[typo][link]
	ids := newIDs()
	doc := md.Parser().Parse(text.NewReader(in.Source), parser.WithContext(parser.NewContext(parser.WithIDs(ids))))
	w := walker{in: in, ids: ids, res: Result{IDs: ids.used}}
	w.walk(doc)
	// The HTML is built in a strings.Builder, whose String does not copy,
	// through a pooled bufio.Writer, which goldmark would otherwise make
	// for every page.
	var out strings.Builder
	out.Grow(len(in.Source) * 5 / 4)
	bw := writers.Get().(*bufio.Writer)
	bw.Reset(&out)
	err := md.Renderer().Render(bw, in.Source, doc)
	if err == nil {
		err = bw.Flush()
	}
	bw.Reset(nil)
	writers.Put(bw)
	if err != nil {
		w.errs.Add(ferr.New(in.Path, 0, "rendering Markdown: %v", err))
	}
	w.res.HTML = out.String()
	return w.res, w.errs.Err()
}

var writers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 16<<10) }}

type walker struct {
	in   Input
	ids  *ids
	res  Result
	errs ferr.List
	// headingNodes[i] is the node of res.Headings[i], for block
	// attributes that change its id.
	headingNodes []*ast.Heading
	// pos remembers the last position computed: links come in document
	// order, so counting on from it keeps a file full of links linear.
	posOff, posLine, posCol int
	lastLink                int // where the last link was found, to search on from there
}

func (w *walker) walk(doc ast.Node) {
	src := w.in.Source
	var drop []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			id, _ := n.AttributeString("id")
			idb, _ := id.([]byte)
			w.res.Headings = append(w.res.Headings, Heading{Level: n.Level, ID: string(idb), Text: plainText(n, src)})
			w.headingNodes = append(w.headingNodes, n)
		case *ast.Paragraph:
			if w.ial(n) {
				drop = append(drop, n)
				return ast.WalkSkipChildren, nil
			}
		case *ast.Link:
			w.link(n, n.Destination, func(d string) { n.Destination = []byte(d) })
		case *extast.Footnote:
			// goldmark names footnotes fn:N and their references fnref:N.
			w.ids.Put(fmt.Appendf(nil, "fn:%d", n.Index))
		case *extast.FootnoteLink:
			w.ids.Put(fmt.Appendf(nil, "fnref:%d", n.Index))
		}
		return ast.WalkContinue, nil
	})
	for _, n := range drop {
		n.Parent().RemoveChild(n.Parent(), n)
	}
}

func (w *walker) link(n ast.Node, dest []byte, set func(string)) {
	if w.in.Resolve == nil {
		return
	}
	off := offsetOf(n, w.in.Source, dest, w.lastLink)
	if off >= 0 {
		w.lastLink = off + 1
	}
	at := func() (int, int) { return w.position(off) }
	d, err := w.in.Resolve(string(dest), at)
	if err != nil {
		line, col := at()
		w.errs.Add(&ferr.FileError{Path: w.in.Path, Line: line, Col: col, Err: err})
		return
	}
	set(d)
}

func (w *walker) errorAt(off int, format string, args ...any) {
	e := ferr.New(w.in.Path, 0, format, args...)
	e.Line, e.Col = w.position(off)
	w.errs.Add(e)
}

// position turns an offset in the source into a line and column of the file.
func (w *walker) position(off int) (line, col int) {
	if off < 0 || off > len(w.in.Source) {
		return 0, 0
	}
	if off < w.posOff || w.posLine == 0 {
		w.posOff, w.posLine, w.posCol = 0, w.in.FirstLine, 1
	}
	between := w.in.Source[w.posOff:off]
	if nl := bytes.Count(between, []byte{'\n'}); nl > 0 {
		w.posLine += nl
		w.posCol = 1 + utf8.RuneCount(between[bytes.LastIndexByte(between, '\n')+1:])
	} else {
		w.posCol += utf8.RuneCount(between)
	}
	w.posOff = off
	return w.posLine, w.posCol
}

// offsetOf finds where a link starts in the source: the "[" that opens it.
// goldmark keeps no position for inline nodes, so it looks in the link's
// block for "](dest" at or after the link's first text and walks back to
// the matching "[". Reference links fall back to the first text, and links
// without text to the block's start.
func offsetOf(n ast.Node, src []byte, dest []byte, after int) int {
	first := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			first = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	var block ast.Node
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			block = p
			break
		}
	}
	if block == nil {
		return first
	}
	lines := block.Lines()
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	from := start
	if first > start && first <= end {
		from = first
	}
	if after > from && after <= end {
		from = after
	}
	needle := append([]byte("]("), dest...)
	if i := bytes.Index(src[from:end], needle); i >= 0 {
		depth := 0
		for j := from + i; j >= start; j-- {
			switch src[j] {
			case ']':
				depth++
			case '[':
				depth--
				if depth == 0 {
					return j
				}
			}
		}
	}
	if first >= 0 {
		if first > 0 && src[first-1] == '[' {
			return first - 1
		}
		return first
	}
	return start
}

func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			// The typographer's strings are HTML entities ("&rsquo;").
			if t.IsCode() {
				b.WriteString(html.UnescapeString(string(t.Value)))
			} else {
				b.Write(t.Value)
			}
		case *ast.CodeSpan:
			for ch := t.FirstChild(); ch != nil; ch = ch.NextSibling() {
				if tx, ok := ch.(*ast.Text); ok {
					b.Write(tx.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}
