package sitegen

import "github.com/exitguide/exitguide/internal/guide"

// CitationsData is where the citations of a language are written, below the
// repository root: every source and every section of a source as a
// citation shows it (htmlMaker.sourceRef), keyed by its reference
// ("doc-id" or "doc-id#section-id"). Hugo mounts generated/data, so a
// hand-written page's front matter sources: list is printed from it
// (layouts/_partials/sources-list.html) without Hugo loading the whole guide.
func CitationsData(lang string) string { return "generated/data/citations/" + lang + ".json" }

// citationsData is the citations file of one language: one line per
// reference, sorted (indentedJSON), so a change shows as a line in a diff.
func citationsData(d *langJSON, h *htmlMaker) ([]byte, error) {
	refs := map[string]string{}
	for id, src := range d.Sources {
		refs[id] = h.sourceRef(guide.SourceRef(id))
		for sec := range src.Sections {
			ref := id + "#" + sec
			refs[ref] = h.sourceRef(guide.SourceRef(ref))
		}
	}
	if h.err != nil {
		return nil, h.err
	}
	return indentedJSON(refs)
}
