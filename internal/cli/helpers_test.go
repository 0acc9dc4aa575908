package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/testutil"
)

// repoRoot is the repository root, from this package's folder.
const repoRoot = "../.."

// run calls Main in-process and returns the exit status and both streams.
func run(t testing.TB, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(string) string { return "" }}
	status := Main(env, args)
	return status, out.String(), errb.String()
}

// golden compares got with the file name under the repository's testdata/
// (testutil.Golden: -update rewrites it).
func golden(t *testing.T, name, got string) {
	t.Helper()
	testutil.Golden(t, filepath.Join(repoRoot, "testdata", name), got)
}

// firstLines is s cut to its first n lines, for a readable failure.
func firstLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "\n")
}
