package sitegen

import (
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/testutil"
)

// TestDomainSums: a scoring sheet counts each domain's criteria and adds
// their weights, in the domains' order, and leaves out a domain with none.
func TestDomainSums(t *testing.T) {
	d := &langJSON{Order: orderJSON{Domains: []string{"b", "empty", "a"}}}
	criteria := []criterionJSON{{Domain: "a", Weight: 3}, {Domain: "b", Weight: 1}, {Domain: "a", Weight: 2}, {Domain: "other", Weight: 3}}
	got := domainSums(d, criteria)
	want := []domainSum{{"b", 1, 1}, {"a", 2, 5}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

// TestTemplateWords: a translation with Hugo fields ({{ .missing }}) is
// filled from the values and escaped once, as Hugo's T with a dict; a
// figure is written with the language's decimal separator.
func TestTemplateWords(t *testing.T) {
	h := &htmlMaker{decimal: ",", words: func(key string) (string, error) {
		return map[string]string{"caps": "at “{{ .missing }}”, or {{.partial}}; {{ .none }}."}[key], nil
	}}
	if got, want := h.tWith("caps", map[string]string{"missing": "A & <B>", "partial": "C"}), "at “A &amp; &lt;B&gt;”, or C; ."; got != want {
		t.Errorf("tWith: got %q, want %q", got, want)
	}
	for _, tt := range []struct {
		dec  string
		v    float64
		want string
	}{{",", 0.5, "0,50"}, {".", 0.25, "0.25"}, {"", 1, "1.00"}} {
		h.decimal = tt.dec
		if got := h.number(tt.v, 2); got != tt.want {
			t.Errorf("number(%v) with %q: got %q, want %q", tt.v, tt.dec, got, tt.want)
		}
	}
}

// TestPrintPackBody: a print pack lists the common core's blocks before
// the model's own, leaves a block without criteria off the checklist,
// lists only must-haves as such, marks an untranslated block's prompts as
// English, and leaves the PDF link and the permalink to the layout.
func TestPrintPackBody(t *testing.T) {
	g := testutil.FixtureGuide(t)
	lang := g.Languages[0]
	d := langData(g, lang.Code)
	ui := allWords(t)
	if err := addHTML(g, lang, &d, ui); err != nil {
		t.Fatal(err)
	}
	h := newHTMLMaker(g, lang, d, ui)
	id := d.Order.Models[0]
	m := d.Models[id]
	if len(d.Order.CoreBlocks) == 0 || len(m.Blocks) == 0 {
		t.Fatal("the fixture needs core blocks and model blocks")
	}
	// One model block untranslated and without criteria; one core
	// criterion a must-have, one not.
	empty := d.Blocks[m.Blocks[0]]
	empty.Criteria, empty.Untranslated, empty.Prompts = nil, true, []string{"A prompt?"}
	d.Blocks[empty.ID] = empty
	core := d.Blocks[d.Order.CoreBlocks[0]]
	if len(core.Criteria) < 2 {
		t.Fatal("the fixture's first core block needs two criteria")
	}
	for i, must := range []bool{true, false} {
		c := d.Criteria[core.Criteria[i]]
		c.MustHave = must
		d.Criteria[c.ID] = c
	}
	got := h.printPackBody(&d, id)
	if h.err != nil {
		t.Fatal(h.err)
	}
	for _, want := range []string{MarkPDF + `<a href="/` + lang.Code + `/models/` + id + `/">`, `<span class="ltr">` + MarkPermalink + `</span>`,
		`<ol lang="en" dir="ltr"><li>A prompt?</li></ol>`} {
		if !strings.Contains(got, want) {
			t.Errorf("the pack lacks %q", want)
		}
	}
	if strings.Contains(got, `id="check-`+empty.ID+`"`) {
		t.Errorf("block %s has no criteria but is on the checklist", empty.ID)
	}
	coreAt, modelAt := strings.Index(got, `id="check-`+core.ID+`"`), -1
	for _, b := range m.Blocks[1:] {
		if len(d.Blocks[b].Criteria) > 0 {
			modelAt = strings.Index(got, `id="check-`+b+`"`)
			break
		}
	}
	if coreAt < 0 || modelAt >= 0 && modelAt < coreAt {
		t.Errorf("core block at %d, model block at %d: the core comes first", coreAt, modelAt)
	}
	musts := got[strings.Index(got, `<ul class="pack__musts">`):]
	musts = musts[:strings.Index(musts, "</ul>")]
	if !strings.Contains(musts, `>`+core.Criteria[0]+`</span>`) || strings.Contains(musts, `>`+core.Criteria[1]+`</span>`) {
		t.Errorf("must-haves: want %s and not %s:\n%s", core.Criteria[0], core.Criteria[1], musts)
	}
}

// TestModelBody: a model page lists in its table of contents only the
// sections that have text, in the sections' order, and a part (blocks,
// recommendations, measures, methods) only when the model has one; an
// untranslated recommendation or method is marked English; the page's own
// Markdown goes after the sources, before the contents.
func TestModelBody(t *testing.T) {
	g := testutil.FixtureGuide(t)
	lang := g.Languages[0]
	d := langData(g, lang.Code)
	ui := allWords(t)
	if err := addHTML(g, lang, &d, ui); err != nil {
		t.Fatal(err)
	}
	h := newHTMLMaker(g, lang, d, ui)
	id := d.Order.Models[0]
	m := d.Models[id]
	m.SectionOrder = []string{"how_it_works", "nothing_here", "who_for"}
	m.Sections = map[string]partJSON{"who_for": {Text: "For whom.", HTML: map[string]string{"body": "<p>For whom.</p>"}},
		"how_it_works": {Text: "How.", HTML: map[string]string{"body": "<p>How.</p>"}}, "nothing_here": {}}
	m.Measures, m.Methods = nil, []string{"no-such-method"}
	if len(m.Recs) == 0 {
		t.Fatal("the fixture's first model needs recommendations")
	}
	r := d.Recommendations[m.Recs[0]]
	r.Untranslated = true
	d.Recommendations[r.ID] = r
	d.Models[id] = m
	got := h.modelBody(&d, id)
	toc := got[strings.Index(got, `<nav class="toc"`):]
	toc = toc[:strings.Index(toc, "</nav>")]
	var links []string
	for _, part := range strings.Split(toc, `<a href="`)[1:] {
		links = append(links, part[:strings.Index(part, `"`)])
	}
	anchor := sectionAnchor("how_it_works") // see TestSectionAnchor
	want := []string{"#" + anchor, "#" + sectionAnchor("who_for"), "#building-blocks", "#recommendations", "/" + lang.Code + "/models/core/"}
	if strings.Join(links, " ") != strings.Join(want, " ") {
		t.Errorf("contents: got %v, want %v", links, want)
	}
	for _, bad := range []string{`id="outcome-measures"`, `id="methods"`, "no-such-method"} {
		if strings.Contains(got, bad) {
			t.Errorf("the page has %s", bad)
		}
	}
	if want := `<li lang="en" dir="ltr"><a href="/` + lang.Code + `/recommendations/#` + r.ID + `">`; !strings.Contains(got, want) {
		t.Errorf("the untranslated recommendation is not marked: want %s", want)
	}
	if i, j := strings.Index(got, MarkContent), strings.Index(got, `<nav class="toc"`); i < 0 || i > j || i < strings.Index(got, `class="lead"`) {
		t.Errorf("the page's own Markdown at %d, contents at %d", i, j)
	}
}

// TestSectionAnchor: each section of a model page has its own id, the
// key with hyphens, and the contents link to it.
func TestSectionAnchor(t *testing.T) {
	for key, want := range map[string]string{"who_for": "who-for", "how_it_works": "how-it-works", "outcomes": "outcomes"} {
		if got := sectionAnchor(key); got != want {
			t.Errorf("sectionAnchor(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestMethodDiagramTable: the steps table has a "when" column only when a
// step has a start and an end (the others then read "open length"); a
// timeline's column names its unit, a scale's names bands and steps on
// the scale, without a unit.
func TestMethodDiagramTable(t *testing.T) {
	h := &htmlMaker{words: func(key string) (string, error) { return "[" + key + "]", nil }}
	one, three := 1.0, 3.5
	dated := stepJSON{ID: "a", Name: "A", Start: &one, End: &three}
	open := stepJSON{ID: "b", Name: "B"}
	for _, tt := range []struct {
		name      string
		m         methodJSON
		want, not []string
	}{
		{"timeline", methodJSON{ID: "t", Kind: "timeline", Unit: "month", Steps: []stepJSON{dated, open}},
			[]string{`<th scope="col">[step]</th><th scope="col">[step_when] ([unit_month])</th>`, `<span class="num">1–3.5</span>`, `<td>[diagram_open_length]</td>`, `<tr id="t--b">`}, nil},
		{"no dates", methodJSON{ID: "s", Kind: "stages", Unit: "month", Steps: []stepJSON{open}},
			[]string{`<th scope="col">[step]</th><th scope="col">[step_description]</th>`}, []string{"[step_when]", "[diagram_open_length]"}},
		{"scale", methodJSON{ID: "x", Kind: "scale", Unit: "step", Steps: []stepJSON{dated}},
			[]string{`<th scope="col">[band]</th><th scope="col">[scale_steps]</th>`}, []string{"[unit_step]"}},
		{"untranslated", methodJSON{ID: "u", Kind: "stages", Name: "N & M", Untranslated: true, Steps: []stepJSON{{ID: "a", Activities: []string{"do <x>"}}}},
			[]string{`<table class="steps" lang="en" dir="ltr">`, `<caption id="dg-u-alt">[diagram_text_alternative]: N &amp; M</caption>`, `<li>do &lt;x&gt;</li>`}, nil},
	} {
		got := h.methodDiagram(tt.m)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: lacks %s\n%s", tt.name, w, got)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: has %s", tt.name, w)
			}
		}
	}
}

// TestMethodsInOrder: the methods section and pages follow the methods'
// order, and a method page names the models that use it (an unknown one
// is left out, its comma kept as the layout had it).
func TestMethodsInOrder(t *testing.T) {
	d := &langJSON{Methods: map[string]methodJSON{"z": {ID: "z", Order: 1, Name: "Zed"}, "a": {ID: "a", Order: 2, Name: "Ay", Models: []string{"m", "gone"}}},
		Models: map[string]modelJSON{"m": {ID: "m", Name: "Em", Untranslated: true}}}
	h := &htmlMaker{lang: "da", words: func(key string) (string, error) { return "[" + key + "]", nil }}
	got := h.methodsBody(methodOrder(d))
	if i, j := strings.Index(got, `id="z"`), strings.Index(got, `id="a"`); i < 0 || j < i {
		t.Errorf("methods out of order:\n%s", got)
	}
	if !strings.Contains(got, `<a href="/da/methods/a/">Ay</a>`) {
		t.Errorf("no link to the method's page:\n%s", got)
	}
	page := h.methodBody(d, d.Methods["a"])
	if want := `<p>[used_in]: <a href="/da/models/m/" lang="en" dir="ltr">Em</a>, </p>` + MarkContent; !strings.Contains(page, want) {
		t.Errorf("want %s in\n%s", want, page)
	}
}
