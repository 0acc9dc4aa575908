package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlan: the worksheet for a number of women, the costs template written
// to a file, filled in and read back into a budget, in the chosen language.
func TestPlan(t *testing.T) {
	status, out, errs := run(t, "plan", "--model", "copenhagen", "--women", "45")
	if status != ExitOK || !strings.Contains(out, "45 women a year ÷ 30 a year each = 1.5, rounded up: 2") {
		t.Fatalf("status %d\n%s\n%s", status, firstLines(out, 20), errs)
	}
	if !strings.Contains(out, "No costs entered yet") {
		t.Errorf("no hint at the costs file:\n%s", out)
	}
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "costs.yaml")
	status, _, errs = run(t, "plan", "--model", "cti-denmark", "--costs-template", "--lang", "da", "--out", tmpl)
	if status != ExitOK || !strings.Contains(errs, "costs.yaml") {
		t.Fatalf("template: status %d: %s", status, errs)
	}
	status, _, errs = run(t, "plan", "--model", "cti-denmark", "--costs-template", "--out", tmpl)
	if status != ExitInput {
		t.Errorf("the template overwrote %s: status %d %s", tmpl, status, errs)
	}
	b, err := os.ReadFile(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	filled := strings.Replace(string(b), "cti-denmark.ngo-fund:\n    cost:", "cti-denmark.ngo-fund:\n    cost: 500000", 1)
	filled = strings.Replace(filled, "currency:", "currency: DKK", 1)
	if err := os.WriteFile(tmpl, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}
	status, out, errs = run(t, "plan", "--model", "cti-denmark", "--women", "20", "--costs", tmpl, "--lang", "da")
	if status != ExitOK || !strings.Contains(out, "I alt om året: 500.000") || !strings.Contains(out, "CTI-medarbejder: kilderne har intet tal") {
		t.Errorf("status %d\n%s\n%s", status, out, errs)
	}
}

// TestPlanBadInput: usage mistakes and a bad costs file give exit status 2
// and say what to do; the costs file's problems carry file:line:column.
func TestPlanBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("model: copenhagen\nlines:\n  copenhagen.coordinator:\n    cost: 12 000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"plan", "--women", "4"}, "--model is required"},
		{[]string{"plan", "--model", "lambeth", "--women", "4"}, `unknown model "lambeth"`},
		{[]string{"plan", "--model", "kljuc"}, "--women must be a whole number"},
		{[]string{"plan", "--model", "kljuc", "--women", "0"}, "--women must be a whole number"},
		{[]string{"plan", "--model", "kljuc", "--women", "4", "--format", "pdf"}, `unknown format "pdf"`},
		{[]string{"plan", "--model", "kljuc", "--women", "4", "extra.yaml"}, "takes no file arguments"},
		{[]string{"plan", "--model", "copenhagen", "--women", "4", "--costs", bad}, bad + ":4:11: the cost of copenhagen.coordinator"},
	} {
		status, out, errs := run(t, tt.args...)
		if status != ExitInput || out != "" || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: status %d, stdout %q, stderr %q; want 2 and %q", tt.args, status, out, errs, tt.want)
		}
	}
}
