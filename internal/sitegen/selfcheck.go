package sitegen

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
)

// SelfCheckAsset is where the self-check page's data file of a language is
// written, below the repository root; Hugo mounts generated/assets as
// assets, and layouts/selfcheck/page.html publishes the file, fingerprinted,
// at /LANG/self-check/data.HASH.json.
func SelfCheckAsset(lang string) string { return "generated/assets/selfcheck/" + lang + ".json" }

// selfCheckKeys are the interface words the browser self-check reads from
// its data file (assets/js/selfcheck/: the page, the report it shows, the
// messages of the proposal reader). A word the scripts use is added here.
var selfCheckKeys = strings.Fields(`selfcheck_err_form_chars selfcheck_intro selfcheck_needs_js selfcheck_loading selfcheck_load_failed
selfcheck_privacy_heading selfcheck_privacy selfcheck_remember_label selfcheck_remember_hint selfcheck_remember_on
selfcheck_remember_off selfcheck_delete_button selfcheck_deleted selfcheck_delete_heading selfcheck_delete_question
selfcheck_delete_yes selfcheck_delete_no selfcheck_undo selfcheck_undone selfcheck_draft_restored selfcheck_start_heading
selfcheck_model_legend selfcheck_model_hint selfcheck_start_button selfcheck_continue_button selfcheck_load_heading
selfcheck_load_label selfcheck_load_hint selfcheck_loaded selfcheck_form_heading selfcheck_change_model
selfcheck_project_heading selfcheck_locality_label selfcheck_locality_hint selfcheck_orgs_label selfcheck_orgs_hint
selfcheck_assessed_label selfcheck_assessed_hint selfcheck_date_label selfcheck_date_hint selfcheck_tasks_heading
selfcheck_tasks_intro selfcheck_tag_not_started selfcheck_tag_in_progress selfcheck_tag_completed selfcheck_answered_count
selfcheck_guide_link selfcheck_evidence_label selfcheck_evidence_hint selfcheck_owner_label selfcheck_owner_hint
selfcheck_due_label selfcheck_back_to_tasks selfcheck_result_button selfcheck_download_button selfcheck_downloaded selfcheck_downloaded_open
selfcheck_download_report selfcheck_download_plan_md selfcheck_download_plan_csv selfcheck_require_evidence_label
selfcheck_require_evidence_hint selfcheck_rescored selfcheck_file_head selfcheck_result_heading selfcheck_change_answers
selfcheck_method_note selfcheck_error_title selfcheck_error_prefix selfcheck_error_file selfcheck_line selfcheck_err_model
selfcheck_err_form_owner selfcheck_err_form_due selfcheck_err_form_due_invalid selfcheck_err_form_reason
selfcheck_err_form_status selfcheck_err_form_locality selfcheck_err_form_orgs selfcheck_err_form_assessed
selfcheck_err_form_date common_core good_enough must_have not_applicable_reason print_button weight weight_1 weight_2
weight_3 status_in_place status_partly status_planned status_not_started status_dont_know status_not_applicable
msg_read_missing msg_read_missing_fix msg_read_dir msg_read_dir_fix msg_read_error msg_parse_too_large
msg_parse_too_large_fix msg_parse_utf16 msg_parse_utf16_fix msg_parse_empty msg_parse_empty_fix msg_parse_comments
msg_parse_comments_fix msg_parse_not_utf8 msg_parse_not_utf8_fix msg_parse_nul msg_parse_nul_fix msg_errors_more
msg_errors_more_fix msg_parse_control msg_parse_control_fix msg_text_control msg_text_control_fix msg_text_bidi
msg_text_bidi_fix msg_parse_tab msg_parse_tab_fix msg_parse_syntax msg_parse_syntax_fix msg_parse_too_many
msg_parse_too_many_fix msg_parse_too_deep msg_parse_too_deep_fix msg_parse_alias msg_parse_alias_fix msg_parse_key
msg_parse_key_fix msg_parse_dup msg_parse_dup_fix msg_doc_not_mapping msg_doc_not_mapping_fix msg_field_unknown
msg_field_unknown_fix msg_field_near msg_field_near_fix msg_field_missing msg_field_missing_fix msg_field_text
msg_field_text_fix msg_field_list msg_field_list_fix msg_field_mapping msg_field_mapping_fix msg_field_empty
msg_field_empty_fix msg_version msg_version_fix msg_date_invalid msg_date_invalid_fix msg_model_unknown
msg_model_unknown_fix msg_model_near msg_model_near_fix msg_model_dup msg_model_dup_fix msg_lang_unknown
msg_lang_unknown_fix msg_crit_unknown msg_crit_unknown_fix msg_crit_near msg_crit_near_fix msg_crit_other_model
msg_crit_other_model_fix msg_answer_mapping msg_answer_mapping_fix msg_status_invalid msg_status_invalid_fix
msg_status_near msg_status_near_fix msg_planned_owner msg_planned_owner_fix msg_planned_due msg_planned_due_fix
msg_na_not_allowed msg_na_not_allowed_fix msg_na_reason msg_na_reason_fix report_plan_title report_plan_intro
report_plan_n report_plan_action report_plan_criterion report_plan_status report_plan_owner report_plan_due report_title
report_locality report_organisations report_models report_date report_assessed_by report_readiness report_points_of
report_why report_why_plain report_why_capped report_why_cap_missing report_why_cap_dont_know report_why_cap_partial
report_dont_know_count report_claimed_count report_claimed_count_required report_domains report_domain report_score
report_points report_no_criteria report_must_missing report_must_partial report_none report_gaps report_must_have
report_weight report_missing_points report_how_better report_recs report_guide_page report_blocks report_blocked_by
report_strengths report_dependencies report_dep_line report_no_dependencies report_premature report_premature_line
report_unanswered report_dont_know report_dont_know_intro report_claimed report_claimed_intro report_not_applicable
report_status_in_place report_status_partly report_status_planned report_status_not_started report_status_dont_know
report_status_not_applicable report_method report_method_text report_band_from report_chart_title report_chart_desc
report_col_file report_col_criterion_id report_col_must_have report_footer msg_crit_retired msg_crit_retired_fix
report_evidence report_col_evidence evidence_type_evaluation_report evidence_type_programme_description
evidence_type_funding_application evidence_type_news_item evidence_type_research evidence_status_draft
evidence_evaluated evidence_not_evaluated report_to_discuss_count compare_to_discuss`)

// groupCompareKeys are the words the group compare page reads from the
// same data file (assets/js/selfcheck/compare-ui.js, and compare.js's
// COMPARE_KEYS: the words of compare --group's report and consensus file).
var groupCompareKeys = strings.Fields(`compare_group_title compare_group_intro compare_mode_inferred_group
compare_mode_inferred_progress compare_localities_differ compare_participants compare_participant compare_file
compare_date compare_criterion compare_spread compare_answers compare_consensus_col compare_tie_short compare_tie
compare_tie_lower compare_disagree compare_no_disagreement compare_spread_explained compare_legend compare_domains
compare_domain compare_total compare_band compare_chart_title compare_chart_series compare_chart_desc compare_consensus
compare_consensus_intro compare_agreed compare_unanswered compare_must_have compare_footer compare_yaml_head
compare_yaml_how compare_yaml_settle compare_yaml_nobody groupcompare_title groupcompare_intro groupcompare_privacy
groupcompare_files_label groupcompare_files_hint groupcompare_drop groupcompare_read groupcompare_files_heading
groupcompare_col_state groupcompare_state_ok groupcompare_state_bad groupcompare_remove groupcompare_removed
groupcompare_clear groupcompare_need_two groupcompare_models_differ groupcompare_mode_legend groupcompare_mode_auto
groupcompare_mode_group groupcompare_mode_progress groupcompare_download_consensus groupcompare_download_report
groupcompare_downloaded compare_progress_title compare_progress_intro compare_score_change compare_change compare_pp
compare_from_to compare_band_up compare_band_down compare_band_same compare_chart_title_time compare_chart_series_time
compare_moved_up compare_moved_down compare_changed_other compare_nothing compare_timeline report_points`)

// The self-check data file's shape (assets/js/selfcheck/ reads it): the
// projection of the guide data the page needs, and its words.
type scLanguage struct {
	Code         string `json:"code"`
	Locale       string `json:"locale"`
	Decimal      string `json:"decimal"`
	Percent      string `json:"percent"`
	CSVSeparator string `json:"csv_separator"`
}

type scCriterion struct {
	ID              string   `json:"id"`
	Block           string   `json:"block"`
	Model           string   `json:"model"`
	Order           int      `json:"order"`
	Domain          string   `json:"domain"`
	Weight          int      `json:"weight"`
	MustHave        bool     `json:"must_have"`
	NAAllowed       bool     `json:"na_allowed"`
	DependsOn       []string `json:"depends_on"`
	Replaces        []string `json:"replaces"`
	Recommendations []string `json:"recommendations"`
	Question        string   `json:"question"`
	GoodEnough      string   `json:"good_enough"`
	Better          string   `json:"better"`
	URL             string   `json:"url"`
}

type scBlock struct {
	ID    string `json:"id"`
	Model string `json:"model"`
	Order int    `json:"order"`
	Name  string `json:"name"`
}

type scModel struct {
	ID       string         `json:"id"`
	Order    int            `json:"order"`
	Name     string         `json:"name"`
	Place    string         `json:"place"`
	Evidence guide.Evidence `json:"evidence"`
}

type scDomain struct {
	ID    string `json:"id"`
	Order int    `json:"order"`
	Name  string `json:"name"`
}

type scBand struct {
	ID          string  `json:"id"`
	Order       int     `json:"order"`
	Min         float64 `json:"min"`
	Name        string  `json:"name"`
	Description string  `json:"description"`
}

type scRec struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

type scData struct {
	Lang            string                 `json:"lang"`
	Language        scLanguage             `json:"language"`
	Languages       []string               `json:"languages"`
	Scoring         scoringJSON            `json:"scoring"`
	Criteria        map[string]scCriterion `json:"criteria"`
	Blocks          map[string]scBlock     `json:"blocks"`
	Models          map[string]scModel     `json:"models"`
	Domains         map[string]scDomain    `json:"domains"`
	Bands           map[string]scBand      `json:"bands"`
	Recommendations map[string]scRec       `json:"recommendations"`
	Strings         map[string]string      `json:"strings"`
	// Dir is the language's direction (ltr, rtl): the group compare
	// page's report file is written in it.
	Dir string `json:"dir"`
	// ToDiscuss is the mark a compare consensus draft puts on each point
	// to discuss, in every language of the guide, in its order: a draft is
	// in the group's language, and the page counts its marks whatever the
	// language (as report.toDiscuss does).
	ToDiscuss []string `json:"to_discuss"`
	// Schema is the proposal schema's published address, for the modeline
	// of the file the page saves (the one exitguide init writes).
	Schema string `json:"schema"`
}

// selfCheckData is the self-check page's data file for one language: one
// line of JSON, every object's keys in sorted order (the browser reads it
// by key; sorted keys keep it byte-identical from build to build).
func selfCheckData(g *guide.Guide, l guide.Language, d langJSON, ui map[string]map[string]string) ([]byte, error) {
	sc := scData{Lang: l.Code,
		Language: scLanguage{Code: l.Code, Locale: l.Locale, Decimal: l.Decimal, Percent: l.Percent, CSVSeparator: string(l.Separator())},
		Dir:      l.Direction,
		Scoring:  d.Scoring, Criteria: map[string]scCriterion{}, Blocks: map[string]scBlock{}, Models: map[string]scModel{},
		Domains: map[string]scDomain{}, Bands: map[string]scBand{}, Recommendations: map[string]scRec{}, Strings: map[string]string{},
		Schema: guide.SchemaURL("proposal")}
	for _, x := range g.Languages {
		sc.Languages = append(sc.Languages, x.Code)
		mark, err := title(ui, x.Code, "compare_to_discuss")
		if err != nil {
			return nil, fmt.Errorf("self-check data: %w", err)
		}
		sc.ToDiscuss = append(sc.ToDiscuss, mark)
	}
	for id, c := range d.Criteria {
		sc.Criteria[id] = scCriterion{c.ID, c.Block, c.Model, c.Order, c.Domain, c.Weight, c.MustHave, c.NAAllowed, c.DependsOn,
			c.Replaces, c.Recommendations, c.Question, c.GoodEnough, c.Better, c.URL}
	}
	for id, b := range d.Blocks {
		sc.Blocks[id] = scBlock{b.ID, b.Model, b.Order, b.Name}
	}
	for id, m := range d.Models {
		sc.Models[id] = scModel{m.ID, m.Order, m.Name, m.Place, m.Evidence}
	}
	for id, x := range d.Domains {
		sc.Domains[id] = scDomain{x.ID, x.Order, x.Name}
	}
	for id, b := range d.Bands {
		sc.Bands[id] = scBand{b.ID, b.Order, b.Min, b.Name, b.Description}
	}
	for id, r := range d.Recommendations {
		sc.Recommendations[id] = scRec{r.Title, guide.RecommendationPath(l.Code, r.ID)}
	}
	for _, k := range slices.Concat(selfCheckKeys, groupCompareKeys) {
		t, err := title(ui, l.Code, k)
		if err != nil {
			return nil, fmt.Errorf("self-check data: %w", err)
		}
		sc.Strings[k] = t
	}
	return sortedJSON(sc)
}

// sortedJSON is v as JSON with the keys of every object sorted: through a
// generic value once, because encoding/json sorts map keys, not struct
// fields. The page data files are written this way, so that their bytes
// (and fingerprints) do not depend on the order of the Go fields.
func sortedJSON(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		return nil, err
	}
	return json.Marshal(generic)
}
