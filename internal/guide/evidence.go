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

// ModelEvidence returns the kinds of the primary documents a model's facts
// rest on: every primary source cited by the model (as a whole, by its
// sections and comparison cells) and by its building blocks, criteria,
// recommendations and measures, each kind once, strongest first (published
// before draft). The literature they cite (secondary sources) is not
// evidence about the programme and is left out.
func (g *Guide) ModelEvidence(model string) Evidence {
	ev := Evidence{Model: model, Kinds: []EvidenceKind{}}
	m, ok := g.Model(model)
	if !ok {
		return ev
	}
	refs := slices.Clone(m.Sources)
	for _, r := range m.SectionSources.All() {
		refs = append(refs, r...)
	}
	for _, r := range m.CompareSources.All() {
		refs = append(refs, r...)
	}
	for _, b := range g.BlocksOf(model) {
		refs = append(refs, b.Sources...)
		for _, c := range g.CriteriaOf(b.ID) {
			refs = append(refs, c.Sources...)
		}
	}
	for _, r := range g.Recommendations {
		if r.Model == model {
			refs = append(refs, r.Sources...)
		}
	}
	for _, ms := range g.Measures {
		if ms.Model == model {
			refs = append(refs, ms.Sources...)
		}
	}
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
