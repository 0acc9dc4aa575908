package guide

import (
	"iter"
	"maps"
	"slices"
)

// Entry is one text entry of any kind (a DomainText, a CriterionText, ...)
// in one language.
type Entry interface {
	// FromHash is the entry's from: version: the Hash of the English entry
	// it was translated from ("" in English, and where not stamped yet).
	FromHash() string
}

// FromHash returns the entry's from: version.
func (t DomainText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t BandText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t SourceText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t ModelText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t BlockText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t CriterionText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t RecommendationText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t MethodText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t MeasureText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t TermText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t CapacityText) FromHash() string { return t.From }

// FromHash returns the entry's from: version.
func (t FitQuestionText) FromHash() string { return t.From }

// Kind is one kind of item of the guide (criteria, models, ...), with what
// every kind has: its key, its items' ids in a structure file and in the
// merged guide, and its text entries. Code that treats every kind alike
// (lint's coverage and freshness, stamp, merging the files) goes through
// Kinds instead of naming the nine kinds one by one.
type Kind struct {
	// Key is the kind's key in the files: the list in a structure file and
	// the map in a text file (for example "criteria").
	Key string
	// Singular names one item in messages (for example "criterion").
	Singular string
	// InBundle is false for bands, whose ids are in the scoring section
	// (scoring: bands:) rather than in a list of their own.
	InBundle bool

	bundleIDs func(*Bundle) []string
	guideIDs  func(*Guide) []string
	appendTo  func(g *Guide, b *Bundle)
	index     func(g *Guide) map[string]int
	entry     func(tb *TextBundle, id string) (Entry, bool)
	entries   func(tb *TextBundle) map[string]Entry
	mergeText func(dst, src *TextBundle)
}

// newKind builds a Kind from the typed accessors of its list in a bundle
// (nil for bands), its list in a guide, an item's id and its text map.
func newKind[S any, T Entry](key, singular string, inBundle func(*Bundle) *[]S, inGuide func(*Guide) *[]S, id func(S) string, text func(*TextBundle) *map[string]T) Kind {
	ids := func(items []S) []string {
		out := make([]string, len(items))
		for i, it := range items {
			out[i] = id(it)
		}
		return out
	}
	k := Kind{
		Key:      key,
		Singular: singular,
		InBundle: inBundle != nil,
		guideIDs: func(g *Guide) []string { return ids(*inGuide(g)) },
		index:    func(g *Guide) map[string]int { return indexOf(*inGuide(g), id) },
		entry: func(tb *TextBundle, id string) (Entry, bool) {
			t, ok := (*text(tb))[id]
			return t, ok
		},
		entries: func(tb *TextBundle) map[string]Entry {
			m := *text(tb)
			out := make(map[string]Entry, len(m))
			for id, t := range m {
				out[id] = t
			}
			return out
		},
		mergeText: func(dst, src *TextBundle) {
			s, d := *text(src), text(dst)
			if len(s) == 0 {
				return
			}
			if *d == nil {
				*d = map[string]T{}
			}
			for id, t := range s {
				if _, ok := (*d)[id]; !ok { // the first file with an id wins; lint reports the second
					(*d)[id] = t
				}
			}
		},
	}
	if inBundle != nil {
		k.bundleIDs = func(b *Bundle) []string { return ids(*inBundle(b)) }
		k.appendTo = func(g *Guide, b *Bundle) { *inGuide(g) = append(*inGuide(g), *inBundle(b)...) }
	}
	return k
}

// Kinds lists every kind of item, in the order of a structure file.
var Kinds = []Kind{
	newKind("domains", "domain", func(b *Bundle) *[]Domain { return &b.Domains }, func(g *Guide) *[]Domain { return &g.Domains },
		func(d Domain) string { return d.ID }, func(t *TextBundle) *map[string]DomainText { return &t.Domains }),
	newKind("bands", "band", nil, func(g *Guide) *[]Band { return &g.Scoring.Bands },
		func(b Band) string { return b.ID }, func(t *TextBundle) *map[string]BandText { return &t.Bands }),
	newKind("sources", "source", func(b *Bundle) *[]Source { return &b.Sources }, func(g *Guide) *[]Source { return &g.Sources },
		func(s Source) string { return s.ID }, func(t *TextBundle) *map[string]SourceText { return &t.Sources }),
	newKind("models", "model", func(b *Bundle) *[]Model { return &b.Models }, func(g *Guide) *[]Model { return &g.Models },
		func(m Model) string { return m.ID }, func(t *TextBundle) *map[string]ModelText { return &t.Models }),
	newKind("blocks", "block", func(b *Bundle) *[]Block { return &b.Blocks }, func(g *Guide) *[]Block { return &g.Blocks },
		func(b Block) string { return b.ID }, func(t *TextBundle) *map[string]BlockText { return &t.Blocks }),
	newKind("criteria", "criterion", func(b *Bundle) *[]Criterion { return &b.Criteria }, func(g *Guide) *[]Criterion { return &g.Criteria },
		func(c Criterion) string { return c.ID }, func(t *TextBundle) *map[string]CriterionText { return &t.Criteria }),
	newKind("recommendations", "recommendation", func(b *Bundle) *[]Recommendation { return &b.Recommendations }, func(g *Guide) *[]Recommendation { return &g.Recommendations },
		func(r Recommendation) string { return r.ID }, func(t *TextBundle) *map[string]RecommendationText { return &t.Recommendations }),
	newKind("methods", "method", func(b *Bundle) *[]Method { return &b.Methods }, func(g *Guide) *[]Method { return &g.Methods },
		func(m Method) string { return m.ID }, func(t *TextBundle) *map[string]MethodText { return &t.Methods }),
	newKind("measures", "measure", func(b *Bundle) *[]Measure { return &b.Measures }, func(g *Guide) *[]Measure { return &g.Measures },
		func(m Measure) string { return m.ID }, func(t *TextBundle) *map[string]MeasureText { return &t.Measures }),
	newKind("terms", "term", func(b *Bundle) *[]Term { return &b.Terms }, func(g *Guide) *[]Term { return &g.Terms },
		func(t Term) string { return t.ID }, func(t *TextBundle) *map[string]TermText { return &t.Terms }),
	newKind("capacity", "capacity line", func(b *Bundle) *[]CapacityLine { return &b.Capacity }, func(g *Guide) *[]CapacityLine { return &g.Capacity },
		func(l CapacityLine) string { return l.ID }, func(t *TextBundle) *map[string]CapacityText { return &t.Capacity }),
	newKind("fit_questions", "fit question", func(b *Bundle) *[]FitQuestion { return &b.FitQuestions }, func(g *Guide) *[]FitQuestion { return &g.FitQuestions },
		func(q FitQuestion) string { return q.ID }, func(t *TextBundle) *map[string]FitQuestionText { return &t.FitQuestions }),
}

// KindOf returns the kind with the given key.
func KindOf(key string) (Kind, bool) {
	i := slices.IndexFunc(Kinds, func(k Kind) bool { return k.Key == key })
	if i < 0 {
		return Kind{}, false
	}
	return Kinds[i], true
}

// IDs returns the ids of the kind's items in a structure file, in file
// order (none for bands).
func (k Kind) IDs(b *Bundle) []string {
	if k.bundleIDs == nil {
		return nil
	}
	return k.bundleIDs(b)
}

// GuideIDs returns the ids of the kind's items in the merged guide, in the
// guide's order (a duplicate id, which lint reports, is listed again).
func (k Kind) GuideIDs(g *Guide) []string { return k.guideIDs(g) }

// Entries returns the kind's text entries in tb, by id in id order.
func (k Kind) Entries(tb *TextBundle) iter.Seq2[string, Entry] {
	return func(yield func(string, Entry) bool) {
		m := k.entries(tb)
		for _, id := range slices.Sorted(maps.Keys(m)) {
			if !yield(id, m[id]) {
				return
			}
		}
	}
}

// Entry returns the text entry of the kind with the given key (for example
// "criteria") and id.
func (tb *TextBundle) Entry(kind, id string) (Entry, bool) {
	k, ok := KindOf(kind)
	if !ok {
		return nil, false
	}
	return k.entry(tb, id)
}

// AddBundle adds a structure file's items to the guide, after those already
// there. The first scoring section wins (lint reports a second). Call Index
// after adding every file.
func (g *Guide) AddBundle(b *Bundle) {
	if b.Scoring != nil && len(g.Scoring.Bands) == 0 {
		g.Scoring = *b.Scoring
	}
	for _, k := range Kinds {
		if k.appendTo != nil {
			k.appendTo(g, b)
		}
	}
}

// AddText adds a text file of the language lang to the guide: its language
// section (the first one wins) and the entries whose ids the language does
// not have yet (the first file with an id wins; lint reports the second).
func (g *Guide) AddText(lang string, tb *TextBundle) {
	if g.Text == nil {
		g.Text = map[string]*TextBundle{}
	}
	dst := g.Text[lang]
	if dst == nil {
		dst = &TextBundle{}
		g.Text[lang] = dst
	}
	if tb.Language != nil && dst.Language == nil {
		l := *tb.Language
		dst.Language = &l
		g.Languages = append(g.Languages, l)
	}
	for _, k := range Kinds {
		k.mergeText(dst, tb)
	}
	for id, n := range tb.Names { // not a Kind: the term base is not translated
		if dst.Names == nil {
			dst.Names = map[string]NameText{}
		}
		if _, ok := dst.Names[id]; !ok {
			dst.Names[id] = n
		}
	}
}
