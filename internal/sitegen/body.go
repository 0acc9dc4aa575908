package sitegen

import (
	"strings"
)

// Page bodies. For a generated page whose body is made from the guide
// alone, sitegen writes the whole body (everything its layout printed
// between the page's own Markdown and the end of the article) once, as
// generated/assets/body/LANG/PATH.html, where PATH is the page's Hugo path
// without its leading slash ("glossary", "models/chrysalis"). The layout
// prints it with layouts/_partials/body.html. Hugo then spends its time on
// the page, not on walking the guide data: reading a finished body is one
// file read, where the layouts ranged over the data of every language.

// BodyAsset is where the body of the page at path (its Hugo path: "/glossary")
// in lang is written, below the repository root.
func BodyAsset(lang, path string) string {
	return "generated/assets/body/" + lang + "/" + strings.TrimPrefix(path, "/") + ".html"
}

// bodies is every page body of one language, by Hugo path. The pieces
// are the HTML addHTML already made (the entries' HTML maps).
func bodies(d *langJSON, h *htmlMaker) (map[string]string, error) {
	out := map[string]string{}
	out["/glossary"] = glossaryBody(d)
	out["/compare"] = compareBody(d, h)
	out["/sources"] = sourcesBody(d, h)
	out["/recommendations"] = recommendationsBody(d, h)
	modelBodies(d, h, out)
	return out, h.err
}

// glossaryBody is the glossary's list of terms, in the order the
// language sorts them (layouts/glossary/page.html).
func glossaryBody(d *langJSON) string {
	if len(d.Order.Terms) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("<dl>")
	for _, id := range d.Order.Terms {
		b.WriteString(d.Terms[id].HTML["glossary"])
	}
	b.WriteString("</dl>")
	return b.String()
}
