package i18n_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
)

// dynamicKeys are the keys the code builds from a prefix and a value
// instead of naming them: each prefix must still appear in the code (as a
// quoted prefix, "prefix_" + value, or a printf "prefix_%s"), and only
// prefix + one of its values counts as used.
func dynamicKeys() map[string][]string {
	snake := func(in []string) []string {
		out := make([]string, len(in))
		for i, s := range in {
			out[i] = strings.ReplaceAll(s, "-", "_")
		}
		return out
	}
	statuses := snake(proposal.Statuses)
	return map[string][]string{
		// a model description's sections and comparison rows (layouts: printf "section_%s", "compare_%s")
		"section_": guide.SectionKeys,
		"compare_": guide.CompareKeys,
		// answer statuses (form.js statusKey, report "report_status_" + status)
		"status_":        statuses,
		"report_status_": statuses,
		// criterion weights 1 to 3 (printf "weight_%d", "weight_" + c.weight)
		"weight_": {"1", "2", "3"},
		// guide.Source's type and status enums, measure kinds and diagram units (guide/types.go)
		"evidence_type_":   {"evaluation_report", "programme_description", "funding_application", "news_item", "research"},
		"evidence_status_": {"published", "draft"},
		"measure_kind_":    {"scale", "instrument", "target", "register"},
		"unit_":            {"month", "week", "session", "step"},
		// the self-check's task tags and form errors (form.js)
		"selfcheck_tag_":      {"not_started", "in_progress", "completed"},
		"selfcheck_err_form_": {"owner", "due", "due_invalid", "reason", "status", "locality", "orgs", "assessed", "date", "chars"},
		// compare's refusal (cli/compare.go: d.What) and where the report language came from (proposal/load.go: v.why)
		"cli_compare_differ_": {"models", "localities"},
		"msg_lang_shown_":     {"flag", "env", "default"},
		// the capacity worksheet's quantities, cost units and sizing rules (plan/view.go)
		"plan_q_":        snake(guide.FigureQuantities),
		"plan_cost_per_": guide.CostPers,
		"plan_need_":     snake(guide.SizeRules),
	}
}

// TestNoUnusedKeys: every key of i18n/en.yaml is used by a Hugo template
// (layouts/), a browser script (assets/js/) or the Go code (internal/,
// cmd/, i18n/), tests left out. A key is used when its name appears there;
// a key without "_" when a call form names it (T "band", t("band"));
// a message key msg_CODE (with _expected, _fix) when its code ("parse.tab")
// is quoted; a key built from a prefix when it is one of dynamicKeys. A list of
// keys in one string (the self-check's words, which a template hands on to
// the browser) is not a use: those keys must be used by the scripts.
func TestNoUnusedKeys(t *testing.T) {
	c := embeddedOrFail(t)
	en := c.Keys("en")
	isKey := func(s string) bool { _, ok := slices.BinarySearch(en, s); return ok }

	token := regexp.MustCompile(`[a-z][a-z0-9]*(?:_[a-z0-9]+)+`)
	quoted := regexp.MustCompile("\"[^\"\\n]*\"|'[^'\\n]*'|`[^`]*`")
	// A key without "_" is too common a word to find by name: it is used
	// through the call forms, T "key" and i18n "key" (Hugo), t("key"),
	// w("key"), x.T("key") (scripts, Go), and T (cond (test) "key1" "key2").
	call := regexp.MustCompile(`(?:\b(?:T|i18n)\s+|\b(?:t|w|T|Text|Lookup)\(\s*)["'` + "`" + `]([a-z0-9_]+)["'` + "`" + `]`)
	cond := regexp.MustCompile(`\bT\s+\(cond\s+\([^)]*\)\s+"([a-z0-9_]+)"\s+"([a-z0-9_]+)"\)`)
	code := regexp.MustCompile(`["'` + "`" + `]([a-z0-9]+(?:[.-][a-z0-9]+)*)["'` + "`" + `]`)
	used := map[string]bool{}
	var all strings.Builder
	scan := func(root string, ext ...string) {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "testdata" || d.Name() == "node_modules" {
					return filepath.SkipDir
				}
				return nil
			}
			if !slices.Contains(ext, filepath.Ext(p)) || strings.HasSuffix(p, "_test.go") {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			// A string that lists several keys hands them on; it does not use them.
			text := quoted.ReplaceAllStringFunc(string(b), func(q string) string {
				n := 0
				for _, f := range strings.Fields(q[1 : len(q)-1]) {
					if isKey(f) {
						n++
					}
				}
				if n >= 3 {
					return `""`
				}
				return q
			})
			for _, m := range token.FindAllString(text, -1) {
				used[m] = true
			}
			for _, m := range call.FindAllStringSubmatch(text, -1) {
				used[m[1]] = true
			}
			for _, m := range cond.FindAllStringSubmatch(text, -1) {
				used[m[1]], used[m[2]] = true, true
			}
			for _, m := range code.FindAllStringSubmatch(text, -1) {
				k := "msg_" + strings.NewReplacer(".", "_", "-", "_").Replace(m[1])
				used[k], used[k+"_expected"], used[k+"_fix"] = true, true, true
			}
			all.WriteString(text)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	scan("../layouts", ".html")
	scan("../assets/js", ".js", ".mjs")
	scan("../internal", ".go")
	scan("../cmd", ".go")
	scan(".", ".go")
	text := all.String()

	for prefix, values := range dynamicKeys() {
		if !regexp.MustCompile(regexp.QuoteMeta(prefix) + `(["'` + "`" + `]|%[sd])`).MatchString(text) {
			t.Errorf("dynamicKeys: no code builds a key from %q any more; remove the entry", prefix)
		}
		for _, v := range values {
			used[prefix+v] = true
		}
	}
	var unused []string
	for _, k := range en {
		if !used[k] {
			unused = append(unused, k)
		}
	}
	if len(unused) > 0 {
		t.Errorf("%d keys of i18n/en.yaml are used by no template, script or Go code; delete them from every i18n/LANG.yaml (or, for a key the code builds, add its prefix to dynamicKeys):\n  %s",
			len(unused), strings.Join(unused, "\n  "))
	}
}

// TestTaskTagIsNotAnAnswer: the self-check's task list says a domain has no
// answers yet in other words than the answer "not started" (a Danish
// planner read "Ikke påbegyndt" as both), in every language.
func TestTaskTagIsNotAnAnswer(t *testing.T) {
	c := embeddedOrFail(t)
	for _, lang := range c.Languages() {
		w := c.Words(lang)
		tag, status := w.Text("selfcheck_tag_not_started"), w.Text("status_not_started")
		if strings.EqualFold(strings.TrimSpace(tag), strings.TrimSpace(status)) {
			t.Errorf("i18n/%s.yaml: the task tag selfcheck_tag_not_started %q is the answer status_not_started", lang, tag)
		}
	}
}
