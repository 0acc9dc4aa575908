package testutil

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const importPath = "github.com/exitguide/exitguide/internal/testutil"

// TestEveryTestPackageImportsTestutil: `go test ./... -update` (make golden)
// fails with "flag provided but not defined: -update" in a test package that
// does not link this package, so each folder with tests must import it.
func TestEveryTestPackageImportsTestutil(t *testing.T) {
	root := Root(t)
	imports := map[string]bool{} // test folder -> imports testutil
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, "_test.go") {
			return nil
		}
		dir := filepath.Dir(p)
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		imports[dir] = imports[dir] || false
		for _, im := range f.Imports {
			if path, _ := strconv.Unquote(im.Path.Value); path == importPath {
				imports[dir] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	here, _ := os.Getwd()
	for dir, ok := range imports {
		if !ok && dir != here {
			rel, _ := filepath.Rel(root, dir)
			t.Errorf("the tests in %s do not import %s, so `go test ./... -update` fails there: use its helpers, or add\n\timport _ %q\nto one test file", rel, importPath, importPath)
		}
	}
	if len(imports) < 5 {
		t.Errorf("found only %d test folders under %s", len(imports), root)
	}
}

func TestDiff(t *testing.T) {
	numbered := func(n int, change map[int]string) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			if c, ok := change[i]; ok {
				b.WriteString(c)
				continue
			}
			fmt.Fprintf(&b, "line %d\n", i)
		}
		return b.String()
	}
	cases := []struct {
		name, want, got, diff string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"one line changed, context of three", numbered(10, nil), numbered(10, map[int]string{5: "LINE 5\n"}),
			"@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+LINE 5\n line 6\n line 7\n line 8\n"},
		{"added and removed", "a\nb\nc\n", "a\nc\nd\n",
			"@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n"},
		{"two hunks far apart", numbered(20, nil), numbered(20, map[int]string{2: "", 19: "new\n"}),
			"@@ -1,5 +1,4 @@\n line 1\n-line 2\n line 3\n line 4\n line 5\n@@ -16,5 +15,5 @@\n line 16\n line 17\n line 18\n-line 19\n+new\n line 20\n"},
		{"missing final newline", "a\n", "a",
			"@@ -1,1 +1,1 @@\n-a\n+a⏎ (no newline at the end)\n"},
		{"from nothing", "", "x\n", "@@ -1,0 +1,1 @@\n+x\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Diff(c.want, c.got); got != c.diff {
				t.Errorf("Diff:\n%s\nwant:\n%s", got, c.diff)
			}
		})
	}
}

// TestDiffLarge: two long texts that differ everywhere give a diff cut at
// maxLines, in time (the middle is past maxCells, so no quadratic table).
func TestDiffLarge(t *testing.T) {
	var a, b strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&a, "a%d\n", i)
		fmt.Fprintf(&b, "b%d\n", i)
	}
	d := Diff(a.String(), b.String())
	if n := strings.Count(d, "\n"); n != maxLines+2 || !strings.HasSuffix(d, "(diff cut at 200 lines)\n") {
		t.Errorf("diff of %d lines, ending %q", n, d[max(0, len(d)-60):])
	}
}

// recorder is a testing.TB that keeps what Errorf reports.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestGolden(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "out.golden")
	*update = true
	r := &recorder{TB: t}
	Golden(r, path, "one\ntwo\n")
	*update = false
	if b, err := os.ReadFile(path); err != nil || string(b) != "one\ntwo\n" {
		t.Fatalf("-update wrote %q, %v", b, err)
	}
	Golden(r, path, []byte("one\ntwo\n"))
	if len(r.errs) != 0 {
		t.Fatalf("equal output reported: %v", r.errs)
	}
	Golden(r, path, "one\nthree\n")
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "-two\n+three\n") || !strings.Contains(r.errs[0], "make golden") {
		t.Errorf("a difference is reported as %q", r.errs)
	}
}

func TestCopyTree(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	os.MkdirAll(filepath.Join(src, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(src, "a", "b", "f.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(src, "top"), []byte("y"), 0o644)
	CopyTree(t, src, dst)
	CopyTree(t, filepath.Join(src, "top"), filepath.Join(dst, "file"))
	for name, want := range map[string]string{"a/b/f.txt": "x", "top": "y", "file": "y"} {
		if b, err := os.ReadFile(filepath.Join(dst, name)); err != nil || string(b) != want {
			t.Errorf("%s: %q, %v", name, b, err)
		}
	}
}

func TestFixtureGuide(t *testing.T) {
	g := FixtureGuide(t)
	if g != FixtureGuide(t) {
		t.Error("the fixture guide is loaded twice")
	}
	if len(g.Models) == 0 || len(g.Criteria) == 0 {
		t.Errorf("fixture guide without models or criteria: %d, %d", len(g.Models), len(g.Criteria))
	}
}
