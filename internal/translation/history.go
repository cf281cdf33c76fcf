package translation

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/frontmatter"
	"github.com/wazc/site/internal/translation/blocks"
)

// History finds the old versions of a site's files in its git history,
// with the git program: "git log --format=%H -- PATH" lists the commits
// that changed a file, "git show REV:PATH" gives its text there, and a
// version is recognised by its digest (content.Digest), the one
// translationOf records.
type History struct {
	root    string
	err     error // why there is no history to look in
	shallow bool
	revs    map[string][]string // path → commits that changed it, newest first
	src     map[string][]byte   // "rev:path" → text
}

// NewHistory opens the history of the site at root. It never fails: what
// is missing (no git, not a checkout) is told when a version is asked for.
func NewHistory(root string) *History {
	h := &History{root: root, revs: map[string][]string{}, src: map[string][]byte{}}
	if _, err := exec.LookPath("git"); err != nil {
		h.err = errors.New("git is not installed, so the old text of originals cannot be looked up")
		return h
	}
	out, err := h.git("rev-parse", "--is-shallow-repository")
	if err != nil {
		h.err = fmt.Errorf("%s is not in a git checkout, so the old text of originals cannot be looked up", root)
		return h
	}
	h.shallow = strings.TrimSpace(string(out)) == "true"
	return h
}

func (h *History) git(args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", h.root, "-c", "core.quotepath=off"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// commits lists the commits that changed path (relative to the root),
// newest first.
func (h *History) commits(path string) ([]string, error) {
	if h.err != nil {
		return nil, h.err
	}
	if revs, ok := h.revs[path]; ok {
		return revs, nil
	}
	out, err := h.git("log", "--format=%H", "--", path)
	if err != nil {
		return nil, err
	}
	revs := strings.Fields(string(out))
	h.revs[path] = revs
	return revs, nil
}

// show is the normalised text of path at rev.
func (h *History) show(rev, path string) ([]byte, error) {
	key := rev + ":" + path
	if src, ok := h.src[key]; ok {
		return src, nil
	}
	src, err := h.git("show", rev+":./"+path)
	if err != nil {
		return nil, err
	}
	src = content.Normalize(src)
	h.src[key] = src
	return src, nil
}

// Version is an old version of a file.
type Version struct {
	Rev    string // the commit
	Src    []byte
	Digest string
}

// Find returns the version of path whose digest is digest.
func (h *History) Find(path, digest string) (*Version, error) {
	v, revs, err := h.newest(path, func(d string) bool { return d == digest })
	if v != nil || err != nil {
		return v, err
	}
	if h.shallow {
		return nil, fmt.Errorf("version %s of %s is not in this shallow clone's history (run \"git fetch --unshallow\" to fetch the rest)", digest, path)
	}
	return nil, fmt.Errorf("no commit of %s has version %s (%d commits searched): the history was rewritten, or the version was never committed", path, digest, len(revs))
}

// Before returns the newest version of path that differs from the one with
// digest current: the version before the latest edit, committed or not.
func (h *History) Before(path, current string) (*Version, error) {
	v, _, err := h.newest(path, func(d string) bool { return d != current })
	if v != nil || err != nil {
		return v, err
	}
	if h.shallow {
		return nil, fmt.Errorf("no earlier version of %s in this shallow clone's history (run \"git fetch --unshallow\")", path)
	}
	return nil, fmt.Errorf("%s has no earlier version in git history", path)
}

// newest returns the newest committed version of path whose digest ok
// accepts, or nil, and the commits it searched.
func (h *History) newest(path string, ok func(digest string) bool) (*Version, []string, error) {
	revs, err := h.commits(path)
	if err != nil {
		return nil, nil, err
	}
	for _, rev := range revs {
		src, err := h.show(rev, path)
		if err != nil {
			continue // deleted in that commit
		}
		if d := content.Digest(src); ok(d) {
			return &Version{rev, src, d}, revs, nil
		}
	}
	return nil, revs, nil
}

// Blocks parses a version as a page, for its blocks.
func (v *Version) Blocks(path string) ([]blocks.Block, error) {
	return pageBlocks(path, v.Src)
}

// pageBlocks returns the blocks of a page's source.
func pageBlocks(path string, src []byte) ([]blocks.Block, error) {
	fm, body, _, err := frontmatter.Split(path, src)
	if err != nil {
		return nil, err
	}
	// Read as package content reads a page (a title of Yes is "Yes"), so
	// that the blocks compare with those of loaded pages. A front matter
	// that does not decode still has a body to compare.
	m, _ := frontmatter.Decode(path, fm)
	title, _ := frontmatter.Text(fm, "title", m["title"])
	desc, _ := frontmatter.Text(fm, "description", m["description"])
	return blocks.Page(strings.TrimSpace(title), desc, body), nil
}

// Date is the date of the checkout's latest commit, "2006-01-02 15:04-0700",
// or "" without history: a date that the same checkout always gives.
func (h *History) Date() string {
	if h.err != nil {
		return ""
	}
	out, err := h.git("log", "-1", "--format=%cd", "--date=format:%Y-%m-%d %H:%M%z")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
