package guide

import "strings"

// This file holds the data model of checklists/. The doc comments on the
// types and fields below become the descriptions in the generated JSON
// Schemas (schemas/*.schema.json), so they are written for the people who
// edit the YAML files.

// Bundle is one structure file in checklists/: the language-neutral part of
// the guide (ids, order, weights, must-have flags, links and source
// references). A bundle may hold any mix of kinds; the loader merges every
// bundle of the tree. Text lives in checklists/text/LANG/*.yaml.
type Bundle struct {
	// Schema is the editor hint; ignored by the loader.
	Schema string `json:"$schema,omitempty"`
	// Scoring holds the published scoring rules of the self-check: credits per answer status, readiness bands and must-have caps. Exactly one bundle holds it.
	Scoring *Scoring `json:"scoring,omitempty"`
	// Domains are the areas criteria are grouped in for domain sub-scores (for example strategy and policy, or housing).
	Domains []Domain `json:"domains,omitempty"`
	// Sources are the evidence documents and the literature they cite.
	Sources []Source `json:"sources,omitempty"`
	// Models are the programmes this guide describes.
	Models []Model `json:"models,omitempty"`
	// Blocks are the building blocks of each model, and of the common core that applies to any replication.
	Blocks []Block `json:"blocks,omitempty"`
	// Criteria are the readiness criteria a planner answers about their own local project.
	Criteria []Criterion `json:"criteria,omitempty"`
	// Recommendations are the recommendations drawn from the sources (an evaluation's own, or the editors' reading of a programme's experience), each serving one or more criteria.
	Recommendations []Recommendation `json:"recommendations,omitempty"`
	// Methods are the working methods with their phases or stages, as data a page can draw.
	Methods []Method `json:"methods,omitempty"`
	// Measures are the outcome measures the models use.
	Measures []Measure `json:"measures,omitempty"`
	// Terms are the glossary entries; their wording per language lives in the text files.
	Terms []Term `json:"terms,omitempty"`
	// Capacity are the lines of each model's capacity and cost worksheet (exitguide plan): roles, group courses, funds and meetings, with the figures the sources give for them.
	Capacity []CapacityLine `json:"capacity,omitempty"`
	// FitQuestions are the questions of the "which model fits us" questionnaire: for each answer, how well each model fits it, and for each model the sources that decide it.
	FitQuestions []FitQuestion `json:"fit_questions,omitempty"`
}

// SourceRef names a source document and, for a primary document, one of its
// sections, written "document-id#section-id" (for example
// "chrysalis-eval#recommendations"). A secondary reference names only the
// document id.
type SourceRef string

// SourceRefPattern is the form of a SourceRef.
const SourceRefPattern = `^[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?$`

// Doc returns the document id of the reference.
func (r SourceRef) Doc() string {
	doc, _, _ := strings.Cut(string(r), "#")
	return doc
}

// Section returns the section id of the reference, or "" for a reference to
// a whole (secondary) document.
func (r SourceRef) Section() string {
	_, sec, _ := strings.Cut(string(r), "#")
	return sec
}

// Scoring is the published scoring method of the readiness self-check.
type Scoring struct {
	// Credits is the share of a criterion's weight earned by each answer status, from 0 to 1. The statuses are in-place, partly, planned and not-started.
	Credits map[string]float64 `json:"credits" jsonschema:"required"`
	// Bands are the readiness bands from the lowest to the highest, each with the lowest percentage that reaches it.
	Bands []Band `json:"bands" jsonschema:"required,minItems=2"`
	// CapMissing is the highest band a proposal can reach while any must-have criterion is not started.
	CapMissing string `json:"cap_missing" jsonschema:"required"`
	// CapPartial is the highest band a proposal can reach while any must-have criterion is only partly in place or planned.
	CapPartial string `json:"cap_partial" jsonschema:"required"`
}

// Band is one readiness band of the scoring method.
type Band struct {
	// ID is the band's stable slug, used in reports and in --fail-under.
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Min is the lowest percentage (0 to 100) that reaches this band.
	Min float64 `json:"min" jsonschema:"required,minimum=0,maximum=100"`
}

// Domain is an area of readiness; each criterion belongs to exactly one.
type Domain struct {
	// ID is the domain's stable slug.
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Order is the position of the domain in lists and charts, from 1.
	Order int `json:"order" jsonschema:"required,minimum=1"`
}

// Source is a document of the evidence base: one of the five primary
// documents in shared/seeds, or a piece of literature they cite.
type Source struct {
	// ID is the source's stable slug, used in source references.
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Kind is primary for the five documents of the evidence base and secondary for the literature they cite.
	Kind string `json:"kind" jsonschema:"required,enum=primary,enum=secondary"`
	// File is the primary document's file name in shared/seeds.
	File string `json:"file,omitempty"`
	// Type is what kind of document it is, which says how far its facts can be trusted: evaluation-report, programme-description, funding-application, news-item or research (the literature the documents cite).
	Type string `json:"type" jsonschema:"required,enum=evaluation-report,enum=programme-description,enum=funding-application,enum=news-item,enum=research"`
	// Status is published for a finished document and draft for one still being written or translated (placeholders, open questions, a translator's doubts).
	Status string `json:"status" jsonschema:"required,enum=published,enum=draft"`
	// Language is the language code of the document (for example he or da).
	Language string `json:"language,omitempty" jsonschema:"pattern=^[a-z][a-z][a-z]?$"`
	// Year is the year of publication, where the document states it.
	Year int `json:"year,omitempty" jsonschema:"minimum=1900,maximum=2100"`
	// Authors names the authors of a secondary source as cited (for example "Matthews et al.").
	Authors string `json:"authors,omitempty"`
	// Sections are the primary document's sections, each with its heading as it stands in the document.
	Sections []Section `json:"sections,omitempty"`
	// CitedIn names the places in the primary documents that cite this secondary source.
	CitedIn []SourceRef `json:"cited_in,omitempty"`
}

// Section is one section of a primary source document.
type Section struct {
	// ID is the section's slug, unique within its document.
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Heading is the section heading as it stands in the document, in the document's language, so a reader can find it.
	Heading string `json:"heading" jsonschema:"required,minLength=1"`
}

// Model is one programme the guide describes, for example Chrysalis in Lambeth.
type Model struct {
	// ID is the model's stable slug (for example chrysalis).
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Order is the model's position in lists, from 1.
	Order int `json:"order" jsonschema:"required,minimum=1"`
	// Country is the ISO 3166-1 alpha-2 code of the country (GB, DK, SI).
	Country string `json:"country" jsonschema:"required,pattern=^[A-Z]{2}$"`
	// Methods are the ids of the methods this model works with.
	Methods []string `json:"methods,omitempty"`
	// Sources back the model as a whole.
	Sources []SourceRef `json:"sources" jsonschema:"required,minItems=1"`
	// SectionSources back each section of the model's description; every section that has text needs at least one.
	SectionSources SectionSources `json:"section_sources" jsonschema:"required"`
	// CompareSources back each cell of the side-by-side comparison; every cell that has text needs at least one.
	CompareSources CompareSources `json:"compare_sources" jsonschema:"required"`
}

// SectionSources are the source references of each section of a model's description.
type SectionSources struct {
	// WhereWhen says where and when the programme ran.
	WhereWhen []SourceRef `json:"where_when,omitempty"`
	// WhoRuns says who runs and who funds it.
	WhoRuns []SourceRef `json:"who_runs,omitempty"`
	// WhoFor says who it is for.
	WhoFor []SourceRef `json:"who_for,omitempty"`
	// HowItWorks says how it works step by step: stages or phases with durations, caseloads, capacities and staff hours.
	HowItWorks []SourceRef `json:"how_it_works,omitempty"`
	// Outcomes says how outcomes are measured.
	Outcomes []SourceRef `json:"outcomes,omitempty"`
	// Challenges says what went wrong or changed along the way.
	Challenges []SourceRef `json:"challenges,omitempty"`
	// CopyAsIs says what to copy as it is.
	CopyAsIs []SourceRef `json:"copy_as_is,omitempty"`
	// AdaptLocally says what to adapt to local conditions.
	AdaptLocally []SourceRef `json:"adapt_locally,omitempty"`
}

// SectionText is a model's description in one language, in reading order; each section is Markdown.
type SectionText struct {
	// WhereWhen says where and when the programme ran.
	WhereWhen string `json:"where_when,omitempty"`
	// WhoRuns says who runs and who funds it.
	WhoRuns string `json:"who_runs,omitempty"`
	// WhoFor says who it is for.
	WhoFor string `json:"who_for,omitempty"`
	// HowItWorks says how it works step by step: stages or phases with durations, caseloads, capacities and staff hours.
	HowItWorks string `json:"how_it_works,omitempty"`
	// Outcomes says how outcomes are measured.
	Outcomes string `json:"outcomes,omitempty"`
	// Challenges says what went wrong or changed along the way.
	Challenges string `json:"challenges,omitempty"`
	// CopyAsIs says what to copy as it is.
	CopyAsIs string `json:"copy_as_is,omitempty"`
	// AdaptLocally says what to adapt to local conditions.
	AdaptLocally string `json:"adapt_locally,omitempty"`
}

// CompareSources are the source references of each cell of the side-by-side comparison.
type CompareSources struct {
	// TargetGroup is who the programme is for.
	TargetGroup []SourceRef `json:"target_group,omitempty"`
	// Duration is how long support lasts.
	Duration []SourceRef `json:"duration,omitempty"`
	// Phases are the stages or phases of support.
	Phases []SourceRef `json:"phases,omitempty"`
	// Housing is what the programme offers in housing.
	Housing []SourceRef `json:"housing,omitempty"`
	// Caseload is how many people one worker supports at a time, or how many a year.
	Caseload []SourceRef `json:"caseload,omitempty"`
	// Staffing is who does the work and for how many hours.
	Staffing []SourceRef `json:"staffing,omitempty"`
	// Funding is who pays.
	Funding []SourceRef `json:"funding,omitempty"`
	// OutcomeMeasures are how results are measured.
	OutcomeMeasures []SourceRef `json:"outcome_measures,omitempty"`
}

// CompareText is a model's column of the side-by-side comparison in one language; each cell is short Markdown.
type CompareText struct {
	// TargetGroup is who the programme is for.
	TargetGroup string `json:"target_group,omitempty"`
	// Duration is how long support lasts.
	Duration string `json:"duration,omitempty"`
	// Phases are the stages or phases of support.
	Phases string `json:"phases,omitempty"`
	// Housing is what the programme offers in housing.
	Housing string `json:"housing,omitempty"`
	// Caseload is how many people one worker supports at a time, or how many a year.
	Caseload string `json:"caseload,omitempty"`
	// Staffing is who does the work and for how many hours.
	Staffing string `json:"staffing,omitempty"`
	// Funding is who pays.
	Funding string `json:"funding,omitempty"`
	// OutcomeMeasures are how results are measured.
	OutcomeMeasures string `json:"outcome_measures,omitempty"`
}

// Block is a building block: an element a replication needs. A block
// without a model belongs to the common core that applies to any replication.
type Block struct {
	// ID is the block's stable slug, prefixed with its model (for example chrysalis.specialist-providers) or with core.
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$"`
	// Model is the id of the model the block belongs to; leave it out for a block of the common core.
	Model string `json:"model,omitempty"`
	// Order is the block's position within its model, from 1.
	Order int `json:"order" jsonschema:"required,minimum=1"`
	// Sources back the block.
	Sources []SourceRef `json:"sources" jsonschema:"required,minItems=1"`
}

// Criterion is a readiness criterion: a question a planner answers about
// their own local project.
type Criterion struct {
	// ID is the criterion's stable slug, prefixed like its block (for example chrysalis.keyworker-continuity).
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$"`
	// Block is the id of the building block the criterion belongs to.
	Block string `json:"block" jsonschema:"required"`
	// Domain is the id of the readiness domain it counts towards.
	Domain string `json:"domain" jsonschema:"required"`
	// Weight is how much the criterion counts: 1 useful, 2 important, 3 essential.
	Weight int `json:"weight" jsonschema:"required,minimum=1,maximum=3"`
	// MustHave marks a criterion without which a replication is not the model; a missing must-have caps the readiness band.
	MustHave bool `json:"must_have,omitempty"`
	// NAAllowed allows the answer not-applicable (with a reason), which takes the criterion out of the score.
	NAAllowed bool `json:"na_allowed,omitempty"`
	// Recommendations are the ids of the recommendations that close a gap here;
	// the list is empty where no recommendation of the sources covers the
	// criterion (a gap then links only to its guide page).
	Recommendations []string `json:"recommendations" jsonschema:"required,uniqueItems=true"`
	// DependsOn are the ids of criteria that must be in place first, each once.
	DependsOn []string `json:"depends_on,omitempty" jsonschema:"uniqueItems=true"`
	// Replaces are the ids of retired criteria that were merged into this
	// one; a proposal file that still answers one is told to move the
	// answer here. A retired id is never used for a criterion again.
	Replaces []string `json:"replaces,omitempty"`
	// Sources back why the criterion matters.
	Sources []SourceRef `json:"sources" jsonschema:"required,minItems=1"`
}

// Recommendation is a recommendation from an evaluation or supported by a
// model's experience.
type Recommendation struct {
	// ID is the recommendation's stable slug, prefixed with its model or core (for example chrysalis.more-beds).
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$"`
	// Model is the id of the model whose experience the recommendation comes from.
	Model string `json:"model" jsonschema:"required"`
	// Number is the recommendation's number in the source's own list, where it has one.
	Number int `json:"number,omitempty" jsonschema:"minimum=1"`
	// Sources back the recommendation.
	Sources []SourceRef `json:"sources" jsonschema:"required,minItems=1"`
}

// Method is a working method with phases or stages, drawn as a diagram.
type Method struct {
	// ID is the method's stable slug (for example cti).
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Models are the ids of the models that use the method.
	Models []string `json:"models" jsonschema:"required,minItems=1"`
	// Kind says how the diagram draws the steps: timeline (phases over time), stages (steps in sequence) or scale (bands on a numbered scale).
	Kind string `json:"kind" jsonschema:"required,enum=timeline,enum=stages,enum=scale"`
	// Unit is the unit of the steps' start and end: month, week, session or step.
	Unit string `json:"unit,omitempty" jsonschema:"enum=month,enum=week,enum=session,enum=step"`
	// Steps are the phases, stages or bands in order.
	Steps []Step `json:"steps" jsonschema:"required,minItems=1"`
	// Sources back the method.
	Sources []SourceRef `json:"sources" jsonschema:"required,minItems=1"`
}

// Step is one phase, stage or band of a method.
type Step struct {
	// ID is the step's slug, unique within its method.
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Start is where the step starts, in the method's unit; leave it out where the source does not state it.
	Start *float64 `json:"start,omitempty" jsonschema:"minimum=0"`
	// End is where the step ends, in the method's unit; leave it out where the source does not state it.
	End *float64 `json:"end,omitempty" jsonschema:"minimum=0"`
}

// Measure is an outcome measure a model uses.
type Measure struct {
	// ID is the measure's stable slug, prefixed with its model (for example copenhagen.who-5).
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$"`
	// Model is the id of the model that uses the measure.
	Model string `json:"model" jsonschema:"required"`
	// Kind is scale (a rating scale), instrument (a validated questionnaire), target (a stated goal with a figure) or register (counting and registration).
	Kind string `json:"kind" jsonschema:"required,enum=scale,enum=instrument,enum=target,enum=register"`
	// Sources back the measure.
	Sources []SourceRef `json:"sources" jsonschema:"required,minItems=1"`
}

// Term is a glossary entry; its preferred wording and the wordings to avoid
// live per language in the text files.
type Term struct {
	// ID is the term's stable slug (for example relationship-based).
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Sources back the term's definition, where a source speaks to it.
	Sources []SourceRef `json:"sources,omitempty"`
}

// CapacityLine is one line of a model's capacity and cost worksheet
// (exitguide plan and the site's planning page): a role, a group course, a
// fund or a kind of meeting, with every figure the sources give for it and
// an explicit none where they give none. A line with a cost_per is a row of
// the budget table; a line without one only informs.
type CapacityLine struct {
	// ID is the line's stable slug, prefixed with its model (for example copenhagen.reden-one-to-one).
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$"`
	// Model is the id of the model the line belongs to.
	Model string `json:"model" jsonschema:"required"`
	// Order is the line's position in its model's worksheet, from 1.
	Order int `json:"order" jsonschema:"required,minimum=1"`
	// SizeBy names the quantity of the figure that sizes the line for a number of women a year: women-year or group-size (how many are needed: the women divided by the figure, rounded up), or count or meetings-year (a fixed number). Leave it out where the sources give no figure to size the line: the worksheet then says so.
	SizeBy string `json:"size_by,omitempty" jsonschema:"enum=women-year,enum=group-size,enum=count,enum=meetings-year"`
	// CostPer says what one unit cost the user enters buys: year (one worker, place or fund for a year), course (one group course) or event (one meeting or residential). Leave it out for a line that only informs and has no row in the budget table.
	CostPer string `json:"cost_per,omitempty" jsonschema:"enum=year,enum=course,enum=event"`
	// Period is year for a cost that comes back every year (the default) and project for one paid once over the project.
	Period string `json:"period,omitempty" jsonschema:"enum=year,enum=project"`
	// Figures are the figures the sources give for the line, each with its source, and none: true for a quantity the worksheet needs where the sources give no figure.
	Figures []Figure `json:"figures" jsonschema:"required,minItems=1"`
}

// Figure is one quantity of a capacity line as a source gives it: a value,
// a range (min and max, or only one of them), or none.
type Figure struct {
	// Quantity is what the figure counts: count (how many the source names), hours-week (working hours a week), caseload (women one worker supports at a time), women-year (women a year), contacts-year (people contacted a year), group-size (participants in one group), sessions (sessions in one course), sessions-week, session-hours (hours one session lasts), groups-year, duration-months (how long support or a course lasts), phases, follow-on-months (support after a woman moves on), days (days each), meetings-year, places (beds or flats) or amount-year (money a year, with its currency).
	Quantity string `json:"quantity" jsonschema:"required,enum=count,enum=hours-week,enum=caseload,enum=women-year,enum=contacts-year,enum=group-size,enum=sessions,enum=sessions-week,enum=session-hours,enum=groups-year,enum=duration-months,enum=phases,enum=follow-on-months,enum=days,enum=meetings-year,enum=places,enum=amount-year"`
	// Value is the figure where the source gives one number.
	Value *float64 `json:"value,omitempty" jsonschema:"minimum=0"`
	// Min is the lower end where the source gives a range or a least figure.
	Min *float64 `json:"min,omitempty" jsonschema:"minimum=0"`
	// Max is the upper end where the source gives a range or a most figure (for example at most 12 participants).
	Max *float64 `json:"max,omitempty" jsonschema:"minimum=0"`
	// None records that the sources give no figure for this quantity; the worksheet then says so. A figure has exactly one of value, min/max and none.
	None bool `json:"none,omitempty"`
	// Currency is the ISO 4217 code of an amount (for example DKK).
	Currency string `json:"currency,omitempty" jsonschema:"pattern=^[A-Z]{3}$"`
	// Sources back the figure, or for none the place where the sources speak of the matter without giving a figure.
	Sources []SourceRef `json:"sources" jsonschema:"required,minItems=1"`
}

// Size returns the number the line is sized with: the figure's value, else
// its max (the most the source allows, such as a group's largest size),
// else its min; false for none.
func (f Figure) Size() (float64, bool) {
	switch {
	case f.None:
		return 0, false
	case f.Value != nil:
		return *f.Value, true
	case f.Max != nil:
		return *f.Max, true
	case f.Min != nil:
		return *f.Min, true
	}
	return 0, false
}

// Figure returns the line's first figure of the given quantity.
func (l CapacityLine) Figure(quantity string) (Figure, bool) {
	for _, f := range l.Figures {
		if f.Quantity == quantity {
			return f, true
		}
	}
	return Figure{}, false
}

// FigureQuantities are the quantities a Figure may count, in the order of
// its schema's enum; the worksheet's words for them are plan_q_QUANTITY
// (hyphens as underscores) in i18n/LANG.yaml.
var FigureQuantities = []string{"count", "hours-week", "caseload", "women-year", "contacts-year", "group-size", "sessions", "sessions-week", "session-hours", "groups-year", "duration-months", "phases", "follow-on-months", "days", "meetings-year", "places", "amount-year"}

// CostPers are the values of CapacityLine.CostPer (words: plan_cost_per_X).
var CostPers = []string{"year", "course", "event"}

// SizeRules are the values of CapacityLine.SizeBy (words: plan_need_X).
var SizeRules = []string{"women-year", "group-size", "count", "meetings-year"}

// FitQuestion is one question of the "which model fits us" questionnaire: a
// choice a planner makes about the local situation (whom to reach, housing,
// partners, time, money). Each answer says how well each model fits it; each
// model's reason, with its sources, says why. The words (question, answers,
// reasons) are in the text files.
type FitQuestion struct {
	// ID is the question's stable slug (for example housing).
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Order is the question's position in the questionnaire, from 1.
	Order int `json:"order" jsonschema:"required,minimum=1"`
	// Models gives, by model id, the sources of each model's reason on this question: what the model needs or offers here, or where its source is silent. Every model of the guide needs one.
	Models map[string]FitBasis `json:"models" jsonschema:"required"`
	// Options are the answers a planner can choose from, in the order shown.
	Options []FitOption `json:"options" jsonschema:"required,minItems=2"`
}

// FitBasis backs one model's reason on one fit question.
type FitBasis struct {
	// Sources back the reason: the sections that say what the model needs or offers on the question (or, for silent, where the source would say it and does not).
	Sources []SourceRef `json:"sources" jsonschema:"required,minItems=1"`
}

// FitOption is one answer to a fit question.
type FitOption struct {
	// ID is the answer's slug, unique within its question.
	ID string `json:"id" jsonschema:"required,pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Fit is how well each model fits this answer, by model id, for every model of the question: good, possible, poor, or silent where the sources do not say.
	Fit map[string]FitLevel `json:"fit" jsonschema:"required"`
}

// FitLevel is how well a model fits an answer of the questionnaire.
type FitLevel string

// The fit levels, from the best. Silent is not a judgement: the sources say
// nothing a fit could rest on, and the questionnaire says so.
const (
	FitGood     FitLevel = "good"
	FitPossible FitLevel = "possible"
	FitPoor     FitLevel = "poor"
	FitSilent   FitLevel = "silent"
)

// FitLevels lists the fit levels, from the best.
var FitLevels = []FitLevel{FitGood, FitPossible, FitPoor, FitSilent}
