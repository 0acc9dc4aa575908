package sitegen

import (
	"cmp"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
)

// The bodies of the model-centred pages (body.go): the print packs
// (layouts/printpack/page.html), the model pages, the common core, the
// method pages and the methods section. What only Hugo knows stays in the
// layout, which puts it where the body has a marker (layouts/README.md):
// the page's own Markdown, the link to the PDF (only when the build makes
// PDFs) and the page's permalink. Text never holds a marker: every text is
// escaped or rendered without raw HTML.
const (
	MarkContent   = "<!--exitguide:content-->"
	MarkPDF       = "<!--exitguide:pdf-->"
	MarkPermalink = "<!--exitguide:permalink-->"
)

// modelBodies adds the bodies of the pages of every model (its page and
// its print pack), of the common core, and of the methods.
func modelBodies(d *langJSON, h *htmlMaker, out map[string]string) {
	for _, id := range d.Order.Models {
		out["/models/"+id] = h.modelBody(d, id)
		out["/print/"+id] = h.printPackBody(d, id)
	}
	out["/models/core"] = h.coreBody(d)
	methods := methodOrder(d)
	for _, m := range methods {
		out["/methods/"+m.ID] = h.methodBody(d, m)
	}
	out["/methods"] = h.methodsBody(methods)
}

// methodOrder is the guide's methods in order (their pages' weight).
func methodOrder(d *langJSON) []methodJSON {
	out := make([]methodJSON, 0, len(d.Methods))
	for _, m := range d.Methods {
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b methodJSON) int { return cmp.Compare(a.Order, b.Order) })
	return out
}

// packBlocks are a model's print pack's building blocks: the common core's,
// then the model's own, as the model page lists them.
func packBlocks(d *langJSON, m modelJSON) []blockJSON {
	var out []blockJSON
	for _, id := range d.Order.CoreBlocks {
		out = append(out, d.Blocks[id])
	}
	for _, id := range m.Blocks {
		out = append(out, d.Blocks[id])
	}
	return out
}

// searchNamesLine is a model's names in every language, for the search
// index only: hidden from sight and from screen readers.
func searchNamesLine(m modelJSON) string {
	if len(m.SearchNames) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<p class="visually-hidden" aria-hidden="true">`)
	for i, n := range m.SearchNames {
		if i > 0 {
			b.WriteString(" · ")
		}
		b.WriteString("<bdi>" + html.EscapeString(n) + "</bdi>")
	}
	b.WriteString("</p>")
	return b.String()
}

// evidenceLine is how strong a model's evidence is, in one line, from the
// kinds of the primary documents its facts rest on ("" for none).
func (h *htmlMaker) evidenceLine(m modelJSON) string {
	if len(m.Evidence.Kinds) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<p class="evidence-line"><strong>%s</strong> `, h.t("evidence_line"))
	for i, k := range m.Evidence.Kinds {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(`<span class="evidence-kind">` + h.evidenceKind(k.Type, k.Status) + "</span>")
	}
	b.WriteString(". ")
	if m.Evidence.Evaluated {
		b.WriteString(h.t("evidence_evaluated"))
	} else {
		b.WriteString(h.t("evidence_not_evaluated"))
	}
	b.WriteString("</p>")
	return b.String()
}

// blockName is a block's name as a heading shows it: in English, marked
// so, where it is untranslated.
func blockName(b blockJSON) string {
	if b.Untranslated {
		return `<span lang="en" dir="ltr">` + html.EscapeString(b.Name) + `</span>`
	}
	return html.EscapeString(b.Name)
}

// number is a figure with prec decimals in the language's way of writing
// numbers (lang.FormatNumber in the layouts; the figures printed are
// below 1000).
func (h *htmlMaker) number(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if h.decimal != "" {
		s = strings.Replace(s, ".", h.decimal, 1)
	}
	return s
}

// reTemplateField is a field of a Hugo translation ("{{ .missing }}").
var reTemplateField = regexp.MustCompile(`\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*-?\}\}`)

// tWith is an interface word whose Hugo translation names fields
// ({{ .name }}), filled from values, and then HTML-escaped (as Hugo's T
// with a dict).
func (h *htmlMaker) tWith(key string, values map[string]string) string {
	s, err := h.words(key)
	if err != nil && h.err == nil {
		h.err = err
	}
	s = reTemplateField.ReplaceAllStringFunc(s, func(f string) string {
		return values[reTemplateField.FindStringSubmatch(f)[1]]
	})
	return html.EscapeString(s)
}

// printPackBody is a model's print pack for a workshop on paper: the
// cover, the model on two pages, the checklist with tick boxes, the
// scoring sheet, the discussion prompts and the glossary
// (layouts/printpack/page.html). The layout puts the PDF link at MarkPDF
// and the page's permalink at MarkPermalink.
func (h *htmlMaker) printPackBody(d *langJSON, id string) string {
	m := d.Models[id]
	esc := html.EscapeString
	blocks := packBlocks(d, m)
	var criteria []criterionJSON
	for _, b := range blocks {
		for _, c := range b.Criteria {
			criteria = append(criteria, d.Criteria[c])
		}
	}
	var b strings.Builder
	w := b.WriteString

	// The cover.
	fmt.Fprintf(&b, `<header class="pack__cover"><p class="pack__kicker">%s</p><h1>%s</h1>`, h.t("print_pack"), m.HTML["name"])
	fmt.Fprintf(&b, `<p class="lead">%s · <span class="ltr">%s</span></p>`, esc(m.Place), esc(m.Country))
	fmt.Fprintf(&b, `<p class="pack__pdf no-print">%s<a href="%s">%s</a></p>`, MarkPDF, esc(guide.ModelPath(h.lang, id)), h.t("print_online"))
	fmt.Fprintf(&b, `<table class="pack__fill"><tr><th scope="row">%s</th><td></td></tr><tr><th scope="row">%s</th><td></td></tr><tr><th scope="row">%s</th><td></td></tr></table>`,
		h.t("print_locality"), h.t("print_name"), h.t("print_date"))
	w(`<ol class="pack__toc">`)
	for _, p := range []struct{ id, key string }{{"model", "print_part_model"}, {"checklist", "print_part_checklist"},
		{"scoring", "print_part_scoring"}, {"prompts", "print_part_prompts"}, {"glossary", "print_part_glossary"}} {
		fmt.Fprintf(&b, `<li><a href="#%s">%s</a></li>`, p.id, h.t(p.key))
	}
	w(`</ol></header>`)

	// The model on two pages.
	fmt.Fprintf(&b, `<section class="pack__part" id="model"><h2>%s</h2>`, h.t("print_part_model"))
	w(h.untranslated(m.Untranslated, m.HTML["summary"]))
	w(searchNamesLine(m))
	w(h.evidenceLine(m))
	w(m.HTML["sources"])
	w(`<div class="pack__cols">`)
	for _, key := range []string{"who_for", "how_it_works"} {
		if s, ok := m.Sections[key]; ok {
			fmt.Fprintf(&b, `<section><h3>%s</h3>%s</section>`, h.t("section_"+key), s.HTML["body"])
		}
	}
	fmt.Fprintf(&b, `</div><h3>%s</h3><table class="pack__figures"><tbody>`, h.t("print_key_figures"))
	for _, key := range m.CompareOrder {
		c, ok := m.Compare[key]
		if !ok {
			continue
		}
		attr := enAttr(c.Untranslated)
		fmt.Fprintf(&b, `<tr><th scope="row">%s</th><td%s>%s</td></tr>`, h.t("compare_"+key), attr, c.HTML["text"])
	}
	w(`</tbody></table></section>`)

	// The checklist.
	fmt.Fprintf(&b, `<section class="pack__part" id="checklist"><h2>%s</h2><p>%s</p>`, h.t("print_part_checklist"), h.t("print_checklist_intro"))
	for _, bl := range blocks {
		if len(bl.Criteria) == 0 {
			continue
		}
		fmt.Fprintf(&b, `<section class="pack__block" id="check-%s"><h3>%s%s</h3>`, esc(bl.ID), h.corePrefix(bl), blockName(bl))
		for _, c := range bl.Criteria {
			w(d.Criteria[c].HTML["pack_item"])
		}
		w(`</section>`)
	}
	w(`</section>`)

	// The scoring sheet.
	fmt.Fprintf(&b, `<section class="pack__part" id="scoring"><h2>%s</h2><p>%s</p>`, h.t("print_part_scoring"), h.t("print_scoring_intro"))
	fmt.Fprintf(&b, `<table class="pack__credits"><thead><tr><th scope="col">%s</th><th scope="col" class="num">%s</th></tr></thead><tbody>`,
		h.t("status"), h.t("print_credit"))
	for _, st := range []string{"in-place", "partly", "planned", "not-started"} {
		fmt.Fprintf(&b, `<tr><td>%s</td><td class="num">%s</td></tr>`, h.t("status_"+strings.ReplaceAll(st, "-", "_")), h.number(d.Scoring.Credits[st], 2))
	}
	fmt.Fprintf(&b, `<tr><td>%s</td><td class="num">–</td></tr></tbody></table>`, h.t("status_not_applicable"))
	fmt.Fprintf(&b, `<p class="small">%s</p><h3>%s</h3>`, h.t("print_credit_note"), h.t("print_points_by_domain"))
	fmt.Fprintf(&b, `<table class="pack__sheet"><thead><tr><th scope="col">%s</th><th scope="col" class="num">%s</th><th scope="col" class="num">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr></thead><tbody>`,
		h.t("domain"), h.t("criteria"), h.t("print_possible"), h.t("print_na_out"), h.t("print_earned"), h.t("print_percent"))
	const blanks = `<td class="blank"></td><td class="blank"></td><td class="blank"></td>`
	totalN, totalW := 0, 0
	for _, s := range domainSums(d, criteria) {
		totalN += s.n
		totalW += s.weight
		fmt.Fprintf(&b, `<tr><th scope="row">%s</th><td class="num">%d</td><td class="num">%d</td>%s</tr>`, esc(d.Domains[s.id].Name), s.n, s.weight, blanks)
	}
	fmt.Fprintf(&b, `<tr class="total"><th scope="row">%s</th><td class="num">%d</td><td class="num">%d</td>%s</tr></tbody></table>`, h.t("print_total"), totalN, totalW, blanks)
	fmt.Fprintf(&b, `<h3>%s</h3><table class="pack__bands"><thead><tr><th scope="col">%s</th><th scope="col" class="num">%s</th><th scope="col"></th></tr></thead><tbody>`,
		h.t("print_bands"), h.t("print_band"), h.t("print_from_percent"))
	for _, id := range d.Order.Bands {
		x := d.Bands[id]
		fmt.Fprintf(&b, `<tr><td><span class="box" aria-hidden="true"></span> <strong>%s</strong></td><td class="num">%s%%</td><td>%s</td></tr>`,
			esc(x.Name), strconv.FormatFloat(x.Min, 'f', -1, 64), x.HTML["description"])
	}
	w(`</tbody></table>`)
	fmt.Fprintf(&b, `<h3>%s</h3><p>%s</p><ul class="pack__musts">`, h.t("print_musthaves"),
		h.tWith("print_caps", map[string]string{"missing": d.Bands[d.Scoring.CapMissing].Name, "partial": d.Bands[d.Scoring.CapPartial].Name}))
	for _, c := range criteria {
		if c.MustHave {
			fmt.Fprintf(&b, `<li><span class="box" aria-hidden="true"></span>%s <span class="id ltr">%s</span></li>`, esc(c.Question), esc(c.ID))
		}
	}
	fmt.Fprintf(&b, `</ul><dl class="lines"><div><dt>%s</dt><dd></dd></div></dl></section>`, h.t("print_agreed_band"))

	// The discussion prompts.
	fmt.Fprintf(&b, `<section class="pack__part" id="prompts"><h2>%s</h2><p>%s</p>`, h.t("print_part_prompts"), h.t("print_prompts_intro"))
	for _, bl := range blocks {
		if len(bl.Prompts) == 0 {
			continue
		}
		attr := enAttr(bl.Untranslated)
		fmt.Fprintf(&b, `<section class="pack__prompts"><h3>%s%s</h3><ol%s>`, h.corePrefix(bl), esc(bl.Name), attr)
		for _, p := range bl.Prompts {
			w("<li>" + esc(p) + "</li>")
		}
		w(`</ol></section>`)
	}
	fmt.Fprintf(&b, `<dl class="lines"><div><dt>%s</dt><dd></dd></div><div><dt>%s</dt><dd></dd></div></dl></section>`, h.t("print_parked"), h.t("print_dissent"))

	// The glossary.
	fmt.Fprintf(&b, `<section class="pack__part" id="glossary"><h2>%s</h2><dl class="pack__glossary">`, h.t("print_part_glossary"))
	for _, id := range d.Order.Terms {
		w(d.Terms[id].HTML["pack"])
	}
	fmt.Fprintf(&b, `</dl><p class="pack__footer">%s <span class="ltr">%s</span></p></section>`, h.t("print_from"), MarkPermalink)
	return b.String()
}

// corePrefix is "Common core: " before the name of a common core block.
func (h *htmlMaker) corePrefix(b blockJSON) string {
	if b.Model == "core" {
		return h.t("common_core") + ": "
	}
	return ""
}

// domainSum is one domain's line of a scoring sheet: its criteria and the
// points possible.
type domainSum struct {
	id        string
	n, weight int
}

// domainSums counts, per domain in order, the criteria among criteria and
// their weight; domains with none are left out.
func domainSums(d *langJSON, criteria []criterionJSON) []domainSum {
	var out []domainSum
	for _, id := range d.Order.Domains {
		s := domainSum{id: id}
		for _, c := range criteria {
			if c.Domain == id {
				s.n++
				s.weight += c.Weight
			}
		}
		if s.n > 0 {
			out = append(out, s)
		}
	}
	return out
}

// modelBody is a model's page after its title (layouts/model/page.html):
// where and who, summary, evidence and sources, then (after the page's
// own Markdown, at MarkContent) the table of contents, the sections, the
// building blocks with their criteria, the recommendations, the outcome
// measures and the methods.
func (h *htmlMaker) modelBody(d *langJSON, id string) string {
	m := d.Models[id]
	esc := html.EscapeString
	var b strings.Builder
	w := b.WriteString
	fmt.Fprintf(&b, `<p class="lead">%s · <span class="ltr">%s</span></p>`, esc(m.Place), esc(m.Country))
	w(h.untranslated(m.Untranslated, m.HTML["summary"]))
	w(searchNamesLine(m))
	w(h.evidenceLine(m))
	w(m.HTML["sources"])
	w(MarkContent)
	var sections []string
	for _, key := range m.SectionOrder {
		if p, ok := m.Sections[key]; ok && p.Text != "" {
			sections = append(sections, key)
		}
	}
	var recs []recJSON
	for _, r := range m.Recs {
		if x, ok := d.Recommendations[r]; ok {
			recs = append(recs, x)
		}
	}
	var measures []measureJSON
	for _, x := range m.Measures {
		if ms, ok := d.Measures[x]; ok {
			measures = append(measures, ms)
		}
	}
	var methods []methodJSON
	for _, x := range m.Methods {
		if mt, ok := d.Methods[x]; ok {
			methods = append(methods, mt)
		}
	}
	core := guide.ModelPath(h.lang, "")

	fmt.Fprintf(&b, `<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h" class="toc__h">%s</h2><ul>`, h.t("on_this_page"))
	for _, key := range sections {
		fmt.Fprintf(&b, `<li><a href="#%s">%s</a></li>`, sectionAnchor(key), h.t("section_"+key))
	}
	for _, x := range []struct {
		on        bool
		id, words string
	}{{len(m.Blocks) > 0, "building-blocks", "building_blocks"}, {len(recs) > 0, "recommendations", "recommendations"},
		{len(measures) > 0, "outcome-measures", "outcome_measures"}, {len(methods) > 0, "methods", "methods"}} {
		if x.on {
			fmt.Fprintf(&b, `<li><a href="#%s">%s</a></li>`, x.id, h.t(x.words))
		}
	}
	fmt.Fprintf(&b, `<li><a href="%s">%s</a></li></ul></nav>`, core, h.t("common_core"))

	for _, key := range sections {
		p := m.Sections[key]
		fmt.Fprintf(&b, `<section id="%s"><h2>%s</h2>%s%s</section>`, sectionAnchor(key), h.t("section_"+key), p.HTML["body"], p.HTML["sources"])
	}
	if len(m.Blocks) > 0 {
		fmt.Fprintf(&b, `<section id="building-blocks"><h2>%s</h2><p class="note">%s <a href="%s">%s</a></p>`,
			h.t("building_blocks"), h.t("model_core_note"), core, h.t("common_core"))
		for _, x := range m.Blocks {
			if bl, ok := d.Blocks[x]; ok {
				w(blockSection(d, bl))
			}
		}
		w(`</section>`)
	}
	if len(recs) > 0 {
		fmt.Fprintf(&b, `<section id="recommendations"><h2>%s</h2><ol class="rec-list">`, h.t("recommendations"))
		for _, r := range recs {
			fmt.Fprintf(&b, `<li%s><a href="%s">%s</a></li>`, enAttr(r.Untranslated), esc(guide.RecommendationPath(h.lang, r.ID)), esc(r.Title))
		}
		w(`</ol></section>`)
	}
	if len(measures) > 0 {
		fmt.Fprintf(&b, `<section id="outcome-measures"><h2>%s</h2>`, h.t("outcome_measures"))
		for _, ms := range measures {
			w(ms.HTML["section"])
		}
		w(`</section>`)
	}
	if len(methods) > 0 {
		fmt.Fprintf(&b, `<section id="methods"><h2>%s</h2><ul class="cards">`, h.t("methods"))
		for _, mt := range methods {
			fmt.Fprintf(&b, `<li%s><a href="%s">%s</a></li>`, enAttr(mt.Untranslated), esc(guide.MethodPath(h.lang, mt.ID)), esc(mt.Name))
		}
		w(`</ul></section>`)
	}
	return b.String()
}

// coreBody is the common core's page after its title
// (layouts/core/page.html): its introduction, (after the page's own
// Markdown) the models that build on it and its building blocks.
func (h *htmlMaker) coreBody(d *langJSON) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<p class="lead">%s</p>%s`, h.t("core_intro"), MarkContent)
	if len(d.Order.Models) > 0 {
		fmt.Fprintf(&b, `<p>%s:`, h.t("core_models"))
		for i, id := range d.Order.Models {
			if i > 0 {
				b.WriteString(",")
			}
			m := d.Models[id]
			fmt.Fprintf(&b, ` <a href="%s"%s>%s</a>`, html.EscapeString(guide.ModelPath(h.lang, id)), enAttr(m.Untranslated), html.EscapeString(m.Name))
		}
		b.WriteString("</p>")
	}
	if len(d.Order.CoreBlocks) > 0 {
		fmt.Fprintf(&b, `<section id="building-blocks"><h2>%s</h2>`, h.t("building_blocks"))
		for _, id := range d.Order.CoreBlocks {
			b.WriteString(blockSection(d, d.Blocks[id]))
		}
		b.WriteString("</section>")
	}
	return b.String()
}

// blockSection is a building block on a model or core page, anchored at
// "block-" and its id (a criterion is anchored at its bare id, and a block
// may hold one criterion of its own name: cti-denmark.pre-cti-contact), with
// its head, its criteria in order, its workshop prompts.
func blockSection(d *langJSON, bl blockJSON) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<section class="block" id="block-%s">%s`, html.EscapeString(bl.ID), bl.HTML["head"])
	for _, c := range bl.Criteria {
		if x, ok := d.Criteria[c]; ok {
			b.WriteString(x.HTML["section"])
		}
	}
	b.WriteString(bl.HTML["prompts"] + "</section>")
	return b.String()
}

// enAttr is the attribute pair of an entry shown in English, or "".
func enAttr(untranslated bool) string {
	if untranslated {
		return enLang
	}
	return ""
}

// sectionAnchor is the id of a model page's section ("who_for" →
// "who-for"). The layout used to write `key | replace "_" "-"`, which
// (the key piped in as the last argument) gave every section the id "_".
func sectionAnchor(key string) string { return strings.ReplaceAll(key, "_", "-") }

// methodBody is a method's page after its title (layouts/method/page.html):
// summary, the models that use it, (after the page's own Markdown, at
// MarkContent) its diagram with the steps as a table, and its sources.
func (h *htmlMaker) methodBody(d *langJSON, m methodJSON) string {
	var b strings.Builder
	b.WriteString(h.untranslated(m.Untranslated, m.HTML["summary"]))
	if len(m.Models) > 0 {
		fmt.Fprintf(&b, `<p>%s:`, h.t("used_in"))
		for i, id := range m.Models {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(" ")
			if x, ok := d.Models[id]; ok {
				fmt.Fprintf(&b, `<a href="%s"%s>%s</a>`, html.EscapeString(guide.ModelPath(h.lang, id)), enAttr(x.Untranslated), html.EscapeString(x.Name))
			}
		}
		b.WriteString("</p>")
	}
	b.WriteString(MarkContent)
	fmt.Fprintf(&b, `<section id="diagram" aria-labelledby="diagram-h"><h2 id="diagram-h">%s</h2>%s</section>`, h.t("method_steps"), h.methodDiagram(m))
	b.WriteString(m.HTML["sources"])
	return b.String()
}

// methodsBody is the methods section after its title and Markdown
// (layouts/methods/section.html): every method, linked to its page, with
// its summary and diagram.
func (h *htmlMaker) methodsBody(methods []methodJSON) string {
	var b strings.Builder
	esc := html.EscapeString
	for _, m := range methods {
		id := esc(m.ID)
		fmt.Fprintf(&b, `<section class="method-summary" id="%s" aria-labelledby="%s-h"><h2 id="%s-h"><a href="%s"%s>%s</a></h2>`,
			id, id, id, esc(guide.MethodPath(h.lang, m.ID)), enAttr(m.Untranslated), esc(m.Name))
		b.WriteString(h.untranslated(m.Untranslated, m.HTML["summary"]))
		b.WriteString(h.methodDiagram(m))
		b.WriteString("</section>")
	}
	return b.String()
}

// methodDiagram is a method's diagram (the inline SVG, html.diagram)
// followed by its steps as a table, the text alternative: number, name,
// when (where any step has a start and an end: the range, or "open
// length"), description and activities. Ids are prefixed dg-METHOD.
func (h *htmlMaker) methodDiagram(m methodJSON) string {
	esc := html.EscapeString
	id := "dg-" + esc(m.ID)
	scale := m.Kind == "scale"
	hasWhen := false
	for _, s := range m.Steps {
		if s.Start != nil && s.End != nil {
			hasWhen = true
		}
	}
	var b strings.Builder
	b.WriteString(m.HTML["diagram"])
	fmt.Fprintf(&b, `<div class="table-wrap" role="region" aria-labelledby="%s-alt" tabindex="0"><table class="steps"%s>`, id, enAttr(m.Untranslated))
	fmt.Fprintf(&b, `<caption id="%s-alt">%s: %s</caption>`, id, h.t("diagram_text_alternative"), esc(m.Name))
	step, when := h.t("step"), h.t("step_when")
	if scale {
		step, when = h.t("band"), h.t("scale_steps")
	}
	fmt.Fprintf(&b, `<thead><tr><th scope="col" class="num">#</th><th scope="col">%s</th>`, step)
	if hasWhen {
		fmt.Fprintf(&b, `<th scope="col">%s`, when)
		if m.Unit != "" && !scale {
			fmt.Fprintf(&b, ` (%s)`, h.t("unit_"+m.Unit))
		}
		b.WriteString("</th>")
	}
	fmt.Fprintf(&b, `<th scope="col">%s</th></tr></thead><tbody>`, h.t("step_description"))
	for i, s := range m.Steps {
		fmt.Fprintf(&b, `<tr id="%s--%s"><td class="num">%d</td><th scope="row">%s</th>`, esc(m.ID), esc(s.ID), i+1, esc(s.Name))
		if hasWhen {
			if s.Start != nil && s.End != nil {
				fmt.Fprintf(&b, `<td><span class="num">%v–%v</span></td>`, *s.Start, *s.End)
			} else {
				fmt.Fprintf(&b, `<td>%s</td>`, h.t("diagram_open_length"))
			}
		}
		b.WriteString("<td>" + s.HTML["description"])
		if len(s.Activities) > 0 {
			fmt.Fprintf(&b, `<ul class="activities" aria-label="%s">`, h.t("step_activities"))
			for _, a := range s.Activities {
				b.WriteString("<li>" + esc(a) + "</li>")
			}
			b.WriteString("</ul>")
		}
		b.WriteString("</td></tr>")
	}
	b.WriteString("</tbody></table></div>")
	return b.String()
}
