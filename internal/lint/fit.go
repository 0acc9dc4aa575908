package lint

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/suggest"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// fitQuestions checks the questionnaire "which model fits us" in one
// structure file: every model has a reason with sources on every question,
// and every answer gives a known fit level for every model, and for no
// model the guide does not have.
func (x *index) fitQuestions(g *guide.Guide, d *yamlpos.Doc, qs []guide.FitQuestion) {
	var models []string
	for _, m := range g.Models {
		models = append(models, m.ID)
	}
	levels := make([]string, len(guide.FitLevels))
	for i, l := range guide.FitLevels {
		levels[i] = string(l)
	}
	for i, q := range qs {
		p := "/fit_questions/" + strconv.Itoa(i)
		for _, id := range slices.Sorted(maps.Keys(q.Models)) {
			mp := yamlpos.Pointer(p+"/models", id)
			if !x.has("models", id) {
				x.errs = append(x.errs, x.unknownModel(d, mp, id))
				continue
			}
			x.sources(g, d, mp+"/sources", q.Models[id].Sources)
		}
		if !x.t.StructureIncomplete() {
			for _, id := range models {
				if _, ok := q.Models[id]; !ok {
					x.errs = append(x.errs, d.At(p+"/models", fmt.Sprintf("fit question %q gives no reason for model %q", q.ID, id),
						"a reason with sources for every model", fmt.Sprintf("add `%s: {sources: [...]}` under models (the sources that say what the model needs or offers here, or where its source is silent)", id)))
				}
			}
		}
		seen := map[string]bool{}
		for j, o := range q.Options {
			op := fmt.Sprintf("%s/options/%d", p, j)
			if seen[o.ID] {
				x.errs = append(x.errs, d.At(op+"/id", fmt.Sprintf("duplicate answer id %q", o.ID), "each answer id once per question", "rename one"))
			}
			seen[o.ID] = true
			for _, id := range slices.Sorted(maps.Keys(o.Fit)) {
				fp := yamlpos.Pointer(op+"/fit", id)
				if !x.has("models", id) {
					x.errs = append(x.errs, x.unknownModel(d, fp, id))
					continue
				}
				if _, ok := q.Models[id]; !ok {
					x.errs = append(x.errs, d.AtKey(fp, fmt.Sprintf("answer %q rates model %q, which has no reason on question %q", o.ID, id, q.ID),
						"a model listed under the question's models", "add the model's reason and sources under models"))
				}
				if !slices.Contains(guide.FitLevels, o.Fit[id]) {
					x.errs = append(x.errs, d.At(fp, fmt.Sprintf("unknown fit level %q", o.Fit[id]), "one of "+strings.Join(levels, ", "), "use one of them"))
				}
			}
			for _, id := range slices.Sorted(maps.Keys(q.Models)) {
				if _, ok := o.Fit[id]; !ok && x.has("models", id) {
					x.errs = append(x.errs, d.At(op+"/fit", fmt.Sprintf("answer %q gives no fit for model %q", o.ID, id),
						"a fit level for every model: "+strings.Join(levels, ", "), fmt.Sprintf("add `%s: <level>` (silent where the sources do not say)", id)))
				}
			}
		}
	}
}

// unknownModel is the problem of a model id (a key at pointer) that no
// structure file defines, with a "did you mean".
func (x *index) unknownModel(d *yamlpos.Doc, pointer, id string) *yamlpos.Error {
	fix := "use the id of an existing model"
	if near := suggest.Nearest(id, slices.Collect(maps.Keys(x.items["models"]))); near != "" {
		fix = fmt.Sprintf("did you mean %q?", near)
	}
	return d.AtKey(pointer, fmt.Sprintf("unknown model %q", id), "the id of a model defined in checklists/", fix)
}

// fitText checks that a fit question's text has a label for exactly its
// answers and a reason for exactly its models.
func (x *index) fitText(g *guide.Guide, e textEntry, id string) {
	i := slices.IndexFunc(g.FitQuestions, func(q guide.FitQuestion) bool { return q.ID == id })
	if i < 0 {
		return
	}
	q := g.FitQuestions[i]
	ft := e.entry.(guide.FitQuestionText)
	var options []string
	for _, o := range q.Options {
		options = append(options, o.ID)
	}
	x.cover(e, id, "options", "answer", options, ft.Options)
	var models []string
	for _, m := range slices.Sorted(maps.Keys(q.Models)) {
		if _, ok := g.Model(m); ok { // an unknown model is reported in the structure file
			models = append(models, m)
		}
	}
	x.cover(e, id, "reasons", "model", models, ft.Reasons)
}

// cover checks that the map under key of a fit question's text has an entry
// for each of want and no other.
func (x *index) cover(e textEntry, id, key, what string, want []string, got map[string]string) {
	for _, w := range want {
		if strings.TrimSpace(got[w]) == "" {
			x.errs = append(x.errs, e.doc.At(e.ptr+"/"+key, fmt.Sprintf("fit question %q has no text for %s %q", id, what, w),
				"an entry for every "+what+" of the question", "add `"+w+":` under "+key))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(got)) {
		if !slices.Contains(want, k) {
			fix := "remove it, or add the " + what + " to the structure file"
			if near := suggest.Nearest(k, want); near != "" {
				fix = fmt.Sprintf("did you mean %q?", near)
			}
			x.errs = append(x.errs, e.doc.AtKey(yamlpos.Pointer(e.ptr+"/"+key, k), fmt.Sprintf("fit question %q has no %s %q", id, what, k), "an id of the question's "+what+"s", fix))
		}
	}
}
