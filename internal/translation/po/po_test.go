package po

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteThenParseGivesTheSameEntries(t *testing.T) {
	f := &File{Header: [][2]string{{"Language", "fr"}, {"Content-Type", "text/plain; charset=UTF-8"}}}
	f.Entries = []*Entry{
		{Extracted: []string{"paragraph"}, Refs: []string{"content/en/a.md:3"}, Ctxt: "a.md#1", ID: "Two\nlines with \"quotes\" and \\ and\ttab", Str: "Deux\nlignes"},
		{Flags: []string{"fuzzy"}, PrevCtxt: "a.md#2", PrevID: "Old text", Ctxt: "a.md#2", ID: "New text", Str: "Ancien texte"},
	}
	var buf bytes.Buffer
	f.Write(&buf)
	got, err := Parse("a.po", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got.Get("language") != "fr" || len(got.Entries) != 2 {
		t.Fatalf("header %v, %d entries:\n%s", got.Header, len(got.Entries), buf.String())
	}
	a, b := got.Entries[0], got.Entries[1]
	if a.ID != f.Entries[0].ID || a.Str != "Deux\nlignes" || a.Ctxt != "a.md#1" || a.Refs[0] != "content/en/a.md:3" || a.Fuzzy() {
		t.Errorf("first entry read back as %+v", a)
	}
	if !b.Fuzzy() || b.PrevID != "Old text" || b.Str != "Ancien texte" || b.Line != 20 {
		t.Errorf("second entry read back as %+v\n%s", b, buf.String())
	}
}

// gettext's tools wrap long strings and put no blank line between
// entries at times; both read the same.
func TestParseReadsWrappedStringsAndObsoleteEntries(t *testing.T) {
	src := "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\n#, fuzzy\nmsgctxt \"a.md#1\"\nmsgid \"\"\n\"one \"\n\"two\"\nmsgstr \"\"\n\"раз \"\n\"два\"\nmsgctxt \"a.md#2\"\nmsgid \"x\"\nmsgstr \"y\"\n\n#~ msgid \"gone\"\n#~ msgstr \"ушло\"\n"
	f, err := Parse("ru.po", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Entries) != 2 || f.Entries[0].ID != "one two" || f.Entries[0].Str != "раз два" || !f.Entries[0].Fuzzy() || f.Entries[1].Str != "y" {
		t.Errorf("entries %+v %+v", f.Entries[0], f.Entries[1])
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"msgid \"a\"\nmsgstr \"b\n", "x.po:2: expected a string in double quotes"},
		{"msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\n", "x.po:2: plural forms (msgid_plural) are not used by pages"},
		{"msgstr \"b\"\n", "x.po:1: msgstr without msgid"},
		{"msgid \"a\"\nmsgstr \"b\"\nfrobnicate \"c\"\n", "x.po:3: unknown keyword \"frobnicate\""},
	} {
		_, err := Parse("x.po", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%q) = %v, want %q", c.src, err, c.want)
		}
	}
}
