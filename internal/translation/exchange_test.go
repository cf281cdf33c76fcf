package translation_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wazc/site/internal/translation"
	"github.com/wazc/site/internal/translation/po"
	"github.com/wazc/site/internal/translation/xliff"
)

func export(t *testing.T, dir, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := translation.Export(&buf, dir, load(t, dir), translation.NewHistory(dir), "fr", format, []string{"content/en/guide.md"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func importFile(t *testing.T, dir, name string, data []byte) (*translation.Imported, error) {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	os.WriteFile(file, data, 0o644)
	return translation.Import(dir, load(t, dir), translation.NewHistory(dir), file, data)
}

// translated is what the test's translator writes for a source.
var translated = map[string]string{
	"The second paragraph says very little.": "Le deuxième paragraphe dit très peu.",
	"Getting started":                        "Pour commencer",
}

// wantAfterImport is the French page after the round trip: the new
// translations in place, everything else as the translation had it, or,
// for code and attributes, as the original has it.
var wantAfterImport = []string{
	"title: \"Guide (fr)\"\n",
	"## Pour commencer {#start .big}\n",
	"Le premier paragraphe, avec de l’*emphase* et un [lien](other.md).\n",
	"\nLe deuxième paragraphe dit très peu.\n",
	"- un élément\n- deux éléments[^n]\n",
	"> Une citation\n> sur deux lignes.\n",
	"| Nom | Valeur |\n|------|-------|\n",
	"```sh\nsite build --dest out\n```\n",
	"[^n]: Une note avec `code`.\n",
}

// staleSite is twoLangs after the original's heading and a paragraph
// changed.
func staleSite(t *testing.T) string {
	dir := gitSite(t, twoLangs)
	edit(t, dir, "content/en/guide.md", "says nothing much.", "says very little.")
	edit(t, dir, "content/en/guide.md", "## Start {#start", "## Getting started {#start")
	commit(t, dir, "edit")
	return dir
}

func TestI18nExportPOMarksChangedBlocksFuzzyWithTheirPreviousSource(t *testing.T) {
	dir := staleSite(t)
	out := string(export(t, dir, "po"))
	mustContain(t, "the PO file", out,
		"\"Language: fr\\n\"",
		"#. paragraph\n#: content/en/guide.md:10\n#, fuzzy\n#| msgctxt \"guide.md#3\"\n#| msgid \"The second paragraph says nothing much.\"\nmsgctxt \"guide.md#3\"\nmsgid \"The second paragraph says very little.\"\nmsgstr \"Le deuxième paragraphe ne dit pas grand-chose.\"\n",
		"msgctxt \"guide.md#2\"\nmsgid \"The first paragraph, with *emphasis* and a [link](other.md).\"\nmsgstr \"Le premier paragraphe, avec de l’*emphase* et un [lien](other.md).\"\n",
		"msgctxt \"guide.md#6\"\nmsgid \"\"\n\"A quotation\\n\"\n\"on two lines.\"\n",
		"msgid \"Name | Value\"\nmsgstr \"Nom | Valeur\"\n",
	)
	// Code is not for translating.
	mustNotContain(t, "the PO file", out, "site build --dest")
	if !bytes.Equal(export(t, dir, "po"), []byte(out)) {
		t.Error("two exports of the same site differ")
	}
	msgfmtCheck(t, out)
	toolkitReadsPO(t, out)
}

func TestI18nPORoundTripKeepsStructureLinksAndCode(t *testing.T) {
	dir := staleSite(t)
	f, err := po.Parse("fr.po", export(t, dir, "po"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range f.Entries {
		if tr, ok := translated[e.ID]; ok {
			e.Str, e.Flags, e.PrevID = tr, nil, ""
		}
	}
	var filled bytes.Buffer
	f.Write(&filled)
	msgfmtCheck(t, filled.String())
	res, err := importFile(t, dir, "fr.po", filled.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(res.Written, " ") != "content/fr/guide.md" {
		t.Errorf("written %v, skipped %v", res.Written, res.Skipped)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "content/fr/guide.md"))
	mustContain(t, "the imported page", string(got), wantAfterImport...)
	if st := status(t, dir, "guide.md"); st != "guide.md original ok" {
		t.Errorf("after import: %q", st)
	}
}

func TestI18nImportSkipsAPageWithFuzzyUnits(t *testing.T) {
	dir := staleSite(t)
	before, _ := os.ReadFile(filepath.Join(dir, "content/fr/guide.md"))
	res, err := importFile(t, dir, "fr.po", export(t, dir, "po"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written) != 0 || len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0], "content/fr/guide.md: 2 of 11 units not translated yet") {
		t.Errorf("written %v, skipped %q", res.Written, res.Skipped)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "content/fr/guide.md"))
	if !bytes.Equal(before, after) {
		t.Error("a skipped page was written")
	}
}

func TestI18nImportRefusesBadUnitsAndWritesNothing(t *testing.T) {
	dir := staleSite(t)
	f, err := po.Parse("fr.po", export(t, dir, "po"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range f.Entries {
		e.Flags, e.PrevID = nil, ""
		if tr, ok := translated[e.ID]; ok {
			e.Str = tr
		}
		switch e.Ctxt {
		case "guide.md#2":
			e.Str = "Le premier paragraphe, sans lien."
		case "guide.md#5":
			e.Str = "deux éléments"
		case "guide.md#7":
			e.Str = "Nom"
		case "guide.md#1":
			e.Str = "Deux\nlignes"
		}
	}
	var filled bytes.Buffer
	f.Write(&filled)
	before, _ := os.ReadFile(filepath.Join(dir, "content/fr/guide.md"))
	_, err = importFile(t, dir, "fr.po", filled.Bytes())
	if err == nil {
		t.Fatal("a file with bad units was imported")
	}
	mustContain(t, "the errors", err.Error(),
		"fr.po:28: guide.md#1: a heading must stay on one line",
		"fr.po:36: guide.md#2: the translation drops the source's link other.md",
		"fr.po:54: guide.md#5: the translation must keep the source's code and footnote references: the source has footnote [^n], the translation none",
		"fr.po:70: guide.md#7: the table row must keep its 2 cells")
	after, _ := os.ReadFile(filepath.Join(dir, "content/fr/guide.md"))
	if !bytes.Equal(before, after) {
		t.Error("a refused import wrote the page")
	}

	// A file older than the original.
	old := bytes.Replace(filled.Bytes(), []byte(`msgid "The first paragraph`), []byte(`msgid "The very first paragraph`), 1)
	_, err = importFile(t, dir, "old.po", old)
	mustContain(t, "the error", errString(err), "old.po:36: guide.md#2: the source is not the text of content/en/guide.md now (it changed since the export): export again")

	// A PO file that does not parse.
	_, err = importFile(t, dir, "broken.po", []byte("msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgctxt \"guide.md#2\"\nmsgid \"unclosed\n"))
	mustContain(t, "the error", errString(err), "broken.po:5: expected a string in double quotes")
}

func errString(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}

func TestI18nXLIFFRoundTripKeepsStructureLinksAndCode(t *testing.T) {
	dir := staleSite(t)
	out := export(t, dir, "xliff")
	mustContain(t, "the XLIFF file", string(out),
		`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">`,
		`<file id="guide.md" original="content/en/guide.md">`,
		`<note category="previous-source">The second paragraph says nothing much.</note>`,
		`<segment state="initial">`,
		`<source xml:space="preserve">The first paragraph, with *emphasis* and a [link](other.md).</source>`,
	)
	xliffJSReads(t, out)
	doc, err := xliff.Parse("fr.xlf", out)
	if err != nil {
		t.Fatal(err)
	}
	for i := range doc.Files {
		for j := range doc.Files[i].Units {
			seg := &doc.Files[i].Units[j].Segment
			src, _ := seg.Source.String()
			if tr, ok := translated[src]; ok {
				t := xliff.NewText(tr)
				seg.Target, seg.State = &t, "translated"
			}
		}
	}
	var filled bytes.Buffer
	doc.Write(&filled)
	if _, err := importFile(t, dir, "fr.xlf", filled.Bytes()); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "content/fr/guide.md"))
	mustContain(t, "the imported page", string(got), wantAfterImport...)

	bad := bytes.Replace(filled.Bytes(), []byte("Pour commencer</target>"), []byte("Pour <b>commencer</b></target>"), 1)
	_, err = importFile(t, dir, "bad.xlf", bad)
	mustContain(t, "the error", errString(err), "bad.xlf:", "guide.md#1: target: inline element <b> is not supported")
	_, err = importFile(t, dir, "v1.xlf", []byte(`<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"></xliff>`))
	mustContain(t, "the error", errString(err), "v1.xlf:1: not XLIFF 2.0")
}

// msgfmtCheck runs GNU gettext's msgfmt --check on a PO file.
func msgfmtCheck(t *testing.T, file string) {
	t.Helper()
	if _, err := exec.LookPath("msgfmt"); err != nil {
		t.Log("not checked with msgfmt: it is not installed (install Debian's gettext)")
		return
	}
	cmd := exec.Command("msgfmt", "--check", "-o", os.DevNull, "-")
	cmd.Stdin = strings.NewReader(file)
	if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("msgfmt --check: %v\n%s", err, out)
	}
}

// toolkitReadsPO reads a PO file with translate-toolkit and checks that it
// sees the fuzzy unit and its previous source.
func toolkitReadsPO(t *testing.T, file string) {
	t.Helper()
	script := `
import sys
from translate.storage import po
store = po.pofile(sys.stdin.buffer.read())
units = [u for u in store.units if not u.isheader()]
fuzzy = [u for u in units if u.isfuzzy()]
print(len(units), len(fuzzy), fuzzy[0].getcontext(), fuzzy[0].prev_source)
`
	cmd := exec.Command("/usr/bin/python3", "-c", script)
	cmd.Stdin = strings.NewReader(file)
	out, err := cmd.CombinedOutput()
	if err != nil && strings.Contains(string(out), "No module named 'translate'") || os.IsNotExist(err) {
		t.Log("not read with translate-toolkit: it is not installed (install Debian's translate-toolkit)")
		return
	}
	if got, want := strings.TrimSpace(string(out)), "11 2 guide.md#1 Start"; got != want {
		t.Errorf("translate-toolkit read %q (%v), want %q", got, err, want)
	}
}

// xliffJSReads reads an XLIFF 2.0 file with the npm package xliff
// (xliff2js), which XLIFF_JS names: Debian's translate-toolkit reads only
// XLIFF 1.x.
func xliffJSReads(t *testing.T, file []byte) {
	t.Helper()
	mod := os.Getenv("XLIFF_JS")
	if _, err := exec.LookPath("node"); err != nil || mod == "" {
		t.Log("not read with the npm package xliff: set XLIFF_JS to its folder (.ci/run installs it)")
		return
	}
	script := `
const fs = require("fs");
require(process.env.XLIFF_JS).xliff2js(fs.readFileSync(0, "utf8"), (err, res) => {
  if (err) { console.log("error: " + err.message); return; }
  const units = res.resources["guide.md"];
  console.log(res.sourceLanguage, res.targetLanguage, Object.keys(units).length, units.b2.source, "|", units.b2.target);
});`
	cmd := exec.Command("node", "-e", script)
	cmd.Stdin = bytes.NewReader(file)
	out, err := cmd.CombinedOutput()
	want := "en fr 11 The first paragraph, with *emphasis* and a [link](other.md). | Le premier paragraphe, avec de l’*emphase* et un [lien](other.md)."
	if got := strings.TrimSpace(string(out)); got != want || err != nil {
		t.Errorf("xliff2js read %q (%v), want %q", got, err, want)
	}
}
