package sitegen

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/exitguide/exitguide/internal/guide"
)

// The bodies of the comparison, sources, recommendations, translation
// status, questionnaire and planning pages (body.go says what a body is).
// Each was its layout's loop over the guide data; the layouts now print
// the body with _partials/body.html.

// compareBody is the comparison page after its Markdown: the line on each
// model's evidence, the table (one column per model, in order; one row per
// comparison field, each cell with the numbers of its notes) and the
// numbered source notes (layouts/compare/page.html).
func compareBody(d *langJSON, h *htmlMaker) string {
	if len(d.Order.Models) == 0 {
		return ""
	}
	esc := html.EscapeString
	models := make([]modelJSON, 0, len(d.Order.Models))
	for _, id := range d.Order.Models {
		models = append(models, d.Models[id])
	}
	link := func(m modelJSON) string {
		return fmt.Sprintf(`<a href="/%s/models/%s/">%s</a>`, h.lang, esc(m.ID), esc(m.Name))
	}
	var b strings.Builder
	b.WriteString(`<p class="evidence-line">`)
	for _, evaluated := range []bool{true, false} {
		key := "evidence_compare_not_evaluated"
		if evaluated {
			key = "evidence_compare_evaluated"
		}
		n := 0
		for _, m := range models {
			if m.Evidence.Evaluated != evaluated {
				continue
			}
			if n == 0 {
				fmt.Fprintf(&b, `<strong>%s</strong> `, h.t(key))
			} else {
				b.WriteString("; ")
			}
			n++
			b.WriteString(link(m) + " (")
			for j, k := range m.Evidence.Kinds {
				if j > 0 {
					b.WriteString("; ")
				}
				b.WriteString(h.evidenceKind(k.Type, k.Status))
			}
			b.WriteString(")")
		}
		if n > 0 {
			b.WriteString(".")
			if evaluated {
				b.WriteString(" ")
			}
		}
	}
	b.WriteString("</p>")
	fmt.Fprintf(&b, `<table class="compare-table"><caption id="compare-caption">%s</caption><thead><tr><td></td>`, h.t("nav_compare"))
	for _, m := range models {
		fmt.Fprintf(&b, `<th scope="col">%s</th>`, link(m))
	}
	b.WriteString("</tr></thead><tbody>")
	for _, key := range models[0].CompareOrder {
		fmt.Fprintf(&b, `<tr><th scope="row">%s</th>`, h.t("compare_"+key))
		for _, m := range models {
			cell := m.Compare[key]
			attr := enAttr(cell.Untranslated)
			fmt.Fprintf(&b, `<td data-model="%s"%s>`, esc(m.Name), attr)
			if cell.Text != "" {
				b.WriteString(cell.HTML["text"])
			} else {
				fmt.Fprintf(&b, `<span class="muted">%s</span>`, h.t("not_stated"))
			}
			if len(cell.Notes) > 0 {
				fmt.Fprintf(&b, `<p class="note-refs"><span class="visually-hidden">%s: </span>`, h.t("sources_label"))
				for i, n := range cell.Notes {
					if i > 0 {
						b.WriteString(`<span aria-hidden="true">,</span> `)
					}
					fmt.Fprintf(&b, `<a href="#source-%d" class="num">[%d]</a>`, n, n)
				}
				b.WriteString("</p>")
			}
			b.WriteString("</td>")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</tbody></table>")
	if len(d.CompareNotes.HTML) > 0 {
		fmt.Fprintf(&b, `<h2 id="compare-sources">%s</h2><ol class="source-notes">`, h.t("sources_label"))
		for i, note := range d.CompareNotes.HTML {
			fmt.Fprintf(&b, `<li id="source-%d">%s</li>`, i+1, note)
		}
		b.WriteString("</ol>")
	}
	return b.String()
}

// sourcesBody is the sources page after its Markdown: the primary, then
// the secondary sources (each list by id), each anchored at its id with
// its kind, description, sections (anchored DOC--SEC) and the pages that
// cite it (layouts/sources/page.html).
func sourcesBody(d *langJSON, h *htmlMaker) string {
	esc := html.EscapeString
	var b strings.Builder
	for _, list := range [][]string{d.Order.PrimarySources, d.Order.SecondarySources} {
		if len(list) == 0 {
			continue
		}
		b.WriteString(`<ul class="source-list">`)
		for _, id := range list {
			src, ok := d.Sources[id]
			if !ok {
				continue
			}
			fmt.Fprintf(&b, `<li id="%s"><p><strong><bdi>%s</bdi></strong>`, esc(src.ID), esc(src.Title))
			if src.Authors != "" {
				fmt.Fprintf(&b, ` · <bdi>%s</bdi>`, esc(src.Authors))
			}
			if src.Year != 0 {
				fmt.Fprintf(&b, ` · <span class="num">%d</span>`, src.Year)
			}
			if src.Language != "" {
				fmt.Fprintf(&b, ` · <span class="ltr">%s</span>`, esc(src.Language))
			}
			b.WriteString("</p>")
			if src.Type != "" {
				fmt.Fprintf(&b, `<p class="evidence-kind">%s: %s (%s)</p>`, h.t("evidence_kind"),
					h.t("evidence_type_"+strings.ReplaceAll(src.Type, "-", "_")), h.t("evidence_status_"+src.Status))
			}
			b.WriteString(h.untranslated(src.Untranslated, src.HTML["description"]))
			if len(src.Sections) > 0 {
				lang := ""
				if src.Language != "" {
					lang = fmt.Sprintf(` lang="%s"`, esc(src.Language))
				}
				secs := make([]sectionJSON, 0, len(src.Sections))
				for _, s := range src.Sections {
					secs = append(secs, s)
				}
				slices.SortStableFunc(secs, func(a, b sectionJSON) int { return cmp.Compare(a.Order, b.Order) })
				b.WriteString("<ul>")
				for _, s := range secs {
					fmt.Fprintf(&b, `<li id="%s--%s" class="source-section">`, esc(src.ID), esc(s.ID))
					if s.Original != "" {
						fmt.Fprintf(&b, `<bdi>%s</bdi> <span class="source-section__original">(<bdi%s>%s</bdi>)</span>`, esc(s.Heading), lang, esc(s.Original))
					} else {
						fmt.Fprintf(&b, `<bdi%s>%s</bdi>`, lang, esc(s.Heading))
					}
					fmt.Fprintf(&b, ` <code>#%s</code></li>`, esc(s.ID))
				}
				b.WriteString("</ul>")
			}
			if len(src.CitedBy) > 0 {
				fmt.Fprintf(&b, `<details class="cited-by"><summary>%s <span class="num">(%d)</span></summary><ul>`, h.t("cited_by"), len(src.CitedBy))
				for _, c := range src.CitedBy {
					fmt.Fprintf(&b, `<li><a href="%s">%s</a></li>`, esc(c.URL), h.plainify(c.Title))
				}
				b.WriteString("</ul></details>")
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ul>")
	}
	return b.String()
}

// reTagAny is an HTML tag in goldmark's output (where text never holds a
// bare "<").
var reTagAny = regexp.MustCompile(`<[^>]*>`)

// plainify is a one-line Markdown text as Hugo's `markdownify | plainify`
// gives it: rendered (no right-to-left isolation), the paragraph of a
// one-paragraph text unwrapped, the tags removed and runs of white space
// made one; the entities the rendering made stay.
func (h *htmlMaker) plainify(text string) string {
	var out bytes.Buffer
	if err := markdown.Convert([]byte(text), &out); err != nil && h.err == nil {
		h.err = err
	}
	s := out.String()
	if strings.Count(s, "<p>") == 1 {
		s = strings.TrimSpace(s)
		if strings.HasPrefix(s, "<p>") && strings.HasSuffix(s, "</p>") {
			s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "<p>"), "</p>"))
		}
	}
	if !strings.ContainsAny(s, "<>") {
		return s
	}
	const nl = "___hugonl_"
	pre := strings.NewReplacer("\n", " ", "</p>", nl, "<br>", nl, "<br />", nl).Replace(s)
	s = reTagAny.ReplaceAllString(pre, "")
	s = strings.ReplaceAll(s, nl, "\n")
	var b strings.Builder
	was := false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !(sp && was) {
			b.WriteRune(r)
		}
		was = sp
	}
	return b.String()
}

// recommendationsBody is the recommendations page after its Markdown: the
// model filter (hidden; assets/js/filter.js shows it), then per model with
// recommendations its group, anchored recs-MODEL, each recommendation's
// section in order (layouts/recommendations/page.html).
func recommendationsBody(d *langJSON, h *htmlMaker) string {
	esc := html.EscapeString
	total := 0
	for _, id := range d.Order.Recommendations {
		if _, ok := d.Recommendations[id]; ok {
			total++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<form class="rec-filter" id="rec-filter" hidden data-count="%s" data-total="%d"><fieldset><legend>%s</legend>`,
		h.t("filter_count"), total, h.t("filter_legend"))
	for _, id := range d.Order.Models {
		m, ok := d.Models[id]
		if !ok || len(m.Recs) == 0 {
			continue
		}
		attr := enAttr(m.Untranslated)
		// The line break between the labels is the layout's (the minifier
		// keeps one between inline elements).
		fmt.Fprintf(&b, "\n"+`<label><input type="checkbox" name="model" value="%s" checked> <span%s>%s</span> <span class="num">(%d)</span></label>`,
			esc(m.ID), attr, esc(m.Name), len(m.Recs))
	}
	b.WriteString(`</fieldset><p class="rec-filter__count" role="status" aria-live="polite"></p></form>`)
	for _, id := range d.Order.Models {
		m := d.Models[id]
		if len(m.Recs) == 0 {
			continue
		}
		attr := enAttr(m.Untranslated)
		mid := esc(m.ID)
		fmt.Fprintf(&b, `<section class="rec-group" id="recs-%s" data-model="%s" aria-labelledby="recs-%s-h"><h2 id="recs-%s-h"><a href="/%s/models/%s/"%s>%s</a></h2>`,
			mid, mid, mid, mid, h.lang, mid, attr, esc(m.Name))
		for _, r := range m.Recs {
			if x, ok := d.Recommendations[r]; ok {
				b.WriteString(x.HTML["section"])
			}
		}
		b.WriteString("</section>")
	}
	return b.String()
}

// statusBody is the translation status page after its Markdown: a table
// of every language's coverage, then per language its outdated and
// missing texts (layouts/status/page.html). The languages are named as
// the language switcher names them, in their own language and direction.
func statusBody(g *guide.Guide, status []Status, h *htmlMaker) string {
	esc := html.EscapeString
	type label struct{ name, locale, dir string }
	labels := map[string]label{}
	for _, l := range g.Languages {
		dir := l.Direction
		if dir == "" {
			dir = "ltr"
		}
		labels[l.Code] = label{l.Name, l.Locale, dir}
	}
	labelOf := func(lang string) string {
		l, ok := labels[lang]
		if !ok {
			l = label{lang, lang, "ltr"}
		}
		return fmt.Sprintf(`<span lang="%s" dir="%s">%s</span>`, esc(l.locale), esc(l.dir), esc(l.name))
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="table-wrap" role="region" aria-labelledby="tstatus-caption" tabindex="0"><table><caption id="tstatus-caption">%s</caption>`, h.t("translation_status"))
	fmt.Fprintf(&b, `<thead><tr><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr></thead><tbody>`,
		h.t("tstatus_language"), h.t("tstatus_translated"), h.t("tstatus_outdated"), h.t("tstatus_missing"))
	for _, s := range status {
		// The meter's value as the template printed a number (%v); the
		// percentage with no decimals, as lang.FormatNumber 0 writes
		// a number below 1000 in every language.
		fmt.Fprintf(&b, `<tr><th scope="row"><a href="#tstatus-%s">%s</a></th><td><span class="num">%d/%d</span> <meter min="0" max="100" value="%v" aria-hidden="true"></meter> <span class="num">%s %%</span></td><td class="num">%d</td><td class="num">%d</td></tr>`,
			esc(s.Lang), labelOf(s.Lang), s.Translated, s.Total, s.Percent, strconv.FormatFloat(s.Percent, 'f', 0, 64), len(s.Outdated), len(s.Missing))
	}
	b.WriteString("</tbody></table></div>")
	for _, s := range status {
		lang := esc(s.Lang)
		fmt.Fprintf(&b, `<section id="tstatus-%s" aria-labelledby="tstatus-%s-h"><h2 id="tstatus-%s-h">%s</h2>`, lang, lang, lang, labelOf(s.Lang))
		if len(s.Outdated) == 0 && len(s.Missing) == 0 {
			fmt.Fprintf(&b, `<p>%s</p>`, h.t("tstatus_complete"))
		}
		for _, list := range []struct {
			key string
			ids []string
		}{{"tstatus_outdated_list", s.Outdated}, {"tstatus_missing_list", s.Missing}} {
			if len(list.ids) == 0 {
				continue
			}
			fmt.Fprintf(&b, `<h3>%s</h3><ul class="id-list">`, h.t(list.key))
			for _, id := range list.ids {
				fmt.Fprintf(&b, `<li><code>%s</code></li>`, esc(id))
			}
			b.WriteString("</ul>")
		}
		b.WriteString("</section>")
	}
	return b.String()
}

// fitBody is the questionnaire page after its Markdown (layouts/fit/page.html
// wraps it and adds the script): the form, with each answer's fits and the
// points as JSON for assets/js/fit/, the empty result the script fills,
// the method, and per question what each answer favours and why, which
// the page shows without script. The line breaks are the layout's: the
// minifier keeps one between inline elements.
func fitBody(d fitPageJSON, h *htmlMaker) string {
	esc := html.EscapeString
	en := func(on bool) string {
		if on {
			return enLang
		}
		return ""
	}
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	w("\n"+`<p class="fit-intro">%s</p>`, h.t("fit_intro"))
	w("\n"+`<noscript><p class="fit-noscript">%s <a href="#fit-why">%s</a></p></noscript>`, h.t("fit_noscript"), h.t("fit_why_heading"))
	first := ""
	if len(d.Questions) > 0 && len(d.Questions[0].Options) > 0 {
		first = d.Questions[0].Options[0].InputID
	}
	w("\n"+`<div id="fit-errors" class="fit-error-summary" role="alert" tabindex="-1" hidden>`+"\n"+`<h2 class="fit-error-title">%s</h2>`, h.t("fit_error_title"))
	w("\n"+`<ul class="fit-error-list"><li><a href="#%s">%s</a></li></ul>`+"\n</div>", esc(first), h.t("fit_error_none"))
	w("\n"+`<form id="fit-form" class="fit-form" method="dialog" novalidate data-points="%s" data-models="%s">`, esc(d.Points), esc(d.Models))
	for _, q := range d.Questions {
		id := esc(q.ID)
		desc := ""
		if q.Hint != "" {
			desc = fmt.Sprintf(` aria-describedby="fit-hint-%s"`, id)
		}
		w("\n"+`<fieldset class="fit-fieldset" id="fit-q-%s"%s data-question="%s"%s>`, id, desc, id, en(q.Untranslated))
		w("\n"+`<legend class="fit-legend"><span class="fit-num">%d.</span> %s</legend>`, q.Order, q.QuestionHTML)
		if q.HintHTML != "" {
			w(`<p class="fit-hint" id="fit-hint-%s">%s</p>`, id, q.HintHTML)
		}
		b.WriteString("\n" + `<div class="fit-radios">`)
		for _, o := range q.Options {
			w("\n"+`<div class="fit-radio">`+"\n"+`<input type="radio" id="%s" name="%s" value="%s" data-fit="%s">`, esc(o.InputID), esc(q.Name), esc(o.ID), esc(o.Fit))
			w("\n"+`<label for="%s">%s</label>`+"\n</div>", esc(o.InputID), o.LabelHTML)
		}
		b.WriteString("\n</div>\n</fieldset>")
	}
	w("\n"+`<div class="fit-actions" hidden>`+"\n"+`<button type="submit" class="fit-button">%s</button>`+"\n</div>\n</form>", h.t("fit_show_button"))
	w("\n"+`<section id="fit-result" class="fit-result" aria-labelledby="fit-result-h" tabindex="-1" hidden data-locale="%s"`, esc(h.locale))
	for _, a := range [][2]string{{"outcome-clear", "fit_outcome_clear"}, {"outcome-tie", "fit_outcome_tie"}, {"outcome-no-fit", "fit_outcome_no_fit"},
		{"points-text", "fit_points"}, {"silent-count", "fit_silent_count"}, {"your-answer", "fit_your_answer"}, {"why-model", "fit_why_model"},
		{"level-good", "fit_level_good"}, {"level-possible", "fit_level_possible"}, {"level-poor", "fit_level_poor"}, {"level-silent", "fit_level_silent"}} {
		w(` data-%s="%s"`, a[0], h.t(a[1]))
	}
	w(">\n"+`<h2 id="fit-result-h">%s</h2>`+"\n"+`<p class="fit-outcome" id="fit-outcome"></p>`+"\n"+`<ol class="fit-ranking" id="fit-ranking"></ol>`+"\n</section>", h.t("fit_result_heading"))
	w("\n"+`<details class="fit-method">`+"\n"+`<summary>%s</summary>`+"\n"+`<p>%s</p>`+"\n</details>", h.t("fit_method_heading"), esc(d.Method))
	w("\n"+`<section id="fit-why" class="fit-why" aria-labelledby="fit-why-h">`+"\n"+`<h2 id="fit-why-h">%s</h2>`, h.t("fit_why_heading"))
	w("\n"+`<p>%s <a href="/%s/compare/">%s</a>.</p>`, h.t("fit_why_intro"), h.lang, h.t("fit_compare_link"))
	modelLink := func(m fitModelJSON) string {
		return fmt.Sprintf(`<a href="/%s/%s"%s>%s</a>`, h.lang, esc(m.Path), en(m.Untranslated), m.NameHTML)
	}
	for _, q := range d.Questions {
		id := esc(q.ID)
		w("\n"+`<section class="fit-question" id="fit-why-%s" aria-labelledby="fit-why-%s-h"%s>`, id, id, en(q.Untranslated))
		w("\n"+`<h3 id="fit-why-%s-h">%s</h3>`+"\n"+`<dl class="fit-options">`, id, q.QuestionHTML)
		for _, o := range q.Options {
			w("\n"+`<dt>%s</dt>`+"\n"+`<dd><ul class="fit-levels">`, o.LabelHTML)
			for _, l := range o.ByLevel {
				w("\n"+`<li><span class="fit-level fit-level--%s">%s:</span> `, esc(l.Level), h.t("fit_level_"+l.Level))
				for i, m := range l.Models {
					if i > 0 {
						b.WriteString(", ")
					}
					b.WriteString(modelLink(m))
				}
				b.WriteString("</li>")
			}
			b.WriteString("\n</ul></dd>")
		}
		w("\n</dl>\n"+`<h4>%s</h4>`+"\n"+`<ul class="fit-reasons">`, h.t("fit_reasons_heading"))
		for _, r := range q.Reasons {
			w("\n"+`<li id="%s" class="fit-reason" data-model="%s">`, esc(r.Anchor), esc(r.Model.ID))
			w("\n"+`<p class="fit-reason-model">%s</p>`+"\n"+`<div class="fit-reason-text">%s</div>`+"\n%s\n</li>", modelLink(r.Model), r.HTML.Text, r.HTML.Sources)
		}
		b.WriteString("\n</ul>\n</section>")
	}
	b.WriteString("\n</section>")
	return b.String()
}

// planBody is the planning page after its calculator: per model with
// capacity lines, each line's figures as the sources give them, cited
// (layouts/plan/page.html prints it after the calculator's mount point,
// whose data file's fingerprint only Hugo knows). The line breaks are the
// layout's: the minifier keeps one between inline elements.
func planBody(d *PlanData, h *htmlMaker) string {
	esc := html.EscapeString
	var b strings.Builder
	fmt.Fprintf(&b, "\n"+`<h2 id="sources-give">%s</h2>`+"\n"+`<p>%s</p>`, h.t("plan_sources_give"), h.t("plan_intro"))
	for _, m := range d.Models {
		fmt.Fprintf(&b, "\n"+`<section class="plan-model" id="model-%s">`+"\n"+`<h3><a href="%s">%s</a></h3>`, esc(m.ID), esc(m.URL), esc(m.Name))
		for _, l := range m.Lines {
			fmt.Fprintf(&b, "\n"+`<div class="plan-line" id="%s">`+"\n"+`<h4>%s</h4>`+"\n"+`<ul class="plan-figures">`, esc(l.ID), esc(l.Name))
			for _, f := range l.Figures {
				none := ""
				if f.None {
					none = ` class="plan-none"`
				}
				fmt.Fprintf(&b, "\n"+`<li>%s: <strong%s><bdi>%s</bdi></strong>`+"\n"+`<span class="plan-cite">(`, esc(f.Label), none, esc(f.Text))
				for i, s := range f.Sources {
					if i > 0 {
						b.WriteString("; ")
					}
					fmt.Fprintf(&b, `<a href="%s"><bdi>%s</bdi></a>`, esc(s.URL), esc(s.Title))
					if s.Section != "" {
						attr := ""
						if s.SectionLang != "" {
							attr += fmt.Sprintf(` lang="%s"`, esc(s.SectionLang))
						}
						if s.Original != "" {
							attr += fmt.Sprintf(` title="%s"`, esc(s.Original))
						}
						fmt.Fprintf(&b, ` § <bdi%s>%s</bdi>`, attr, esc(s.Section))
					}
				}
				b.WriteString(")</span></li>")
			}
			b.WriteString("\n</ul>")
			if l.Note != "" {
				fmt.Fprintf(&b, `<p class="plan-note">%s</p>`, esc(l.Note))
			}
			b.WriteString("\n</div>")
		}
		b.WriteString("\n</section>")
	}
	return b.String()
}
