package stamp_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/stamp"
	"github.com/exitguide/exitguide/internal/testutil"
)

// tree copies the lint-clean test tree into a temporary folder and returns
// its checklists folder and the Danish text file.
func tree(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	testutil.CopyTree(t, filepath.Join(testutil.Root(t), "testdata/checklists/good"), dir)
	return filepath.Join(dir, "checklists"), filepath.Join(dir, "checklists/text/da/demo.yaml")
}

func run(t *testing.T, root string, all bool) stamp.Result {
	t.Helper()
	tr, g, errs := load.Dir(root)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	res, err := stamp.Run(tr, g, all)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

var fromLine = regexp.MustCompile(`(?m)^ *from: "[0-9a-f]{8}"\n`)

// TestStampRestoresTheFile: with every from: line removed, stamp puts each
// back where it was, with the version of the English entry: the file comes
// out byte for byte as the stamped original (comments, quoting and layout
// kept), and a second run changes nothing.
func TestStampRestoresTheFile(t *testing.T) {
	root, da := tree(t)
	orig, err := os.ReadFile(da)
	if err != nil {
		t.Fatal(err)
	}
	stripped := fromLine.ReplaceAll(orig, nil)
	n := len(fromLine.FindAll(orig, -1))
	if n < 10 {
		t.Fatalf("only %d from: lines in %s", n, da)
	}
	os.WriteFile(da, stripped, 0o644)
	if res := run(t, root, false); res.Entries != n || len(res.Files) != 1 || res.Files[0] != "checklists/text/da/demo.yaml" {
		t.Errorf("stamp: %+v, want %d entries in the Danish file", res, n)
	}
	got, _ := os.ReadFile(da)
	if string(got) != string(orig) {
		t.Errorf("the stamped file differs from the original:\n%s", testutil.Diff(string(orig), string(got)))
	}
	if res := run(t, root, false); res.Entries != 0 || len(res.Files) != 0 {
		t.Errorf("a second stamp changed %+v", res)
	}
}

// TestStampAll: a wrong from: is left alone by a plain stamp (a translator
// has to look at the text first) and replaced by stamp --all.
func TestStampAll(t *testing.T) {
	root, da := tree(t)
	orig, _ := os.ReadFile(da)
	first := string(fromLine.Find(orig))
	wrong := strings.Replace(string(orig), first, first[:strings.IndexByte(first, '"')]+`"00000000"`+"\n", 1)
	if wrong == string(orig) {
		t.Fatal("no from: replaced")
	}
	os.WriteFile(da, []byte(wrong), 0o644)
	if res := run(t, root, false); res.Entries != 0 {
		t.Errorf("a plain stamp changed an existing from: %+v", res)
	}
	if res := run(t, root, true); res.Entries != 1 {
		t.Errorf("stamp --all: %+v, want 1 entry", res)
	}
	if got, _ := os.ReadFile(da); string(got) != string(orig) {
		t.Errorf("stamp --all did not restore the version:\n%s", testutil.Diff(string(orig), string(got)))
	}
}
