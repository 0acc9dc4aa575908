// Package proposal reads a planner's proposal file: the local project they
// propose, described against the replication criteria of one or more models.
// It defines the file's types (the JSON Schema in schemas/ is generated from
// them), loads a file with positions, validates it against the guide with
// messages in the report language, and writes the commented template that
// `exitguide init` prints.
package proposal

// Version is the proposal format version this package reads and writes.
const Version = 1

// The answer statuses. The first four earn the credits of the scoring
// method in checklists/guide.yaml; dont-know ("don't know yet") earns
// nothing and stays in the count, like not-started, but the reports list
// it as a question to find out rather than as work not begun;
// not-applicable takes a criterion out of the score where the criterion
// allows it.
const (
	InPlace       = "in-place"
	Partly        = "partly"
	Planned       = "planned"
	NotStarted    = "not-started"
	DontKnow      = "dont-know"
	NotApplicable = "not-applicable"
)

// Statuses lists the answer statuses from the best to the worst, then
// dont-know and not-applicable.
var Statuses = []string{InPlace, Partly, Planned, NotStarted, DontKnow, NotApplicable}

// Proposal is a proposed local project, described by its planners against
// the replication criteria of the model or models it replicates.
type Proposal struct {
	// Schema is the editor hint; ignored by exitguide.
	Schema string `json:"$schema,omitempty"`
	// Proposal is the version of this file format; write 1.
	Proposal int `json:"proposal" jsonschema:"required,enum=1"`
	// Locality is the place the project is for (a municipality, a borough, a region).
	Locality string `json:"locality" jsonschema:"required,minLength=1"`
	// Organisations are the organisations that propose the project, the lead first.
	Organisations []string `json:"organisations" jsonschema:"required,minItems=1"`
	// Models are the ids of the models the project replicates (chrysalis, cti-denmark, copenhagen, kljuc).
	Models []string `json:"models" jsonschema:"required,minItems=1,uniqueItems=true"`
	// Date is the day of the assessment, written YYYY-MM-DD.
	Date string `json:"date" jsonschema:"required,format=date"`
	// AssessedBy names who made this assessment (people or a working group).
	AssessedBy string `json:"assessed_by" jsonschema:"required,minLength=1"`
	// Language is the language of the report and of the messages: en, da, sl or he.
	Language string `json:"language" jsonschema:"required,pattern=^[a-z][a-z][a-z]?$"`
	// Answers holds one answer per criterion, keyed by the criterion id (for example chrysalis.keyworker-continuity). A criterion left out counts as not started.
	Answers map[string]Answer `json:"answers" jsonschema:"required"`
}

// Answer is the planners' answer to one readiness criterion.
type Answer struct {
	// Status is in-place, partly (partly in place), planned (with an owner and a due date), not-started, dont-know (nobody in the room knows yet: a question to find out; it earns nothing), or not-applicable (only where the criterion allows it, with a reason).
	Status string `json:"status" jsonschema:"required,enum=in-place,enum=partly,enum=planned,enum=not-started,enum=dont-know,enum=not-applicable"`
	// Evidence says what shows the status: a document, an agreement, a budget line, a person in post.
	Evidence string `json:"evidence,omitempty"`
	// Owner is who is responsible for getting it in place; required for planned.
	Owner string `json:"owner,omitempty"`
	// Due is when it will be in place, written YYYY-MM-DD; required for planned.
	Due string `json:"due,omitempty" jsonschema:"format=date"`
	// Reason says why the criterion does not apply locally; required for not-applicable.
	Reason string `json:"reason,omitempty"`
	// Notes are anything else worth recording.
	Notes string `json:"notes,omitempty"`
}
