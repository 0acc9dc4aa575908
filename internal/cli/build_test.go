package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/testutil"
)

// TestBuildReproducesCommittedFiles runs `exitguide build` twice on a copy
// of what it reads (checklists/ and i18n/, no Go sources and no go.mod):
// the first run must reproduce the committed generated files
// (config/_default/) byte for byte, the second must change nothing.
func TestBuildReproducesCommittedFiles(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"checklists", "i18n", "config"} {
		testutil.CopyTree(t, filepath.Join(repoRoot, d), filepath.Join(dir, d))
	}
	status, out, errs := run(t, "build", "--root", dir)
	if status != ExitOK {
		t.Fatalf("build exit %d:\n%s", status, errs)
	}
	for _, line := range strings.Split(out, "\n") {
		f := strings.TrimPrefix(line, "wrote ")
		if f == line || strings.HasPrefix(f, "generated/") {
			continue // generated/ is not committed
		}
		t.Errorf("build changed the committed file %s: run `go run ./cmd/exitguide build` and commit it", f)
	}
	for _, d := range []string{"config/_default"} {
		entries, _ := os.ReadDir(filepath.Join(repoRoot, d))
		for _, e := range entries {
			want, _ := os.ReadFile(filepath.Join(repoRoot, d, e.Name()))
			got, _ := os.ReadFile(filepath.Join(dir, d, e.Name()))
			if !bytes.Equal(got, want) {
				t.Errorf("%s/%s differs from what build writes", d, e.Name())
			}
		}
	}
	status, out, errs = run(t, "build", "--root", dir)
	if status != ExitOK || strings.TrimSpace(out) != "build: nothing changed" {
		t.Errorf("a second build changed something (exit %d):\n%s%s", status, out, errs)
	}
}

// TestBuildBadCatalogue: build refuses, with exit 2 and the file named, a
// checkout whose interface catalogue lacks a language of the guide or is
// not a mapping of texts, and writes nothing.
func TestBuildBadCatalogue(t *testing.T) {
	for name, c := range map[string]struct {
		edit func(dir string) error
		want string
	}{
		"missing language": {func(dir string) error { return os.Remove(filepath.Join(dir, "i18n/da.yaml")) },
			"i18n/da.yaml: missing interface strings for language da"},
		"not a text": {func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "i18n/sl.yaml"), []byte("site_title:\n  nested: true\n"), 0o644)
		}, "i18n/sl.yaml:2:3: the text of site_title is not a string"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			for _, d := range []string{"checklists", "i18n"} {
				testutil.CopyTree(t, filepath.Join(repoRoot, d), filepath.Join(dir, d))
			}
			if err := c.edit(dir); err != nil {
				t.Fatal(err)
			}
			status, out, errs := run(t, "build", "--root", dir)
			if status != ExitInput || !strings.Contains(errs, c.want) {
				t.Errorf("exit %d, want %d; stderr should contain %q:\n%s", status, ExitInput, c.want, errs)
			}
			if out != "" {
				t.Errorf("build wrote something: %s", out)
			}
			if _, err := os.Stat(filepath.Join(dir, "generated")); err == nil {
				t.Error("build created generated/ from a broken catalogue")
			}
		})
	}
}
