package plan

import (
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
)

// View is a worksheet worded in one language: what every format writes.
type View struct {
	Lang      string
	Dir       string // ltr or rtl
	Title     string
	Intro     string
	For       string
	Lines     []LineView
	Budget    []LineView // the lines with a budget row
	HasBudget bool
	Currency  string // "Amounts in DKK." or ""
	NoCosts   string // what to do when no costs file was given, or ""
	// TotalYear is the yearly total, "–" when no line has an amount.
	TotalYear string
	// TotalProject is "" when no line is paid once over the project, "–"
	// when none of those has an amount.
	TotalProject string
	LeftOut      []string
	Labels       Labels
	ws           *Worksheet
}

// Labels are the fixed words of the worksheet in the view's language.
type Labels struct {
	Figures, Need, Budget, Line, Quantity, UnitCost, Amount, TotalYear, TotalProject, LeftOut, Source, Note string
}

// LineView is one line worded.
type LineView struct {
	ID       string
	Name     string
	Note     string
	Figures  []FigureView
	Need     string
	Quantity string // "" where unknown
	CostPer  string // "a year each"
	UnitCost string // "" where none
	Amount   string // "" where none
	Status   string
	Period   string
}

// FigureView is one figure worded.
type FigureView struct {
	Quantity string // "Hours a week"
	Value    string // "37", "5–7", "the sources give no figure"
	None     bool
	Sources  []string
}

// NewView words ws in lang with the words w and the guide's texts.
func NewView(g *guide.Guide, ws *Worksheet, lang string, w i18n.Words) *View {
	l, _ := g.Language(lang)
	text := g.Text[lang]
	en := g.Text[guide.SourceLang]
	v := &View{Lang: lang, Dir: l.Direction, ws: ws}
	if v.Dir == "" {
		v.Dir = "ltr"
	}
	modelName := ws.Model
	if mt, ok := text.Models[ws.Model]; ok {
		modelName = mt.Name
	} else if mt, ok := en.Models[ws.Model]; ok {
		modelName = mt.Name
	}
	v.Title = w.T("plan_title", "model", modelName)
	v.Intro = w.T("plan_intro")
	v.For = w.T("plan_for_women", "women", strconv.Itoa(ws.Women))
	v.Labels = Labels{
		Figures: w.T("plan_figures"), Need: w.T("plan_need"), Budget: w.T("plan_budget"), Line: w.T("plan_col_line"),
		Quantity: w.T("plan_col_quantity"), UnitCost: w.T("plan_col_unit_cost"), Amount: w.T("plan_col_amount"),
		TotalYear: w.T("plan_total_year"), TotalProject: w.T("plan_total_project"), LeftOut: w.T("plan_left_out"),
		Source: w.T("plan_source"), Note: w.T("plan_note"),
	}
	money := func(f float64) string { return Money(l, f) }
	hasProject, yearAmounts, projectAmounts := false, false, false
	for _, ln := range ws.Lines {
		t, ok := text.Capacity[ln.ID]
		if !ok {
			t = en.Capacity[ln.ID]
		}
		lv := LineView{ID: ln.ID, Name: t.Name, Note: t.Note, Status: ln.Status, Period: ln.Period}
		for _, f := range ln.Figures {
			fv := FigureView{Quantity: w.T("plan_q_" + strings.ReplaceAll(f.Quantity, "-", "_")), None: f.None}
			fv.Value = FigureValue(l, w, f)
			for _, s := range f.Sources {
				fv.Sources = append(fv.Sources, string(s))
			}
			lv.Figures = append(lv.Figures, fv)
		}
		lv.Need = NeedText(l, w, ln.Need)
		if ln.Need.Known {
			lv.Quantity = strconv.Itoa(ln.Need.Quantity)
		}
		if ln.CostPer != "" {
			lv.CostPer = w.T("plan_cost_per_" + ln.CostPer)
			if ln.Period == "project" {
				lv.CostPer = w.T("plan_cost_once", "per", lv.CostPer)
			}
			if ln.Cost != nil {
				lv.UnitCost = money(*ln.Cost)
			}
			if ln.Amount != nil {
				lv.Amount = money(*ln.Amount)
			}
			switch ln.Status {
			case NoFigure:
				v.LeftOut = append(v.LeftOut, w.T("plan_left_no_figure", "line", t.Name))
			case NoCost:
				if ws.CostsGiven {
					v.LeftOut = append(v.LeftOut, w.T("plan_left_no_cost", "line", t.Name))
				}
			}
			if ln.Period == "project" {
				hasProject = true
				projectAmounts = projectAmounts || ln.Amount != nil
			} else {
				yearAmounts = yearAmounts || ln.Amount != nil
			}
			v.Budget = append(v.Budget, lv)
		}
		v.Lines = append(v.Lines, lv)
	}
	v.HasBudget = len(v.Budget) > 0
	if ws.Currency != "" {
		v.Currency = w.T("plan_currency", "currency", ws.Currency)
	}
	if !ws.CostsGiven {
		v.NoCosts = w.T("plan_no_costs", "model", ws.Model)
	}
	v.TotalYear, v.TotalProject = "–", ""
	if yearAmounts {
		v.TotalYear = money(ws.TotalYear)
	}
	if hasProject {
		v.TotalProject = "–"
		if projectAmounts {
			v.TotalProject = money(ws.TotalProject)
		}
	}
	return v
}

// Words is what the worksheet's wording needs of a catalogue: i18n.Words,
// or the site generator's interface strings.
type Words interface {
	T(key string, pairs ...string) string
}

// FigureValue words a figure's value: 37, 5–7, at most 12, at least 8, or
// "the sources give no figure"; an amount carries its currency.
func FigureValue(l guide.Language, w Words, f guide.Figure) string {
	var s string
	switch {
	case f.None:
		return w.T("plan_no_figure")
	case f.Value != nil:
		s = Number(l, *f.Value)
	case f.Min != nil && f.Max != nil:
		s = w.T("plan_range", "min", Number(l, *f.Min), "max", Number(l, *f.Max))
	case f.Max != nil:
		s = w.T("plan_at_most", "n", Number(l, *f.Max))
	case f.Min != nil:
		s = w.T("plan_at_least", "n", Number(l, *f.Min))
	}
	if f.Currency != "" {
		s = w.T("plan_amount", "amount", s, "currency", f.Currency)
	}
	return s
}

// NeedText says how a line's quantity was found, with the sum shown.
func NeedText(l guide.Language, w Words, n Need) string {
	q := strconv.Itoa(n.Quantity)
	switch n.Rule {
	case RuleWomenYear, RuleGroupSize:
		return w.T("plan_need_"+strings.ReplaceAll(n.Rule, "-", "_"), "women", strconv.Itoa(n.Women), "per", Number(l, n.Per), "ratio", l.Num(n.Ratio), "n", q)
	case RuleCount, RuleMeetingsYear:
		return w.T("plan_need_"+strings.ReplaceAll(n.Rule, "-", "_"), "n", q)
	case RuleUser:
		return w.T("plan_need_user", "n", q)
	case RuleInfo:
		return w.T("plan_need_info")
	}
	return w.T("plan_need_none")
}

// Number writes a figure: whole numbers grouped in thousands (500,000 or
// 500.000: the group separator is the other of . and , from the
// language's decimal separator), others with up to two decimals.
func Number(l guide.Language, f float64) string {
	return group(l, l.Num(f))
}

// Money writes an amount: whole amounts without decimals, others with two,
// grouped in thousands as Number does.
func Money(l guide.Language, f float64) string {
	if f == float64(int64(f)) {
		return group(l, strconv.FormatInt(int64(f), 10))
	}
	return group(l, strings.Replace(strconv.FormatFloat(f, 'f', 2, 64), ".", decimalOf(l), 1))
}

func decimalOf(l guide.Language) string {
	if l.Decimal == "" {
		return "."
	}
	return l.Decimal
}

// group inserts the thousands separator into the whole part of s.
func group(l guide.Language, s string) string {
	dec := decimalOf(l)
	sep := ","
	if dec == "," {
		sep = "."
	}
	whole, frac, hasFrac := strings.Cut(s, dec)
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	out := b.String()
	if neg {
		out = "-" + out
	}
	if hasFrac {
		out += dec + frac
	}
	return out
}
