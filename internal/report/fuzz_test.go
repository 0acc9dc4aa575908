package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/score"
	"github.com/exitguide/exitguide/internal/testutil"
)

// fuzzing reports whether the test runs with -fuzz (not on the seeds only).
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// marker opens every fuzzed text: "<xfz" never occurs in a report, so
// finding it in HTML or Markdown output means text from the proposal
// became a tag.
const marker = "<xfz"

// FuzzReport: a proposal whose text fields (locality, organisations,
// assessed_by, evidence, owner, notes, reason) are fuzzed strings, over the
// fixture guide, scores and renders in every format in every language
// without panicking; no fuzzed text becomes a tag in the HTML or the
// Markdown, the JSON is valid and gives the text back, and no CSV cell
// starts as a spreadsheet formula.
func FuzzReport(f *testing.F) {
	f.Add("Northmoor", "Trust", "Group", "Strategy", "Lead", "Notes", "Reason", uint16(0x1234))
	f.Add(`<script>alert(1)</script>`, `<img src=x onerror=alert(1)>`, "[x](javascript:alert(1))", "**b** | `c` \\ &amp;", "=HYPERLINK(\"x\")", "\n# h\n- i", "@SUM(1)", uint16(0xffff))
	f.Add("\u202eevil", "\x1b[31mred", "\x00", "\xff\xfe", "-1+2", "+3", "\r\n\t", uint16(7))
	f.Add("{{.Locality}}", "</title><script>", "\"'<>&", "]]>", "<!--", "<![CDATA[", "\u2028\u2029\u0085", uint16(0x5555))
	f.Fuzz(func(t *testing.T, locality, org, by, evidence, owner, notes, reason string, statuses uint16) {
		g := testutil.FixtureGuide(t)
		p := &proposal.Proposal{Proposal: 1, Locality: marker + locality, Organisations: []string{marker + org, org},
			Models: []string{"chrysalis"}, Date: "2026-11-23", AssessedBy: marker + by, Language: "en", Answers: map[string]proposal.Answer{}}
		for i, c := range g.CriteriaFor("chrysalis") {
			st := proposal.Statuses[int(statuses>>(2*(i%8)))%len(proposal.Statuses)]
			if st == proposal.NotApplicable && !c.NAAllowed {
				st = proposal.Planned
			}
			p.Answers[c.ID] = proposal.Answer{Status: st, Evidence: marker + evidence, Owner: marker + owner, Due: "2027-03-31",
				Reason: marker + reason, Notes: marker + notes}
		}
		in := report.Input{File: "fuzz.yaml", Proposal: p, Result: score.Score(g, p)}
		langs := testutil.Languages(g)
		if fuzzing() {
			// Every language costs 25 ms an input; while fuzzing, the input
			// picks one, so the ten seconds of make fuzz try hundreds of
			// texts rather than dozens (go test renders the seeds in all).
			langs = langs[int(statuses)%len(langs) : int(statuses)%len(langs)+1]
		}
		for _, lang := range langs {
			run := report.NewRun(g, []report.Input{in, in}, report.Options{Lang: lang})
			for _, name := range report.Formats() {
				b := write(t, name, run)
				switch name {
				case "markdown", "html", "plan":
					if i := bytes.Index(b, []byte(marker)); i >= 0 {
						t.Fatalf("%s %s: fuzzed text became a tag: %.80q", name, lang, b[i:])
					}
				case "csv", "plan-csv":
					r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF"))))
					r.Comma = run.Views[0].L.Separator()
					r.FieldsPerRecord = -1
					rows, err := r.ReadAll()
					if err != nil {
						t.Fatalf("%s %s: not CSV: %v", name, lang, err)
					}
					for _, row := range rows {
						for _, c := range row {
							if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
								t.Fatalf("%s %s: a formula cell %.60q", name, lang, c)
							}
						}
					}
				}
			}
		}
		var j report.JSON
		if err := json.Unmarshal(write(t, "json", report.NewRun(g, []report.Input{in}, report.Options{})), &j); err != nil {
			t.Fatalf("json: %v", err)
		}
		if utf8.ValidString(p.Locality) && p.Locality != j.Reports[0].Proposal.Locality { // JSON writes U+FFFD for each bad byte

			t.Fatalf("json: locality %q came back as %q", p.Locality, j.Reports[0].Proposal.Locality)
		}
	})
}
