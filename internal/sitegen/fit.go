package sitegen

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/fit"
	"github.com/exitguide/exitguide/internal/guide"
)

// The page "which model fits us" (/LANG/which-model/, layouts/fit/page.html):
// per language, everything the page shows, in order, with the paths
// computed: generated/fit/LANG.json (outside Hugo's mounts: what the page
// is made from, for review and the tests), and from it the page's body
// (fitBody, body_pages.go). The ranking itself runs in the browser
// (assets/js/fit/), from the fits and points the body puts on the form;
// internal/fit is the rule it is held to.

// FitPagePath is the page's path below /LANG/.
const FitPagePath = "which-model/"

// FitData is where the page's data in lang is written, below the
// repository root. Hugo does not read it: the page prints its body.
func FitData(lang string) string { return "generated/fit/" + lang + ".json" }

// fitPageJSON is generated/fit/LANG.json.
type fitPageJSON struct {
	// Points is fit.Points as JSON, for the form's data-points.
	Points string `json:"points"`
	// Models are the model ids in model order as JSON, for data-models.
	Models string `json:"models"`
	// Method says in words how answers become a ranking, numbers filled in.
	Method string `json:"method"`
	// Levels are the fit levels from the best, as the no-script lists order them.
	Levels    []string          `json:"levels"`
	Questions []fitQuestionJSON `json:"questions"`
}

type fitModelJSON struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	NameHTML     string `json:"name_html"`
	Path         string `json:"path"` // below /LANG/, for relLangURL
	Untranslated bool   `json:"untranslated,omitempty"`
}

// fitHTML is a text as the page shows it: escaped or rendered, with
// right-to-left isolation on a right-to-left page.
type fitHTML = string

type fitQuestionJSON struct {
	ID           string          `json:"id"`
	Name         string          `json:"name"`  // the radios' name
	Order        int             `json:"order"` // from 1
	Question     string          `json:"question"`
	Hint         string          `json:"hint,omitempty"`
	QuestionHTML fitHTML         `json:"question_html"`
	HintHTML     fitHTML         `json:"hint_html,omitempty"`
	Options      []fitOptionJSON `json:"options"`
	Reasons      []fitReasonJSON `json:"reasons"` // in model order
	Untranslated bool            `json:"untranslated,omitempty"`
}

type fitOptionJSON struct {
	ID      string `json:"id"`
	InputID string `json:"input_id"`
	Label   string `json:"label"`
	// LabelHTML is the label as the page shows it.
	LabelHTML fitHTML `json:"label_html"`
	// Fit is the option's fit per model as JSON, for the radio's data-fit.
	Fit string `json:"fit"`
	// ByLevel lists, from the best level, the models at each level (levels
	// no model has are left out): what the answer favours, without script.
	ByLevel []fitLevelJSON `json:"by_level"`
}

type fitLevelJSON struct {
	Level  string         `json:"level"`
	Models []fitModelJSON `json:"models"`
}

type fitReasonJSON struct {
	Model   fitModelJSON      `json:"model"`
	Anchor  string            `json:"anchor"` // the reason's id on the page
	Text    string            `json:"text"`   // Markdown
	Sources []guide.SourceRef `json:"sources"`
	// HTML is the reason rendered and its citation list, as the page shows them.
	HTML struct {
		Text    fitHTML `json:"text"`
		Sources fitHTML `json:"sources"`
	} `json:"html"`
}

// fitFiles adds the page's content stub and data for one language, whose
// guide data (with its sources) is d; a guide without fit questions gets no
// page.
func fitFiles(g *guide.Guide, l guide.Language, d langJSON, ui map[string]map[string]string, out Files) error {
	if len(g.FitQuestions) == 0 {
		return nil
	}
	t, err := title(ui, l.Code, "fit_title")
	if err != nil {
		return err
	}
	desc, err := title(ui, l.Code, "desc_fit")
	if err != nil {
		return err
	}
	out["generated/content/"+l.Code+"/"+strings.TrimSuffix(FitPagePath, "/")+".md"] = page(map[string]any{"title": t, "description": desc, "type": "fit"}, "")
	method, err := title(ui, l.Code, "fit_method")
	if err != nil {
		return err
	}
	h := newHTMLMaker(g, l, d, ui)
	data, err := fitData(g, l.Code, method, h)
	if err != nil {
		return err
	}
	if h.err != nil {
		return h.err
	}
	b, err := json.MarshalIndent(data, "", " ")
	if err != nil {
		return err
	}
	out[FitData(l.Code)] = append(b, '\n')
	out[BodyAsset(l.Code, "/"+strings.TrimSuffix(FitPagePath, "/"))] = []byte(fitBody(data, h))
	return h.err
}

// fitData is the page's data in one language; method is the catalogue's
// fit_method with {good}, {possible} and {poor} for the points; h renders
// the texts and citations as every page of the language shows them.
func fitData(g *guide.Guide, lang, method string, h *htmlMaker) (fitPageJSON, error) {
	points, err := json.Marshal(fit.Points)
	if err != nil {
		return fitPageJSON{}, err
	}
	var ids []string
	models := map[string]fitModelJSON{}
	for _, m := range g.Models {
		ids = append(ids, m.ID)
		t, got := guide.TextOf(g, lang, guide.ModelTexts, m.ID)
		models[m.ID] = fitModelJSON{ID: m.ID, Name: t.Name, NameHTML: h.plain(t.Name), Path: strings.TrimPrefix(guide.ModelPath("", m.ID), "//"), Untranslated: got != lang}
	}
	modelIDs, _ := json.Marshal(ids)
	d := fitPageJSON{Points: string(points), Models: string(modelIDs),
		Method: strings.NewReplacer("{good}", strconv.Itoa(fit.Points[guide.FitGood]), "{possible}", strconv.Itoa(fit.Points[guide.FitPossible]),
			"{poor}", strconv.Itoa(fit.Points[guide.FitPoor])).Replace(method)}
	for _, l := range guide.FitLevels {
		d.Levels = append(d.Levels, string(l))
	}
	for i, q := range g.FitQuestions {
		t, got := guide.TextOf(g, lang, guide.FitTexts, q.ID)
		qj := fitQuestionJSON{ID: q.ID, Name: "fit-" + q.ID, Order: i + 1, Question: t.Question, Hint: t.Hint, Untranslated: got != lang,
			QuestionHTML: h.plain(t.Question), HintHTML: h.plain(t.Hint),
			Options: []fitOptionJSON{}, Reasons: []fitReasonJSON{}}
		for _, o := range q.Options {
			f, err := json.Marshal(o.Fit)
			if err != nil {
				return d, err
			}
			oj := fitOptionJSON{ID: o.ID, InputID: fmt.Sprintf("fit-%s-%s", q.ID, o.ID), Label: t.Options[o.ID], LabelHTML: h.plain(t.Options[o.ID]), Fit: string(f), ByLevel: []fitLevelJSON{}}
			for _, l := range guide.FitLevels {
				var at []fitModelJSON
				for _, m := range ids {
					if o.Fit[m] == l {
						at = append(at, models[m])
					}
				}
				if len(at) > 0 {
					oj.ByLevel = append(oj.ByLevel, fitLevelJSON{string(l), at})
				}
			}
			qj.Options = append(qj.Options, oj)
		}
		for _, m := range ids {
			b, ok := q.Models[m]
			if !ok {
				continue
			}
			r := fitReasonJSON{Model: models[m], Anchor: fmt.Sprintf("fit-%s-%s", q.ID, m), Text: t.Reasons[m], Sources: nonNil(b.Sources)}
			r.HTML.Text, r.HTML.Sources = h.markdown(r.Text), h.sourceList(r.Sources)
			qj.Reasons = append(qj.Reasons, r)
		}
		d.Questions = append(d.Questions, qj)
	}
	return d, nil
}
