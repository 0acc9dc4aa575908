package guide

// TextBundle is one text file in checklists/text/LANG/: the words of the
// guide in one language, keyed by the ids of the structure files. English is
// the source for translators; every other language records in From the
// version of the English text it was translated from, so lint can say what
// is outdated. A new language is added by adding a folder of text files.
type TextBundle struct {
	// Schema is the editor hint; ignored by the loader.
	Schema string `json:"$schema,omitempty"`
	// Language describes the language of this folder; exactly one file per folder holds it.
	Language *Language `json:"language,omitempty"`
	// Domains are the names of the readiness domains, by domain id.
	Domains map[string]DomainText `json:"domains,omitempty"`
	// Bands are the names of the readiness bands, by band id.
	Bands map[string]BandText `json:"bands,omitempty"`
	// Sources are the titles and descriptions of the sources, by source id.
	Sources map[string]SourceText `json:"sources,omitempty"`
	// Models are the descriptions of the models, by model id.
	Models map[string]ModelText `json:"models,omitempty"`
	// Blocks are the texts of the building blocks, by block id.
	Blocks map[string]BlockText `json:"blocks,omitempty"`
	// Criteria are the texts of the readiness criteria, by criterion id.
	Criteria map[string]CriterionText `json:"criteria,omitempty"`
	// Recommendations are the texts of the recommendations, by recommendation id.
	Recommendations map[string]RecommendationText `json:"recommendations,omitempty"`
	// Methods are the texts of the methods and their steps, by method id.
	Methods map[string]MethodText `json:"methods,omitempty"`
	// Measures are the texts of the outcome measures, by measure id.
	Measures map[string]MeasureText `json:"measures,omitempty"`
	// Terms are the glossary entries in this language, by term id.
	Terms map[string]TermText `json:"terms,omitempty"`
	// Capacity are the names and notes of the capacity worksheet's lines, by line id.
	Capacity map[string]CapacityText `json:"capacity,omitempty"`
	// FitQuestions are the words of the "which model fits us" questionnaire, by question id.
	FitQuestions map[string]FitQuestionText `json:"fit_questions,omitempty"`
	// Names is this language's term base of proper names and key terms (models, organisations, places): the preferred form of each and the variants to avoid, by an id shared across languages where it is the same thing (for example copenhagen). Each language's editor owns it: it is not translated from English and carries no from: version.
	Names map[string]NameText `json:"names,omitempty"`
}

// Language describes one language of the guide.
type Language struct {
	// Code is the language code, the name of the folder and the first part of every URL (en, da, sl, he).
	Code string `json:"code" jsonschema:"required,pattern=^[a-z][a-z][a-z]?$"`
	// Name is the language's name in itself (for example Dansk), shown in the language switcher.
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Locale is the BCP 47 locale used for dates and numbers (for example da-DK).
	Locale string `json:"locale" jsonschema:"required,pattern=^[a-z][a-z][a-z]?(-[A-Z][A-Z])?$"`
	// Direction is ltr for left-to-right scripts and rtl for right-to-left ones such as Hebrew.
	Direction string `json:"direction" jsonschema:"required,enum=ltr,enum=rtl"`
	// Order is the language's position in the switcher, from 1; English, the source, is 1.
	Order int `json:"order" jsonschema:"required,minimum=1"`
	// Decimal is the decimal separator the language writes numbers with: "." (58.3, the default) or "," (58,3).
	Decimal string `json:"decimal,omitempty" jsonschema:"enum=.,enum=\\,"`
	// Percent is how the language writes a percentage, with {n} for the number: "{n}%" (the default) or "{n} %".
	Percent string `json:"percent,omitempty" jsonschema:"pattern=[{]n[}]"`
	// CSVSeparator separates the cells of a CSV file, as a spreadsheet set to this language expects: "," (the default) or ";" (where the decimal separator is a comma).
	CSVSeparator string `json:"csv_separator,omitempty" jsonschema:"enum=\\,,enum=;"`
}

// DomainText names a readiness domain.
type DomainText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Name is the domain's short name.
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Description says what the domain covers, in a sentence or two.
	Description string `json:"description" jsonschema:"required,minLength=1"`
}

// BandText names a readiness band.
type BandText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Name is the band's plain-language level (for example Ready to start).
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Description says what a project in this band can and cannot yet do.
	Description string `json:"description" jsonschema:"required,minLength=1"`
}

// SourceText gives a source's title and description in one language.
type SourceText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Title is the source's title, translated where it helps the reader.
	Title string `json:"title" jsonschema:"required,minLength=1"`
	// Description says what the document is and what it covers (Markdown).
	Description string `json:"description" jsonschema:"required,minLength=1"`
	// Sections are the headings of a primary document's sections in this language, by section id, so a reader who does not read the document's language sees what a citation points at (the heading as it stands in the document stays in sources.yaml). The document's own language leaves them out.
	Sections map[string]string `json:"sections,omitempty"`
}

// ModelText describes a model in one language.
type ModelText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Name is the model's name (for example Chrysalis, Lambeth).
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Place is where it ran, as a reader in this language names it.
	Place string `json:"place" jsonschema:"required,minLength=1"`
	// Summary is the model in two or three sentences, for the home page and lists.
	Summary string `json:"summary" jsonschema:"required,minLength=1"`
	// Sections are the model's description, section by section (Markdown).
	Sections SectionText `json:"sections" jsonschema:"required"`
	// Open says, section by section, what the source leaves open, contradicts or has only in draft about that section (Markdown); the site shows it as a note beside the section.
	Open *SectionText `json:"open,omitempty"`
	// Compare is the model's column of the side-by-side comparison.
	Compare CompareText `json:"compare" jsonschema:"required"`
}

// BlockText gives a building block's words in one language.
type BlockText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Name is the block's short name.
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Description says what the block is and why a replication needs it (Markdown).
	Description string `json:"description" jsonschema:"required,minLength=1"`
	// Prompts are questions for a workshop group to discuss about this block.
	Prompts []string `json:"prompts" jsonschema:"required,minItems=1"`
	// Open says what the source leaves open, contradicts or has only in draft about this block (Markdown); the site shows it as a note beside the block.
	Open string `json:"open,omitempty"`
}

// CriterionText gives a criterion's words in one language.
type CriterionText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Question is what a planner answers about their own local project.
	Question string `json:"question" jsonschema:"required,minLength=1"`
	// Why says why it matters, with the evidence (Markdown).
	Why string `json:"why" jsonschema:"required,minLength=1"`
	// GoodEnough says what "in place" looks like at the least (Markdown).
	GoodEnough string `json:"good_enough" jsonschema:"required,minLength=1"`
	// Better says how to do better than good enough (Markdown).
	Better string `json:"better" jsonschema:"required,minLength=1"`
	// Open says what the source leaves open, contradicts or has only in draft about this criterion (Markdown); the site shows it as a note under the criterion.
	Open string `json:"open,omitempty"`
	// Adapt says what the criterion means for a municipality in another country, where it assumes one country's institutions (Markdown, no facts the sources do not give); the site shows it under the criterion, headed "Elsewhere:".
	Adapt string `json:"adapt,omitempty"`
}

// RecommendationText gives a recommendation's words in one language.
type RecommendationText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Title is the recommendation in one line.
	Title string `json:"title" jsonschema:"required,minLength=1"`
	// Body explains it (Markdown).
	Body string `json:"body" jsonschema:"required,minLength=1"`
}

// MethodText gives a method's words in one language.
type MethodText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Name is the method's name.
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Summary says what the method is (Markdown).
	Summary string `json:"summary" jsonschema:"required,minLength=1"`
	// Steps are the words of each step, by step id.
	Steps map[string]StepText `json:"steps" jsonschema:"required"`
}

// StepText gives a step's words in one language.
type StepText struct {
	// Name is the step's short name, drawn on the diagram.
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Description says what happens in the step (Markdown).
	Description string `json:"description" jsonschema:"required,minLength=1"`
	// Activities are the main activities of the step, one short line each.
	Activities []string `json:"activities,omitempty"`
}

// MeasureText gives an outcome measure's words in one language.
type MeasureText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Name is the measure's name.
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Description says what it measures and how (Markdown).
	Description string `json:"description" jsonschema:"required,minLength=1"`
	// Open says what the source leaves open, contradicts or has only in draft about this measure (Markdown); the site shows it as a note beside the measure.
	Open string `json:"open,omitempty"`
}

// TermText is a glossary entry in one language.
type TermText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Term is the preferred wording in this language.
	Term string `json:"term" jsonschema:"required,minLength=1"`
	// Definition explains the term (Markdown).
	Definition string `json:"definition" jsonschema:"required,minLength=1"`
	// Avoid are wordings that lint flags in any text of this language, each a word or phrase; a * at either end matches any letters there (client* matches clients). Matching ignores case.
	Avoid []string `json:"avoid,omitempty"`
}

// CapacityText gives a capacity line's words in one language.
type CapacityText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Name is the role, course, fund or meeting in a few words (for example Social worker, one-to-one support).
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Note says what a reader of the worksheet should know about the figures: how they relate, what the source leaves open (Markdown, no figure the sources do not give).
	Note string `json:"note,omitempty"`
}

// FitQuestionText gives a fit question's words in one language.
type FitQuestionText struct {
	// From is the version (short hash) of the English text this was translated from; English itself leaves it out.
	From string `json:"from,omitempty" jsonschema:"pattern=^[0-9a-f]{8}$"`
	// Question is what the planner is asked, in one line.
	Question string `json:"question" jsonschema:"required,minLength=1"`
	// Hint helps to answer it: what the answers mean, what to do when none is quite right.
	Hint string `json:"hint,omitempty"`
	// Options are the answers' labels, by answer id: every answer of the question.
	Options map[string]string `json:"options" jsonschema:"required"`
	// Reasons say, by model id, what the model needs or offers on this question, or that its source is silent (Markdown, facts from the sources only): every model of the question.
	Reasons map[string]string `json:"reasons" jsonschema:"required"`
}

// NameText is one entry of a language's term base: how this language writes
// a name (a model, an organisation, a place) or key term, and the variants
// lint flags in every text of the language.
type NameText struct {
	// Name is the preferred form in this language (for example Kopenhagen in Slovenian).
	Name string `json:"name" jsonschema:"required,minLength=1"`
	// Avoid are the variants lint flags in any text of this language (checklists/text/LANG/, content/LANG/, i18n/LANG.yaml), each a word or phrase; a * at either end matches any letters there (København* matches Københavnu). Matching ignores case.
	Avoid []string `json:"avoid,omitempty"`
	// Note is for editors: when to use the name, a form in another case, a source for the choice.
	Note string `json:"note,omitempty"`
}
