package cli

import (
	"bytes"
	"fmt"
	"github.com/exitguide/exitguide/internal/report"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/testutil"
)

// runEnv is run with the given environment variables.
func runEnv(t testing.TB, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(k string) string { return vars[k] }}
	status := Main(env, args)
	return status, out.String(), errb.String()
}

// englishLeaks returns the English sentences of the program's words that
// lang has its own text for, but that appear in out: the English fallback
// where a translation exists. A sentence is a stretch of at least 20
// characters between placeholders.
func englishLeaks(lang, out string) []string {
	c, _ := i18n.Embedded()
	w, en := c.Words(lang), c.Words(guide.SourceLang)
	split := regexp.MustCompile(`\{[A-Za-z_][A-Za-z0-9_]*\}`)
	var leaks []string
	for _, k := range c.Keys(guide.SourceLang) {
		if !strings.HasPrefix(k, "report_") && !strings.HasPrefix(k, "compare_") && !strings.HasPrefix(k, "cli_") &&
			!strings.HasPrefix(k, "msg_") && !strings.HasPrefix(k, "init_") || !w.Has(k) {
			continue
		}
		for _, frag := range split.Split(en.Text(k), -1) {
			frag = strings.TrimSpace(frag)
			if utf8.RuneCountInString(frag) >= 20 && !strings.Contains(w.Text(k), frag) && strings.Contains(out, frag) {
				leaks = append(leaks, k+": "+frag)
			}
		}
	}
	return leaks
}

// garbled finds what a broken substitution leaves: a fmt verb error or a
// placeholder nobody filled in.
var garbled = regexp.MustCompile(`%!|\(MISSING\)|\{[a-z_]+\}`)

// TestNoGarbledReports: every check format (with one file, with two so
// the summary tables are written, with the answers "don't know yet" and
// the claims with no evidence, with and without --require-evidence; and
// every example of examples/ against the real guide, all four in one run)
// and every compare format and the consensus file, in every language: no
// "%!", no unfilled {name}, and no English sentence where the language has
// its own.
func TestNoGarbledReports(t *testing.T) {
	one := []string{"../../testdata/proposals/chrysalis.yaml"}
	two := append(one, "../../testdata/proposals/cti-denmark.yaml")
	dontKnow := []string{"../../testdata/proposals/dont-know.yaml"}
	examples, _ := filepath.Glob("../../examples/*.yaml")
	if len(examples) < 4 {
		t.Fatalf("examples: %v", examples)
	}
	dir := t.TempDir()
	for _, lang := range report4 {
		check := func(what, out string) {
			t.Helper()
			if m := garbled.FindString(out); m != "" {
				i := strings.Index(out, m)
				t.Errorf("%s %s: %q in %.120q", what, lang, m, out[max(0, i-60):])
			}
			if lang != guide.SourceLang {
				for _, l := range englishLeaks(lang, out) {
					t.Errorf("%s %s: English where the language has its own words: %s", what, lang, l)
				}
			}
		}
		for _, format := range report.Formats() {
			for _, files := range [][]string{one, two, dontKnow, append([]string{"--require-evidence"}, dontKnow...), examples} {
				args := append([]string{"check", "--root", fixtureRoot, "--format", format, "--lang", lang}, files...)
				if len(files) == len(examples) && files[0] == examples[0] {
					args = append([]string{"check", "--format", format, "--lang", lang}, files...) // the guide built in
				}
				status, out, errs := run(t, args...)
				if status != ExitOK || out == "" {
					t.Fatalf("%v: exit %d: %s", args, status, errs)
				}
				check(fmt.Sprintf("check %s %v", format, files), out)
			}
		}
		for _, files := range [][]string{
			{"compare/group-anna.yaml", "compare/group-ben.yaml", "compare/group-chen.yaml"},
			{"compare/progress-2026-03.yaml", "compare/progress-2026-07.yaml", "compare/progress-2026-11.yaml"},
		} {
			for _, format := range []string{"text", "markdown", "html"} {
				args := append(compareArgs(files...), "--format", format, "--lang", lang)
				if strings.Contains(files[0], "group") {
					args = append(args, "--consensus-out", filepath.Join(dir, lang+format+".yaml"))
				}
				status, out, errs := run(t, args...)
				if status != ExitOK {
					t.Fatalf("%v: exit %d: %s", args, status, errs)
				}
				check("compare "+format, out+errs)
			}
		}
		cons, _ := os.ReadFile(filepath.Join(dir, lang+"text.yaml"))
		check("consensus file", string(cons))
		_, tmpl, errs := run(t, "init", "--root", fixtureRoot, "--model", "chrysalis,cti-denmark", "--lang", lang, "--date", "2026-12-01")
		check("init", tmpl+errs)
	}
}

// TestLeakDetector: the English-fallback check finds an English sentence
// in Danish output, so TestNoGarbledReports would fail on one.
func TestLeakDetector(t *testing.T) {
	c, _ := i18n.Embedded()
	en := c.Words("en").T("report_plan_intro")
	if leaks := englishLeaks("da", "Handlingsplan\n"+en); len(leaks) == 0 {
		t.Error("an English paragraph in Danish output was not found")
	}
	if leaks := englishLeaks("da", c.Words("da").T("report_plan_intro")); len(leaks) != 0 {
		t.Errorf("Danish output reported as English: %v", leaks)
	}
}

// TestCommandLinesLocalised: after choosing a language (--lang, or the
// environment's LANG), a user reads the command's own lines in it: init's
// success line, compare's warning about localities written differently and
// its refusal of different models, a file whose
// language: the guide does not know, an unknown --lang (listing the
// guide's languages).
func TestCommandLinesLocalised(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "selvtjek.yaml")
	status, _, errs := run(t, "init", "--root", fixtureRoot, "--model", "chrysalis", "--lang", "da", "--out", out)
	if status != ExitOK || !strings.Contains(errs, "skrev "+out+": udfyld locality") {
		t.Errorf("init --lang da: exit %d: %s", status, errs)
	}
	status, _, errs = runEnv(t, map[string]string{"LANG": "sl_SI.UTF-8"}, "init", "--root", fixtureRoot, "--model", "chrysalis", "--out", filepath.Join(dir, "sl.yaml"))
	if b, _ := os.ReadFile(filepath.Join(dir, "sl.yaml")); status != ExitOK || !strings.Contains(errs, "zapisano v") || !strings.Contains(string(b), "language: sl") {
		t.Errorf("init with LANG=sl_SI.UTF-8: exit %d: %s", status, errs)
	}
	status, _, errs = run(t, append(compareArgs("compare/group-anna.yaml", "compare/other-place.yaml"), "--lang", "da")...)
	if status != ExitOK || !strings.Contains(errs, "Filerne skriver stedet på forskellige måder") || strings.Contains(errs, "locality") {
		t.Errorf("compare of two places, --lang da: exit %d: %s", status, errs)
	}
	status, _, errs = run(t, append(compareArgs("compare/group-anna.yaml", "proposals/cti-denmark.yaml"), "--lang", "da")...)
	if status != ExitInput || !strings.Contains(errs, "det er ikke selvtjek af samme projekt") || !strings.Contains(errs, "filerne nævner forskellige modeller:") || strings.Contains(errs, "models:") {
		t.Errorf("compare of two models, --lang da: exit %d: %s", status, errs)
	}
	status, _, errs = run(t, "check", "--root", fixtureRoot, "--lang", "dk", "../../testdata/proposals/chrysalis.yaml")
	if status != ExitInput || !strings.Contains(errs, `unknown language "dk"; use one of en, da, sl, he`) {
		t.Errorf("check --lang dk: exit %d: %s", status, errs)
	}
	src, _ := os.ReadFile("../../testdata/proposals/chrysalis.yaml")
	dk := filepath.Join(dir, "dk.yaml")
	os.WriteFile(dk, regexp.MustCompile(`(?m)^language: \w+`).ReplaceAll(src, []byte("language: dk")), 0o644)
	status, _, errs = runEnv(t, map[string]string{"LANG": "da_DK.UTF-8"}, "check", "--root", fixtureRoot, dk)
	if status != ExitInput || !strings.Contains(errs, `ukendt sprog "dk"`) || !strings.Contains(errs, "Beskederne står på dansk, sproget i computerens indstillinger (LANG)") ||
		!strings.Contains(errs, "Problemer i "+dk+": 1") {
		t.Errorf("language: dk with LANG=da_DK.UTF-8: exit %d: %s", status, errs)
	}
	status, _, errs = runEnv(t, map[string]string{"LC_ALL": "C", "LANG": "da_DK.UTF-8"}, "check", "--root", fixtureRoot, dk)
	if status != ExitInput || !strings.Contains(errs, `unknown language "dk"`) {
		t.Errorf("LC_ALL=C wins over LANG: exit %d: %s", status, errs)
	}
	status, _, errs = runEnv(t, map[string]string{"LANG": "he_IL.UTF-8"}, "check", "--root", fixtureRoot, "--format", "nope", dk)
	if status != ExitInput || !strings.Contains(errs, `פורמט לא מוכר "nope"`) {
		t.Errorf("unknown format with LANG=he_IL: exit %d: %s", status, errs)
	}
}

// TestSixthLanguage: a language added as files only (testdata/sixth-language:
// checklists/text/sv/ with its language.yaml and part of the texts, and a
// partial i18n/sv.yaml) on a copy of the tree works in init, check (every
// format) and compare, in Swedish where the files are and English where
// they are not, with Swedish number formats from its language.yaml. No Go
// code names the language.
func TestSixthLanguage(t *testing.T) {
	dir := t.TempDir()
	testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/fixture"), dir)
	testutil.CopyTree(t, filepath.Join(repoRoot, "i18n"), filepath.Join(dir, "i18n"))
	testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/sixth-language"), dir)

	a := filepath.Join(dir, "a.yaml")
	status, _, errs := run(t, "init", "--root", dir, "--model", "chrysalis", "--lang", "sv", "--date", "2026-12-01", "--out", a)
	if status != ExitOK || !strings.Contains(errs, "skrev "+a+": fyll i locality") {
		t.Fatalf("init --lang sv: exit %d: %s", status, errs)
	}
	tmpl, _ := os.ReadFile(a)
	for _, want := range []string{"# Självskattning av beredskap: ett lokalt projekt som bygger på", "# Rapportens språk: en, da, sl, he, sv.", "language: sv",
		"# Weight 3 of 3."} { // init_weight has no Swedish yet: English
		if !strings.Contains(string(tmpl), want) {
			t.Errorf("template lacks %q", want)
		}
	}
	filled := strings.NewReplacer(`locality: ""`, `locality: "Malmö"`, "organisations:\n  - \"\"", "organisations:\n  - \"Malmö stad\"",
		`assessed_by: ""`, `assessed_by: "Arbetsgrupp"`).Replace(string(tmpl))
	os.WriteFile(a, []byte(filled), 0o644)
	b := filepath.Join(dir, "b.yaml")
	os.WriteFile(b, []byte(strings.Replace(filled, "status: not-started", "status: in-place", 3)), 0o644)

	status, out, errs := run(t, "check", "--root", dir, b)
	if status != ExitOK || !strings.Contains(out, "Självskattning av beredskap: Malmö") || !strings.Contains(out, "Tidigt skede — ") ||
		!regexp.MustCompile(`\d+,\d %`).MatchString(out) || !strings.Contains(out, "Delresultat per område") {
		t.Errorf("check of a Swedish file: exit %d\n%s\n%s", status, out, errs)
	}
	for _, format := range report.Formats() {
		status, out, errs := run(t, "check", "--root", dir, "--lang", "sv", "--format", format, a, b)
		if status != ExitOK || garbled.MatchString(out) {
			t.Errorf("check --lang sv --format %s: exit %d, garbled %q\n%s", format, status, garbled.FindString(out), errs)
		}
		if format == "csv" && !strings.HasPrefix(out, "\uFEFFFil;") {
			t.Errorf("csv in Swedish: %.80q", out)
		}
	}
	status, out, errs = run(t, "compare", "--root", dir, a, b)
	if status != ExitOK || !strings.Contains(out, "Självskattningar jämförda: Malmö") || garbled.MatchString(out) {
		t.Errorf("compare of Swedish files: exit %d\n%.300s\n%s", status, out, errs)
	}
	status, _, errs = run(t, "check", "--root", dir, "--lang", "sv", "--format", "nope", a)
	if status != ExitInput || !strings.Contains(errs, `okänt format "nope"`) {
		t.Errorf("a Swedish usage error: exit %d: %s", status, errs)
	}
	os.WriteFile(a, []byte(strings.Replace(filled, `locality: "Malmö"`, `locality: ""`, 1)), 0o644)
	status, _, errs = run(t, "check", "--root", dir, a)
	if status != ExitInput || !strings.Contains(errs, "locality är tomt [fält /locality]") || !strings.Contains(errs, "1 problem i "+a) ||
		!strings.Contains(errs, "så här rättar du: fill it in") { // msg_field_empty_fix: English
		t.Errorf("a Swedish file's problem: exit %d: %s", status, errs)
	}
}
