package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/exitguide/exitguide/internal/testutil"
)

// BenchmarkHostile measures what each generated hostile input costs a
// user's run, from the command line to the exit status: check on each of
// hostileProposals and lint on each of hostileChecklists. The budget is
// under 1 s (ns/op) and under 100 MB allocated (B/op) for each, in a normal
// build; make bench prints the worst of them. (These were asserts in the
// tests once; a timed test fails on a loaded machine and under -race.)
//
//	go test ./internal/cli -run '^$' -bench Hostile -benchtime 3x
func BenchmarkHostile(b *testing.B) {
	for _, c := range hostileProposals() {
		f := filepath.Join(b.TempDir(), c.name+".yaml")
		if err := os.WriteFile(f, c.data(), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run("check/"+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if status, _, _ := run(b, "check", "--root", fixtureRoot, f); status != ExitInput {
					b.Fatalf("exit %d, want %d", status, ExitInput)
				}
			}
		})
	}
	for _, c := range hostileChecklists(b) {
		dir := b.TempDir()
		testutil.CopyTree(b, filepath.Join(repoRoot, "testdata/checklists/good"), dir)
		if err := os.WriteFile(filepath.Join(dir, c.file), c.data(), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run("lint/"+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if status, _, _ := lintUser(b, dir); status != ExitInput {
					b.Fatalf("exit %d, want %d", status, ExitInput)
				}
			}
		})
	}
}
