package site

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v4"

	"github.com/exitguide/exitguide/internal/testutil"
)

// TestSixthLanguageSite: a language added as files only
// (testdata/sixth-language: checklists/text/sv/ with its language.yaml and
// part of the texts, i18n/sv.yaml) builds into the site with no Go,
// template or JavaScript change: its pages under /sv/ with lang="sv", its
// interface words where it has them, the guide's text in English where it
// has none yet, and the self-check's data file with Swedish number
// formats. The catalogue starts as a translator's does: a copy of
// i18n/en.yaml, with the fixture's Swedish words over it (the build
// refuses missing interface words).
func TestSixthLanguageSite(t *testing.T) {
	tl := needTools(t)
	dir := t.TempDir()
	copyInputs(t, dir)
	testutil.CopyTree(t, filepath.Join(repoRoot, "testdata/sixth-language/checklists"), filepath.Join(dir, "checklists"))
	words := map[string]string{}
	for _, f := range []string{filepath.Join(repoRoot, "i18n/en.yaml"), filepath.Join(repoRoot, "testdata/sixth-language/i18n/sv.yaml")} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := yaml.Unmarshal(b, &words); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	sv, err := yaml.Marshal(words)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "i18n/sv.yaml"), sv, 0o644); err != nil {
		t.Fatal(err)
	}

	public := build(t, tl, dir, false)
	home, err := os.ReadFile(filepath.Join(public, "sv/index.html"))
	if err != nil {
		t.Fatalf("no Swedish home page: %v", err)
	}
	if !regexp.MustCompile(`<html[^>]* lang="sv-SE"`).Match(home) || !strings.Contains(string(home), "Guide till program för att lämna prostitution") {
		t.Errorf("the Swedish home page lacks lang=\"sv-SE\" (its locale) or its Swedish name:\n%.400s", home)
	}
	en, _ := os.ReadFile(filepath.Join(public, "en/index.html"))
	if !strings.Contains(string(en), `<a href="/sv/" hreflang="sv-SE"`) || !strings.Contains(string(en), "Svenska") {
		t.Error("the English home page does not offer Svenska")
	}
	data, _ := filepath.Glob(filepath.Join(public, "sv/self-check/data*.json"))
	if len(data) != 1 {
		t.Fatalf("Swedish self-check data files: %v", data)
	}
	b, _ := os.ReadFile(data[0])
	var d struct {
		Lang     string            `json:"lang"`
		Language map[string]any    `json:"language"`
		Strings  map[string]string `json:"strings"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	if d.Lang != "sv" || d.Language["decimal"] != "," || d.Language["percent"] != "{n} %" || d.Strings["msg_field_empty"] != "{field} är tomt" {
		t.Errorf("the Swedish self-check data: lang %q, language %v, msg_field_empty %q", d.Lang, d.Language, d.Strings["msg_field_empty"])
	}
}
