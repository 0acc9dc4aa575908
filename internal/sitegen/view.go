package sitegen

import (
	"fmt"
	"html"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/exitguide/exitguide/internal/guide"
)

// Whole pieces of page the model and core pages repeat, made once per
// language: a criterion as a checklist item, and the head and workshop
// prompts of a building block. They were layouts/_partials/criterion.html
// and block.html (which now print them), and say the same.

// untranslatedNotice is the notice in the reader's language over a text
// that is shown in English (layouts/_partials/untranslated.html).
func (h *htmlMaker) untranslatedNotice() string {
	return fmt.Sprintf(`<p class="untranslated" role="note" lang="%s" dir="%s"><span class="untranslated__label">%s</span></p>`,
		html.EscapeString(h.locale), h.dir(), h.t("untranslated_notice"))
}

// untranslated wraps content (HTML) shown in English with the notice.
func (h *htmlMaker) untranslated(on bool, content string) string {
	if !on {
		return content
	}
	s := h.untranslatedNotice()
	if content != "" {
		s += fmt.Sprintf(`<div class="untranslated-text" lang="%s" dir="%s">%s</div>`, html.EscapeString(h.srcLocale), h.srcDir, content)
	}
	return s
}

func (h *htmlMaker) dir() string {
	if h.rtl {
		return "rtl"
	}
	return "ltr"
}

// note is an editor's note beside a fact: "open" (what the source leaves
// open) or "adapt" (what it means elsewhere); "" for no note.
func (h *htmlMaker) note(kind, content string) string {
	if content == "" {
		return ""
	}
	key := "open_point"
	if kind == "adapt" {
		key = "adapt_note"
	}
	return fmt.Sprintf(`<div class="note-box note-box--%s"><p class="note-box__h"><strong>%s</strong></p>%s</div>`, kind, h.t(key), content)
}

// enLang is the attribute pair of a text shown in English.
const enLang = ` lang="en" dir="ltr"`

// criterionSection is a criterion as a checklist item on a model or core
// page (its heading at level 4, anchored at its id; it prints with a tick box).
func (h *htmlMaker) criterionSection(d *langJSON, c criterionJSON) string {
	var b strings.Builder
	esc := html.EscapeString
	must := ""
	if c.MustHave {
		must = " criterion--must"
	}
	fmt.Fprintf(&b, `<section class="criterion%s" id="%s" aria-labelledby="%s-q">`, must, esc(c.ID), esc(c.ID))
	q := c.HTML["question"]
	if c.Untranslated {
		q = `<span lang="en" dir="ltr">` + q + `</span>`
	}
	fmt.Fprintf(&b, `<h4 id="%s-q">%s</h4><ul class="criterion__meta">`, esc(c.ID), q)
	if c.MustHave {
		fmt.Fprintf(&b, `<li><span class="badge badge--must">%s</span><span class="visually-hidden">: %s</span></li>`, h.t("must_have"), h.t("must_have_explained"))
	}
	fmt.Fprintf(&b, `<li>%s: %s</li>`, h.t("weight"), h.t(fmt.Sprintf("weight_%d", c.Weight)))
	if dm, ok := d.Domains[c.Domain]; ok {
		fmt.Fprintf(&b, `<li>%s: %s</li>`, h.t("domain"), esc(dm.Name))
	}
	fmt.Fprintf(&b, `<li class="id ltr"><code>%s</code></li></ul>`, esc(c.ID))
	attr := ""
	if c.Untranslated {
		b.WriteString(h.untranslatedNotice())
		attr = enLang
	}
	fmt.Fprintf(&b, `<div%s><h5>%s</h5>%s<h5>%s</h5>%s<h5>%s</h5>%s%s%s</div>`, attr,
		h.t("why_it_matters"), c.HTML["why"], h.t("good_enough"), c.HTML["good_enough"], h.t("how_to_do_better"), c.HTML["better"],
		h.note("open", c.HTML["open"]), h.note("adapt", c.HTML["adapt"]))
	if len(c.DependsOn) > 0 {
		fmt.Fprintf(&b, `<p class="criterion__deps">%s:`, h.t("depends_on"))
		for i, id := range c.DependsOn {
			if i > 0 {
				b.WriteString(",")
			}
			if dc, ok := d.Criteria[id]; ok {
				fmt.Fprintf(&b, ` <a href="%s">%s</a>`, esc(dc.URL), esc(dc.Question))
			} else {
				fmt.Fprintf(&b, ` <code>%s</code>`, esc(id))
			}
		}
		b.WriteString("</p>")
	}
	if len(c.Recommendations) > 0 {
		fmt.Fprintf(&b, `<p class="criterion__recs">%s:`, h.t("recommendations"))
		for i, id := range c.Recommendations {
			if i > 0 {
				b.WriteString(",")
			}
			ttl := "<code>" + esc(id) + "</code>"
			if r, ok := d.Recommendations[id]; ok {
				ttl = esc(r.Title)
			}
			fmt.Fprintf(&b, ` <a href="%s">%s</a>`, esc(guide.RecommendationPath(h.lang, id)), ttl)
		}
		b.WriteString("</p>")
	}
	b.WriteString(c.HTML["sources"])
	b.WriteString("</section>")
	return b.String()
}

// blockHead is a building block's heading, description, note and sources,
// and the print-only heading of its checklist; blockPrompts its workshop
// prompts. Between them the page prints the block's criteria.
func (h *htmlMaker) blockHead(x blockJSON) string {
	esc := html.EscapeString
	name := esc(x.Name)
	if x.Untranslated {
		name = `<span lang="en" dir="ltr">` + name + `</span>`
	}
	s := "<h3>" + name + "</h3>" + h.untranslated(x.Untranslated, x.HTML["description"]) + h.note("open", x.HTML["open"]) + x.HTML["sources"]
	if len(x.Criteria) > 0 {
		s += `<h4 class="print-only">` + h.t("print_checklist") + "</h4>"
	}
	return s
}

func (h *htmlMaker) blockPrompts(x blockJSON) string {
	if len(x.Prompts) == 0 {
		return ""
	}
	attr := enAttr(x.Untranslated)
	var b strings.Builder
	fmt.Fprintf(&b, `<h4>%s</h4><ul class="prompts"%s>`, h.t("workshop_prompts"), attr)
	for _, p := range x.Prompts {
		b.WriteString("<li>" + html.EscapeString(p) + "</li>")
	}
	b.WriteString("</ul>")
	return b.String()
}

// packItem is a criterion on the print pack's checklist: the question, its
// weight and domain, what is good enough, the notes, tick boxes for every
// status it allows and ruled lines for evidence, owner and due date.
func (h *htmlMaker) packItem(d *langJSON, c criterionJSON) string {
	var b strings.Builder
	esc := html.EscapeString
	must, attr := "", enAttr(c.Untranslated)
	if c.MustHave {
		must = " item--must"
	}
	fmt.Fprintf(&b, `<div class="item%s" id="item-%s"><p class="item__q"%s>%s</p><p class="item__meta">`, must, esc(c.ID), attr, c.HTML["question"])
	if c.MustHave {
		fmt.Fprintf(&b, `<strong class="badge">%s</strong> · `, h.t("must_have"))
	}
	fmt.Fprintf(&b, `%s %d (%s)`, h.t("weight"), c.Weight, h.t(fmt.Sprintf("weight_%d", c.Weight)))
	if dm, ok := d.Domains[c.Domain]; ok {
		b.WriteString(" · " + esc(dm.Name))
	}
	fmt.Fprintf(&b, ` · <span class="id ltr">%s</span></p><div class="item__good"><strong>%s:</strong> %s</div>%s%s`, esc(c.ID),
		h.t("good_enough"), c.HTML["good_enough"], h.note("open", c.HTML["open"]), h.note("adapt", c.HTML["adapt"]))
	fmt.Fprintf(&b, `<ul class="ticks" aria-label="%s">`, h.t("status"))
	statuses := []string{"status_in_place", "status_partly", "status_planned", "status_not_started", "status_dont_know"}
	if c.NAAllowed {
		statuses = append(statuses, "status_not_applicable")
	}
	for _, k := range statuses {
		fmt.Fprintf(&b, `<li><span class="box" aria-hidden="true"></span>%s</li>`, h.t(k))
	}
	fmt.Fprintf(&b, `</ul><dl class="lines"><div><dt>%s</dt><dd></dd></div><div class="lines__half"><dt>%s</dt><dd></dd></div><div class="lines__half"><dt>%s</dt><dd></dd></div></dl></div>`,
		h.t("print_evidence"), h.t("print_owner"), h.t("print_due"))
	return b.String()
}

// glossaryEntry is a term on the glossary page (anchored at its id), with
// its definition and sources; packTerm the same term in a print pack.
func (h *htmlMaker) glossaryEntry(x termJSON) string {
	attr := enAttr(x.Untranslated)
	return fmt.Sprintf(`<dt id="%s"%s>%s</dt><dd>%s%s</dd>`, html.EscapeString(x.ID), attr, html.EscapeString(x.Term),
		h.untranslated(x.Untranslated, x.HTML["definition"]), x.HTML["sources"])
}

func (h *htmlMaker) packTerm(x termJSON) string {
	attr := enAttr(x.Untranslated)
	return fmt.Sprintf(`<div><dt%s>%s</dt><dd>%s</dd></div>`, attr, html.EscapeString(x.Term), h.untranslated(x.Untranslated, x.HTML["definition"]))
}

// termOrder lists the terms as the language sorts them (its collation,
// as Hugo's sort does for strings).
func termOrder(terms map[string]termJSON, lang string) []string {
	ids := make([]string, 0, len(terms))
	for id := range terms {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	c := collate.New(language.Make(lang))
	slices.SortStableFunc(ids, func(a, b string) int { return c.CompareString(terms[a].Term, terms[b].Term) })
	return ids
}

// partBody is a model section's (or comparison cell's) text as shown: in
// English with the notice where it is untranslated, and its open note.
func (h *htmlMaker) partBody(p partJSON) string {
	return h.untranslated(p.Untranslated, p.HTML["text"]) + h.note("open", p.HTML["open"])
}

// measureSection is an outcome measure on its model's page (anchored at
// its id): name, kind, description, open note, citations.
func (h *htmlMaker) measureSection(x measureJSON) string {
	name := html.EscapeString(x.Name)
	if x.Untranslated {
		name = `<span lang="en" dir="ltr">` + name + `</span>`
	}
	return fmt.Sprintf(`<section class="measure" id="%s"><h3>%s <span class="badge">%s</span></h3>%s%s%s</section>`, html.EscapeString(x.ID), name,
		h.t("measure_kind_"+x.Kind), h.untranslated(x.Untranslated, x.HTML["description"]), h.note("open", x.HTML["open"]), x.HTML["sources"])
}

// recSection is a recommendation on the recommendations page (anchored at
// its id): number and title, body, the criteria it serves, citations.
func (h *htmlMaker) recSection(d *langJSON, x recJSON) string {
	esc := html.EscapeString
	var b strings.Builder
	fmt.Fprintf(&b, `<section class="rec" id="%s" aria-labelledby="%s-h"><h3 id="%s-h">`, esc(x.ID), esc(x.ID), esc(x.ID))
	if x.Number != 0 {
		fmt.Fprintf(&b, `<span class="rec__num num">%d.</span> `, x.Number)
	}
	if x.Untranslated {
		fmt.Fprintf(&b, `<span lang="en" dir="ltr">%s</span>`, esc(x.Title))
	} else {
		b.WriteString(esc(x.Title))
	}
	b.WriteString("</h3>" + h.untranslated(x.Untranslated, x.HTML["body"]))
	if len(x.Criteria) > 0 {
		fmt.Fprintf(&b, `<div class="rec__criteria"><span class="rec__label">%s</span><ul>`, h.t("criteria_served"))
		for _, id := range x.Criteria {
			c, ok := d.Criteria[id]
			if !ok {
				continue
			}
			attr := enAttr(c.Untranslated)
			fmt.Fprintf(&b, `<li><a href="%s"%s>%s</a></li>`, esc(c.URL), attr, esc(c.Question))
		}
		b.WriteString("</ul></div>")
	}
	b.WriteString(x.HTML["sources"])
	b.WriteString("</section>")
	return b.String()
}
