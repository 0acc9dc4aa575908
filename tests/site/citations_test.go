package site

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/cli"
)

// addSources puts a front matter sources: list into a hand-written page.
func addSources(t *testing.T, file, list string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), "\nweight:", "\nsources: "+list+"\nweight:", 1)
	if s == string(b) {
		t.Fatalf("%s has no weight: line to put sources: before", file)
	}
	if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHandWrittenCitations: a hand-written page that cites sources in its
// front matter shows each as every citation of the guide does (title
// linked to the sources page, kind, section heading in the page's
// language), and a reference the guide does not have fails the build with
// a message naming it, not a link to an anchor that is not there.
func TestHandWrittenCitations(t *testing.T) {
	tl := needTools(t)
	dir := filepath.Join(t.TempDir(), "site")
	copyInputs(t, dir)
	for _, lang := range []string{"en", "he"} {
		addSources(t, filepath.Join(dir, "content", lang, "about.md"), `[cti-eval, "cti-eval#training"]`)
	}
	public := build(t, tl, dir, false)
	for lang, want := range map[string][]string{
		"en": {`<a href="/en/sources/#cti-eval">`, `class="source-refs__section">§ <bdi`},
		"he": {`<a href="/he/sources/#cti-eval">`, `class="source-refs__section">§ <bdi`},
	} {
		b, err := os.ReadFile(filepath.Join(public, lang, "about", "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		page := string(b)
		i := strings.Index(page, `class="source-refs"`)
		if i < 0 {
			t.Fatalf("%s about page: no citation list", lang)
		}
		for _, w := range want {
			if !strings.Contains(page[i:], w) {
				t.Errorf("%s about page: citation list lacks %s", lang, w)
			}
		}
	}

	orig, err := os.ReadFile(filepath.Join(repoRoot, "content", "en", "about.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "en", "about.md"), orig, 0o644); err != nil {
		t.Fatal(err)
	}
	addSources(t, filepath.Join(dir, "content", "en", "about.md"), `["cti-eval#no-such-section"]`)
	var out strings.Builder
	e := &cli.Env{Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""), Getenv: func(string) string { return "" }}
	if status := cli.Main(e, []string{"build", "--root", dir}); status != cli.ExitOK {
		t.Fatalf("exitguide build exit %d:\n%s", status, out.String())
	}
	cmd := exec.Command(tl.hugo, "--panicOnWarning", "--logLevel", "warn", "-d", filepath.Join(dir, "public2"))
	cmd.Dir = dir
	b, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("the build passed with a citation of a section the guide does not have")
	}
	if !strings.Contains(string(b), `"cti-eval#no-such-section" is not a source`) {
		t.Errorf("the failed build does not name the reference:\n%s", b)
	}
}
