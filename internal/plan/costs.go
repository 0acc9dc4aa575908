package plan

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/suggest"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// MaxCost is the largest unit cost a costs file may give.
const MaxCost = 1e12

// MaxQuantity is the largest quantity a costs file may set for a line.
const MaxQuantity = 100_000

// Costs is a costs file: the user's local unit costs for a model's lines.
type Costs struct {
	// Model is the model the file was written for ("" where it names none).
	Model string
	// Currency names the currency of the costs, as the user writes it.
	Currency string
	// Women is the file's number of women a year, 0 where it gives none.
	Women int
	// Lines are the costs of each line, by line id.
	Lines map[string]LineCost
}

// LineCost is what a costs file says about one line.
type LineCost struct {
	// Cost is the unit cost (per cost_per of the line), nil where empty.
	Cost *float64
	// Quantity overrides the quantity the sources give, or sets one where
	// they give none; nil where the file leaves it out.
	Quantity *int
	// Women sizes this line for another number of women a year.
	Women *int
}

var (
	topKeys  = []string{"model", "currency", "women", "lines"}
	lineKeys = []string{"cost", "quantity", "women"}
)

// ParseCosts reads a costs file for model. Every problem is reported at its
// file:line:column, worded in w's language, with what was expected and how
// to fix it; a file with problems gives no Costs.
func ParseCosts(g *guide.Guide, model, file string, data []byte, w i18n.Words) (*Costs, yamlpos.List) {
	d, errs := yamlpos.Parse(file, data, yamlpos.DefaultLimits)
	if len(errs) > 0 {
		return nil, errs
	}
	c := &Costs{Lines: map[string]LineCost{}}
	var out yamlpos.List
	bad := func(pointer, msgKey, expKey, fixKey string, pairs ...string) {
		out = append(out, d.At(pointer, w.T(msgKey, pairs...), w.T(expKey, pairs...), w.T(fixKey, pairs...)))
	}
	badKey := func(pointer, msgKey, expKey, fixKey string, pairs ...string) {
		fix := w.T(fixKey, pairs...)
		for i := 0; i+1 < len(pairs); i += 2 {
			if pairs[i] == "near" && pairs[i+1] != "" {
				fix = w.T("plan_err_near", pairs...) + " " + fix
			}
		}
		out = append(out, d.AtKey(pointer, w.T(msgKey, pairs...), w.T(expKey, pairs...), fix))
	}
	top, ok := d.Value.(map[string]any)
	if !ok {
		if d.Value == nil {
			return c, nil // an empty file (or only comments): no costs
		}
		bad("", "plan_err_top", "plan_err_top_expected", "plan_err_top_fix")
		return nil, out
	}
	for _, k := range slices.Sorted(mapsKeys(top)) {
		if !slices.Contains(topKeys, k) {
			badKey(yamlpos.Pointer("", k), "plan_err_key", "plan_err_key_expected", "plan_err_key_fix", "key", k, "keys", strings.Join(topKeys, ", "), "near", nearest(k, topKeys))
		}
	}
	if v, ok := top["model"]; ok {
		s, isStr := v.(string)
		switch {
		case !isStr:
			bad("/model", "plan_err_model_text", "plan_err_model_expected", "plan_err_model_fix", "model", model)
		case s != model:
			bad("/model", "plan_err_model_other", "plan_err_model_expected", "plan_err_model_fix", "file_model", s, "model", model)
		default:
			c.Model = s
		}
	}
	if v, ok := top["currency"]; ok && v != nil {
		s, isStr := v.(string)
		if !isStr || len([]rune(s)) > 12 {
			bad("/currency", "plan_err_currency", "plan_err_currency_expected", "plan_err_currency_fix")
		} else {
			c.Currency = strings.TrimSpace(s)
		}
	}
	if v, ok := top["women"]; ok && v != nil {
		if n, ok := whole(v, 1, MaxWomen); ok {
			c.Women = n
		} else {
			bad("/women", "plan_err_women", "plan_err_women_expected", "plan_err_women_fix", "max", fmt.Sprint(MaxWomen))
		}
	}
	lines, ok := top["lines"]
	if !ok || lines == nil {
		if len(out) > 0 {
			return nil, out.Sort()
		}
		return c, nil
	}
	lm, ok := lines.(map[string]any)
	if !ok {
		bad("/lines", "plan_err_lines", "plan_err_lines_expected", "plan_err_lines_fix")
		return nil, out
	}
	var ids []string
	for _, l := range g.CapacityOf(model) {
		if l.CostPer != "" {
			ids = append(ids, l.ID)
		}
	}
	for _, id := range slices.Sorted(mapsKeys(lm)) {
		p := yamlpos.Pointer("/lines", id)
		if !slices.Contains(ids, id) {
			badKey(p, "plan_err_line", "plan_err_line_expected", "plan_err_line_fix", "line", id, "model", model, "near", nearest(id, ids))
			continue
		}
		var lc LineCost
		switch v := lm[id].(type) {
		case nil:
		case map[string]any:
			for _, k := range slices.Sorted(mapsKeys(v)) {
				kp := yamlpos.Pointer(p, k)
				val := v[k]
				switch k {
				case "cost":
					if val == nil {
						continue
					}
					f, ok := number(val)
					if !ok || f < 0 || f > MaxCost {
						bad(kp, "plan_err_cost", "plan_err_cost_expected", "plan_err_cost_fix", "line", id, "value", shown(val))
						continue
					}
					f = round2(f)
					lc.Cost = &f
				case "quantity":
					if val == nil {
						continue
					}
					n, ok := whole(val, 0, MaxQuantity)
					if !ok {
						bad(kp, "plan_err_quantity", "plan_err_quantity_expected", "plan_err_quantity_fix", "line", id, "value", shown(val), "max", fmt.Sprint(MaxQuantity))
						continue
					}
					lc.Quantity = &n
				case "women":
					if val == nil {
						continue
					}
					n, ok := whole(val, 1, MaxWomen)
					if !ok {
						bad(kp, "plan_err_women", "plan_err_women_expected", "plan_err_women_fix", "max", fmt.Sprint(MaxWomen))
						continue
					}
					lc.Women = &n
				default:
					badKey(kp, "plan_err_key", "plan_err_key_expected", "plan_err_key_fix", "key", k, "keys", strings.Join(lineKeys, ", "), "near", nearest(k, lineKeys))
				}
			}
		default:
			bad(p, "plan_err_line_map", "plan_err_line_map_expected", "plan_err_line_map_fix", "line", id)
		}
		c.Lines[id] = lc
	}
	if len(out) > 0 {
		return nil, out.Sort()
	}
	return c, nil
}

func mapsKeys(m map[string]any) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// nearest words a "did you mean" for s among candidates, "" when none is near.
func nearest(s string, candidates []string) string {
	return suggest.Nearest(s, candidates)
}

// number reads a YAML number (a json.Number from yamlpos).
func number(v any) (float64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	f, err := n.Float64()
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// whole reads a whole number from lo to hi.
func whole(v any, lo, hi int) (int, bool) {
	f, ok := number(v)
	if !ok || f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
		return 0, false
	}
	return int(f), true
}

// shown writes a value as the user wrote it, for messages.
func shown(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case nil:
		return ""
	}
	b, _ := json.Marshal(v)
	return string(b)
}
