// Package xliff reads and writes XLIFF 2.0 documents
// (urn:oasis:names:tc:xliff:document:2.0, the OASIS standard of 2014) with
// encoding/xml: the core's <xliff>, <file>, <unit>, <notes>/<note>,
// <segment> with its state, <source> and <target>. Texts are plain: a
// block's Markdown source, with no inline elements; a target that holds
// elements is refused when read, since their meaning would be lost.
//
// States are the core's: initial (not translated, or translated from an
// older source and to be checked), translated, reviewed, final. A note of
// category "previous-source" holds the source a stale target was made
// from, as gettext's "#| msgid" does.
package xliff

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/wazc/site/internal/ferr"
)

// Namespace is XLIFF 2.0's.
const Namespace = "urn:oasis:names:tc:xliff:document:2.0"

// Document is an XLIFF 2.0 document.
type Document struct {
	XMLName xml.Name `xml:"urn:oasis:names:tc:xliff:document:2.0 xliff"`
	Version string   `xml:"version,attr"`
	SrcLang string   `xml:"srcLang,attr"`
	TrgLang string   `xml:"trgLang,attr,omitempty"`
	Files   []File   `xml:"file"`
}

// File is one <file>: one page.
type File struct {
	ID       string `xml:"id,attr"`
	Original string `xml:"original,attr,omitempty"`
	Units    []Unit `xml:"unit"`
}

// Unit is one translatable block.
type Unit struct {
	ID      string  `xml:"id,attr"`
	Name    string  `xml:"name,attr,omitempty"`
	Notes   *Notes  `xml:"notes,omitempty"` // nil for none: an empty <notes> is invalid
	Segment Segment `xml:"segment"`
	Line    int     `xml:"-"` // of the <unit>, when read
}

// Notes is a unit's <notes>.
type Notes struct {
	Notes []Note `xml:"note"`
}

// Note is a <note>.
type Note struct {
	Category string `xml:"category,attr,omitempty"`
	Text     string `xml:",chardata"`
}

// Segment is a unit's one <segment>.
type Segment struct {
	State  string `xml:"state,attr,omitempty"`
	Source Text   `xml:"source"`
	Target *Text  `xml:"target,omitempty"`
}

// Text is the content of a <source> or <target>.
type Text struct {
	Space string `xml:"xml:space,attr,omitempty"` // written only
	Inner string `xml:",innerxml"`
}

// NewText makes a text from a string, escaped.
func NewText(s string) Text {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return Text{Space: "preserve", Inner: b.String()}
}

// String returns the text, which must hold no elements.
func (t Text) String() (string, error) {
	d := xml.NewDecoder(strings.NewReader("<t>" + t.Inner + "</t>"))
	var sb strings.Builder
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return sb.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > 1 {
				return "", fmt.Errorf("inline element <%s> is not supported: write the text as plain Markdown", tok.Name.Local)
			}
		case xml.EndElement:
			depth--
		case xml.CharData:
			sb.Write(tok)
		}
	}
}

// Write writes the document, indented.
func (d *Document) Write(w io.Writer) error {
	d.Version = "2.0"
	io.WriteString(w, xml.Header)
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(d); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// Parse reads a document; errors are name:line: message.
func Parse(name string, data []byte) (*Document, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	doc := &Document{}
	var file *File
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		line, _ := dec.InputPos()
		if err != nil {
			return nil, ferr.New(name, line, "%v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "file" {
				file = nil
			}
			continue
		}
		switch se.Name.Local {
		case "xliff":
			if se.Name.Space != Namespace {
				return nil, ferr.New(name, line, "not XLIFF 2.0: the namespace is %q, want %q", se.Name.Space, Namespace)
			}
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "version":
					doc.Version = a.Value
				case "srcLang":
					doc.SrcLang = a.Value
				case "trgLang":
					doc.TrgLang = a.Value
				}
			}
		case "file":
			doc.Files = append(doc.Files, File{})
			file = &doc.Files[len(doc.Files)-1]
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "id":
					file.ID = a.Value
				case "original":
					file.Original = a.Value
				}
			}
		case "unit":
			if file == nil {
				return nil, ferr.New(name, line, "<unit> outside <file>")
			}
			var u Unit
			if err := dec.DecodeElement(&u, &se); err != nil {
				l, _ := dec.InputPos()
				return nil, ferr.New(name, l, "%v", err)
			}
			u.Line = line
			file.Units = append(file.Units, u)
		}
	}
	if doc.Version != "2.0" {
		return nil, ferr.New(name, 1, "not XLIFF 2.0: version %q", doc.Version)
	}
	return doc, nil
}
