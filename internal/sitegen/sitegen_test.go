package sitegen_test

import (
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/sitegen"
	"github.com/exitguide/exitguide/internal/testutil"
)

// ui is the page titles the generator reads, in English, with one Danish
// title: the other languages fall back to the English ones.
var ui = map[string]map[string]string{
	"en": {"nav_models": "Models", "nav_compare": "Compare", "nav_sources": "Sources", "nav_glossary": "Glossary",
		"nav_methods": "Methods", "nav_recommendations": "Recommendations", "nav_selfcheck": "Self-check",
		"translation_status": "Translation status", "print_packs": "Print packs", "common_core": "Common core",
		"desc_models": "The models.", "desc_compare": "Side by side.", "desc_sources": "The documents.", "desc_glossary": "The terms.",
		"desc_methods": "The methods.", "desc_recommendations": "The advice.", "desc_selfcheck": "Score a project.", "desc_core": "What every model needs.",
		"groupcompare_title": "Compare a group's self-checks", "compare_to_discuss": "TO DISCUSS"},
	"da": {"nav_models": "Modeller"},
}

// TestGenerate: every file the generator writes for the fixture guide (the
// site's language configuration and mounts, each language's guide data and
// generated pages, the translation status) is its golden file in
// testdata/golden/, one per output path. Templates read these files; a
// change in what they receive shows here first (go test ./internal/sitegen -update).
func TestGenerate(t *testing.T) {
	g := testutil.FixtureGuide(t)
	status := []sitegen.Status{{Lang: "en", Total: 10, Translated: 10, Percent: 100, Outdated: []string{}, Missing: []string{}},
		{Lang: "da", Total: 10, Translated: 8, Percent: 80, Outdated: []string{"criteria/core.x"}, Missing: []string{"models/chrysalis"}}}
	files, err := sitegen.Generate(g, ui, status)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for p := range files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		testutil.Golden(t, path.Join("testdata/golden", strings.NewReplacer("/", "__").Replace(p)), files[p])
	}
	// The list of files is itself a golden: a file that appears or
	// disappears is a change to review.
	testutil.Golden(t, "testdata/golden/FILES", strings.Join(paths, "\n")+"\n")
	for _, want := range []string{"config/_default/languages.toml", "config/_default/module.toml", "generated/data/status.json",
		"generated/data/guide/en.json", "generated/data/guide/he.json", "generated/content/da/models/_index.md"} {
		if files[want] == nil {
			t.Errorf("no %s", want)
		}
	}
	if !strings.Contains(string(files["generated/content/da/models/_index.md"]), "Modeller") ||
		!strings.Contains(string(files["generated/content/sl/models/_index.md"]), "Models") {
		t.Error("a title does not come from the page's language, or does not fall back to English")
	}
}

// TestGenerateMissingTitle: a page title missing in every language is an
// error that names the file and the key, not an empty title.
func TestGenerateMissingTitle(t *testing.T) {
	g := testutil.FixtureGuide(t)
	_, err := sitegen.Generate(g, map[string]map[string]string{"en": {}}, nil)
	if err == nil || !strings.Contains(err.Error(), `has no "nav_models"`) {
		t.Fatalf("err = %v, want one naming nav_models", err)
	}
}
