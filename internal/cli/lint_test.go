package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/testutil"
)

// TestLintGoodFixture: the fixture tree is clean, so lint exits 0.
func TestLintGoodFixture(t *testing.T) {
	root := filepath.Join(repoRoot, "testdata/checklists/good")
	status, out, errs := run(t, "lint", "--root", root, "--seeds", filepath.Join(repoRoot, "testdata/seeds"))
	if status != ExitOK {
		t.Fatalf("lint exit %d, want 0\n%s", status, errs)
	}
	for _, want := range []string{"en: 15/15 texts", "da: 15/15 texts, 0 outdated, 0 not stamped (100% complete)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestLintBrokenCorpus: each case of testdata/lint overlays the good tree
// with one broken file; lint must exit 2 with the golden message and no
// stack trace.
func TestLintBrokenCorpus(t *testing.T) {
	cases, err := os.ReadDir(filepath.Join(repoRoot, "testdata/lint"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if !c.IsDir() {
			continue
		}
		t.Run(c.Name(), func(t *testing.T) {
			dir := t.TempDir()
			testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/checklists/good"), dir)
			testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/lint", c.Name()), dir)
			status, _, errs := lintUser(t, dir)
			if status != ExitInput {
				t.Errorf("exit %d, want %d", status, ExitInput)
			}
			golden(t, filepath.Join("lint", c.Name()+".golden"), errs)
		})
	}
}

// lintUser runs lint on dir with the test seeds (runUser: no stack trace).
func lintUser(t testing.TB, dir string) (int, string, string) {
	t.Helper()
	return runUser(t, "lint", "--root", dir, "--seeds", filepath.Join(repoRoot, "testdata/seeds"))
}

// TestLintCleanCorpus: each case of testdata/lint-clean overlays the good
// tree with a file that is unusual but fine (CRLF line ends, a UTF-8
// byte-order mark, HTML in a text, which the site shows as text); lint
// must pass it.
func TestLintCleanCorpus(t *testing.T) {
	cases, err := os.ReadDir(filepath.Join(repoRoot, "testdata/lint-clean"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name(), func(t *testing.T) {
			dir := t.TempDir()
			testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/checklists/good"), dir)
			testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/lint-clean", c.Name()), dir)
			if status, _, errs := lintUser(t, dir); status != ExitOK {
				t.Errorf("exit %d, want 0:\n%s", status, firstLines(errs, 20))
			}
		})
	}
}

// hostileChecklists are the generated hostile checklist files, each
// written over the good tree at its file: 10,000 levels of nesting, 100,000
// criteria (in full and in short: both too large a file), 7,000 short ones
// (too many values), 4,900 short ones (many schema errors, of which lint
// lists 200), a 1 MB line.
func hostileChecklists(t testing.TB) []hostileCase {
	criteria := func(n int, full bool) []byte {
		var b bytes.Buffer
		b.WriteString("criteria:\n")
		for i := range n {
			if full {
				fmt.Fprintf(&b, "  - {id: demo.generated-%06d, block: demo.keyworker, domain: support, weight: 1, sources: [\"demo-eval#keyworker\"]}\n", i)
			} else {
				fmt.Fprintf(&b, "  - {id: demo.g%d}\n", i)
			}
		}
		return b.Bytes()
	}
	return []hostileCase{
		{"deep-nesting", "checklists/deep.yaml", func() []byte {
			return []byte("criteria: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n")
		}},
		{"many-criteria", "checklists/many.yaml", func() []byte { return criteria(100000, true) }},
		{"many-criteria-small", "checklists/many.yaml", func() []byte { return criteria(100000, false) }},
		{"many-values", "checklists/many.yaml", func() []byte { return criteria(7000, false) }},
		{"many-errors", "checklists/many.yaml", func() []byte { return criteria(4900, false) }},
		{"long-line", "checklists/text/da/demo.yaml", func() []byte {
			b, err := os.ReadFile(filepath.Join(repoRoot, "testdata/checklists/good/checklists/text/da/demo.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			long := "    why: " + strings.Repeat("Tillid fra starten bærer det svære arbejde senere. ", 20000)
			return []byte(strings.Replace(string(b), "    why: Tillid fra starten bærer det svære arbejde senere.", long+"\u202e", 1))
		}},
	}
}

// TestLintGeneratedHostile: each of hostileChecklists gives the golden
// message testdata/lint/generated-NAME.golden, exit 2, no stack trace.
func TestLintGeneratedHostile(t *testing.T) {
	for _, c := range hostileChecklists(t) {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/checklists/good"), dir)
			if err := os.WriteFile(filepath.Join(dir, c.file), c.data(), 0o644); err != nil {
				t.Fatal(err)
			}
			status, _, errs := lintUser(t, dir)
			if status != ExitInput {
				t.Errorf("exit %d, want %d", status, ExitInput)
			}
			golden(t, filepath.Join("lint", "generated-"+c.name+".golden"), errs)
		})
	}
}

// TestFifthLanguage: a language is added by adding files, with no change to
// Go code; lint then reports it fully covered.
func TestFifthLanguage(t *testing.T) {
	dir := t.TempDir()
	testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/checklists/good"), dir)
	testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/fifth-language"), dir)
	status, out, errs := run(t, "lint", "--root", dir, "--seeds", filepath.Join(repoRoot, "testdata/seeds"))
	if status != ExitOK {
		t.Fatalf("lint exit %d, want 0\n%s", status, errs)
	}
	if !strings.Contains(out, "sv: 15/15 texts, 0 outdated, 0 not stamped (100% complete)") {
		t.Errorf("the added language is not reported as complete:\n%s", out)
	}
}

// TestStampThenOutdated: stamp fills in missing versions, and a later change
// of the English makes lint report the translation outdated.
func TestStampThenOutdated(t *testing.T) {
	dir := t.TempDir()
	testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/checklists/good"), dir)
	da := filepath.Join(dir, "checklists/text/da/demo.yaml")
	b, _ := os.ReadFile(da)
	var kept []string
	for _, l := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "from:") {
			kept = append(kept, l)
		}
	}
	os.WriteFile(da, []byte(strings.Join(kept, "\n")), 0o644)
	seeds := filepath.Join(repoRoot, "testdata/seeds")
	if status, _, errs := run(t, "lint", "--root", dir, "--seeds", seeds); status != ExitInput || !strings.Contains(errs, "has no from: version") {
		t.Fatalf("unstamped translation not reported (exit %d):\n%s", status, errs)
	}
	if status, out, errs := run(t, "stamp", "--root", dir); status != ExitOK || !strings.Contains(out, "stamped 15 entries in 1 files") {
		t.Fatalf("stamp exit %d: %s%s", status, out, errs)
	}
	if status, _, errs := run(t, "lint", "--root", dir, "--seeds", seeds); status != ExitOK {
		t.Fatalf("lint after stamp exit %d:\n%s", status, errs)
	}
	after, _ := os.ReadFile(da)
	if status, out, _ := run(t, "stamp", "--root", dir); status != ExitOK || !strings.Contains(out, "stamped 0 entries") {
		t.Errorf("a second stamp changed something: %s", out)
	}
	if again, _ := os.ReadFile(da); !bytes.Equal(after, again) {
		t.Error("a second stamp rewrote the file")
	}
	en := filepath.Join(dir, "checklists/text/en/demo.yaml")
	b, _ = os.ReadFile(en)
	os.WriteFile(en, bytes.Replace(b, []byte("Weekly contact"), []byte("Contact every week"), 1), 0o644)
	status, _, errs := run(t, "lint", "--root", dir, "--seeds", seeds)
	if status != ExitInput || !strings.Contains(errs, `da text for "demo-staged" is outdated`) {
		t.Errorf("outdated translation not reported (exit %d):\n%s", status, errs)
	}
}

// TestRealChecklistsLintClean: the guide's own data is clean. Without the
// source documents beside the repository (a clean clone) every check but
// the own-words one still runs.
func TestRealChecklistsLintClean(t *testing.T) {
	_, err := os.Stat(filepath.Join(repoRoot, "../shared/seeds"))
	haveSeeds := err == nil
	status, out, errs := run(t, "lint", "--root", repoRoot)
	if status != ExitOK {
		t.Fatalf("lint of checklists/ exit %d:\n%s\n%s", status, firstLines(errs, 40), out)
	}
	for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
		if l == "" || !haveSeeds && strings.HasPrefix(l, "note: skipped own words:") {
			continue
		}
		t.Errorf("lint says more than nothing: %s", l)
	}
	if !haveSeeds {
		t.Log("../shared/seeds is not beside the repository: the own-words check did not run")
	}
}
