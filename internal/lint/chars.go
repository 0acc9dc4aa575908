package lint

import (
	"fmt"
	"strings"

	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// badChar names an invisible character no text of the guide needs: the
// bidirectional embedding, override and isolate controls (which can make
// text read differently from what it says: the site sets each language's
// direction itself) and control characters other than tab and line feed.
// It returns "" for any other character.
func badChar(r rune) string {
	switch {
	case r == 0x202A:
		return "a left-to-right embedding (U+202A)"
	case r == 0x202B:
		return "a right-to-left embedding (U+202B)"
	case r == 0x202C:
		return "a pop directional formatting (U+202C)"
	case r == 0x202D:
		return "a left-to-right override (U+202D)"
	case r == 0x202E:
		return "a right-to-left override (U+202E)"
	case r >= 0x2066 && r <= 0x2069:
		return fmt.Sprintf("a directional isolate (U+%04X)", r)
	case r == '\t' || r == '\n':
		return ""
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return fmt.Sprintf("the control character U+%04X", r)
	}
	return ""
}

// maxCharReports caps the reports per file: a file full of them needs one
// fix, not a million lines.
const maxCharReports = 20

// characters flags invisible bidirectional controls and control characters
// in every string of every file (raw ones are refused when the file is
// read; these came in through escapes such as "\u202e" or "\a").
func characters(t *load.Tree) yamlpos.List {
	var errs yamlpos.List
	check := func(d *yamlpos.Doc) {
		n := 0
		eachString(d.Value, "", func(ptr, s string) {
			if n == maxCharReports {
				return
			}
			for _, r := range s {
				what := badChar(r)
				if what == "" {
					continue
				}
				pos := d.Find(ptr, string(r))
				errs = append(errs, &yamlpos.Error{File: d.File, Line: pos.Line, Column: pos.Column, Pointer: ptr,
					Msg:      "text contains " + what + ", an invisible character that can disguise or garble text",
					Expected: "visible characters only (the site sets the direction of right-to-left languages itself)",
					Fix:      "delete it" + escapeHint(d, pos)})
				n++
				return // one report per string is enough
			}
		})
	}
	for _, f := range t.Structure {
		check(f.Doc)
	}
	for _, f := range t.Texts {
		check(f.Doc)
	}
	return errs
}

// escapeHint tells where to look when the character is written as an escape.
func escapeHint(d *yamlpos.Doc, p yamlpos.Pos) string {
	lines := strings.SplitN(string(d.Src), "\n", p.Line+1)
	if p.Line-1 < len(lines) && strings.Contains(lines[p.Line-1], `\`) {
		return ` (in a "quoted" text it may be written as an escape such as \u202e or \a)`
	}
	return " (it is invisible in most editors: retype the words around it)"
}
