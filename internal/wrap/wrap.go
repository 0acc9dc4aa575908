// Package wrap breaks text into lines at spaces: the comments of the
// proposal files exitguide writes (init templates, consensus drafts) and
// the labels of the charts.
package wrap

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Lines breaks s at spaces into lines of at most width characters (a word
// longer than width gets a line of its own). Blank text gives no lines.
func Lines(s string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		if cur != "" && utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// Comment writes s as YAML comment lines at the given indentation, wrapped
// to 78 columns; blank text gives one empty comment line.
func Comment(w io.StringWriter, indent, s string) {
	lines := Lines(s, 76-len(indent))
	if len(lines) == 0 {
		lines = []string{""}
	}
	for _, line := range lines {
		w.WriteString(indent + "# " + line + "\n")
	}
}
