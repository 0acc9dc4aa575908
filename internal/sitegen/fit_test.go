package sitegen_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/sitegen"
	"github.com/exitguide/exitguide/internal/testutil"
)

// fitPage is the part of generated/fit/LANG.json the tests read.
type fitPage struct {
	Points    string   `json:"points"`
	Models    string   `json:"models"`
	Method    string   `json:"method"`
	Levels    []string `json:"levels"`
	Questions []struct {
		ID       string `json:"id"`
		Question string `json:"question"`
		Options  []struct {
			ID      string `json:"id"`
			InputID string `json:"input_id"`
			Label   string `json:"label"`
			Fit     string `json:"fit"`
			ByLevel []struct {
				Level  string `json:"level"`
				Models []struct {
					ID   string `json:"id"`
					Path string `json:"path"`
				} `json:"models"`
			} `json:"by_level"`
		} `json:"options"`
		Reasons []struct {
			Model struct {
				ID string `json:"id"`
			} `json:"model"`
			Anchor  string            `json:"anchor"`
			Text    string            `json:"text"`
			Sources []guide.SourceRef `json:"sources"`
		} `json:"reasons"`
	} `json:"questions"`
}

// TestFitPage: the page "which model fits us" in every language of the real
// guide: its data and its body for English and Hebrew are golden
// (testdata/golden/fit/), and in every language every answer names where
// each model stands and every model has a reason in the language with at
// least one source, the method sentence has its numbers filled in, and the
// models' pages are linked below the language.
func TestFitPage(t *testing.T) {
	root := testutil.Root(t)
	_, g, errs := load.Dir(filepath.Join(root, "checklists"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	c, lerrs := i18n.Load(i18n.FS, "i18n")
	if len(lerrs) > 0 {
		t.Fatal(lerrs)
	}
	ui := map[string]map[string]string{}
	for _, l := range g.Languages {
		w, m := c.Words(l.Code), map[string]string{}
		for _, k := range c.Keys(l.Code) {
			m[k] = w.Text(k)
		}
		ui[l.Code] = m
	}
	files, err := sitegen.Generate(g, ui, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "he"} {
		testutil.Golden(t, "testdata/golden/fit/"+lang+".json", files[sitegen.FitData(lang)])
		testutil.Golden(t, "testdata/golden/fit/"+lang+".body.html", files[sitegen.BodyAsset(lang, "/which-model")])
		testutil.Golden(t, "testdata/golden/fit/"+lang+".md", files["generated/content/"+lang+"/which-model.md"])
	}
	if !strings.Contains(string(files["generated/content/en/models/_index.md"]), `"tools":["which-model/"]`) {
		t.Error("the models page does not link the questionnaire")
	}
	for _, l := range g.Languages {
		var p fitPage
		if err := json.Unmarshal(files[sitegen.FitData(l.Code)], &p); err != nil {
			t.Fatalf("%s: %v", l.Code, err)
		}
		if strings.ContainsAny(p.Method, "{}") {
			t.Errorf("%s: placeholders left in the method: %s", l.Code, p.Method)
		}
		if len(p.Questions) != len(g.FitQuestions) {
			t.Fatalf("%s: %d questions, want %d", l.Code, len(p.Questions), len(g.FitQuestions))
		}
		for _, q := range p.Questions {
			for _, o := range q.Options {
				named := map[string]bool{}
				for _, bl := range o.ByLevel {
					for _, m := range bl.Models {
						named[m.ID] = true
						if m.Path != "models/"+m.ID+"/" {
							t.Errorf("%s %s/%s: model path %q", l.Code, q.ID, o.ID, m.Path)
						}
					}
				}
				var fits map[string]string
				if err := json.Unmarshal([]byte(o.Fit), &fits); err != nil || len(named) != len(g.Models) || len(fits) != len(g.Models) {
					t.Errorf("%s %s/%s: names %v of the models, fit %s", l.Code, q.ID, o.ID, named, o.Fit)
				}
				if o.Label == "" || o.InputID != "fit-"+q.ID+"-"+o.ID {
					t.Errorf("%s %s/%s: label %q, input id %q", l.Code, q.ID, o.ID, o.Label, o.InputID)
				}
			}
			if len(q.Reasons) != len(g.Models) {
				t.Errorf("%s %s: %d reasons for %d models", l.Code, q.ID, len(q.Reasons), len(g.Models))
			}
			for _, r := range q.Reasons {
				if strings.TrimSpace(r.Text) == "" || len(r.Sources) == 0 {
					t.Errorf("%s %s: model %s has reason %q with sources %v", l.Code, q.ID, r.Model.ID, r.Text, r.Sources)
				}
			}
		}
	}
}
