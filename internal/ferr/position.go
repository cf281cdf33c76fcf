package ferr

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// This file turns the error messages of the libraries that read the
// user's files into FileErrors at lines of those files, as Hugo's herrors
// does: YAML (yaml.v2, which goldmark-meta reads front matter with, and
// yaml.v3, which reads site.yaml and the strings files) and templates
// (text/template and html/template). Each library's way of writing a
// position is read here and nowhere else.

// YAML returns err, an error yaml.v2 or yaml.v3 returned for data, at the
// lines of the file at path that it names: data is the file's text from
// line first on (2 for front matter, after its "---"), and prefix starts
// every message. Each of an "unmarshal errors" list is an error of its
// own (the result is then a List). An error that names no line is at line
// 0, the whole file. YAML returns nil if err is nil.
//
// A syntax error is placed by parsing data again with yaml.v3, which
// counts lines from 1 in the scanner's errors but from 0 in the parser's
// ("did not find expected key", and the rest below), and takes line 0 for
// "no line": an unclosed "[" on the first line was reported on the next,
// and one on the second line on the same. Parsed after an extra first
// line, no mark is on line 0, and each kind of error counts the same way
// every time. (yaml.v2 also reported some syntax errors a line off.)
func YAML(path string, first int, prefix string, data []byte, err error) error {
	if err == nil {
		return nil
	}
	if fe := yamlSyntax(path, first, prefix, data); fe != nil {
		return fe
	}
	last := bytes.Count(data, []byte{'\n'}) + 1
	at := func(msg string) *FileError {
		line, msg := yamlLine(msg)
		if line > 0 {
			line = first + min(line, last) - 1
		}
		return New(path, line, "%s%s", prefix, msg)
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	list, ok := strings.CutPrefix(msg, "unmarshal errors:\n  ")
	if !ok {
		return at(msg)
	}
	// Each error is on a line of its own, but a quoted value in one may
	// hold a newline too.
	var parts []string
	for _, p := range strings.Split(list, "\n  ") {
		if n, _ := yamlLine(p); n == 0 && len(parts) > 0 {
			parts[len(parts)-1] += "\n  " + p
			continue
		}
		parts = append(parts, p)
	}
	var errs List
	for _, p := range parts {
		errs.Add(at(p))
	}
	if len(errs) == 1 {
		return errs[0]
	}
	return errs.Err()
}

// yamlLine splits "line N: msg" into N and msg; N is 0 if msg names no
// line, and 1 if it names line 0.
func yamlLine(msg string) (int, string) {
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, tail, ok := strings.Cut(rest, ": "); ok {
			if l, err := strconv.Atoi(n); err == nil {
				return max(l, 1), tail
			}
		}
	}
	return 0, msg
}

// yamlSyntax returns the syntax error yaml.v3 finds in data, or nil.
func yamlSyntax(path string, first int, prefix string, data []byte) *FileError {
	var root yaml.Node
	err := yaml.Unmarshal(append([]byte{'\n'}, data...), &root)
	if err == nil {
		return nil
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		n, tail, _ := strings.Cut(rest, ":")
		if l, aerr := strconv.Atoi(n); aerr == nil {
			line, msg = l, strings.TrimSpace(tail)
		}
	}
	if line > 0 && !parserProblem(msg) {
		line-- // a scanner's line, of the text with the extra line
	}
	if line == 0 {
		return New(path, 0, "%s%s", prefix, msg)
	}
	if n := bytes.Count(data, []byte{'\n'}) + 1; line > n {
		line = n
	}
	return New(path, first+line-1, "%s%s", prefix, msg)
}

func parserProblem(msg string) bool {
	switch msg {
	case "found undefined tag handle", "found duplicate %YAML directive", "found duplicate %TAG directive", "found incompatible YAML document":
		return true
	}
	return strings.HasPrefix(msg, "did not find expected ")
}

// templatePos is the place text/template writes, "template: NAME:LINE:
// msg" or "template: NAME:LINE:COL: msg", and html/template writes without
// the space. (html/template's errors about a whole template, such as "ends
// in a non-text context", name the template that was executed, which need
// not be the file at fault: they are left as they are.)
var templatePos = regexp.MustCompile(`^(?:html/)?template: ?([^:]+):(\d+):(?:(\d+):)? ?(.*)$`)

// Template returns err, an error of text/template or html/template, as a
// FileError at the template file it names, dir/NAME (templates are named
// by their path in dir), with its line and column. text/template counts
// columns from 0, editors from 1: the column is made 1-based. Template
// returns nil if the message names no line of a template.
func Template(dir string, err error) *FileError {
	msg := err.Error()
	if m := templatePos.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		if m[3] != "" {
			col++
		}
		return &FileError{Path: dir + "/" + m[1], Line: line, Col: col, Err: errors.New(m[4])}
	}
	return nil
}
