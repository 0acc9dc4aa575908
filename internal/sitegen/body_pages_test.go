package sitegen

import (
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/guide"
)

// wordMaker is an htmlMaker whose words are their keys.
func wordMaker(lang string) *htmlMaker {
	return &htmlMaker{lang: lang, locale: lang, srcLocale: "en-GB", srcDir: "ltr", md: map[string]string{},
		words: func(key string) (string, error) { return key, nil }}
}

// TestCompareEvidenceLine: the comparison page names the evaluated models
// first, then the others, each group in the models' order with its kinds
// ("; " between), a full stop after each group and a space between them.
func TestCompareEvidenceLine(t *testing.T) {
	m := func(id string, evaluated bool, kinds ...guide.EvidenceKind) modelJSON {
		return modelJSON{ID: id, Name: strings.ToUpper(id), Evidence: guide.Evidence{Kinds: kinds, Evaluated: evaluated}}
	}
	report := guide.EvidenceKind{Type: "evaluation-report", Status: "published"}
	draft := guide.EvidenceKind{Type: "funding-application", Status: "draft"}
	line := func(models ...modelJSON) string {
		d := &langJSON{Models: map[string]modelJSON{}}
		for _, x := range models {
			d.Models[x.ID] = x
			d.Order.Models = append(d.Order.Models, x.ID)
		}
		s := compareBody(d, wordMaker("en"))
		return s[:strings.Index(s, "</p>")+4]
	}
	for _, tt := range []struct {
		name   string
		models []modelJSON
		want   string
	}{
		{"both kinds, in model order", []modelJSON{m("b", false, draft), m("a", true, report, draft), m("c", true, report)},
			`<p class="evidence-line"><strong>evidence_compare_evaluated</strong> <a href="/en/models/a/">A</a> (evidence_type_evaluation_report; evidence_type_funding_application, evidence_status_draft); <a href="/en/models/c/">C</a> (evidence_type_evaluation_report). ` +
				`<strong>evidence_compare_not_evaluated</strong> <a href="/en/models/b/">B</a> (evidence_type_funding_application, evidence_status_draft).</p>`},
		{"none evaluated", []modelJSON{m("b", false, draft)},
			`<p class="evidence-line"><strong>evidence_compare_not_evaluated</strong> <a href="/en/models/b/">B</a> (evidence_type_funding_application, evidence_status_draft).</p>`},
		{"all evaluated", []modelJSON{m("a", true, report)},
			`<p class="evidence-line"><strong>evidence_compare_evaluated</strong> <a href="/en/models/a/">A</a> (evidence_type_evaluation_report). </p>`},
	} {
		if got := line(tt.models...); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
	if got := compareBody(&langJSON{}, wordMaker("en")); got != "" {
		t.Errorf("no models: %q", got)
	}
}

// TestSourcesBody: primary sources come before secondary ones, a source's
// sections in their order (not the map's), a translated heading with the
// document's own in parentheses in the document's language, and the
// citing pages' titles as plain text.
func TestSourcesBody(t *testing.T) {
	d := &langJSON{Order: orderJSON{PrimarySources: []string{"p"}, SecondarySources: []string{"s"}}, Sources: map[string]sourceJSON{
		"p": {ID: "p", Title: "P", Language: "da", Sections: map[string]sectionJSON{
			"z": {ID: "z", Heading: "First", Original: "Første", Order: 1}, "a": {ID: "a", Heading: "Anden", Order: 2}},
			CitedBy: []citation{{URL: "/en/glossary/#t", Title: "bridge-builder (Danish *brobygger*)"}}},
		"s": {ID: "s", Title: "S", Untranslated: true, HTML: map[string]string{"description": "<p>D</p>"}},
	}}
	got := sourcesBody(d, wordMaker("en"))
	for _, want := range []string{
		`<li id="p--z" class="source-section"><bdi>First</bdi> <span class="source-section__original">(<bdi lang="da">Første</bdi>)</span> <code>#z</code></li><li id="p--a" class="source-section"><bdi lang="da">Anden</bdi> <code>#a</code></li>`,
		`<summary>cited_by <span class="num">(1)</span></summary><ul><li><a href="/en/glossary/#t">bridge-builder (Danish brobygger)</a></li></ul>`,
		`<div class="untranslated-text" lang="en-GB" dir="ltr"><p>D</p></div>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
	if p, s := strings.Index(got, `<li id="p">`), strings.Index(got, `<li id="s">`); p < 0 || s < p {
		t.Errorf("primary at %d, secondary at %d", p, s)
	}
}

// TestPlainify: a title as Hugo's markdownify | plainify gives it.
func TestPlainify(t *testing.T) {
	h := wordMaker("he")
	h.rtl = true
	for in, want := range map[string]string{
		"Plain":                          "Plain",
		"bridge-builder (*brobygger*)":   "bridge-builder (brobygger)",
		`בדוא"ל או St Mungo's`:           "בדוא&quot;ל או St Mungo's", // entities stay, no isolation
		"A & B `code`  **two**   spaces": "A &amp; B code two spaces",
	} {
		if got := h.plainify(in); got != want {
			t.Errorf("plainify(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStatusBody: every language's row in the status's order, named in its
// own language (a language the guide does not list by its code), the
// percentage without decimals, and "complete" only for a language with
// nothing outdated or missing.
func TestStatusBody(t *testing.T) {
	g := &guide.Guide{Languages: []guide.Language{{Code: "en", Name: "English", Locale: "en-GB"}, {Code: "he", Name: "עברית", Locale: "he-IL", Direction: "rtl"}}}
	status := []Status{{Lang: "he", Total: 3, Translated: 2, Percent: 200.0 / 3, Missing: []string{"terms x"}},
		{Lang: "en", Total: 3, Translated: 3, Percent: 100}, {Lang: "xx", Total: 3, Percent: 0, Outdated: []string{"models y"}}}
	got := statusBody(g, status, wordMaker("en"))
	for _, want := range []string{
		`<a href="#tstatus-he"><span lang="he-IL" dir="rtl">עברית</span></a></th><td><span class="num">2/3</span> <meter min="0" max="100" value="66.66666666666667" aria-hidden="true"></meter> <span class="num">67 %</span></td><td class="num">0</td><td class="num">1</td>`,
		`<a href="#tstatus-xx"><span lang="xx" dir="ltr">xx</span></a>`,
		`<h2 id="tstatus-en-h"><span lang="en-GB" dir="ltr">English</span></h2><p>tstatus_complete</p></section>`,
		`<h2 id="tstatus-he-h"><span lang="he-IL" dir="rtl">עברית</span></h2><h3>tstatus_missing_list</h3><ul class="id-list"><li><code>terms x</code></li></ul></section>`,
		`<h2 id="tstatus-xx-h"><span lang="xx" dir="ltr">xx</span></h2><h3>tstatus_outdated_list</h3>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
	if he, en := strings.Index(got, "#tstatus-he"), strings.Index(got, "#tstatus-en"); he > en {
		t.Errorf("rows not in the status's order")
	}
}

// TestRecommendationsBody: the filter offers only the models that have
// recommendations, with their counts, and counts every recommendation; a
// model's group lists its recommendations in its order.
func TestRecommendationsBody(t *testing.T) {
	d := &langJSON{Order: orderJSON{Models: []string{"a", "b", "c"}, Recommendations: []string{"r1", "r2", "r3"}},
		Models: map[string]modelJSON{"a": {ID: "a", Name: "A", Recs: []string{"r2", "r1"}}, "b": {ID: "b", Name: "B"},
			"c": {ID: "c", Name: "C", Recs: []string{"r3"}, Untranslated: true}},
		Recommendations: map[string]recJSON{"r1": {HTML: map[string]string{"section": "[r1]"}}, "r2": {HTML: map[string]string{"section": "[r2]"}},
			"r3": {HTML: map[string]string{"section": "[r3]"}}}}
	got := recommendationsBody(d, wordMaker("da"))
	for _, want := range []string{`data-total="3"`,
		`value="a" checked> <span>A</span> <span class="num">(2)</span>`, `value="c" checked> <span lang="en" dir="ltr">C</span> <span class="num">(1)</span>`,
		`<a href="/da/models/a/">A</a></h2>[r2][r1]</section>`, `<a href="/da/models/c/" lang="en" dir="ltr">C</a></h2>[r3]</section>`} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
	if strings.Contains(got, `"b"`) {
		t.Errorf("model b has no recommendations but is listed:\n%s", got)
	}
}

// TestPlanBody: each figure with its citations ("; " between them), a
// section named in the reader's language with the document's heading as
// its title, a figure the source leaves open marked, and the line's note.
func TestPlanBody(t *testing.T) {
	d := &PlanData{Models: []PlanModel{{ID: "m", Name: "M & Co", URL: "/da/models/m/", Lines: []PlanLine{{ID: "m.beds", Name: "Beds", Note: "Per night.",
		Figures: []PlanFigure{
			{Label: "Cost", Text: "100–200 kr.", Sources: []PlanSource{
				{Title: "Report", URL: "/da/sources/#r", Section: "Budget", SectionLang: "da", Original: "Budget (original)"},
				{Title: "News", URL: "/da/sources/#n"}}},
			{Label: "Places", Text: "not given", None: true, Sources: []PlanSource{{Title: "News", URL: "/da/sources/#n", Section: "Beds", SectionLang: "en"}}},
		}}}}}}
	got := planBody(d, wordMaker("da"))
	for _, want := range []string{
		`<section class="plan-model" id="model-m">` + "\n" + `<h3><a href="/da/models/m/">M &amp; Co</a></h3>`,
		`<li>Cost: <strong><bdi>100–200 kr.</bdi></strong>` + "\n" + `<span class="plan-cite">(<a href="/da/sources/#r"><bdi>Report</bdi></a> § <bdi lang="da" title="Budget (original)">Budget</bdi>; <a href="/da/sources/#n"><bdi>News</bdi></a>)</span></li>`,
		`<li>Places: <strong class="plan-none"><bdi>not given</bdi></strong>` + "\n" + `<span class="plan-cite">(<a href="/da/sources/#n"><bdi>News</bdi></a> § <bdi lang="en">Beds</bdi>)</span></li>`,
		"</ul><p class=\"plan-note\">Per night.</p>\n</div>",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
}
