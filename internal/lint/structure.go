package lint

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// creditStatuses are the answer statuses the scoring method gives credit
// for (scoring: credits:).
var creditStatuses = []string{"in-place", "partly", "planned", "not-started"}

// structure runs the cross-checks on the structure files.
func (x *index) structure(g *guide.Guide) yamlpos.List {
	usedBlocks := map[string]bool{}
	usedRecs := map[string]bool{}
	retired := map[string]string{} // retired criterion id -> the criterion that replaces it
	scorings := 0
	for _, f := range x.t.Structure {
		d, b := f.Doc, f.Bundle
		if b.Scoring != nil {
			scorings++
			if scorings > 1 {
				x.errs = append(x.errs, d.AtKey("/scoring", "a second scoring section", "exactly one scoring section in all files", "remove one"))
			} else {
				x.scoring(g, d, b.Scoring)
			}
		}
		for i, s := range b.Sources {
			p := "/sources/" + strconv.Itoa(i)
			if s.Kind == "primary" && (s.File == "" || len(s.Sections) == 0) {
				x.errs = append(x.errs, d.At(p, fmt.Sprintf("primary source %q needs a file and sections", s.ID), "file: and sections:", "add them"))
			}
			seen := map[string]bool{}
			for j, sec := range s.Sections {
				if seen[sec.ID] {
					x.errs = append(x.errs, d.At(fmt.Sprintf("%s/sections/%d/id", p, j), fmt.Sprintf("duplicate section id %q", sec.ID), "each section id once per document", "rename one"))
				}
				seen[sec.ID] = true
			}
			x.sources(g, d, p+"/cited_in", s.CitedIn)
		}
		for i, m := range b.Models {
			p := "/models/" + strconv.Itoa(i)
			for j, id := range m.Methods {
				x.ref(d, fmt.Sprintf("%s/methods/%d", p, j), "methods", id)
			}
			x.sources(g, d, p+"/sources", m.Sources)
			for key, refs := range m.SectionSources.All() {
				x.sources(g, d, p+"/section_sources/"+key, refs)
			}
			for key, refs := range m.CompareSources.All() {
				x.sources(g, d, p+"/compare_sources/"+key, refs)
			}
		}
		for i, bl := range b.Blocks {
			p := "/blocks/" + strconv.Itoa(i)
			if bl.Model != "" {
				x.ref(d, p+"/model", "models", bl.Model)
			}
			x.prefix(d, p+"/id", bl.ID, bl.Model)
			x.sources(g, d, p+"/sources", bl.Sources)
		}
		for i, c := range b.Criteria {
			p := "/criteria/" + strconv.Itoa(i)
			x.ref(d, p+"/block", "blocks", c.Block)
			usedBlocks[c.Block] = true
			x.ref(d, p+"/domain", "domains", c.Domain)
			if blk, ok := g.Block(c.Block); ok {
				x.prefix(d, p+"/id", c.ID, blk.Model)
			}
			for j, r := range c.Recommendations {
				x.ref(d, fmt.Sprintf("%s/recommendations/%d", p, j), "recommendations", r)
				usedRecs[r] = true
			}
			for j, dep := range c.DependsOn {
				dp := fmt.Sprintf("%s/depends_on/%d", p, j)
				if dep == c.ID {
					x.errs = append(x.errs, d.At(dp, fmt.Sprintf("criterion %q depends on itself", c.ID), "other criteria's ids", "remove it"))
					continue
				}
				x.ref(d, dp, "criteria", dep)
			}
			for j, old := range c.Replaces {
				rp := fmt.Sprintf("%s/replaces/%d", p, j)
				switch by, dup := retired[old]; {
				case old == c.ID:
					x.errs = append(x.errs, d.At(rp, fmt.Sprintf("criterion %q replaces itself", c.ID), "ids of retired criteria", "remove it"))
				case dup:
					x.errs = append(x.errs, d.At(rp, fmt.Sprintf("retired criterion %q is already replaced by %q", old, by), "each retired id under one criterion's replaces", "keep it under one criterion only"))
				default:
					if _, live := g.Criterion(old); live {
						x.errs = append(x.errs, d.At(rp, fmt.Sprintf("%q is listed as retired but is still a criterion", old), "ids of criteria that no longer exist", "remove the criterion, or remove it from replaces"))
					}
				}
				retired[old] = c.ID
			}
			x.sources(g, d, p+"/sources", c.Sources)
		}
		for i, r := range b.Recommendations {
			p := "/recommendations/" + strconv.Itoa(i)
			x.ref(d, p+"/model", "models", r.Model)
			x.sources(g, d, p+"/sources", r.Sources)
		}
		for i, m := range b.Methods {
			p := "/methods/" + strconv.Itoa(i)
			for j, id := range m.Models {
				x.ref(d, fmt.Sprintf("%s/models/%d", p, j), "models", id)
			}
			seen := map[string]bool{}
			for j, s := range m.Steps {
				sp := fmt.Sprintf("%s/steps/%d", p, j)
				if seen[s.ID] {
					x.errs = append(x.errs, d.At(sp+"/id", fmt.Sprintf("duplicate step id %q", s.ID), "each step id once per method", "rename one"))
				}
				seen[s.ID] = true
				if s.Start != nil && s.End != nil && *s.End < *s.Start {
					x.errs = append(x.errs, d.At(sp+"/end", fmt.Sprintf("step %q ends (%g) before it starts (%g)", s.ID, *s.End, *s.Start), "end >= start", "swap or correct the numbers"))
				}
			}
			x.sources(g, d, p+"/sources", m.Sources)
		}
		for i, m := range b.Measures {
			p := "/measures/" + strconv.Itoa(i)
			x.ref(d, p+"/model", "models", m.Model)
			x.sources(g, d, p+"/sources", m.Sources)
		}
		for i, t := range b.Terms {
			x.sources(g, d, fmt.Sprintf("/terms/%d/sources", i), t.Sources)
		}
		for i, l := range b.Capacity {
			x.capacity(g, d, "/capacity/"+strconv.Itoa(i), l)
		}
		x.fitQuestions(g, d, b.FitQuestions)
	}
	if scorings == 0 && len(x.t.Structure) > 0 && !x.t.StructureIncomplete() {
		x.errs = append(x.errs, &yamlpos.Error{File: x.t.Shown(), Msg: "no scoring section in any structure file", Expected: "one scoring: section (in guide.yaml)", Fix: "add it"})
	}
	// Orphans: blocks without criteria, recommendations no criterion links.
	for id, l := range x.items["blocks"] {
		if !usedBlocks[id] && !x.t.StructureIncomplete() {
			x.errs = append(x.errs, l.doc.At(l.pointer+"/id", fmt.Sprintf("building block %q has no criteria", id), "at least one criterion with block: "+id, "add a criterion or remove the block"))
		}
	}
	for id, l := range x.items["recommendations"] {
		if !usedRecs[id] && !x.t.StructureIncomplete() {
			x.errs = append(x.errs, l.doc.At(l.pointer+"/id", fmt.Sprintf("recommendation %q is not linked from any criterion", id), "a criterion whose recommendations: list it", "link it from the criterion whose gap it closes, or remove it"))
		}
	}
	x.cycles(g)
	return x.errs
}

// prefix checks that an id starts with its model's id (or core).
func (x *index) prefix(d *yamlpos.Doc, pointer, id, model string) {
	want := model
	if want == "" {
		want = "core"
	}
	if !strings.HasPrefix(id, want+".") {
		x.errs = append(x.errs, d.At(pointer, fmt.Sprintf("id %q does not start with %q", id, want+"."), want+".<slug>",
			fmt.Sprintf("rename it to %s.%s", want, id[strings.IndexByte(id, '.')+1:])))
	}
}

func (x *index) scoring(g *guide.Guide, d *yamlpos.Doc, s *guide.Scoring) {
	for _, st := range creditStatuses {
		c, ok := s.Credits[st]
		if !ok {
			x.errs = append(x.errs, d.At("/scoring/credits", fmt.Sprintf("no credit for status %q", st), "a credit for each of "+strings.Join(creditStatuses, ", "), "add "+st+": <0..1>"))
		} else if c < 0 || c > 1 {
			x.errs = append(x.errs, d.At("/scoring/credits/"+st, fmt.Sprintf("credit %g is out of range", c), "a number from 0 to 1", "correct it"))
		}
	}
	for k := range s.Credits {
		if !slices.Contains(creditStatuses, k) {
			x.errs = append(x.errs, d.AtKey("/scoring/credits/"+k, fmt.Sprintf("unknown status %q", k), "one of "+strings.Join(creditStatuses, ", "), "remove it"))
		}
	}
	if s.Credits["in-place"] < s.Credits["partly"] || s.Credits["partly"] < s.Credits["planned"] || s.Credits["planned"] < s.Credits["not-started"] {
		x.errs = append(x.errs, d.At("/scoring/credits", "credits do not rise from not-started to in-place", "not-started <= planned <= partly <= in-place", "reorder the numbers"))
	}
	ids := []string{}
	for i, b := range s.Bands {
		if i == 0 && b.Min != 0 {
			x.errs = append(x.errs, d.At("/scoring/bands/0/min", "the lowest band must start at 0", "min: 0", "set it to 0"))
		}
		if i > 0 && b.Min <= s.Bands[i-1].Min {
			x.errs = append(x.errs, d.At(fmt.Sprintf("/scoring/bands/%d/min", i), "bands are not in rising order", "each min higher than the one before", "reorder the bands from lowest to highest"))
		}
		ids = append(ids, b.ID)
	}
	for _, c := range []struct{ p, id string }{{"/scoring/cap_missing", s.CapMissing}, {"/scoring/cap_partial", s.CapPartial}} {
		if !slices.Contains(ids, c.id) {
			x.errs = append(x.errs, d.At(c.p, fmt.Sprintf("unknown band %q", c.id), "one of "+strings.Join(ids, ", "), "use a band id"))
		}
	}
}

// cycles reports depends_on cycles once each.
func (x *index) cycles(g *guide.Guide) {
	state := map[string]int{} // 0 new, 1 on stack, 2 done
	var stack []string
	var visit func(id string)
	visit = func(id string) {
		state[id] = 1
		stack = append(stack, id)
		c, _ := g.Criterion(id)
		for _, dep := range c.DependsOn {
			switch state[dep] {
			case 0:
				if _, ok := g.Criterion(dep); ok {
					visit(dep)
				}
			case 1:
				i := len(stack) - 1
				for i > 0 && stack[i] != dep {
					i--
				}
				cycle := append(append([]string{}, stack[i:]...), dep)
				if l, ok := x.items["criteria"][id]; ok {
					x.errs = append(x.errs, l.doc.At(l.pointer+"/depends_on", "depends_on forms a cycle: "+strings.Join(cycle, " → "), "dependencies that end", "remove one of the links"))
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[id] = 2
	}
	for _, c := range g.Criteria {
		if state[c.ID] == 0 {
			visit(c.ID)
		}
	}
}

// capacity checks one line of the capacity worksheet: its model, its id's
// prefix, the form of each figure and the figure that sizes it.
func (x *index) capacity(g *guide.Guide, d *yamlpos.Doc, p string, l guide.CapacityLine) {
	x.ref(d, p+"/model", "models", l.Model)
	x.prefix(d, p+"/id", l.ID, l.Model)
	seen := map[string]bool{}
	for j, f := range l.Figures {
		fp := fmt.Sprintf("%s/figures/%d", p, j)
		if seen[f.Quantity] {
			x.errs = append(x.errs, d.At(fp+"/quantity", fmt.Sprintf("a second %s figure on line %q", f.Quantity, l.ID), "each quantity once per line", "merge the two, or make a second line"))
		}
		seen[f.Quantity] = true
		forms := 0
		if f.Value != nil {
			forms++
		}
		if f.Min != nil || f.Max != nil {
			forms++
		}
		if f.None {
			forms++
		}
		if forms != 1 {
			x.errs = append(x.errs, d.At(fp, fmt.Sprintf("the %s figure of %q has %d of value, min/max and none", f.Quantity, l.ID, forms),
				"exactly one: value: N, min: N and/or max: N, or none: true (the sources give no figure)", "keep the one the source supports"))
		}
		if f.Min != nil && f.Max != nil && *f.Max < *f.Min {
			x.errs = append(x.errs, d.At(fp+"/max", fmt.Sprintf("max %g is below min %g", *f.Max, *f.Min), "max >= min", "swap or correct the numbers"))
		}
		if (f.Currency != "") != (f.Quantity == "amount-year" && !f.None) {
			x.errs = append(x.errs, d.At(fp, fmt.Sprintf("the %s figure of %q: a currency belongs to an amount, and every amount has one", f.Quantity, l.ID), "currency: XXX on an amount-year figure only", "add or remove the currency"))
		}
		x.sources(g, d, fp+"/sources", f.Sources)
	}
	if l.SizeBy != "" {
		f, ok := l.Figure(l.SizeBy)
		if _, sized := f.Size(); !ok || !sized {
			x.errs = append(x.errs, d.At(p+"/size_by", fmt.Sprintf("line %q is sized by %s but has no %s figure", l.ID, l.SizeBy, l.SizeBy),
				"a figure with quantity: "+l.SizeBy+" and a value", "add the figure, or leave out size_by where the sources give none"))
		}
	}
}
