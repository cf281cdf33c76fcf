package translation_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/sitetest"
	"github.com/wazc/site/internal/translation"
)

func TestI18nDiffShowsTheOneEditedParagraphAndNothingElse(t *testing.T) {
	dir := gitSite(t, twoLangs)
	if got := status(t, dir, "guide.md"); got != "guide.md original ok" {
		t.Fatalf("after marking: %q", got)
	}
	edit(t, dir, "content/en/guide.md", "says nothing much.", "says very little.")
	commit(t, dir, "edit one paragraph")
	if got, want := status(t, dir, "guide.md"), "guide.md original stale (1 of 12 blocks changed)"; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	out := diff(t, dir, filepath.Join(dir, "content/fr/guide.md"))
	mustContain(t, "the diff", out,
		"content/fr/guide.md: stale (1 of 12 blocks changed); original content/en/guide.md",
		"content/en/guide.md:10: paragraph changed",
		"old: The second paragraph says [-nothing much-].",
		"new: The second paragraph says {+very little+}.",
		"content/fr/guide.md:12: the translation's block",
		"Le deuxième paragraphe ne dit pas grand-chose.")
	mustNotContain(t, "the diff", out, "first paragraph", "A quotation", "one item", "Start")
}

func TestI18nDiffAlignsInsertedAndMovedParagraphs(t *testing.T) {
	dir := gitSite(t, twoLangs)
	edit(t, dir, "content/en/guide.md", "The second paragraph", "A paragraph put in between.\n\nThe second paragraph")
	commit(t, dir, "insert")
	if got, want := status(t, dir, "guide.md"), "guide.md original stale (1 of 13 blocks changed)"; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	out := diff(t, dir, filepath.Join(dir, "content/fr"))
	mustContain(t, "the diff", out, "content/en/guide.md:10: paragraph added", "{+A paragraph put in between.+}")
	mustNotContain(t, "the diff", out, "first paragraph", "second paragraph", "changed\n")

	// Moved: the two items swap places; one of them is unchanged in place.
	edit(t, dir, "content/en/guide.md", "- one item\n- two items[^n]", "- two items[^n]\n- one item")
	commit(t, dir, "reorder")
	out = diff(t, dir, filepath.Join(dir, "content/fr/guide.md"))
	mustContain(t, "the diff", out, "stale (3 of 13 blocks changed)", "item added\n  new: {+two items[^n]+}", "a block was removed\n  old: [-two items[^n]-]", "deux éléments")
	mustNotContain(t, "the diff", out, "first paragraph", "A quotation", "one item")
}

func TestI18nDiffShowsARenamedHeadingWithoutItsAttributes(t *testing.T) {
	dir := gitSite(t, twoLangs)
	edit(t, dir, "content/en/guide.md", "## Start {#start .big}", "## Getting started {#start .big}")
	commit(t, dir, "rename")
	out := diff(t, dir)
	mustContain(t, "the diff", out, "content/en/guide.md:6: heading changed", "old: [-Start-]", "new: {+Getting started+}", "Début")
	mustNotContain(t, "the diff", out, "{#start", "paragraph")
}

func TestI18nDiffColoursWordsForATerminal(t *testing.T) {
	dir := gitSite(t, twoLangs)
	edit(t, dir, "content/en/guide.md", "says nothing much.", "says very little.")
	changes, _, err := translation.Stale(dir, load(t, dir), translation.NewHistory(dir), []string{"content"})
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	translation.WriteDiff(&buf, changes, true)
	mustContain(t, "the coloured diff", buf.String(), "\x1b[1;31;9mnothing much\x1b[0m", "\x1b[1;32;4mvery little\x1b[0m")
	mustNotContain(t, "the coloured diff", buf.String(), "[-", "{+")
}

func TestI18nMarkMinorMakesCurrentTranslationsCurrentAgain(t *testing.T) {
	dir := gitSite(t, twoLangs)
	// A typo fixed, not yet committed.
	edit(t, dir, "content/en/guide.md", "says nothing much.", "says nothing much!")
	if got := status(t, dir, "guide.md"); got != "guide.md original stale (1 of 12 blocks changed)" {
		t.Fatalf("before --minor: %q", got)
	}
	done, err := translation.MarkMinor(dir, load(t, dir), translation.NewHistory(dir), []string{"content/en/guide.md"})
	if err != nil || len(done) != 1 || !done[0].Marked {
		t.Fatalf("MarkMinor = %+v, %v", done, err)
	}
	if got := status(t, dir, "guide.md"); got != "guide.md original ok" {
		t.Errorf("after --minor: %q", got)
	}
	commit(t, dir, "typo")

	// A real edit makes it stale; a typo fixed after it does not make it
	// current: it was not current before the typo's fix.
	edit(t, dir, "content/en/guide.md", "The first paragraph", "The opening paragraph")
	commit(t, dir, "real edit")
	edit(t, dir, "content/en/guide.md", "A quotation", "A quote")
	done, err = translation.MarkMinor(dir, load(t, dir), translation.NewHistory(dir), []string{"content/en"})
	if err != nil || len(done) != 1 || done[0].Marked {
		t.Fatalf("MarkMinor = %+v, %v", done, err)
	}
	if got := status(t, dir, "guide.md"); got != "guide.md original stale (2 of 12 blocks changed)" {
		t.Errorf("a stale translation after --minor: %q", got)
	}
}

func TestI18nMarksWithoutBlocksStayValid(t *testing.T) {
	dir := gitSite(t, twoLangs)
	// A mark from before translationBlocks existed: only translationOf.
	fr := filepath.Join(dir, "content/fr/guide.md")
	src, _ := os.ReadFile(fr)
	os.WriteFile(fr, regexp.MustCompile(`(?m)^translationBlocks:.*\n`).ReplaceAll(src, nil), 0o644)
	commit(t, dir, "an old mark")
	if got := status(t, dir, "guide.md"); got != "guide.md original ok" {
		t.Fatalf("an old mark: %q", got)
	}
	edit(t, dir, "content/en/guide.md", "says nothing much.", "says very little.")
	commit(t, dir, "edit")
	// The blocks come from the marked version in git history.
	if got := status(t, dir, "guide.md"); got != "guide.md original stale (1 of 12 blocks changed)" {
		t.Errorf("an old mark after an edit: %q", got)
	}
	mustContain(t, "the diff", diff(t, dir), "says {+very little+}.")
}

func TestI18nDiffSaysWhatItCannotShow(t *testing.T) {
	dir := gitSite(t, twoLangs)
	edit(t, dir, "content/en/guide.md", "says nothing much.", "says very little.")
	commit(t, dir, "edit")

	// A mark of a version that no commit has: the blocks are recorded, the
	// old text is not to be had.
	fr := filepath.Join(dir, "content/fr/guide.md")
	src, _ := os.ReadFile(fr)
	os.WriteFile(fr, regexp.MustCompile(`translationOf: "\w+"`).ReplaceAll(src, []byte(`translationOf: "000000000000"`)), 0o644)
	out := diff(t, dir)
	mustContain(t, "the diff without the marked version", out,
		"stale (1 of 12 blocks changed)",
		"the old text is not shown: no commit of content/en/guide.md has version 000000000000",
		"the history was rewritten, or the version was never committed",
		"content/en/guide.md:10: paragraph changed",
		"new: The second paragraph says very little.")
	git(t, dir, "checkout", "-q", "content/fr")

	// A shallow clone has only the latest commit.
	clone := filepath.Join(t.TempDir(), "clone")
	cmd := exec.Command("git", "clone", "-q", "--depth", "1", "file://"+dir, clone)
	cmd.Env = append(os.Environ(), gitEnv...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git clone: %v\n%s", err, out)
	}
	mustContain(t, "the diff in a shallow clone", diff(t, clone), "not in this shallow clone's history", `git fetch --unshallow`)

	// No git checkout at all.
	plain := sitetest.Write(t, "")
	os.CopyFS(plain, os.DirFS(dir))
	os.RemoveAll(filepath.Join(plain, ".git"))
	mustContain(t, "the diff outside git", diff(t, plain), "is not in a git checkout, so the old text of originals cannot be looked up")
}

// TestI18nReaderNoticeSaysHowMuchChanged builds the site with this
// repository's layouts: a stale page's notice counts the changed blocks.
func TestI18nReaderNoticeSaysHowMuchChanged(t *testing.T) {
	dir := gitSite(t, twoLangs)
	sitetest.Repo(t, dir, "layouts", "static")
	edit(t, dir, "content/en/guide.md", "says nothing much.", "says very little.")
	mem := output.NewMemory()
	if _, err := build.Run(build.Options{Source: dir}, mem); err != nil {
		t.Fatal(err)
	}
	page := string(mem.Files()["fr/guide/index.html"])
	mustContain(t, "the French page", page, `Parties modifiées de l’original : 1 sur 12.</p>`, `<a href="/en/guide/" hreflang="en">`)
}
