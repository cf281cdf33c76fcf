// Package ferr holds the error type every stage of the pipeline reports with:
// a problem at a place in a file the user edits, printed like a compiler's
// "path:line:col: message". A build collects these in a List so that one run
// shows every problem, sorted by place.
package ferr

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// FileError is a problem at a position in a file. Line and Col are 1-based;
// zero means unknown (the error is about the whole file or line).
type FileError struct {
	Path string
	Line int
	Col  int
	Err  error
}

// New returns a FileError with a formatted message.
func New(path string, line int, format string, args ...any) *FileError {
	return &FileError{Path: path, Line: line, Err: fmt.Errorf(format, args...)}
}

func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *FileError) Unwrap() error { return e.Err }

// List collects the errors of one build. The zero value is ready to use; it
// is not safe for concurrent use (stages that work in parallel keep one List
// per worker and Merge them).
type List []error

// Add appends err if it is not nil. A List added to a List is flattened.
func (l *List) Add(err error) {
	if err == nil {
		return
	}
	var sub List
	if errors.As(err, &sub) {
		*l = append(*l, sub...)
		return
	}
	*l = append(*l, err)
}

// Addf appends a new FileError.
func (l *List) Addf(path string, line int, format string, args ...any) {
	l.Add(New(path, line, format, args...))
}

// Err returns the list sorted by path, line and column with exact duplicates
// removed, or nil if it is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	s := append(List(nil), l...)
	sort.SliceStable(s, func(i, j int) bool { return less(s[i], s[j]) })
	out := s[:0]
	for i, e := range s {
		if i > 0 && e.Error() == s[i-1].Error() {
			continue
		}
		out = append(out, e)
	}
	return out
}

func less(a, b error) bool {
	var fa, fb *FileError
	okA, okB := errors.As(a, &fa), errors.As(b, &fb)
	if okA && okB {
		if fa.Path != fb.Path {
			return fa.Path < fb.Path
		}
		if fa.Line != fb.Line {
			return fa.Line < fb.Line
		}
		if fa.Col != fb.Col {
			return fa.Col < fb.Col
		}
	}
	return a.Error() < b.Error()
}

func (l List) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Errors returns the individual errors of err: the members of a List, or err
// itself.
func Errors(err error) []error {
	if err == nil {
		return nil
	}
	var l List
	if errors.As(err, &l) {
		return l
	}
	return []error{err}
}
