// Package guide holds the domain types of the replication guide (models,
// building blocks, readiness criteria, recommendations, methods, outcome
// measures, glossary terms and sources) and the loaded, cross-referenced
// Guide with its look-ups. It does no I/O: package load fills a Guide from
// checklists/.
package guide

import (
	"cmp"
	"math"
	"slices"
)

// SourceLang is the language every other language is translated from.
const SourceLang = "en"

// Guide is the whole guide: the merged structure of every bundle and the
// merged text of every language. Lists keep the order of the files (sorted
// by file name) and, where items have one, their Order field.
type Guide struct {
	Scoring         Scoring
	Languages       []Language // by Order
	Domains         []Domain   // by Order
	Sources         []Source
	Models          []Model // by Order
	Blocks          []Block // by model order, then Order; core first
	Criteria        []Criterion
	Recommendations []Recommendation
	Methods         []Method
	Measures        []Measure
	Terms           []Term
	Capacity        []CapacityLine // by model order, then Order
	FitQuestions    []FitQuestion  // by Order

	// Text holds each language's merged text, by language code.
	Text map[string]*TextBundle

	// index maps each kind's ids to their positions in its list, by the
	// kind's key (Kinds).
	index map[string]map[string]int
}

// Index builds the look-up tables and puts the lists in their canonical
// order. Call it once after filling the lists; the first item with an id
// wins (lint reports duplicates).
func (g *Guide) Index() {
	slices.SortStableFunc(g.Languages, func(a, b Language) int { return cmp.Compare(a.Order, b.Order) })
	slices.SortStableFunc(g.Domains, func(a, b Domain) int { return cmp.Compare(a.Order, b.Order) })
	slices.SortStableFunc(g.Models, func(a, b Model) int { return cmp.Compare(a.Order, b.Order) })
	slices.SortStableFunc(g.FitQuestions, func(a, b FitQuestion) int { return cmp.Compare(a.Order, b.Order) })
	models := indexOf(g.Models, func(m Model) string { return m.ID })
	modelOrder := func(id string) int {
		if i, ok := models[id]; ok {
			return g.Models[i].Order
		}
		return 0 // core first
	}
	slices.SortStableFunc(g.Blocks, func(a, b Block) int {
		return cmp.Or(cmp.Compare(modelOrder(a.Model), modelOrder(b.Model)), cmp.Compare(a.Order, b.Order))
	})
	blocks := indexOf(g.Blocks, func(b Block) string { return b.ID })
	blockPos := func(id string) int {
		if i, ok := blocks[id]; ok {
			return i
		}
		return len(g.Blocks)
	}
	slices.SortStableFunc(g.Criteria, func(a, b Criterion) int { return cmp.Compare(blockPos(a.Block), blockPos(b.Block)) })
	// Recommendations by model, then by their number in the source's list;
	// unnumbered ones after the numbered, in file order.
	number := func(r Recommendation) int {
		if r.Number == 0 {
			return math.MaxInt
		}
		return r.Number
	}
	slices.SortStableFunc(g.Recommendations, func(a, b Recommendation) int {
		return cmp.Or(cmp.Compare(modelOrder(a.Model), modelOrder(b.Model)), cmp.Compare(number(a), number(b)))
	})
	slices.SortStableFunc(g.Capacity, func(a, b CapacityLine) int {
		return cmp.Or(cmp.Compare(modelOrder(a.Model), modelOrder(b.Model)), cmp.Compare(a.Order, b.Order))
	})
	g.index = map[string]map[string]int{}
	for _, k := range Kinds {
		g.index[k.Key] = k.index(g)
	}
	if g.Text == nil {
		g.Text = map[string]*TextBundle{}
	}
}

func indexOf[T any](items []T, id func(T) string) map[string]int {
	m := make(map[string]int, len(items))
	for i, it := range items {
		if _, dup := m[id(it)]; !dup {
			m[id(it)] = i
		}
	}
	return m
}

func get[T any](items []T, idx map[string]int, id string) (T, bool) {
	if i, ok := idx[id]; ok {
		return items[i], true
	}
	var zero T
	return zero, false
}

// Model returns the model with the given id.
func (g *Guide) Model(id string) (Model, bool) { return get(g.Models, g.index["models"], id) }

// Block returns the building block with the given id.
func (g *Guide) Block(id string) (Block, bool) { return get(g.Blocks, g.index["blocks"], id) }

// Criterion returns the criterion with the given id.
func (g *Guide) Criterion(id string) (Criterion, bool) {
	return get(g.Criteria, g.index["criteria"], id)
}

// ReplacedBy returns the criterion a retired criterion id was merged into
// (the one whose Replaces lists it), and whether there is one.
func (g *Guide) ReplacedBy(id string) (Criterion, bool) {
	for _, c := range g.Criteria {
		if slices.Contains(c.Replaces, id) {
			return c, true
		}
	}
	return Criterion{}, false
}

// Method returns the method with the given id.
func (g *Guide) Method(id string) (Method, bool) { return get(g.Methods, g.index["methods"], id) }

// Source returns the source with the given id.
func (g *Guide) Source(id string) (Source, bool) { return get(g.Sources, g.index["sources"], id) }

// Language returns the language with the given code.
func (g *Guide) Language(code string) (Language, bool) {
	for _, l := range g.Languages {
		if l.Code == code {
			return l, true
		}
	}
	return Language{}, false
}

// BlocksOf returns the building blocks of a model in order; model "" gives
// the common core.
func (g *Guide) BlocksOf(model string) []Block {
	var out []Block
	for _, b := range g.Blocks {
		if b.Model == model {
			out = append(out, b)
		}
	}
	return out
}

// CriteriaOf returns the criteria of one building block in order.
func (g *Guide) CriteriaOf(block string) []Criterion {
	var out []Criterion
	for _, c := range g.Criteria {
		if c.Block == block {
			out = append(out, c)
		}
	}
	return out
}

// CriteriaFor returns the criteria a replication of the given models answers:
// the common core first, then each model's own, without repeats.
func (g *Guide) CriteriaFor(models ...string) []Criterion {
	want := map[string]bool{"": true}
	for _, m := range models {
		want[m] = true
	}
	var out []Criterion
	for _, c := range g.Criteria {
		if b, ok := g.Block(c.Block); ok && want[b.Model] {
			out = append(out, c)
		}
	}
	return out
}

// ModelOf returns the model id a criterion belongs to ("" for the core).
func (g *Guide) ModelOf(c Criterion) string {
	b, _ := g.Block(c.Block)
	return b.Model
}

// CriteriaServedBy returns the criteria that link a recommendation.
func (g *Guide) CriteriaServedBy(rec string) []Criterion {
	var out []Criterion
	for _, c := range g.Criteria {
		for _, r := range c.Recommendations {
			if r == rec {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// TextOf looks up an item's text in lang, falling back to the source
// language. It returns the text and the language it is in; a caller shows
// text whose language differs from lang as untranslated.
func TextOf[T any](g *Guide, lang string, pick func(*TextBundle) map[string]T, id string) (T, string) {
	if tb := g.Text[lang]; tb != nil {
		if t, ok := pick(tb)[id]; ok {
			return t, lang
		}
	}
	if tb := g.Text[SourceLang]; tb != nil {
		if t, ok := pick(tb)[id]; ok {
			return t, SourceLang
		}
	}
	var zero T
	return zero, ""
}

// Pickers for TextOf, one per kind of text.
var (
	DomainTexts    = func(t *TextBundle) map[string]DomainText { return t.Domains }
	BandTexts      = func(t *TextBundle) map[string]BandText { return t.Bands }
	SourceTexts    = func(t *TextBundle) map[string]SourceText { return t.Sources }
	ModelTexts     = func(t *TextBundle) map[string]ModelText { return t.Models }
	BlockTexts     = func(t *TextBundle) map[string]BlockText { return t.Blocks }
	CriterionTexts = func(t *TextBundle) map[string]CriterionText { return t.Criteria }
	RecTexts       = func(t *TextBundle) map[string]RecommendationText { return t.Recommendations }
	MethodTexts    = func(t *TextBundle) map[string]MethodText { return t.Methods }
	MeasureTexts   = func(t *TextBundle) map[string]MeasureText { return t.Measures }
	TermTexts      = func(t *TextBundle) map[string]TermText { return t.Terms }
	FitTexts       = func(t *TextBundle) map[string]FitQuestionText { return t.FitQuestions }
)

// CapacityLine returns the capacity line with the given id.
func (g *Guide) CapacityLine(id string) (CapacityLine, bool) {
	return get(g.Capacity, g.index["capacity"], id)
}

// CapacityOf returns the capacity lines of a model, in worksheet order.
func (g *Guide) CapacityOf(model string) []CapacityLine {
	var out []CapacityLine
	for _, l := range g.Capacity {
		if l.Model == model {
			out = append(out, l)
		}
	}
	return out
}
