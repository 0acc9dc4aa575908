package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"github.com/exitguide/exitguide/internal/report"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/proposal"
)

// The proposal side of the hostile-input corpus: the checklist side is
// testdata/lint (TestLintBrokenCorpus). testdata/proposals/bad holds the
// earlier issues' broken proposals (TestBadCorpus in internal/proposal);
// testdata/proposals/hostile adds UTF-16, control characters and
// direction controls, each with the golden messages in NAME.golden, and
// testdata/proposals/clean holds files that are unusual but fine: CRLF
// line ends, a byte-order mark, HTML, script, Markdown and spreadsheet
// formulas in every text field.

var proposalHostileDir = filepath.Join(repoRoot, "testdata/proposals/hostile")

// runUser runs exitguide with args as a user would and fails the test if a
// stack trace reaches the user. (How long hostile input takes and how much
// it allocates is measured by BenchmarkHostile, in make bench: a timed
// test fails on a loaded machine and under -race.)
func runUser(t testing.TB, args ...string) (int, string, string) {
	t.Helper()
	status, out, errs := run(t, args...)
	if strings.Contains(errs, "goroutine ") || strings.Contains(errs, "panic") {
		t.Errorf("%v: a stack trace reached the user:\n%s", args[:min(len(args), 4)], firstLines(errs, 20))
	}
	return status, out, errs
}

var problemLine = regexp.MustCompile(`^\S+:\d+:\d+: `)

// checkRejected runs check on file in the file's own language and in every
// report language: each time exit 2, nothing on stdout, every problem at a
// file:line:column, and no English sentence in another language. It
// returns the messages in the file's own language.
func checkRejected(t *testing.T, file string) string {
	t.Helper()
	var own string
	for _, lang := range []string{"", "en", "da", "sl", "he"} {
		args := []string{"check", "--root", fixtureRoot, file}
		if lang != "" {
			args = append(args, "--lang", lang)
		}
		status, out, errs := runUser(t, args...)
		if status != ExitInput || out != "" {
			t.Errorf("lang %q: exit %d, stdout %.200q", lang, status, out)
		}
		for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
			if !strings.HasPrefix(l, "    ") && !problemLine.MatchString(l) && !strings.Contains(l, file) {
				t.Errorf("lang %q: a problem without file:line:column: %q", lang, l)
			}
		}
		if lang != "" && lang != "en" {
			for _, en := range []string{"the file ", " contains the ", "control character", "direction control", "fix:", "expected:", "problem(s)"} {
				if strings.Contains(errs, en) {
					t.Errorf("lang %s: English %q in\n%s", lang, en, firstLines(errs, 12))
				}
			}
		}
		if lang == "" {
			own = errs
		}
	}
	return own
}

// TestProposalHostileCorpus: each file of testdata/proposals/hostile is
// refused with its golden messages at a file:line:column, translated into
// every report language, with no stack trace.
func TestProposalHostileCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(proposalHostileDir, "*.yaml"))
	if len(files) < 10 {
		t.Fatalf("only %d hostile proposals", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		t.Run(name, func(t *testing.T) {
			errs := checkRejected(t, f)
			golden(t, filepath.Join("proposals/hostile", name+".golden"), errs)
		})
	}
}

// hostileCase is a hostile input too big to keep in the repository: its
// name, the file it is written to (for a checklist case: under the tree;
// a proposal is NAME.yaml) and the function that makes its bytes.
type hostileCase struct {
	name, file string
	data       func() []byte
}

// hostileProposals are the generated hostile proposals: 10,000 levels of
// nesting (three ways), 100,000 answers (too large a file), 36,000 unknown
// answers just under the size limit (every problem counted, 200 listed)
// and a 1 MB evidence line (too large).
func hostileProposals() []hostileCase {
	head := "proposal: 1\nlocality: Testborough\norganisations: [Testborough Council]\nmodels: [chrysalis]\ndate: 2026-11-23\nassessed_by: Working group\nlanguage: en\nanswers:\n"
	answers := func(n int, format string) []byte {
		var b bytes.Buffer
		b.WriteString(head)
		for i := range n {
			fmt.Fprintf(&b, format, i)
		}
		return b.Bytes()
	}
	return []hostileCase{
		{"deep-nesting", "", func() []byte {
			return []byte(strings.Replace(head, "answers:\n", "answers: "+strings.Repeat("[", 10000)+strings.Repeat("]", 10000)+"\n", 1))
		}},
		{"deep-nesting-mappings", "", func() []byte {
			return []byte(strings.Replace(head, "answers:\n", "answers: "+strings.Repeat("{a: ", 10000)+"1"+strings.Repeat("}", 10000)+"\n", 1))
		}},
		{"deep-nesting-block", "", func() []byte {
			return []byte(head + "  core.shared-position:\n    " + strings.Repeat("- ", 10000) + "x\n")
		}},
		{"many-answers", "", func() []byte {
			return answers(100000, "  core.generated-%06d:\n    status: in-place\n    evidence: \"Signed protocol\"\n")
		}},
		{"many-answers-small", "", func() []byte { return answers(36000, "  c%d: {status: in-place}\n") }},
		{"long-line", "", func() []byte {
			return []byte(head + "  core.shared-position:\n    status: in-place\n    evidence: \"" + strings.Repeat("Signed protocol. ", 65000) + "\"\n")
		}},
	}
}

// TestProposalGeneratedHostile: each of hostileProposals is refused with
// its golden messages at a file:line:column, in every report language (a
// 900 KB locality is accepted: see TestProposalLongLine).
func TestProposalGeneratedHostile(t *testing.T) {
	for _, c := range hostileProposals() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			f := filepath.Join(dir, c.name+".yaml")
			if err := os.WriteFile(f, c.data(), 0o644); err != nil {
				t.Fatal(err)
			}
			errs := checkRejected(t, f)
			golden(t, filepath.Join("proposals/hostile", "generated-"+c.name+".golden"), strings.ReplaceAll(errs, dir, "TMP"))
		})
	}
}

// TestProposalLongLine: a 900 KB locality (one line, under the 1 MB
// limit) checks and renders in every format.
func TestProposalLongLine(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(repoRoot, "testdata/proposals/chrysalis.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Northmoor <b>&amp; ", 45000)
	data := bytes.Replace(src, []byte(`locality: "Northmoor Borough (fictional)"`), []byte(`locality: "`+long+`"`), 1)
	f := filepath.Join(t.TempDir(), "long.yaml")
	os.WriteFile(f, data, 0o644)
	for _, format := range report.Formats() {
		status, out, errs := runUser(t, "check", "--root", fixtureRoot, f, "--format", format)
		if status != ExitOK || len(out) < 1000 {
			t.Errorf("%s: exit %d: %s", format, status, firstLines(errs, 5))
		}
		if (format == "html" || format == "markdown") && strings.Contains(out, "<b>") {
			t.Errorf("%s: raw <b> from the locality", format)
		}
	}
}

// TestProposalCleanCorpus: a CRLF copy and a byte-order-mark copy of a
// test proposal check clean in every format and score exactly as the
// original does.
func TestProposalCleanCorpus(t *testing.T) {
	orig := filepath.Join(repoRoot, "testdata/proposals/chrysalis.yaml")
	score := func(file string) string {
		status, out, errs := runUser(t, "check", "--root", fixtureRoot, file, "--format", "json")
		if status != ExitOK {
			t.Fatalf("%s: exit %d\n%s", file, status, firstLines(errs, 20))
		}
		var j struct{ Reports []map[string]any }
		if err := json.Unmarshal([]byte(out), &j); err != nil || len(j.Reports) != 1 {
			t.Fatalf("%s: %v", file, err)
		}
		delete(j.Reports[0], "file")
		b, _ := json.Marshal(j.Reports[0])
		return string(b)
	}
	want := score(orig)
	for _, name := range []string{"chrysalis-crlf.yaml", "chrysalis-bom.yaml"} {
		t.Run(name, func(t *testing.T) {
			f := filepath.Join(repoRoot, "testdata/proposals/clean", name)
			data, _ := os.ReadFile(f)
			if strings.Contains(name, "crlf") && bytes.Count(data, []byte("\r\n")) < 100 {
				t.Fatal("the CRLF file has lost its CRLF line ends (see testdata/proposals/.gitattributes)")
			}
			if strings.Contains(name, "bom") && !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
				t.Fatal("the byte-order mark is gone")
			}
			if got := score(f); got != want {
				t.Errorf("scores differently from the LF original:\n%s\n%s", got, want)
			}
			for _, format := range report.Formats() {
				if status, _, errs := runUser(t, "check", "--root", fixtureRoot, f, "--format", format); status != ExitOK {
					t.Errorf("%s: exit %d: %s", format, status, firstLines(errs, 5))
				}
			}
		})
	}
}

var (
	htmlTag   = regexp.MustCompile(`<[a-zA-Z!/][^>]*>`)
	mdLink    = regexp.MustCompile(`(^|[^\\])\]\(\s*(javascript:|https://evil)`)
	mdRawHTML = regexp.MustCompile(`<(script|img|a |a>|/a>|b>)`)
)

// safeHTML fails when markup from the proposal's text became markup:
// a script or img element, a link to javascript:, an event handler in a
// tag, or a tag the report never writes.
func safeHTML(t *testing.T, what, out string) {
	t.Helper()
	for _, tag := range htmlTag.FindAllString(out, -1) {
		low := strings.ToLower(tag)
		if strings.HasPrefix(low, "<script") || strings.HasPrefix(low, "<img") || strings.Contains(low, "javascript:") ||
			regexp.MustCompile(`\son[a-z]+\s*=`).MatchString(low) || strings.Contains(low, "evil.example") {
			t.Errorf("%s: markup from the proposal's text: %s", what, tag)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("%s: the escaped text is missing", what)
	}
}

// safeMarkdown fails when the proposal's text made Markdown or HTML: raw
// tags, a link, an image, a heading or list item of its own.
func safeMarkdown(t *testing.T, what, out string) {
	t.Helper()
	if m := mdRawHTML.FindString(out); m != "" {
		t.Errorf("%s: raw HTML %q", what, m)
	}
	// A bare address stays text that a Markdown viewer may link as itself,
	// showing where it goes; a link or image with other text, a
	// javascript: link or an <autolink> must not come from the text.
	if mdLink.MatchString(out) || strings.Contains(out, "<https://evil") {
		t.Errorf("%s: a link from the proposal's text", what)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "# injected") || strings.HasPrefix(l, "- injected") {
			t.Errorf("%s: the text broke out of its line: %q", what, l)
		}
	}
	if !strings.Contains(out, `a \| b`) {
		t.Errorf("%s: the | of the text is not escaped", what)
	}
}

// safeCSV fails when the output is not CSV or a cell would run as a
// spreadsheet formula.
func safeCSV(t *testing.T, what string, sep rune, out string) {
	t.Helper()
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Errorf("%s: no byte-order mark", what)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	r.Comma = sep
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: not CSV: %v", what, err)
	}
	for _, row := range rows {
		for _, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("%s: a cell a spreadsheet would run: %.60q", what, c)
			}
		}
	}
}

// TestHostileRendering: HTML, script, Markdown, template syntax and
// formulas in every text field of a valid proposal (locality,
// organisations, assessed_by, evidence, owner, notes, reason) come out as
// text in every check format in every language, in the compare reports and
// in the consensus file, which stays a valid proposal holding the same
// text.
func TestHostileRendering(t *testing.T) {
	file := filepath.Join(repoRoot, "testdata/proposals/clean/html-script.yaml")
	src, _ := os.ReadFile(file)
	_, g, _ := load.Dir(fixtureRoot + "/checklists")
	p, perrs, _ := proposal.ReadFile(file, g, proposal.Messages{})
	if len(perrs) > 0 {
		t.Fatalf("the hostile-text proposal does not load: %v", perrs)
	}
	for _, lang := range report4 {
		for _, format := range report.Formats() {
			what := format + " " + lang
			status, out, errs := runUser(t, "check", "--root", fixtureRoot, file, "--format", format, "--lang", lang)
			if status != ExitOK {
				t.Fatalf("%s: exit %d: %s", what, status, errs)
			}
			switch format {
			case "html":
				safeHTML(t, what, out)
			case "markdown", "plan":
				safeMarkdown(t, what, out)
			case "csv", "plan-csv":
				l, _ := g.Language(lang)
				safeCSV(t, what, l.Separator(), out)
			case "json":
				var j struct {
					Reports []struct {
						Proposal struct {
							Locality      string
							Organisations []string
							AssessedBy    string `json:"assessed_by"`
						}
					}
				}
				if err := json.Unmarshal([]byte(out), &j); err != nil {
					t.Fatalf("%s: %v", what, err)
				}
				if got := j.Reports[0].Proposal; got.Locality != p.Locality || got.AssessedBy != p.AssessedBy || got.Organisations[1] != p.Organisations[1] {
					t.Errorf("%s: the text does not round-trip: %+v", what, got)
				}
			case "text":
				if strings.ContainsRune(out, 0x1b) {
					t.Errorf("%s: a terminal escape", what)
				}
				if !strings.Contains(out, "<script>alert(1)</script>") {
					t.Errorf("%s: the text is not shown as written", what)
				}
			}
		}
	}
	// The plan's owner column and plan-csv carry an owner from the text.
	_, out, _ := run(t, "check", "--root", fixtureRoot, file, "--format", "plan-csv")
	if !strings.Contains(out, `'@owner <script>`) {
		t.Errorf("plan-csv: the owner is not there, guarded:\n%s", firstLines(out, 30))
	}

	// compare: a second self-check of the same project by someone else.
	dir := t.TempDir()
	second := filepath.Join(dir, "second.yaml")
	os.WriteFile(second, bytes.Replace(bytes.Replace(src, []byte(`"-2+3 Working group `), []byte(`"=Second group `), 1),
		[]byte("status: partly"), []byte("status: not-started"), 1), 0o644)
	for _, lang := range report4 {
		for _, format := range []string{"text", "markdown", "html"} {
			what := "compare " + format + " " + lang
			cons := filepath.Join(dir, "consensus-"+lang+".yaml")
			status, out, errs := runUser(t, "compare", "--root", fixtureRoot, file, second, "--format", format, "--lang", lang, "--consensus-out", cons)
			if status != ExitOK {
				t.Fatalf("%s: exit %d: %s", what, status, errs)
			}
			switch format {
			case "html":
				safeHTML(t, what, out)
			case "markdown":
				safeMarkdown(t, what, out)
			case "text":
				if strings.ContainsRune(out, 0x1b) {
					t.Errorf("%s: a terminal escape", what)
				}
			}
			c, errsC, _ := proposal.ReadFile(cons, g, proposal.Messages{})
			if len(errsC) > 0 {
				t.Fatalf("%s: the consensus file is not a valid proposal: %v", what, errsC)
			}
			if c.Locality != p.Locality || c.Organisations[0] != p.Organisations[0] {
				t.Errorf("%s: the consensus changed the text: %q", what, c.Locality)
			}
			for id, a := range p.Answers {
				ca := c.Answers[id]
				for _, pair := range [][2]string{{a.Evidence, ca.Evidence}, {a.Notes, ca.Notes}, {a.Owner, ca.Owner}, {a.Reason, ca.Reason}} {
					if !strings.Contains(pair[1], strings.TrimSpace(pair[0])) {
						t.Errorf("%s %s: consensus lost %.40q: %.80q", what, id, pair[0], pair[1])
					}
				}
			}
		}
	}
}

var report4 = []string{"en", "da", "sl", "he"}
