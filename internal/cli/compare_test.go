package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func compareArgs(files ...string) []string {
	args := []string{"compare", "--root", filepath.Join(repoRoot, "testdata/fixture")}
	for _, f := range files {
		args = append(args, filepath.Join(repoRoot, "testdata", f))
	}
	return args
}

// TestCompareGroupToCheck: a group's files compare (flags after the files),
// the draft consensus file is written and `check` reads it.
func TestCompareGroupToCheck(t *testing.T) {
	cons := filepath.Join(t.TempDir(), "consensus.yaml")
	args := append(compareArgs("compare/group-anna.yaml", "compare/group-ben.yaml", "compare/group-chen.yaml"), "--format", "markdown", "--lang", "he", "--consensus-out", cons)
	status, out, errs := run(t, args...)
	if status != ExitOK || !strings.Contains(out, "# השוואת בדיקות עצמיות") || !strings.Contains(errs, "נכתב הקובץ "+cons) {
		t.Fatalf("exit %d\nstdout: %.300s\nstderr: %s", status, out, errs)
	}
	b, _ := os.ReadFile(cons)
	if !strings.HasPrefix(string(b), "# yaml-language-server: $schema=") || !strings.Contains(string(b), "לדיון") {
		t.Errorf("consensus file: %.300s", b)
	}
	status, out, errs = run(t, "check", "--root", filepath.Join(repoRoot, "testdata/fixture"), cons, "--format", "plan")
	if status != ExitOK || !strings.Contains(out, "# תוכנית פעולה") {
		t.Errorf("check of the consensus file: exit %d\n%s\n%s", status, out, errs)
	}
}

// TestCompareProgressAuto: different dates mean progress.
func TestCompareProgressAuto(t *testing.T) {
	status, out, errs := run(t, compareArgs("compare/progress-2026-07.yaml", "compare/progress-2026-03.yaml")...)
	if status != ExitOK || !strings.Contains(out, "Progress over time") || !strings.Contains(out, "from 2026-03-10 to 2026-07-01") {
		t.Errorf("exit %d\n%s\n%s", status, out, errs)
	}
	status, _, errs = run(t, append(compareArgs("compare/progress-2026-07.yaml", "compare/progress-2026-03.yaml"), "--consensus-out", filepath.Join(t.TempDir(), "c.yaml"))...)
	if status != ExitInput || !strings.Contains(errs, "compared as progress over time") {
		t.Errorf("--consensus-out in progress mode: exit %d, %s", status, errs)
	}
	// Inferred from the dates: the report says so, and how to choose the other.
	if status, out, _ := run(t, compareArgs("compare/progress-2026-07.yaml", "compare/progress-2026-03.yaml")...); status != ExitOK || !strings.Contains(out, "run compare again with --group") {
		t.Errorf("inferred progress not explained: exit %d\n%.600s", status, out)
	}
}

// TestCompareRoom: twelve people's self-checks from one workshop, one made
// the day before and two with the locality written another way: compared
// as one group (said on the terminal and in the report, with the flag for
// the other mode), the answers grid narrow enough for a projector, the
// output files named after the locality and the date, the draft read by
// check; --group/--progress choose, both at once is a usage error.
func TestCompareRoom(t *testing.T) {
	var files []string
	for i := 1; i <= 12; i++ {
		files = append(files, fmt.Sprintf("compare/room/%02d.yaml", i))
	}
	dir := t.TempDir()
	status, out, errs := run(t, append(compareArgs(files...), "--out", dir, "--consensus-out", dir)...)
	if status != ExitOK {
		t.Fatalf("exit %d: %s", status, errs)
	}
	for _, want := range []string{"2026-11-15, 2026-11-16", "run compare again with --progress", "“Northmoor Borough”", "compared as one project"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	report := filepath.Join(dir, "compare-northmoor-borough-fictional-2026-11-16.txt")
	cons := filepath.Join(dir, "consensus-northmoor-borough-fictional-2026-11-16.yaml")
	b, err := os.ReadFile(report)
	if err != nil || out != "" {
		t.Fatalf("report not written to %s (%v); stdout %q", report, err, out)
	}
	text := string(b)
	if !strings.Contains(text, "Self-checks compared") || !strings.Contains(text, "run compare again with --progress") {
		t.Errorf("the report does not say how the mode was chosen:\n%.800s", text)
	}
	grid := 0
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "  ") && strings.ContainsAny(line, "●◐◔○") { // a table row
			grid++
			if n := utf8.RuneCountInString(line); n > 160 {
				t.Errorf("grid line of %d characters (12 people must fit a screen): %q", n, line)
			}
		}
	}
	if grid < 20 {
		t.Errorf("%d grid lines", grid)
	}
	// check reads the draft, and says that it still is one.
	if status, out, errs := run(t, "check", "--root", fixtureRoot, cons); status != ExitOK || !regexp.MustCompile(`\d+ answers are still marked “TO DISCUSS”`).MatchString(out) {
		t.Errorf("check of the draft: exit %d: %s\n%.1500s", status, errs, out)
	}
	if status, out, _ := run(t, append(compareArgs(files...), "--progress")...); status != ExitOK || !strings.Contains(out, "Progress over time") || strings.Contains(out, "run compare again") {
		t.Errorf("--progress: exit %d\n%.300s", status, out)
	}
	// Evidence required: every score, the consensus's too, counts claims
	// with no evidence as not started, so no total goes up.
	_, plain, _ := run(t, append(compareArgs(files...), "--format", "markdown")...)
	_, strict, _ := run(t, append(compareArgs(files...), "--format", "markdown", "--require-evidence")...)
	pct := regexp.MustCompile(`\| (\d+\.\d)% \|`)
	before, after := pct.FindAllStringSubmatch(plain, -1), pct.FindAllStringSubmatch(strict, -1)
	if len(before) == 0 || len(before) != len(after) || plain == strict {
		t.Errorf("--require-evidence: %d and %d percentages, same output %t", len(before), len(after), plain == strict)
	}
	for i := range before {
		x, _ := strconv.ParseFloat(before[i][1], 64)
		y, _ := strconv.ParseFloat(after[i][1], 64)
		if y > x {
			t.Errorf("--require-evidence raised a score: %.1f%% -> %.1f%%", x, y)
		}
	}
	if status, _, errs := run(t, append(compareArgs(files...), "--group", "--progress")...); status != ExitInput || !strings.Contains(errs, "choose one of --group and --progress") {
		t.Errorf("--group --progress: exit %d: %s", status, errs)
	}
}

// TestCompareMixedFiles: other models, another place, an invalid file or a
// single file: a clear message and exit 2, nothing on stdout.
func TestCompareMixedFiles(t *testing.T) {
	pos := regexp.MustCompile(`empty\.yaml:\d+:\d+`)
	tests := []struct {
		files []string
		want  []string
	}{
		{[]string{"compare/group-anna.yaml", "proposals/cti-denmark.yaml"}, []string{"not self-checks of the same project", "different models", "group-anna.yaml: chrysalis", "cti-denmark.yaml: cti-denmark"}},
		{[]string{"compare/group-anna.yaml", "proposals/bad/empty.yaml"}, []string{"1 of 2 files are not valid"}},
		{[]string{"compare/group-anna.yaml"}, []string{"two or more"}},
	}
	for _, tt := range tests {
		status, out, errs := run(t, compareArgs(tt.files...)...)
		if status != ExitInput || out != "" {
			t.Errorf("%v: exit %d, stdout %q", tt.files, status, out)
		}
		for _, w := range tt.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%v: stderr lacks %q:\n%s", tt.files, w, errs)
			}
		}
		if strings.Contains(tt.files[len(tt.files)-1], "empty") && !pos.MatchString(errs) {
			t.Errorf("invalid file without file:line:col:\n%s", errs)
		}
	}
}

// TestCompareCappedProblems: compare prints a file's problems as check does:
// a capped list ends with its "N more (M in all)" line and no misleading
// count of the listed problems.
func TestCompareCappedProblems(t *testing.T) {
	var many hostileCase
	for _, c := range hostileProposals() {
		if c.name == "many-answers-small" {
			many = c
		}
	}
	f := filepath.Join(t.TempDir(), "many.yaml")
	if err := os.WriteFile(f, many.data(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{
		{"check", "--root", fixtureRoot, f},
		{"compare", "--root", fixtureRoot, f, filepath.Join(repoRoot, "testdata/compare/group-anna.yaml")},
	} {
		status, _, errs := runUser(t, cmd...)
		if status != ExitInput || !strings.Contains(errs, "(36000 in all)") || regexp.MustCompile(`\d+ problem\(s\) in `).MatchString(errs) {
			t.Errorf("%s: exit %d, stderr ends %q", cmd[0], status, errs[max(0, len(errs)-400):])
		}
	}
}
