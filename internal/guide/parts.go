package guide

import "iter"

// A model's description has sections (SectionText, backed by
// SectionSources) and a column of the comparison (CompareText, backed by
// CompareSources). The All methods walk them in reading order by their key
// in the files, so code that treats every section alike (lint's "text needs
// a source", the site's data) names no field. TestPartsMatchFields holds
// them to the types' fields.

// SectionKeys are the keys of a model's sections, in reading order.
var SectionKeys = keysOf(SectionText{}.All())

// CompareKeys are the keys of a model's comparison cells, in reading order.
var CompareKeys = keysOf(CompareText{}.All())

// All yields each section's key and text, in reading order.
func (t SectionText) All() iter.Seq2[string, string] {
	return pairs([]string{"where_when", "who_runs", "who_for", "how_it_works", "outcomes", "challenges", "copy_as_is", "adapt_locally"},
		[]string{t.WhereWhen, t.WhoRuns, t.WhoFor, t.HowItWorks, t.Outcomes, t.Challenges, t.CopyAsIs, t.AdaptLocally})
}

// All yields each section's key and sources, in reading order.
func (s SectionSources) All() iter.Seq2[string, []SourceRef] {
	return pairs(SectionKeys,
		[][]SourceRef{s.WhereWhen, s.WhoRuns, s.WhoFor, s.HowItWorks, s.Outcomes, s.Challenges, s.CopyAsIs, s.AdaptLocally})
}

// All yields each comparison cell's key and text, in reading order.
func (t CompareText) All() iter.Seq2[string, string] {
	return pairs([]string{"target_group", "duration", "phases", "housing", "caseload", "staffing", "funding", "outcome_measures"},
		[]string{t.TargetGroup, t.Duration, t.Phases, t.Housing, t.Caseload, t.Staffing, t.Funding, t.OutcomeMeasures})
}

// All yields each comparison cell's key and sources, in reading order.
func (s CompareSources) All() iter.Seq2[string, []SourceRef] {
	return pairs(CompareKeys,
		[][]SourceRef{s.TargetGroup, s.Duration, s.Phases, s.Housing, s.Caseload, s.Staffing, s.Funding, s.OutcomeMeasures})
}

func pairs[V any](keys []string, values []V) iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for i, k := range keys {
			if !yield(k, values[i]) {
				return
			}
		}
	}
}

func keysOf[V any](seq iter.Seq2[string, V]) []string {
	var out []string
	for k := range seq {
		out = append(out, k)
	}
	return out
}
