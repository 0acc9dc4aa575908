package report

import (
	"encoding/json"
	"io"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/score"
)

// JSONVersion is the version of the JSON report format. It changes only
// when a field is removed or changes meaning; new fields may be added.
const JSONVersion = 1

// JSON is the JSON report: one entry per proposal checked. The schema in
// schemas/report.schema.json is generated from this type.
type JSON struct {
	// Version is the version of this report format; 1.
	Version int `json:"version" jsonschema:"required,enum=1"`
	// Generator names the program that wrote the report.
	Generator string `json:"generator" jsonschema:"required"`
	// Reports holds one report per proposal, in the order the files were given.
	Reports []JSONReport `json:"reports" jsonschema:"required"`
}

// JSONReport is the report on one proposal. Ids are the guide's ids; only
// the band's name and the guide links depend on the report language.
type JSONReport struct {
	// File is the proposal file as it was given on the command line.
	File string `json:"file" jsonschema:"required"`
	// Language is the report language.
	Language string `json:"language" jsonschema:"required"`
	// Proposal repeats who and what the proposal is about.
	Proposal JSONProposal `json:"proposal" jsonschema:"required"`
	// BandName is the readiness band as a plain-language level, in the report language.
	BandName string `json:"band_name" jsonschema:"required"`
	// Score is the result of the published scoring method.
	Score score.Result `json:"score" jsonschema:"required"`
	// Links are the guide pages of every criterion and recommendation the report names, by id.
	Links map[string]string `json:"links" jsonschema:"required"`
	// Evidence says, per model replicated, what kinds of document the model's facts rest on and whether an evaluation is among them.
	Evidence []JSONEvidence `json:"evidence" jsonschema:"required"`
}

// JSONEvidence is how strong the evidence behind one model is.
type JSONEvidence struct {
	// Model is the model's id.
	Model string `json:"model" jsonschema:"required"`
	// Kinds are the type (evaluation-report, programme-description, funding-application, news-item, research) and status (published, draft) of each primary document the model's facts rest on, strongest first.
	Kinds []guide.EvidenceKind `json:"kinds" jsonschema:"required"`
	// Evaluated is true when an evaluation report is among them.
	Evaluated bool `json:"evaluated" jsonschema:"required"`
	// Line says the same in one sentence, in the report language.
	Line string `json:"line" jsonschema:"required"`
}

// JSONProposal is who and what a proposal is about.
type JSONProposal struct {
	// Locality is the place the project is for.
	Locality string `json:"locality"`
	// Organisations are the proposing organisations.
	Organisations []string `json:"organisations"`
	// Models are the ids of the models replicated.
	Models []string `json:"models"`
	// Date is the day of the assessment, YYYY-MM-DD.
	Date string `json:"date"`
	// AssessedBy names who made the assessment.
	AssessedBy string `json:"assessed_by"`
	// Language is the language the proposal asks its report in.
	Language string `json:"language"`
}

// writeJSON writes the JSON report of every view.
func writeJSON(w io.Writer, views []*View) error {
	out := JSON{Version: JSONVersion, Generator: "exitguide", Reports: []JSONReport{}}
	for _, v := range views {
		links := map[string]string{}
		for _, c := range v.Result.Criteria {
			links[c.Criterion] = v.u.criterion(c.Criterion)
		}
		for _, gp := range v.Gaps {
			for _, r := range gp.Recs {
				links[r.ID] = r.URL
			}
		}
		evidence := make([]JSONEvidence, len(v.ModelEvidence))
		for i, ev := range v.ModelEvidence {
			evidence[i] = JSONEvidence{Model: ev.Model, Kinds: ev.Kinds, Evaluated: ev.Evaluated, Line: v.Evidence[i]}
		}
		p := v.Proposal
		out.Reports = append(out.Reports, JSONReport{File: v.File, Language: v.Lang,
			Proposal: JSONProposal{Locality: p.Locality, Organisations: p.Organisations, Models: p.Models, Date: p.Date, AssessedBy: p.AssessedBy, Language: p.Language},
			BandName: v.Band.S, Score: v.Result, Links: links, Evidence: evidence})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
