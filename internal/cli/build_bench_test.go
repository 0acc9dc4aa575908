package cli

import (
	"io"
	"path/filepath"
	"testing"
)

// BenchmarkBuild is `exitguide build` on this checkout, in process: load and
// validate checklists/, the translations' lint, the interface words, every
// generated file made, and written where it changed (after the first run,
// nowhere). make bench times the same step as a process.
func BenchmarkBuild(b *testing.B) {
	root, err := filepath.Abs("../..")
	if err != nil {
		b.Fatal(err)
	}
	env := &Env{Stdout: io.Discard, Stderr: io.Discard}
	tf := &treeFlags{root: root, checkout: true}
	for b.Loop() {
		if _, status := buildSite(env, tf); status != ExitOK {
			b.Fatalf("build: exit %d", status)
		}
	}
}
