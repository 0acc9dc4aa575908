// Package plan computes the capacity and cost worksheet of a model
// (exitguide plan, and the site's planning page through the same numbers):
// from the expected number of women a year, the figures the sources give
// for each role, group course, fund and meeting (each with its source, and
// "the sources give no figure" where none does), how many of each are
// needed and why, and from the user's own unit costs a budget table. It
// invents no figure: a line the sources cannot size stays out of the
// totals unless the user sets its quantity, and then says so.
package plan

import (
	"math"

	"github.com/exitguide/exitguide/internal/guide"
)

// Rules of how a line's quantity was found (Need.Rule).
const (
	RuleWomenYear    = "women-year"    // women ÷ women a year per unit, rounded up
	RuleGroupSize    = "group-size"    // women ÷ the largest group, rounded up
	RuleCount        = "count"         // the number the source gives
	RuleMeetingsYear = "meetings-year" // meetings a year the source gives (the upper figure of a range)
	RuleNone         = "none"          // the sources give no figure to size the line
	RuleUser         = "user"          // the user set the quantity in the costs file
	RuleInfo         = "info"          // the line only informs; no budget row
)

// Statuses of a line in the budget (Line.Status).
const (
	InTotal  = "in-total"  // quantity × unit cost counts towards its total
	NoFigure = "no-figure" // left out: nothing sizes the line
	NoCost   = "no-cost"   // left out: no unit cost entered
	Info     = "info"      // not a budget row
)

// MaxWomen is the largest number of women a year the worksheet accepts.
const MaxWomen = 1_000_000

// Need is how many of a line's unit a project needs, and how that was found.
type Need struct {
	// Rule is how the quantity was found: one of the Rule constants.
	Rule string `json:"rule"`
	// Women is the number of women a year the line is sized for.
	Women int `json:"women"`
	// Per is the figure divided by (women a year per unit, the largest
	// group) or given (count, meetings a year).
	Per float64 `json:"per,omitempty"`
	// Ratio is Women ÷ Per before rounding up (women-year, group-size).
	Ratio float64 `json:"ratio,omitempty"`
	// Quantity is the number needed; meaningful when Known.
	Quantity int `json:"quantity"`
	// Known is false where nothing sizes the line.
	Known bool `json:"known"`
}

// Line is one line of a computed worksheet.
type Line struct {
	// ID is the capacity line's id.
	ID string `json:"id"`
	// CostPer is what one unit cost buys (year, course, event); "" for a
	// line that only informs.
	CostPer string `json:"cost_per,omitempty"`
	// Period is year or project.
	Period string `json:"period"`
	// Figures are the line's figures as the guide has them.
	Figures []guide.Figure `json:"figures"`
	// Need is the quantity needed and how it was found.
	Need Need `json:"need"`
	// Cost is the unit cost the user entered, nil where none.
	Cost *float64 `json:"cost"`
	// Amount is Need.Quantity × Cost where both are known.
	Amount *float64 `json:"amount"`
	// Status says whether the line counts towards its total.
	Status string `json:"status"`
}

// Worksheet is the computed capacity and cost worksheet of one model.
type Worksheet struct {
	// Model is the model's id.
	Model string `json:"model"`
	// Women is the expected number of women a year.
	Women int `json:"women"`
	// Currency is the costs file's currency, "" where it names none.
	Currency string `json:"currency,omitempty"`
	// CostsGiven is true when a costs file was read.
	CostsGiven bool `json:"costs_given"`
	// Lines are the worksheet's lines in the model's order.
	Lines []Line `json:"lines"`
	// TotalYear sums the amounts of the lines paid every year.
	TotalYear float64 `json:"total_year"`
	// TotalProject sums the amounts of the lines paid once over the project.
	TotalProject float64 `json:"total_project"`
}

// Compute builds the worksheet of model for women a year, with the unit
// costs, quantities and per-line numbers of women in costs (nil for none).
// The model must exist and have capacity lines; women must be from 1 to
// MaxWomen (the CLI and the page check both first).
func Compute(g *guide.Guide, model string, women int, costs *Costs) *Worksheet {
	ws := &Worksheet{Model: model, Women: women}
	if costs != nil {
		ws.Currency = costs.Currency
		ws.CostsGiven = true
	}
	for _, cl := range g.CapacityOf(model) {
		var lc LineCost
		if costs != nil {
			lc = costs.Lines[cl.ID]
		}
		l := Line{ID: cl.ID, CostPer: cl.CostPer, Period: cl.Period, Figures: cl.Figures}
		if l.Period == "" {
			l.Period = "year"
		}
		w := women
		if lc.Women != nil {
			w = *lc.Women
		}
		l.Need = need(cl, w)
		if lc.Quantity != nil {
			l.Need = Need{Rule: RuleUser, Women: w, Quantity: *lc.Quantity, Known: true}
		}
		l.Cost = lc.Cost
		switch {
		case cl.CostPer == "":
			l.Status = Info
			l.Need = Need{Rule: RuleInfo, Women: w}
		case !l.Need.Known:
			l.Status = NoFigure
		case l.Cost == nil:
			l.Status = NoCost
		default:
			a := round2(float64(l.Need.Quantity) * *l.Cost)
			l.Amount = &a
			l.Status = InTotal
			if l.Period == "project" {
				ws.TotalProject = round2(ws.TotalProject + a)
			} else {
				ws.TotalYear = round2(ws.TotalYear + a)
			}
		}
		ws.Lines = append(ws.Lines, l)
	}
	return ws
}

// need sizes one line from its size_by figure.
func need(cl guide.CapacityLine, women int) Need {
	n := Need{Rule: RuleNone, Women: women}
	if cl.SizeBy == "" {
		return n
	}
	f, ok := cl.Figure(cl.SizeBy)
	per, sized := f.Size()
	if !ok || !sized || per <= 0 {
		return n
	}
	n.Rule, n.Per, n.Known = cl.SizeBy, per, true
	switch cl.SizeBy {
	case RuleWomenYear, RuleGroupSize:
		n.Ratio = float64(women) / per
		n.Quantity = int(math.Ceil(n.Ratio))
	default: // count, meetings-year: the number the source gives
		n.Quantity = int(math.Ceil(per))
	}
	return n
}

// round2 rounds to cents, so sums do not carry float noise.
func round2(f float64) float64 { return math.Round(f*100) / 100 }
