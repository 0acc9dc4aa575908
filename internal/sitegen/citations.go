package sitegen

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"

	"github.com/exitguide/exitguide/internal/guide"
)

// CitationsData is where the citations of a language are written, below the
// repository root: every source and every section of a source as a
// citation shows it (htmlMaker.sourceRef), keyed by its reference
// ("doc-id" or "doc-id#section-id"). Hugo mounts generated/data, so a
// hand-written page's front matter sources: list is printed from it
// (layouts/_partials/sources-list.html) without Hugo loading the whole guide.
func CitationsData(lang string) string { return "generated/data/citations/" + lang + ".json" }

// citationsData is the citations file of one language: one line per
// reference, sorted, so a change shows as a line in a diff.
func citationsData(d *langJSON, h *htmlMaker) ([]byte, error) {
	refs := map[string]string{}
	for id, src := range d.Sources {
		refs[id] = h.sourceRef(guide.SourceRef(id))
		for sec := range src.Sections {
			ref := id + "#" + sec
			refs[ref] = h.sourceRef(guide.SourceRef(ref))
		}
	}
	keys := slices.Sorted(maps.Keys(refs))
	var b bytes.Buffer
	b.WriteString("{")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n ")
		for _, v := range []string{k, refs[k]} {
			var e bytes.Buffer
			enc := json.NewEncoder(&e)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(v); err != nil {
				return nil, err
			}
			b.Write(bytes.TrimSuffix(e.Bytes(), []byte("\n")))
			if v == k {
				b.WriteString(": ")
			}
		}
	}
	b.WriteString("\n}\n")
	return b.Bytes(), h.err
}
