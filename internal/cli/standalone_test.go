package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/checklists"
)

// TestStandalone: in a folder with no checkout anywhere, init, check and
// compare use the guide built into the binary; the commands that work on a
// checkout say that they need one and how to point at it.
func TestStandalone(t *testing.T) {
	t.Chdir(t.TempDir())
	if status, _, errs := run(t, "init", "--model", "kljuc", "--lang", "sl", "--out", "a.yaml", "--date", "2026-12-01"); status != ExitOK {
		t.Fatalf("init without a checkout: exit %d\n%s", status, errs)
	}
	src, _ := os.ReadFile("a.yaml")
	filled := strings.Replace(string(src), `locality: ""`, `locality: "Mestna občina Maribor"`, 1)
	filled = strings.Replace(filled, "organisations:\n  - \"\"", "organisations:\n  - \"Društvo Ključ\"", 1)
	os.WriteFile("a.yaml", []byte(strings.Replace(filled, `assessed_by: ""`, `assessed_by: "Ana"`, 1)), 0o644)
	os.WriteFile("b.yaml", []byte(strings.Replace(filled, `assessed_by: ""`, `assessed_by: "Bojan"`, 1)), 0o644)
	status, out, errs := run(t, "check", "a.yaml")
	if status != ExitOK || !strings.Contains(out, "Ključ") {
		t.Errorf("check without a checkout: exit %d\n%.300s\n%s", status, out, errs)
	}
	status, out, errs = run(t, "compare", "a.yaml", "b.yaml")
	if status != ExitOK || !strings.Contains(out, "Ana") || !strings.Contains(out, "Bojan") {
		t.Errorf("compare without a checkout: exit %d\n%.300s\n%s", status, out, errs)
	}
	for _, cmd := range []string{"lint", "build", "stamp"} {
		status, _, errs := run(t, cmd)
		if status != ExitInput || !strings.Contains(errs, "needs a checkout") || !strings.Contains(errs, "--root DIR") {
			t.Errorf("%s outside a checkout: exit %d, %q", cmd, status, errs)
		}
	}
	// --root names a checkout; one without checklists/ is refused with the
	// flag's own name.
	status, _, errs = run(t, "check", "a.yaml", "--root", "nowhere")
	if status != ExitInput || !strings.Contains(errs, "--root DIR") || strings.Contains(errs, "--dir") {
		t.Errorf("check --root nowhere: exit %d, %q", status, errs)
	}
}

// TestRootReadsTheCheckout: with --root, the guide comes from that tree,
// not from the binary: the test fixture has no Ključ model.
func TestRootReadsTheCheckout(t *testing.T) {
	fixture, _ := filepath.Abs(fixtureRoot)
	t.Chdir(t.TempDir())
	if status, _, errs := run(t, "init", "--model", "kljuc", "--date", "2026-12-01"); status != ExitOK {
		t.Fatalf("the embedded guide has kljuc: exit %d, %q", status, errs)
	}
	status, _, errs := run(t, "init", "--model", "kljuc", "--date", "2026-12-01", "--root", fixture)
	if status != ExitInput || !strings.Contains(errs, `unknown model "kljuc"; use one of chrysalis, cti-denmark`) {
		t.Errorf("init --root fixture: exit %d, %q", status, errs)
	}
}

// TestVersion: the version, the commit and the guide's content version,
// which is that of the embedded checklists and changes with them.
func TestVersion(t *testing.T) {
	status, out, _ := run(t, "version")
	if status != ExitOK || !regexp.MustCompile(`^exitguide \S+\ncommit \S+`).MatchString(out) || !strings.Contains(out, "\nguide "+checklists.Version()+"\n") {
		t.Errorf("exit %d:\n%s", status, out)
	}
	onDisk := checklists.ContentVersion(os.DirFS("../../checklists"))
	if checklists.Version() != onDisk {
		t.Errorf("embedded guide %s, checklists/ on disk %s", checklists.Version(), onDisk)
	}
	if other := checklists.ContentVersion(os.DirFS(fixtureRoot + "/checklists")); other == onDisk || len(other) != 12 {
		t.Errorf("the fixture's content version %q equals the guide's", other)
	}
	releaseVersion, releaseCommit = "v1.2.3", "0123456789abcdef"
	defer func() { releaseVersion, releaseCommit = "", "" }()
	if _, out, _ := run(t, "version"); !strings.HasPrefix(out, "exitguide v1.2.3\ncommit 0123456789abcdef\n") {
		t.Errorf("release stamp not shown:\n%s", out)
	}
}
