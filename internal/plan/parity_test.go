package plan_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/exitguide/exitguide/internal/plan"
	"github.com/exitguide/exitguide/internal/sitegen"
	"github.com/exitguide/exitguide/internal/testutil"
)

// parityCase is one input of the planning page's calculator and what Go
// computes for it, as the browser test reads it.
type parityCase struct {
	Model string         `json:"model"`
	Women int            `json:"women"`
	Costs map[string]any `json:"costs"`
	// Want is the computed worksheet (numbers) and, per language, the words.
	Want  map[string]any         `json:"want"`
	Words map[string]parityWords `json:"words"`
}

type parityWords struct {
	Lines        []parityLine `json:"lines"`
	TotalYear    string       `json:"total_year"`
	TotalProject string       `json:"total_project"`
	LeftOut      []string     `json:"left_out"`
}

type parityLine struct {
	ID       string `json:"id"`
	Need     string `json:"need"`
	Quantity string `json:"quantity"`
	UnitCost string `json:"unit_cost"`
	Amount   string `json:"amount"`
	Status   string `json:"status"`
}

// TestParityPlan writes testdata/parity/plan.json: the planning page's data
// in every language (what sitegen writes for the page) and a corpus of
// inputs with Go's worksheet for each; tests/parity/plan.test.mjs holds
// assets/js/plan/compute.js to it.
func TestParityPlan(t *testing.T) {
	g, cat := realGuide(t)
	ui := map[string]map[string]string{}
	data := map[string]*sitegen.PlanData{}
	for _, l := range g.Languages {
		w, m := cat.Words(l.Code), map[string]string{}
		for _, k := range cat.Keys(l.Code) {
			m[k] = w.Text(k)
		}
		ui[l.Code] = m
	}
	for _, l := range g.Languages {
		d, err := sitegen.NewPlanData(g, l, ui)
		if err != nil {
			t.Fatal(err)
		}
		data[l.Code] = d
	}
	q := func(n int) *int { return &n }
	costVariants := func(model string) []*plan.Costs {
		all := &plan.Costs{Currency: "EUR", Lines: map[string]plan.LineCost{}}
		some := &plan.Costs{Lines: map[string]plan.LineCost{}}
		set := &plan.Costs{Currency: "DKK", Lines: map[string]plan.LineCost{}}
		for i, l := range g.CapacityOf(model) {
			if l.CostPer == "" {
				continue
			}
			c := float64(1000*(i+3)) + float64(i%3)*0.25
			all.Lines[l.ID] = plan.LineCost{Cost: f(c)}
			if i%2 == 0 {
				some.Lines[l.ID] = plan.LineCost{Cost: f(c * 7)}
			}
			lc := plan.LineCost{Cost: f(123456.78)}
			if l.SizeBy == "" {
				lc.Quantity = q(i + 1)
			} else if i%2 == 1 {
				lc.Women = q(7 * (i + 1))
			}
			set.Lines[l.ID] = lc
		}
		return []*plan.Costs{nil, all, some, set}
	}
	var cases []parityCase
	for _, m := range g.Models {
		for _, women := range []int{1, 12, 31, 45, 120, 1000000} {
			for _, c := range costVariants(m.ID) {
				ws := plan.Compute(g, m.ID, women, c)
				var wl []map[string]any
				for _, l := range ws.Lines {
					wl = append(wl, map[string]any{"id": l.ID, "need": l.Need, "cost": l.Cost, "amount": l.Amount, "status": l.Status})
				}
				want := map[string]any{"lines": wl, "total_year": ws.TotalYear, "total_project": ws.TotalProject}
				pc := parityCase{Model: m.ID, Women: women, Want: want, Words: map[string]parityWords{}}
				if c != nil {
					lines := map[string]any{}
					for id, lc := range c.Lines {
						x := map[string]any{}
						if lc.Cost != nil {
							x["cost"] = *lc.Cost
						}
						if lc.Quantity != nil {
							x["quantity"] = *lc.Quantity
						}
						if lc.Women != nil {
							x["women"] = *lc.Women
						}
						lines[id] = x
					}
					pc.Costs = map[string]any{"currency": c.Currency, "lines": lines}
				}
				for _, l := range g.Languages {
					v := plan.NewView(g, ws, l.Code, cat.Words(l.Code))
					pw := parityWords{TotalYear: v.TotalYear, TotalProject: v.TotalProject, LeftOut: v.LeftOut}
					if pw.LeftOut == nil {
						pw.LeftOut = []string{}
					}
					for _, lv := range v.Lines {
						pw.Lines = append(pw.Lines, parityLine{lv.ID, lv.Need, lv.Quantity, lv.UnitCost, lv.Amount, lv.Status})
					}
					pc.Words[l.Code] = pw
				}
				cases = append(cases, pc)
			}
		}
	}
	b, err := json.Marshal(map[string]any{"data": data, "cases": cases})
	if err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, filepath.Join(testutil.Root(t), "testdata/parity/plan.json"), string(b)+"\n")
}
