// Package site holds the tests that build the whole site (exitguide build,
// Hugo, Pagefind) from a copy of the repository: two builds of the same
// sources give byte-identical public/ folders, and text fields full of HTML
// and script come out escaped (or dropped) on every page.
//
// They need Hugo (pinned in tools.mod) and Pagefind (node_modules), so they
// run only when EXITGUIDE_SITE_TESTS=1: `make test-site`, part of `make test`.
package site

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v4"

	"github.com/exitguide/exitguide/internal/cli"
	"github.com/exitguide/exitguide/internal/testutil"
)

const repoRoot = "../.."

// inputs are what a site build reads: the checklists and the Hugo project
// (no Go sources: the schemas are committed files). generated/ and
// config/_default/ are written by the build itself.
var inputs = []string{"checklists", "content", "layouts", "assets", "static", "i18n", "data", "hugo.toml", "schemas", "package.json"}

// tools: Hugo's binary and the search index script (scripts/search-index.sh,
// which runs Pagefind from node_modules), as `make site` runs them.
type tools struct{ hugo, searchIndex string }

func needTools(t *testing.T) tools {
	t.Helper()
	if os.Getenv("EXITGUIDE_SITE_TESTS") != "1" {
		t.Skip("builds the whole site: run with EXITGUIDE_SITE_TESTS=1 (make test-site)")
	}
	root, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules/.bin/pagefind")); err != nil {
		t.Fatalf("no Pagefind in %s: run `make deps-node`", filepath.Join(root, "node_modules"))
	}
	cmd := exec.Command("go", "tool", "-modfile=tools.mod", "-n", "hugo")
	cmd.Dir = repoRoot
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go tool -n hugo: %v", err)
	}
	return tools{hugo: strings.TrimSpace(string(out)), searchIndex: filepath.Join(root, "scripts/search-index.sh")}
}

// copyInputs copies the build's inputs from the repository into dir.
func copyInputs(t *testing.T, dir string) {
	t.Helper()
	for _, in := range inputs {
		testutil.CopyTree(t, filepath.Join(repoRoot, in), filepath.Join(dir, in))
	}
	os.MkdirAll(filepath.Join(dir, "config/_default"), 0o755)
	// Hugo's js.Build bundles packages (js-yaml) from node_modules.
	nm, err := filepath.Abs(filepath.Join(repoRoot, "node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(nm, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
}

// build runs what `make site` runs, in dir, with extra environment for Hugo
// and Pagefind. It returns the public folder.
func build(t *testing.T, tl tools, dir string, pagefind bool, env ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	e := &cli.Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(string) string { return "" }}
	if status := cli.Main(e, []string{"build", "--root", dir}); status != cli.ExitOK {
		t.Fatalf("exitguide build exit %d:\n%s", status, errb.String())
	}
	public := filepath.Join(dir, "public")
	run := func(name string, args ...string) {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), env...)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, b)
		}
	}
	run(tl.hugo, "--panicOnWarning", "--printI18nWarnings", "--logLevel", "error", "-d", public)
	if pagefind {
		run("bash", tl.searchIndex, public)
	}
	return public
}

// files lists the regular files under dir, slash-separated and sorted.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	slices.Sort(out)
	return out
}

// TestReproducibleBuild builds the site twice from the same sources, in two
// folders of different names, with clocks a day apart (time zones UTC-12 and
// UTC+14, so a build date in a page would differ), a different number of
// Hugo workers and of Go threads, and requires byte-identical output.
func TestReproducibleBuild(t *testing.T) {
	tl := needTools(t)
	tmp := t.TempDir()
	a, b := filepath.Join(tmp, "a"), filepath.Join(tmp, "second-build-in-another-folder")
	copyInputs(t, a)
	copyInputs(t, b)
	procs := runtime.GOMAXPROCS(1)
	pa := build(t, tl, a, true, "TZ=Etc/GMT+12", "HUGO_NUMWORKERMULTIPLIER=1", "LC_ALL=C")
	runtime.GOMAXPROCS(procs)
	pb := build(t, tl, b, true, "TZ=Etc/GMT-14", "HUGO_NUMWORKERMULTIPLIER=8", "LC_ALL=C.UTF-8")

	fa, fb := files(t, pa), files(t, pb)
	if len(fa) < 100 {
		t.Fatalf("only %d files built", len(fa))
	}
	if !slices.Equal(fa, fb) {
		var onlyA, onlyB []string
		for _, f := range fa {
			if !slices.Contains(fb, f) {
				onlyA = append(onlyA, f)
			}
		}
		for _, f := range fb {
			if !slices.Contains(fa, f) {
				onlyB = append(onlyB, f)
			}
		}
		t.Errorf("the two builds hold different files\nonly in the first: %s\nonly in the second: %s",
			strings.Join(head(onlyA, 10), ", "), strings.Join(head(onlyB, 10), ", "))
	}
	var diffs []string
	for _, f := range fa {
		x, errA := os.ReadFile(filepath.Join(pa, f))
		y, errB := os.ReadFile(filepath.Join(pb, f))
		if errA != nil || errB != nil || bytes.Equal(x, y) {
			continue
		}
		diffs = append(diffs, f+": "+firstDifference(x, y))
	}
	if len(diffs) > 0 {
		t.Errorf("%d of %d files differ between two builds of the same sources; the first:\n%s",
			len(diffs), len(fa), strings.Join(head(diffs, 10), "\n"))
	}
}

func head(s []string, n int) []string {
	if len(s) > n {
		return append(s[:n:n], fmt.Sprintf("… %d more", len(s)-n))
	}
	return s
}

// firstDifference shows where two files first differ, with some context.
func firstDifference(x, y []byte) string {
	i := 0
	for i < len(x) && i < len(y) && x[i] == y[i] {
		i++
	}
	from := max(i-40, 0)
	clip := func(b []byte) string { return fmt.Sprintf("%q", b[from:min(i+40, len(b))]) }
	return fmt.Sprintf("byte %d:\n    %s\n    %s", i, clip(x), clip(y))
}

// payload goes into every English text field. Each part must come out as
// text or not at all: escaped where a field is shown as plain text, dropped
// ("raw HTML omitted") or neutralised where it is rendered as Markdown.
const payload = ` <script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>[y](javascript:alert(4)) "'&<!--`

// poison appends payload to every scalar value of a YAML text file, except
// the from: version stamps.
func poison(t *testing.T, file string) int {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	var walk func(node *yaml.Node, key string)
	walk = func(node *yaml.Node, key string) {
		switch node.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			for _, c := range node.Content {
				walk(c, key)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(node.Content); i += 2 {
				walk(node.Content[i+1], node.Content[i].Value)
			}
		case yaml.ScalarNode:
			if key == "from" || node.Tag != "!!str" && node.ShortTag() != "!!str" {
				return
			}
			node.Value += payload
			node.Style = yaml.DoubleQuotedStyle
			n++
		}
	}
	walk(&doc, "")
	out, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestHostileTextEscaped puts HTML and script into every English text field
// (names, titles, questions, descriptions, Markdown bodies, glossary terms,
// source titles...) and requires that no page of the built site carries any
// of it as markup.
func TestHostileTextEscaped(t *testing.T) {
	tl := needTools(t)
	dir := filepath.Join(t.TempDir(), "hostile")
	copyInputs(t, dir)
	texts, _ := filepath.Glob(filepath.Join(dir, "checklists/text/en/*.yaml"))
	fields := 0
	for _, f := range texts {
		if filepath.Base(f) != "language.yaml" {
			fields += poison(t, f)
		}
	}
	if fields < 100 {
		t.Fatalf("poisoned only %d fields", fields)
	}
	public := build(t, tl, dir, false)
	shown := 0
	for _, f := range files(t, public) {
		if !strings.HasSuffix(f, ".html") {
			continue
		}
		b, _ := os.ReadFile(filepath.Join(public, f))
		for _, problem := range unsafeMarkup(string(b)) {
			t.Errorf("%s: %s", f, problem)
		}
		low := strings.ToLower(string(b))
		if strings.Contains(low, "&lt;script>alert(1)&lt;/script>") || strings.Contains(low, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			shown++
		}
	}
	// The payload must have reached the pages (as text), or this test
	// proves nothing.
	if shown < 10 {
		t.Errorf("the escaped payload shows on only %d pages", shown)
	}
}

// unsafeMarkup reads the tags of an HTML page (text is not markup: a "<" in
// text is always escaped) and reports scripts other than the site's own
// files, event-handler attributes, javascript: URLs and the payload's image.
func unsafeMarkup(page string) []string {
	var out []string
	for i := 0; i < len(page); i++ {
		if page[i] != '<' {
			continue
		}
		if strings.HasPrefix(page[i:], "<!") {
			end := strings.Index(page[i:], ">")
			if end < 0 {
				break
			}
			i += end
			continue
		}
		j := i + 1
		if j < len(page) && page[j] == '/' {
			continue
		}
		for j < len(page) && (isAlnum(page[j]) || page[j] == '-') {
			j++
		}
		name := strings.ToLower(page[i+1 : j])
		attrs := map[string]string{}
		// attributes up to the closing >
		for j < len(page) && page[j] != '>' {
			for j < len(page) && (page[j] == ' ' || page[j] == '\n' || page[j] == '\t' || page[j] == '/') {
				j++
			}
			k := j
			for j < len(page) && page[j] != '=' && page[j] != ' ' && page[j] != '>' && page[j] != '\n' {
				j++
			}
			an := strings.ToLower(page[k:j])
			val := ""
			if j < len(page) && page[j] == '=' {
				j++
				if j < len(page) && (page[j] == '"' || page[j] == '\'') {
					q := page[j]
					e := strings.IndexByte(page[j+1:], q)
					if e < 0 {
						return append(out, "unterminated attribute in <"+name+">")
					}
					val = page[j+1 : j+1+e]
					j += e + 2
				} else {
					k := j
					for j < len(page) && page[j] != ' ' && page[j] != '>' {
						j++
					}
					val = page[k:j]
				}
			}
			if an != "" {
				attrs[an] = val
			}
		}
		for an, v := range attrs {
			lv := strings.ToLower(strings.TrimSpace(v))
			switch {
			case strings.HasPrefix(an, "on"):
				out = append(out, fmt.Sprintf("<%s %s=...> (an event handler)", name, an))
			case strings.HasPrefix(lv, "javascript:") || strings.HasPrefix(lv, "data:text/html"):
				out = append(out, fmt.Sprintf("<%s %s=%q>", name, an, v))
			}
		}
		switch name {
		case "script":
			src, hasSrc := attrs["src"]
			closing := strings.HasPrefix(page[min(j+1, len(page)):], "</script>")
			if !hasSrc && attrs["type"] != "application/json" || hasSrc && (!strings.HasPrefix(src, "/") || strings.HasPrefix(src, "//")) || hasSrc && !closing {
				out = append(out, fmt.Sprintf("<script> that is not one of the site's own files: %q", page[i:min(j+60, len(page))]))
			}
		case "img", "iframe", "object", "embed":
			if attrs["src"] == "x" || name != "img" {
				out = append(out, fmt.Sprintf("<%s> from a text field: %q", name, page[i:min(j+1, len(page))]))
			}
		}
		i = j
	}
	return out
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// TestUnsafeMarkup: the checker above finds what it must, and passes the
// site's own markup and escaped text.
func TestUnsafeMarkup(t *testing.T) {
	for page, want := range map[string]int{
		`<p>&lt;script>alert(1)&lt;/script> &lt;a href="javascript:x"></p>`:   0,
		`<script src="/js/search.abc.js" defer></script><a href="/en/">x</a>`: 0,
		`<!doctype html><p title="a &lt;b">x</p>`:                             0,
		`<p>x<script>alert(1)</script></p>`:                                   1,
		`<p><img src=x onerror=alert(2)></p>`:                                 2,
		`<a href="javascript:alert(3)">x</a>`:                                 1,
		`<a href=' JavaScript:alert(3)'>x</a>`:                                1,
		`<script src="https://cdn.example/x.js"></script>`:                    1,
		`<p title="x" onclick="y">`:                                           1,
	} {
		if got := unsafeMarkup(page); len(got) != want {
			t.Errorf("%s: %d problems, want %d: %q", page, len(got), want, got)
		}
	}
}
