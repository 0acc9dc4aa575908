package guide

// The site's URL scheme, shared by the site generator and the reports so a
// link from a report always lands on the right guide page. Paths are
// site-absolute; a caller may prefix a base URL.

// SiteURL is the canonical address of the published guide (GitHub Pages of
// the module's repository). A build for another host overrides Hugo's
// baseURL; the schemas' $id and the modeline `exitguide init` writes keep
// pointing here, where the schemas are published.
const SiteURL = "https://exitguide.github.io/exitguide/"

// SchemaURL is where the site publishes the JSON Schema NAME.schema.json
// (schemas/ of the repository); it is also the schema's $id.
func SchemaURL(name string) string { return SiteURL + "schemas/" + name + ".schema.json" }

// ModelPath is the page of a model; "" (the common core) has its own page.
func ModelPath(lang, model string) string {
	if model == "" {
		model = "core"
	}
	return "/" + lang + "/models/" + model + "/"
}

// CriterionPath is a criterion's place in the guide: its model's page (or
// the core page), anchored at the criterion id.
func (g *Guide) CriterionPath(lang, id string) string {
	c, _ := g.Criterion(id)
	return ModelPath(lang, g.ModelOf(c)) + "#" + id
}

// RecommendationPath is a recommendation's place on the recommendations page.
func RecommendationPath(lang, id string) string { return "/" + lang + "/recommendations/#" + id }

// MethodPath is the page of a method.
func MethodPath(lang, id string) string { return "/" + lang + "/methods/" + id + "/" }

// GlossaryPath is a term's place in the glossary.
func GlossaryPath(lang, id string) string { return "/" + lang + "/glossary/#" + id }
