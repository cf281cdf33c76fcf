package xliff

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteThenParseKeepsTextsStatesAndLines(t *testing.T) {
	tr := NewText("Pour <commencer> & finir")
	doc := &Document{SrcLang: "en", TrgLang: "fr", Files: []File{{ID: "a.md", Units: []Unit{
		{ID: "b1", Name: "a.md#1", Segment: Segment{State: "translated", Source: NewText("To <start> & end"), Target: &tr}},
		{ID: "b2", Name: "a.md#2", Notes: &Notes{[]Note{{Category: "previous-source", Text: "Old"}}}, Segment: Segment{State: "initial", Source: NewText("New")}},
	}}}}
	var buf bytes.Buffer
	if err := doc.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">`) {
		t.Fatalf("no XLIFF 2.0 root:\n%s", buf.String())
	}
	got, err := Parse("a.xlf", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	u := got.Files[0].Units
	src, _ := u[0].Segment.Source.String()
	tgt, _ := u[0].Segment.Target.String()
	if got.TrgLang != "fr" || len(u) != 2 || src != "To <start> & end" || tgt != "Pour <commencer> & finir" || u[1].Segment.Target != nil || u[1].Notes.Notes[0].Text != "Old" {
		t.Errorf("read back %+v", got)
	}
	if u[0].Line != 4 || u[1].Line != 10 {
		t.Errorf("unit lines %d, %d:\n%s", u[0].Line, u[1].Line, buf.String())
	}
}

func TestParseRefusesOtherVersionsAndBrokenXML(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>`, "x.xlf:1: not XLIFF 2.0"},
		{"<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\">\n<file id=\"a\">\n<unit id=\"u\"><segment><source>x</sourc></segment></unit>", "x.xlf:3:"},
	} {
		if _, err := Parse("x.xlf", []byte(c.src)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%q) = %v, want %q", c.src, err, c.want)
		}
	}
}
