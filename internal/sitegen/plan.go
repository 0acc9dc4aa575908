package sitegen

import (
	"fmt"
	"strings"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/plan"
)

// PlanAsset is where the planning page's data file of a language is
// written, below the repository root; layouts/plan/page.html publishes it,
// fingerprinted, for the page's calculator (assets/js/plan/), and prints
// the sources' figures made from it (planBody) as the page's body.
func PlanAsset(lang string) string { return "generated/assets/plan/" + lang + ".json" }

// planKeys are the interface words the planning page's script reads from
// the data file (assets/js/plan/).
var planKeys = strings.Fields(`plan_title plan_for_women plan_intro plan_figures plan_need plan_budget plan_col_line
plan_col_quantity plan_col_unit_cost plan_col_amount plan_total_year plan_total_project plan_left_out plan_left_no_figure
plan_left_no_cost plan_currency plan_no_figure plan_range plan_at_most plan_at_least plan_amount plan_need_women_year
plan_need_group_size plan_need_count plan_need_meetings_year plan_need_user plan_need_info plan_need_none
plan_form_heading plan_model_legend plan_women_label plan_women_hint plan_currency_label plan_currency_hint
plan_costs_legend plan_costs_hint plan_cost_label plan_quantity_label plan_quantity_hint
plan_calculate plan_result_heading plan_err_women_form plan_err_cost_form plan_err_quantity_form plan_privacy
plan_sources_give plan_needs_js selfcheck_error_title print_button`)

// PlanSource is one citation of a figure, as the page shows it.
type PlanSource struct {
	Ref         string `json:"ref"`
	Title       string `json:"title"`
	Section     string `json:"section,omitempty"`
	SectionLang string `json:"section_lang,omitempty"`
	// Original is the heading as it stands in the document, where Section
	// is the reader's-language heading.
	Original string `json:"original,omitempty"`
	URL      string `json:"url"`
}

// PlanFigure is one figure of a line, with its value worded.
type PlanFigure struct {
	Quantity string       `json:"quantity"`
	Label    string       `json:"label"`
	Text     string       `json:"text"`
	Value    *float64     `json:"value,omitempty"`
	Min      *float64     `json:"min,omitempty"`
	Max      *float64     `json:"max,omitempty"`
	None     bool         `json:"none,omitempty"`
	Sources  []PlanSource `json:"sources"`
}

// PlanLine is one capacity line as the page needs it.
type PlanLine struct {
	ID           string       `json:"id"`
	Name         string       `json:"name"`
	Note         string       `json:"note,omitempty"`
	SizeBy       string       `json:"size_by,omitempty"`
	CostPer      string       `json:"cost_per,omitempty"`
	CostPerLabel string       `json:"cost_per_label,omitempty"`
	Period       string       `json:"period"`
	Figures      []PlanFigure `json:"figures"`
}

// PlanModel is one model's worksheet lines.
type PlanModel struct {
	ID    string     `json:"id"`
	Name  string     `json:"name"`
	URL   string     `json:"url"`
	Lines []PlanLine `json:"lines"`
}

// PlanData is the planning page's data file for one language.
type PlanData struct {
	Lang     string            `json:"lang"`
	Language scLanguage        `json:"language"`
	Models   []PlanModel       `json:"models"`
	Strings  map[string]string `json:"strings"`
}

// uiWords words the interface strings of one language like i18n.Words,
// with English where the language lacks a key.
type uiWords struct {
	ui   map[string]map[string]string
	lang string
}

// T returns the words of key with its {placeholders} filled.
func (w uiWords) T(key string, pairs ...string) string {
	s, ok := w.ui[w.lang][key]
	if !ok {
		s = w.ui[guide.SourceLang][key]
	}
	return i18n.Fill(s, pairs...)
}

// NewPlanData builds the planning page's data of language l: every model
// with capacity lines, their figures worded and cited, and the page's words.
func NewPlanData(g *guide.Guide, l guide.Language, ui map[string]map[string]string) (*PlanData, error) {
	w := uiWords{ui, l.Code}
	d := &PlanData{Lang: l.Code, Language: scLanguage{Code: l.Code, Locale: l.Locale, Decimal: l.Decimal, Percent: l.Percent, CSVSeparator: string(l.Separator())},
		Strings: map[string]string{}}
	for _, m := range g.Models {
		lines := g.CapacityOf(m.ID)
		if len(lines) == 0 {
			continue
		}
		mt, _ := guide.TextOf(g, l.Code, guide.ModelTexts, m.ID)
		pm := PlanModel{ID: m.ID, Name: mt.Name, URL: guide.ModelPath(l.Code, m.ID)}
		for _, cl := range lines {
			ct, _ := guide.TextOf(g, l.Code, func(tb *guide.TextBundle) map[string]guide.CapacityText { return tb.Capacity }, cl.ID)
			pl := PlanLine{ID: cl.ID, Name: ct.Name, Note: ct.Note, SizeBy: cl.SizeBy, CostPer: cl.CostPer, Period: cl.Period}
			if pl.Period == "" {
				pl.Period = "year"
			}
			if cl.CostPer != "" {
				pl.CostPerLabel = w.T("plan_cost_per_" + cl.CostPer)
				if pl.Period == "project" {
					pl.CostPerLabel = w.T("plan_cost_once", "per", pl.CostPerLabel)
				}
			}
			for _, f := range cl.Figures {
				pf := PlanFigure{Quantity: f.Quantity, Label: w.T("plan_q_" + strings.ReplaceAll(f.Quantity, "-", "_")),
					Text: plan.FigureValue(l, w, f), Value: f.Value, Min: f.Min, Max: f.Max, None: f.None}
				for _, r := range f.Sources {
					pf.Sources = append(pf.Sources, planSource(g, l.Code, r))
				}
				pl.Figures = append(pl.Figures, pf)
			}
			pm.Lines = append(pm.Lines, pl)
		}
		d.Models = append(d.Models, pm)
	}
	for _, k := range planKeys {
		t, err := title(ui, l.Code, k)
		if err != nil {
			return nil, fmt.Errorf("planning page data: %w", err)
		}
		d.Strings[k] = t
	}
	return d, nil
}

// planSource words one citation: the document's title in the reader's
// language, the section heading as the document has it, a link to the
// sources page.
func planSource(g *guide.Guide, lang string, r guide.SourceRef) PlanSource {
	ps := PlanSource{Ref: string(r), Title: r.Doc(), URL: "/" + lang + "/sources/#" + r.Doc()}
	st, got := guide.TextOf(g, lang, func(tb *guide.TextBundle) map[string]guide.SourceText { return tb.Sources }, r.Doc())
	if got != "" {
		ps.Title = st.Title
	}
	if src, ok := g.Source(r.Doc()); ok {
		for _, s := range src.Sections {
			if s.ID == r.Section() {
				ps.Section, ps.SectionLang = s.Heading, src.Language
				// The reader's-language heading where the language has one
				// (checklists/text/LANG/sources.yaml), the original kept.
				if h := st.Sections[s.ID]; got == lang && h != "" && src.Language != lang {
					ps.Section, ps.SectionLang, ps.Original = h, lang, s.Heading
				}
			}
		}
	}
	return ps
}

// planFiles adds the data file of one language (one line of JSON with
// sorted keys, as the self-check's) and the page's body, the figures the
// sources give (planBody), to out.
func planFiles(g *guide.Guide, l guide.Language, ui map[string]map[string]string, h *htmlMaker, out Files) error {
	d, err := NewPlanData(g, l, ui)
	if err != nil {
		return err
	}
	b, err := sortedJSON(d)
	if err != nil {
		return err
	}
	out[PlanAsset(l.Code)] = b
	out[BodyAsset(l.Code, "/plan")] = []byte(planBody(d, h))
	return h.err
}
