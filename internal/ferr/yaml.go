package ferr

import (
	"bytes"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// YAML locates a syntax error of gopkg.in/yaml.v3 in data and returns it
// as a FileError; it returns nil if data parses. first is the line of the
// file data starts on (2 for front matter, after its "---"), prefix starts
// the message.
//
// yaml.v3 counts lines from 1 in the scanner's errors but from 0 in the
// parser's ("did not find expected key", and the rest below), and takes
// line 0 for "no line": an unclosed "[" on the first line was reported on
// the next, and one on the second line on the same. Parsed again after an
// extra first line, no mark is on line 0, and each kind of error counts
// the same way every time.
func YAML(path string, first int, prefix string, data []byte) *FileError {
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
