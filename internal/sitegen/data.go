package sitegen

import (
	"cmp"
	"reflect"
	"slices"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
)

// GuideData is where the whole guide in one language is written, below the
// repository root: structure and text merged, the texts also as HTML
// (layouts/README.md). It is outside Hugo's data mount: the layouts print
// the page bodies sitegen makes from it and never load it (4 × 0.9 MB of
// JSON that Hugo parsed on every build); the site and parity tests read it.
func GuideData(lang string) string { return "generated/guide/" + lang + ".json" }

// The JSON shapes of generated/guide/LANG.json (layouts/README.md).

type domainJSON struct {
	ID           string `json:"id"`
	Order        int    `json:"order"`
	Name         string `json:"name"`
	Description  string `json:"description"`
	Untranslated bool   `json:"untranslated,omitempty"`
}

type bandJSON struct {
	ID           string            `json:"id"`
	Min          float64           `json:"min"`
	Order        int               `json:"order"`
	Name         string            `json:"name"`
	Description  string            `json:"description"`
	Untranslated bool              `json:"untranslated,omitempty"`
	HTML         map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

// sectionJSON is a section of a primary source: its heading in the
// page's language (from the text's sections:, or the document's own in
// the document's language) and, where that differs, the heading as it
// stands in the document, in the document's language, to find it there.
type sectionJSON struct {
	ID       string `json:"id"`
	Heading  string `json:"heading"`
	Original string `json:"original,omitempty"`
	Order    int    `json:"order"`
}

// citation is a page that cites a source.
type citation struct {
	Kind  string `json:"kind"` // model, criterion, recommendation, method, measure, block, term
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url"` // site-absolute, with the anchor
}

type sourceJSON struct {
	ID           string                 `json:"id"`
	Kind         string                 `json:"kind"`
	Type         string                 `json:"type"`   // evaluation-report, ... (guide.SourceTypes)
	Status       string                 `json:"status"` // published or draft
	Order        int                    `json:"order"`
	File         string                 `json:"file,omitempty"`
	Title        string                 `json:"title"`
	Description  string                 `json:"description"`
	Year         int                    `json:"year,omitempty"`
	Authors      string                 `json:"authors,omitempty"`
	Language     string                 `json:"language,omitempty"`
	Sections     map[string]sectionJSON `json:"sections"`
	CitedIn      []guide.SourceRef      `json:"cited_in"`
	CitedBy      []citation             `json:"cited_by"`
	Untranslated bool                   `json:"untranslated,omitempty"`
	HTML         map[string]string      `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type partJSON struct {
	Notes        []int             `json:"notes,omitempty"` // comparison cells: the numbers of its sources' notes (compare_notes)
	Text         string            `json:"text"`
	Open         string            `json:"open,omitempty"` // what the source leaves open about it
	Sources      []guide.SourceRef `json:"sources"`
	Untranslated bool              `json:"untranslated,omitempty"`
	HTML         map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type modelJSON struct {
	ID           string              `json:"id"`
	Order        int                 `json:"order"`
	Country      string              `json:"country"`
	Name         string              `json:"name"`
	Place        string              `json:"place"`
	Summary      string              `json:"summary"`
	Sources      []guide.SourceRef   `json:"sources"`
	Methods      []string            `json:"methods"`
	Blocks       []string            `json:"blocks"`
	Measures     []string            `json:"measures"`
	Recs         []string            `json:"recommendations"` // the model's recommendations, in order
	SectionOrder []string            `json:"section_order"`
	CompareOrder []string            `json:"compare_order"`
	Sections     map[string]partJSON `json:"sections"`
	Compare      map[string]partJSON `json:"compare"`
	Evidence     guide.Evidence      `json:"evidence"` // the kinds of document its facts rest on
	// SearchNames are the names the model goes by in every language (its
	// name in each, and each term base's preferred form and variants under
	// the model's id), so the search of any language finds the model's page
	// by its Latin and its local name.
	SearchNames  []string          `json:"search_names"`
	Untranslated bool              `json:"untranslated,omitempty"`
	HTML         map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type blockJSON struct {
	ID           string            `json:"id"`
	Model        string            `json:"model"`
	Order        int               `json:"order"`
	Name         string            `json:"name"`
	Description  string            `json:"description"`
	Prompts      []string          `json:"prompts"`
	Open         string            `json:"open,omitempty"`
	Criteria     []string          `json:"criteria"`
	Sources      []guide.SourceRef `json:"sources"`
	Untranslated bool              `json:"untranslated,omitempty"`
	HTML         map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type criterionJSON struct {
	ID              string            `json:"id"`
	Block           string            `json:"block"`
	Model           string            `json:"model"`
	Order           int               `json:"order"`
	Domain          string            `json:"domain"`
	Weight          int               `json:"weight"`
	MustHave        bool              `json:"must_have"`
	NAAllowed       bool              `json:"na_allowed"`
	Question        string            `json:"question"`
	Why             string            `json:"why"`
	GoodEnough      string            `json:"good_enough"`
	Better          string            `json:"better"`
	Open            string            `json:"open,omitempty"`
	Adapt           string            `json:"adapt,omitempty"`
	Recommendations []string          `json:"recommendations"`
	DependsOn       []string          `json:"depends_on"`
	Replaces        []string          `json:"replaces"`
	Sources         []guide.SourceRef `json:"sources"`
	URL             string            `json:"url"`
	Untranslated    bool              `json:"untranslated,omitempty"`
	HTML            map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type recJSON struct {
	ID           string            `json:"id"`
	Model        string            `json:"model"`
	Order        int               `json:"order"`
	Number       int               `json:"number,omitempty"`
	Title        string            `json:"title"`
	Body         string            `json:"body"`
	Criteria     []string          `json:"criteria"`
	Sources      []guide.SourceRef `json:"sources"`
	Untranslated bool              `json:"untranslated,omitempty"`
	HTML         map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type stepJSON struct {
	ID          string            `json:"id"`
	Start       *float64          `json:"start,omitempty"`
	End         *float64          `json:"end,omitempty"`
	Name        string            `json:"name"`
	Description string            `json:"description"`
	Activities  []string          `json:"activities"`
	HTML        map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type methodJSON struct {
	ID           string            `json:"id"`
	Order        int               `json:"order"`
	Models       []string          `json:"models"`
	Kind         string            `json:"kind"`
	Unit         string            `json:"unit,omitempty"`
	Name         string            `json:"name"`
	Summary      string            `json:"summary"`
	Steps        []stepJSON        `json:"steps"`
	Sources      []guide.SourceRef `json:"sources"`
	Untranslated bool              `json:"untranslated,omitempty"`
	HTML         map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type measureJSON struct {
	ID           string            `json:"id"`
	Model        string            `json:"model"`
	Kind         string            `json:"kind"`
	Name         string            `json:"name"`
	Description  string            `json:"description"`
	Open         string            `json:"open,omitempty"`
	Sources      []guide.SourceRef `json:"sources"`
	Untranslated bool              `json:"untranslated,omitempty"`
	HTML         map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type termJSON struct {
	ID           string            `json:"id"`
	Term         string            `json:"term"`
	Definition   string            `json:"definition"`
	Avoid        []string          `json:"avoid"`
	Sources      []guide.SourceRef `json:"sources"`
	Untranslated bool              `json:"untranslated,omitempty"`
	HTML         map[string]string `json:"-"` // the texts as HTML (html.go), for the page bodies: not in the data file
}

type scoringJSON struct {
	Credits    map[string]float64 `json:"credits"`
	CapMissing string             `json:"cap_missing"`
	CapPartial string             `json:"cap_partial"`
}

// orderJSON lists ids in the order the pages show them, so that templates
// range over a list instead of sorting and filtering maps.
type orderJSON struct {
	Models           []string `json:"models"`            // by order
	CoreBlocks       []string `json:"core_blocks"`       // the common core's blocks, by order
	Recommendations  []string `json:"recommendations"`   // guide order
	Domains          []string `json:"domains"`           // by order
	Bands            []string `json:"bands"`             // by min
	PrimarySources   []string `json:"primary_sources"`   // by id
	SecondarySources []string `json:"secondary_sources"` // by id
	Terms            []string `json:"terms"`             // by term, in the language's collation
}

// compareNotesJSON are the comparison page's sources as numbered notes:
// each reference once, numbered in reading order (row by row, model by
// model); a cell names its notes by number (partJSON.Notes).
type compareNotesJSON struct {
	Refs []guide.SourceRef `json:"refs"`
	HTML []string          `json:"-"` // each note's citation (html.go), for the comparison's body
}

type langJSON struct {
	Lang            string                   `json:"lang"`
	Order           orderJSON                `json:"order"`
	CompareNotes    compareNotesJSON         `json:"compare_notes"`
	Scoring         scoringJSON              `json:"scoring"`
	Domains         map[string]domainJSON    `json:"domains"`
	Bands           map[string]bandJSON      `json:"bands"`
	Sources         map[string]sourceJSON    `json:"sources"`
	Models          map[string]modelJSON     `json:"models"`
	Blocks          map[string]blockJSON     `json:"blocks"`
	Criteria        map[string]criterionJSON `json:"criteria"`
	Recommendations map[string]recJSON       `json:"recommendations"`
	Methods         map[string]methodJSON    `json:"methods"`
	Measures        map[string]measureJSON   `json:"measures"`
	Terms           map[string]termJSON      `json:"terms"`
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func coreName(model string) string {
	if model == "" {
		return "core"
	}
	return model
}

func langData(g *guide.Guide, lang string) langJSON {
	d := langJSON{Lang: lang,
		Scoring: scoringJSON{Credits: g.Scoring.Credits, CapMissing: g.Scoring.CapMissing, CapPartial: g.Scoring.CapPartial},
		Domains: map[string]domainJSON{}, Bands: map[string]bandJSON{}, Sources: map[string]sourceJSON{},
		Models: map[string]modelJSON{}, Blocks: map[string]blockJSON{}, Criteria: map[string]criterionJSON{},
		Recommendations: map[string]recJSON{}, Methods: map[string]methodJSON{}, Measures: map[string]measureJSON{}, Terms: map[string]termJSON{}}
	for _, x := range g.Domains {
		t, got := guide.TextOf(g, lang, guide.DomainTexts, x.ID)
		d.Domains[x.ID] = domainJSON{x.ID, x.Order, t.Name, t.Description, got != lang}
	}
	for i, x := range g.Scoring.Bands {
		t, got := guide.TextOf(g, lang, guide.BandTexts, x.ID)
		d.Bands[x.ID] = bandJSON{x.ID, x.Min, i + 1, t.Name, t.Description, got != lang, nil}
	}
	cites := citations(g, lang)
	for i, x := range g.Sources {
		t, got := guide.TextOf(g, lang, guide.SourceTexts, x.ID)
		secs := map[string]sectionJSON{}
		for j, s := range x.Sections {
			sec := sectionJSON{ID: s.ID, Heading: s.Heading, Order: j + 1}
			if h := t.Sections[s.ID]; h != "" && lang != x.Language {
				sec.Heading, sec.Original = h, s.Heading
			}
			secs[s.ID] = sec
		}
		d.Sources[x.ID] = sourceJSON{ID: x.ID, Kind: x.Kind, Type: x.Type, Status: x.Status, Order: i + 1, File: x.File, Title: t.Title, Description: t.Description,
			Year: x.Year, Authors: x.Authors, Language: x.Language, Sections: secs, CitedIn: nonNil(x.CitedIn),
			CitedBy: nonNil(cites[x.ID]), Untranslated: got != lang}
	}
	for _, m := range g.Models {
		t, got := guide.TextOf(g, lang, guide.ModelTexts, m.ID)
		mj := modelJSON{ID: m.ID, Order: m.Order, Country: m.Country, Name: t.Name, Place: t.Place, Summary: t.Summary,
			Sources: nonNil(m.Sources), Methods: nonNil(m.Methods), Blocks: []string{}, Measures: []string{},
			Sections: parts(t.Sections, m.SectionSources, got != lang), Evidence: g.ModelEvidence(m.ID), SearchNames: searchNames(g, m.ID), Compare: parts(t.Compare, m.CompareSources, got != lang),
			SectionOrder: keys(guide.SectionText{}), CompareOrder: keys(guide.CompareText{}), Untranslated: got != lang}
		if t.Open != nil {
			for key, note := range t.Open.All() {
				if p, ok := mj.Sections[key]; ok && note != "" {
					p.Open = note
					mj.Sections[key] = p
				}
			}
		}
		for _, b := range g.BlocksOf(m.ID) {
			mj.Blocks = append(mj.Blocks, b.ID)
		}
		for _, r := range g.Recommendations {
			if r.Model == m.ID {
				mj.Recs = append(mj.Recs, r.ID)
			}
		}
		mj.Recs = nonNil(mj.Recs)
		for _, ms := range g.Measures {
			if ms.Model == m.ID {
				mj.Measures = append(mj.Measures, ms.ID)
			}
		}
		d.Models[m.ID] = mj
	}
	order := map[string]int{}
	for _, b := range g.Blocks {
		t, got := guide.TextOf(g, lang, guide.BlockTexts, b.ID)
		bj := blockJSON{ID: b.ID, Model: coreName(b.Model), Order: b.Order, Name: t.Name, Description: t.Description,
			Prompts: nonNil(t.Prompts), Open: t.Open, Criteria: []string{}, Sources: nonNil(b.Sources), Untranslated: got != lang}
		for _, c := range g.CriteriaOf(b.ID) {
			bj.Criteria = append(bj.Criteria, c.ID)
			order[c.ID] = len(bj.Criteria)
		}
		d.Blocks[b.ID] = bj
	}
	for _, c := range g.Criteria {
		t, got := guide.TextOf(g, lang, guide.CriterionTexts, c.ID)
		d.Criteria[c.ID] = criterionJSON{ID: c.ID, Block: c.Block, Model: coreName(g.ModelOf(c)), Order: order[c.ID], Domain: c.Domain,
			Weight: c.Weight, MustHave: c.MustHave, NAAllowed: c.NAAllowed, Question: t.Question, Why: t.Why, GoodEnough: t.GoodEnough,
			Better: t.Better, Open: t.Open, Adapt: t.Adapt, Recommendations: nonNil(c.Recommendations), DependsOn: nonNil(c.DependsOn), Replaces: nonNil(c.Replaces), Sources: nonNil(c.Sources),
			URL: g.CriterionPath(lang, c.ID), Untranslated: got != lang}
	}
	for i, r := range g.Recommendations {
		t, got := guide.TextOf(g, lang, guide.RecTexts, r.ID)
		rj := recJSON{ID: r.ID, Model: r.Model, Order: i + 1, Number: r.Number, Title: t.Title, Body: t.Body,
			Criteria: []string{}, Sources: nonNil(r.Sources), Untranslated: got != lang}
		for _, c := range g.CriteriaServedBy(r.ID) {
			rj.Criteria = append(rj.Criteria, c.ID)
		}
		d.Recommendations[r.ID] = rj
	}
	for i, m := range g.Methods {
		t, got := guide.TextOf(g, lang, guide.MethodTexts, m.ID)
		mj := methodJSON{ID: m.ID, Order: i + 1, Models: nonNil(m.Models), Kind: m.Kind, Unit: m.Unit, Name: t.Name, Summary: t.Summary,
			Steps: []stepJSON{}, Sources: nonNil(m.Sources), Untranslated: got != lang}
		for _, s := range m.Steps {
			st := t.Steps[s.ID]
			mj.Steps = append(mj.Steps, stepJSON{s.ID, s.Start, s.End, st.Name, st.Description, nonNil(st.Activities), nil})
		}
		d.Methods[m.ID] = mj
	}
	for _, m := range g.Measures {
		t, got := guide.TextOf(g, lang, guide.MeasureTexts, m.ID)
		d.Measures[m.ID] = measureJSON{m.ID, m.Model, m.Kind, t.Name, t.Description, t.Open, nonNil(m.Sources), got != lang, nil}
	}
	for _, x := range g.Terms {
		t, got := guide.TextOf(g, lang, guide.TermTexts, x.ID)
		d.Terms[x.ID] = termJSON{x.ID, t.Term, t.Definition, nonNil(t.Avoid), nonNil(x.Sources), got != lang, nil}
	}
	d.Order = orderOf(g)
	return d
}

// orderOf lists the ids of the guide's entries in the order pages show them.
func orderOf(g *guide.Guide) orderJSON {
	o := orderJSON{Models: []string{}, CoreBlocks: []string{}, Recommendations: []string{}, Domains: []string{}, Bands: []string{},
		PrimarySources: []string{}, SecondarySources: []string{}}
	models := slices.Clone(g.Models)
	slices.SortStableFunc(models, func(a, b guide.Model) int { return cmp.Compare(a.Order, b.Order) })
	for _, m := range models {
		o.Models = append(o.Models, m.ID)
	}
	blocks := slices.Clone(g.BlocksOf(""))
	slices.SortStableFunc(blocks, func(a, b guide.Block) int { return cmp.Compare(a.Order, b.Order) })
	for _, b := range blocks {
		o.CoreBlocks = append(o.CoreBlocks, b.ID)
	}
	for _, r := range g.Recommendations {
		o.Recommendations = append(o.Recommendations, r.ID)
	}
	domains := slices.Clone(g.Domains)
	slices.SortStableFunc(domains, func(a, b guide.Domain) int { return cmp.Compare(a.Order, b.Order) })
	for _, x := range domains {
		o.Domains = append(o.Domains, x.ID)
	}
	bands := slices.Clone(g.Scoring.Bands)
	slices.SortStableFunc(bands, func(a, b guide.Band) int { return cmp.Compare(a.Min, b.Min) })
	for _, x := range bands {
		o.Bands = append(o.Bands, x.ID)
	}
	for _, x := range g.Sources {
		if x.Kind == "primary" {
			o.PrimarySources = append(o.PrimarySources, x.ID)
		} else if x.Kind == "secondary" {
			o.SecondarySources = append(o.SecondarySources, x.ID)
		}
	}
	slices.Sort(o.PrimarySources)
	slices.Sort(o.SecondarySources)
	return o
}

// parts pairs each section (or comparison cell) text with its sources.
func parts(text, sources any, untranslated bool) map[string]partJSON {
	out := map[string]partJSON{}
	tv, sv := reflect.ValueOf(text), reflect.ValueOf(sources)
	for i := 0; i < tv.NumField(); i++ {
		key, _, _ := strings.Cut(tv.Type().Field(i).Tag.Get("json"), ",")
		txt := tv.Field(i).String()
		if strings.TrimSpace(txt) == "" {
			continue
		}
		out[key] = partJSON{Text: txt, Sources: nonNil(sv.Field(i).Interface().([]guide.SourceRef)), Untranslated: untranslated}
	}
	return out
}

func keys(v any) []string {
	t := reflect.TypeOf(v)
	var out []string
	for i := 0; i < t.NumField(); i++ {
		k, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		out = append(out, k)
	}
	return out
}

// citations lists, per source id, the guide pages that cite it.
func citations(g *guide.Guide, lang string) map[string][]citation {
	out := map[string][]citation{}
	seen := map[string]bool{}
	add := func(refs []guide.SourceRef, c citation) {
		for _, r := range refs {
			k := r.Doc() + "|" + c.Kind + "|" + c.ID
			if seen[k] {
				continue
			}
			seen[k] = true
			out[r.Doc()] = append(out[r.Doc()], c)
		}
	}
	for _, m := range g.Models {
		t, _ := guide.TextOf(g, lang, guide.ModelTexts, m.ID)
		refs := append([]guide.SourceRef{}, m.Sources...)
		for _, v := range []any{m.SectionSources, m.CompareSources} {
			rv := reflect.ValueOf(v)
			for i := 0; i < rv.NumField(); i++ {
				refs = append(refs, rv.Field(i).Interface().([]guide.SourceRef)...)
			}
		}
		add(refs, citation{"model", m.ID, t.Name, guide.ModelPath(lang, m.ID)})
	}
	for _, b := range g.Blocks {
		t, _ := guide.TextOf(g, lang, guide.BlockTexts, b.ID)
		add(b.Sources, citation{"block", b.ID, t.Name, guide.ModelPath(lang, b.Model)})
	}
	for _, c := range g.Criteria {
		t, _ := guide.TextOf(g, lang, guide.CriterionTexts, c.ID)
		add(c.Sources, citation{"criterion", c.ID, t.Question, g.CriterionPath(lang, c.ID)})
	}
	for _, r := range g.Recommendations {
		t, _ := guide.TextOf(g, lang, guide.RecTexts, r.ID)
		add(r.Sources, citation{"recommendation", r.ID, t.Title, guide.RecommendationPath(lang, r.ID)})
	}
	for _, m := range g.Methods {
		t, _ := guide.TextOf(g, lang, guide.MethodTexts, m.ID)
		add(m.Sources, citation{"method", m.ID, t.Name, guide.MethodPath(lang, m.ID)})
	}
	for _, m := range g.Measures {
		t, _ := guide.TextOf(g, lang, guide.MeasureTexts, m.ID)
		add(m.Sources, citation{"measure", m.ID, t.Name, guide.ModelPath(lang, m.Model) + "#" + m.ID})
	}
	for _, x := range g.Terms {
		t, _ := guide.TextOf(g, lang, guide.TermTexts, x.ID)
		add(x.Sources, citation{"term", x.ID, t.Term, guide.GlossaryPath(lang, x.ID)})
	}
	return out
}

// searchNames lists the names a model goes by in any language, each once,
// in language order: the model's name in each language and the term base
// entry (names:) under the model's id, its preferred form and variants.
func searchNames(g *guide.Guide, model string) []string {
	out := []string{}
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.TrimSpace(strings.Trim(s, "*"))
		if s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
	}
	for _, l := range g.Languages {
		tb := g.Text[l.Code]
		if tb == nil {
			continue
		}
		if t, ok := tb.Models[model]; ok {
			add(t.Name)
		}
		if n, ok := tb.Names[model]; ok {
			add(n.Name)
			for _, a := range n.Avoid {
				add(a)
			}
		}
	}
	return out
}
