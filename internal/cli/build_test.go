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
