package guide

import "slices"

// SourceTypes are the kinds of document a source can be (Source.Type), from
// the strongest evidence about a programme (an evaluation of it) to the
// weakest (a news item). Research is the literature the documents cite.
var SourceTypes = []string{"evaluation-report", "research", "programme-description", "funding-application", "news-item"}

// SourceStatuses are the states a source can be in (Source.Status).
var SourceStatuses = []string{"published", "draft"}

// EvidenceKind is the kind of a source: its type and status.
type EvidenceKind struct {
	Type   string `json:"type"`
	Status string `json:"status"`
}

// EvidenceKind returns the source's type and status.
func (s Source) EvidenceKind() EvidenceKind { return EvidenceKind{s.Type, s.Status} }

// Evidence is what a model's facts rest on: the kinds of its primary
// sources, strongest first.
type Evidence struct {
	Model string         `json:"model"`
	Kinds []EvidenceKind `json:"kinds"`
	// Evaluated is true when an evaluation report is among them.
	Evaluated bool `json:"evaluated"`
}

// ModelEvidence returns the kinds of the primary documents a model rests
// on: the primary sources that back the model as a whole (Model.Sources),
// each kind once, strongest first (published before draft). Sections and
// criteria may also cite other models' documents (to compare, or for local
// adaptation); those say nothing about this model's evidence. The
// literature the documents cite (secondary sources) is left out too.
func (g *Guide) ModelEvidence(model string) Evidence {
	ev := Evidence{Model: model, Kinds: []EvidenceKind{}}
	m, ok := g.Model(model)
	if !ok {
		return ev
	}
	refs := m.Sources
	seen := map[EvidenceKind]bool{}
	for _, r := range refs {
		s, ok := g.Source(r.Doc())
		if !ok || s.Kind != "primary" || seen[s.EvidenceKind()] {
			continue
		}
		seen[s.EvidenceKind()] = true
		ev.Kinds = append(ev.Kinds, s.EvidenceKind())
		ev.Evaluated = ev.Evaluated || s.Type == "evaluation-report"
	}
	slices.SortFunc(ev.Kinds, func(a, b EvidenceKind) int {
		if d := slices.Index(SourceTypes, a.Type) - slices.Index(SourceTypes, b.Type); d != 0 {
			return d
		}
		return slices.Index(SourceStatuses, a.Status) - slices.Index(SourceStatuses, b.Status)
	})
	return ev
}
