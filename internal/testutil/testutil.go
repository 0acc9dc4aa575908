// Package testutil holds the helpers that the tests of every package share:
// golden files with the one -update flag, the line diff they print, the
// fixture guide, the repository root, a tree copier and the writer of the
// parity corpora (JSONLines).
//
// Every package with tests imports it (TestEveryTestPackageImportsTestutil
// holds this), so that
//
//	go test ./... -update     # or: make golden
//
// rewrites every golden file in one command; a package without the flag
// would fail that run with "flag provided but not defined: -update". A test
// package with no golden file of its own imports it for the flag alone:
//
//	import _ "github.com/exitguide/exitguide/internal/testutil"
package testutil

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// update is the one -update flag of the repository's tests.
var update = flag.Bool("update", false, "rewrite the golden files with what the code produces now (review with git diff)")

// Golden compares got with the file at path (relative to the test's package
// folder, as every path in a test is). A difference fails the test with a
// line diff; with -update the file is written instead (its folder made when
// missing) and the test passes.
func Golden[T ~string | ~[]byte](t testing.TB, path string, got T) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v\n(run the test with -update, or make golden, to write it)", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs from what the code produces now (-want +got):\n%s\n(if the change is intended: run the test with -update, or make golden, and review git diff)",
			path, Diff(string(want), string(got)))
	}
}

var (
	rootOnce sync.Once
	root     string
	rootErr  error
)

// Root returns the repository root (the folder of go.mod above the test's
// working folder).
func Root(t testing.TB) string {
	t.Helper()
	rootOnce.Do(func() {
		dir, err := os.Getwd()
		if err != nil {
			rootErr = err
			return
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				root = dir
				return
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				rootErr = fs.ErrNotExist
				return
			}
			dir = parent
		}
	})
	if rootErr != nil {
		t.Fatalf("no go.mod above the test's folder: %v", rootErr)
	}
	return root
}

// CopyTree copies the folder src and everything below it into dst, making
// dst when missing; when src is a file, it is copied to the file dst. Files
// are written 0644 and folders 0755.
func CopyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
