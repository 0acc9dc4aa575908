package yamlpos

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Error is one problem at one place in one file.
//
// Msg, Expected and Fix are the words a user reads. Code and Args say the
// same as data, so that a caller can word the problem in the user's
// language: Code names the message (for example "parse.dup" or
// "field.unknown"; "" for a problem only worded in English), and Args
// holds its values by name, as the {name} placeholders of the message
// catalogue (i18n/LANG.yaml, key msg_CODE) use them: name, value pairs.
type Error struct {
	File    string // path as the user gave it
	Line    int    // 1-based; 0 when unknown
	Column  int    // 1-based; 0 when unknown
	Pointer string // JSON pointer of the value, "" for the whole document
	Msg     string // what is wrong
	// Expected says what would have been right, where that helps.
	Expected string
	// Fix says how to correct it.
	Fix string
	// Code names the message; "" when the problem has none.
	Code string
	// Args are the message's values: placeholder name, value, name,
	// value...
	Args []string
}

// Arg returns the value of the message argument name, "" when it has none.
func (e *Error) Arg(name string) string {
	for i := 0; i+1 < len(e.Args); i += 2 {
		if e.Args[i] == name {
			return e.Args[i+1]
		}
	}
	return ""
}

// Where formats the place as file:line:column.
func (e *Error) Where() string {
	if e.Line == 0 {
		return e.File
	}
	return fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column)
}

// Error formats the problem on one line, followed by indented lines for
// what was expected and how to fix it.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Where())
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Pointer != "" {
		fmt.Fprintf(&b, " (at %s)", e.Pointer)
	}
	if e.Expected != "" {
		b.WriteString("\n    expected: ")
		b.WriteString(e.Expected)
	}
	if e.Fix != "" {
		b.WriteString("\n    fix: ")
		b.WriteString(e.Fix)
	}
	return b.String()
}

// List is a set of problems, reported together.
type List []*Error

// Error joins the problems, one per line (with their detail lines).
func (l List) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Sort orders the problems by file, line and column, and drops exact
// duplicates (the same message at the same place).
func (l List) Sort() List {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column), strings.Compare(a.Msg, b.Msg))
	})
	out := l[:0]
	for i, e := range l {
		if i > 0 {
			p := out[len(out)-1]
			if p.File == e.File && p.Line == e.Line && p.Column == e.Column && p.Msg == e.Msg {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}
