package serve

import (
	"bufio"
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/wazc/site/internal/ferr"
)

// DefaultEditor is the editor link of the error overlay: VS Code's URL
// scheme. {path} is the file's absolute path (percent-encoded), {line} and
// {col} its position (1 when unknown).
const DefaultEditor = "vscode://file{path}:{line}:{col}"

// problem is one build error as the overlay shows it.
type problem struct {
	Text    string  `json:"text"` // path:line:col: message, as printed
	Path    string  `json:"path,omitempty"`
	Line    int     `json:"line,omitempty"`
	Col     int     `json:"col,omitempty"`
	Message string  `json:"message"`
	Link    string  `json:"link,omitempty"` // opens the file in the editor
	Frame   []frame `json:"frame,omitempty"`
}

// frame is one line of a code frame: the offending line and two on each
// side.
type frame struct {
	N    int    `json:"n"`
	Text string `json:"text"`
	Here bool   `json:"here,omitempty"`
}

// problems describes every error of a build for the overlay, with code
// frames read from the site's files.
func problems(err error, source, editor string) []problem {
	root, _ := filepath.Abs(source)
	var out []problem
	for _, e := range ferr.Errors(err) {
		p := problem{Text: e.Error(), Message: e.Error()}
		var fe *ferr.FileError
		if errors.As(e, &fe) {
			p.Path, p.Line, p.Col, p.Message = fe.Path, fe.Line, fe.Col, fe.Err.Error()
			// Build errors name files of the site; anything else is shown
			// without a frame or link.
			if rel := filepath.FromSlash(fe.Path); filepath.IsLocal(rel) {
				abs := filepath.Join(root, rel)
				p.Link = editorLink(editor, abs, fe.Line, fe.Col)
				p.Frame = codeFrame(abs, fe.Line)
			}
		}
		out = append(out, p)
	}
	return out
}

// editorLink fills an editor URL template.
func editorLink(tmpl, abs string, line, col int) string {
	if tmpl == "" {
		tmpl = DefaultEditor
	}
	p := (&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath()
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: C:/… becomes /C:/…
	}
	return strings.NewReplacer("{path}", p, "{line}", strconv.Itoa(max(line, 1)), "{col}", strconv.Itoa(max(col, 1))).Replace(tmpl)
}

// codeFrame is the line of a file and two on each side.
func codeFrame(abs string, line int) []frame {
	if line <= 0 {
		return nil
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		return nil
	}
	var out []frame
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan() && n <= line+2; n++ {
		if n >= line-2 {
			out = append(out, frame{N: n, Text: sc.Text(), Here: n == line})
		}
	}
	return out
}
