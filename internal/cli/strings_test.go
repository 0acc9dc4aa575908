package cli

import (
	"bytes"
	"github.com/exitguide/exitguide/internal/report"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
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

// TestNoGarbledReports: every check format (with one file, and with two
// so the summary tables are written) and every compare format and the
// consensus file, in every language: no "%!", no unfilled {name}, and no
// English sentence where the language has its own.
func TestNoGarbledReports(t *testing.T) {
	one := []string{"../../testdata/proposals/chrysalis.yaml"}
	two := append(one, "../../testdata/proposals/cti-denmark.yaml")
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
			for _, files := range [][]string{one, two} {
				args := append([]string{"check", "--root", fixtureRoot, "--format", format, "--lang", lang}, files...)
				status, out, errs := run(t, args...)
				if status != ExitOK || out == "" {
					t.Fatalf("%v: exit %d: %s", args, status, errs)
				}
				check("check "+format, out)
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
// success line, compare's refusal of different localities, a file whose
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
	if status != ExitInput || !strings.Contains(errs, "det er ikke selvtjek af samme projekt") || !strings.Contains(errs, "filerne nævner forskellige steder:") || strings.Contains(errs, "localities") {
		t.Errorf("compare of two places, --lang da: exit %d: %s", status, errs)
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
		!strings.Contains(errs, "1 problem(er) i "+dk) {
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
