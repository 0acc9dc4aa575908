// Package stamp records in each translated text entry which version of the
// English text it was translated from (the from: hash that lint compares).
// It edits the files line by line, so comments, quoting and layout stay as
// the translator wrote them.
package stamp

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	yaml "go.yaml.in/yaml/v4"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
)

// Result says what a stamp run changed.
type Result struct {
	Files   []string // files rewritten
	Entries int      // entries stamped
}

// Run stamps the tree's translations. With all false it fills in only
// entries that have no from: yet; with all true it re-stamps every entry
// (for after a translator has checked them all against the English).
func Run(t *load.Tree, g *guide.Guide, all bool) (Result, error) {
	var res Result
	en := g.Text[guide.SourceLang]
	if en == nil {
		return res, fmt.Errorf("no English texts to stamp from")
	}
	for _, f := range t.Texts {
		if f.Lang == guide.SourceLang || f.Doc.Root == nil || f.Doc.Root.Kind != yaml.MappingNode {
			continue
		}
		type edit struct {
			line    int    // 0-based line to insert before, or to replace
			text    string // the whole new line
			replace bool
		}
		var edits []edit
		lines := strings.Split(string(f.Doc.Src), "\n")
		root := f.Doc.Root
		for i := 0; i+1 < len(root.Content); i += 2 {
			kind, entries := root.Content[i].Value, root.Content[i+1]
			if entries.Kind != yaml.MappingNode || entries.Style&yaml.FlowStyle != 0 {
				continue
			}
			for j := 0; j+1 < len(entries.Content); j += 2 {
				id, body := entries.Content[j].Value, entries.Content[j+1]
				src, ok := en.Entry(kind, id)
				if !ok || body.Kind != yaml.MappingNode || body.Style&yaml.FlowStyle != 0 || len(body.Content) == 0 {
					continue
				}
				want := guide.Hash(src)
				var fromVal *yaml.Node
				for k := 0; k+1 < len(body.Content); k += 2 {
					if body.Content[k].Value == "from" {
						fromVal = body.Content[k+1]
					}
				}
				indent := strings.Repeat(" ", body.Content[0].Column-1)
				switch {
				case fromVal == nil:
					edits = append(edits, edit{line: body.Content[0].Line - 1, text: indent + "from: \"" + want + "\""})
				case all && fromVal.Value != want:
					ln := fromVal.Line - 1
					edits = append(edits, edit{line: ln, text: lines[ln][:len(lines[ln])-len(strings.TrimLeft(lines[ln], " "))] + "from: \"" + want + "\"", replace: true})
				}
			}
		}
		if len(edits) == 0 {
			continue
		}
		// Apply from the bottom up so earlier line numbers stay valid.
		for k := len(edits) - 1; k >= 0; k-- {
			e := edits[k]
			if e.replace {
				lines[e.line] = e.text
			} else {
				lines = append(lines[:e.line], append([]string{e.text}, lines[e.line:]...)...)
			}
		}
		out := []byte(strings.Join(lines, "\n"))
		if bytes.Equal(out, f.Doc.Src) {
			continue
		}
		path := filepath.Join(filepath.Dir(t.Root), filepath.FromSlash(f.Doc.File))
		if err := os.WriteFile(path, out, 0o644); err != nil {
			return res, err
		}
		res.Files = append(res.Files, f.Doc.File)
		res.Entries += len(edits)
	}
	return res, nil
}
