package yamlpos

import (
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // the first error, formatted
	}{
		{"empty", "", "f.yaml:1:1: file is empty"},
		{"only comments", "# nothing\n", "f.yaml:1:1: file holds no data, only comments"},
		{"tab", "a:\n\tb: 1\n", "f.yaml:2:1: YAML syntax error: a tab character is used for indentation"},
		{"duplicate key", "a: 1\nb: 2\na: 3\n", `f.yaml:3:1: duplicate key "a" (at /a)`},
		{"alias", "a: &x 1\nb: *x\n", "f.yaml:2:4: YAML aliases (*name) are not allowed (at /b)"},
		{"not utf-8", "a: b\nc: \xff\n", "f.yaml:2:4: file contains bytes that are not UTF-8"},
		{"utf-16", "\xff\xfea\x00:\x00", "f.yaml:1:1: file is encoded as UTF-16"},
		{"nul", "a: b\x00\n", "f.yaml:1:5: file contains a NUL byte"},
		{"utf-16 without byte-order mark", "a\x00:\x00 \x00b\x00", "f.yaml:1:1: file is encoded as UTF-16"},
		{"bell", "a: b\nc: d\x07e\n", "f.yaml:2:5: file contains the control character U+0007"},
		{"delete", "a: b\x7f\n", "f.yaml:1:5: file contains the control character U+007F"},
		{"next line (C1)", "a: é\u0085b\n", "f.yaml:1:5: file contains the control character U+0085"},
		{"too deep", strings.Repeat("[", 100) + strings.Repeat("]", 100), "values are nested more than 64 levels deep"},
		{"non-scalar key", "? [a]\n: 1\n", "a mapping key must be a plain word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := Parse("f.yaml", []byte(tt.src), DefaultLimits)
			if len(errs) == 0 {
				t.Fatal("no error")
			}
			if got := errs[0].Error(); !strings.Contains(got, tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestParsePositionsAndValues(t *testing.T) {
	src := "# c\nname: Lambeth\nitems:\n  - id: a\n    weight: 3\n  - id: b\n    date: 2027-03-31\n"
	d, errs := Parse("p.yaml", []byte("\xef\xbb\xbf"+src), DefaultLimits)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for ptr, want := range map[string]Pos{"/name": {2, 7}, "/items/1/id": {6, 9}, "/items/0/weight": {5, 13}, "/missing/deeper": {2, 1}} {
		if got := d.Pos(ptr); got != want {
			t.Errorf("Pos(%s) = %v, want %v", ptr, got, want)
		}
	}
	if got := d.KeyPos("/items/0/weight"); got != (Pos{5, 5}) {
		t.Errorf("KeyPos = %v", got)
	}
	var v struct {
		Items []struct {
			ID     string `json:"id"`
			Weight int    `json:"weight"`
			Date   string `json:"date"`
		} `json:"items"`
	}
	if err := d.Decode(&v); err != nil {
		t.Fatal(err)
	}
	if v.Items[0].Weight != 3 || v.Items[1].Date != "2027-03-31" {
		t.Errorf("decoded %+v; a date must stay a string", v)
	}
}

func TestParseRejectsLargeFiles(t *testing.T) {
	_, errs := Parse("big.yaml", make([]byte, 100), Limits{MaxBytes: 10})
	if len(errs) != 1 || !strings.Contains(errs[0].Msg, "too large") {
		t.Errorf("got %v", errs)
	}
}

func TestFind(t *testing.T) {
	d, _ := Parse("f.yaml", []byte("text: |-\n  first line\n  the clients here\n"), DefaultLimits)
	if got := d.Find("/text", "clients"); got != (Pos{3, 7}) {
		t.Errorf("Find = %v, want 3:7", got)
	}
}

// FuzzParse: no input makes Parse panic, and every error has a position
// inside the file.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"a: 1", "a: [1, 2", "a:\n\tb", "a: &x 1\nb: *x", "- - - [", "\xff", "{a: {b: {c: [1, {d: e}]}}}", "? a\n: b", "a: !!binary AAAA", "x: 1e400"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, errs := Parse("f.yaml", b, Limits{MaxBytes: 1 << 16, MaxDepth: 64, MaxNodes: 10000})
		for _, e := range errs {
			if e.Line < 0 || e.Column < 0 {
				t.Fatalf("bad position %d:%d", e.Line, e.Column)
			}
		}
		if d != nil {
			var v any
			_ = d.Decode(&v)
		}
	})
}
