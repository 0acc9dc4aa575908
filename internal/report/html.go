package report

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"strconv"

	"github.com/yuin/goldmark"
)

// md renders the guide's short Markdown; raw HTML in it is not passed
// through (goldmark's default), so the output is safe to embed.
var md = goldmark.New()

func markdownHTML(s string) template.HTML {
	var b bytes.Buffer
	if err := md.Convert([]byte(s), &b); err != nil {
		return template.HTML(template.HTMLEscapeString(s))
	}
	return template.HTML(b.String()) // #nosec: goldmark escapes raw HTML by default
}

type refList struct {
	V    *View
	Refs []Ref
}

type htmlPage struct {
	Lang, Dir string
	Title     string
	Summary   []SummaryRow
	SumHead   []string
	SumTitle  string
	Views     []*View
}

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	// txt marks guide text that is not in the report language, so screen
	// readers pronounce it right and the reader knows it is untranslated.
	"txt": func(v *View, t Text) template.HTML {
		if t.Lang == "" || t.Lang == v.Lang {
			return template.HTML(template.HTMLEscapeString(t.S))
		}
		return template.HTML(fmt.Sprintf(`<span lang="%s" dir="auto" class="untr" title="%s">%s</span>`,
			template.HTMLEscapeString(t.Lang), template.HTMLEscapeString(v.T("report_untranslated")), template.HTMLEscapeString(t.S)))
	},
	"mdtxt": func(v *View, t Text) template.HTML {
		h := markdownHTML(t.S)
		if t.Lang == "" || t.Lang == v.Lang {
			return h
		}
		return template.HTML(fmt.Sprintf(`<div lang="%s" dir="auto" class="untr">%s</div>`, template.HTMLEscapeString(t.Lang), h))
	},
	"radar":  func(v *View) template.HTML { return template.HTML(Radar(v)) },
	"printf": fmt.Sprintf,
	"ids":    ids,
	"dict2":  func(v *View, refs []Ref) refList { return refList{v, refs} },
	"add1":   func(i int) int { return i + 1 },
	"pctw": func(p *float64) string {
		if p == nil {
			return "0"
		}
		return fmt.Sprintf("%.1f", *p)
	},
}).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}" dir="{{.Dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="exitguide">
<title>{{.Title}}</title>
<style>
:root{--ink:#1d1d1f;--muted:#5a5a66;--line:#d0d0d8;--accent:#2f5d8a;--warn:#9a3412;--ok:#166534;--soft:#f4f5f8}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew",Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:52rem;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.meta th{width:30%;color:var(--muted);font-weight:normal}
.band{background:var(--soft);border-inline-start:.4rem solid var(--accent);padding:.8rem 1rem;margin:1rem 0}
.band .level{font-size:1.4rem;font-weight:700}.band .figures{font-size:1.1rem}
.band.r0{border-color:var(--warn)}.band.rtop{border-color:var(--ok)}
.tag{display:inline-block;border:1px solid var(--line);border-radius:.2rem;padding:0 .35rem;font-size:.85rem;margin-inline-end:.25rem}
.tag.must{border-color:var(--warn);color:var(--warn);font-weight:600}
.gap{border:1px solid var(--line);border-radius:.3rem;padding:.6rem .9rem;margin:.8rem 0;break-inside:avoid}
.gap h3{margin-top:0}.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;color:var(--muted);direction:ltr;unicode-bidi:isolate}
.bar{display:inline-block;height:.6rem;background:var(--accent);vertical-align:middle}
.bartrack{display:inline-block;width:6rem;height:.6rem;background:var(--soft);vertical-align:middle}
.untr{font-style:italic}
.chart{display:flex;justify-content:center}
.radar{max-width:100%;height:auto}.radar .ring{fill:none;stroke:var(--line)}.radar .axis{stroke:var(--line)}
.radar .score{fill:rgba(47,93,138,.25);stroke:var(--accent);stroke-width:2}.radar .dot{fill:var(--accent)}
.radar .label{font-size:11px;fill:var(--ink)}.radar .pct{font-weight:700}
a{color:var(--accent)}footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
article+article{margin-top:3rem;border-top:3px double var(--line);padding-top:1rem}
@media print{body{max-width:none;padding:0;font-size:11pt}a{color:inherit;text-decoration:none}article+article{break-before:page;border:0}.gap{border-color:#999}h2{break-after:avoid}}
</style>
</head>
<body>
{{- if .Summary}}
<section class="summary">
<h1>{{.SumTitle}}</h1>
<table>
<thead><tr>{{range .SumHead}}<th scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Summary}}
<tr><td><span class="id">{{.File}}</span></td><td>{{.Locality}}</td><td><span class="id">{{.Models}}</span></td><td>{{.Band}}</td><td class="num">{{.Percent}}</td><td class="num">{{.Points}}</td><td class="num">{{.MustMissing}}</td><td class="num">{{.Gaps}}</td><td><span class="id">{{.TopGap}}</span></td></tr>
{{- end}}
</tbody>
</table>
</section>
{{- end}}
{{- range .Views}}{{$v := .}}
<article lang="{{.Lang}}" dir="{{.Dir}}">
<h1>{{.T "report_title"}}: {{.P.Locality}}</h1>
<table class="meta">
<tr><th scope="row">{{.T "report_file"}}</th><td><span class="id">{{.File}}</span></td></tr>
<tr><th scope="row">{{.T "report_organisations"}}</th><td>{{range $i, $o := .P.Organisations}}{{if $i}}; {{end}}{{$o}}{{end}}</td></tr>
<tr><th scope="row">{{.T "report_models"}}</th><td>{{range $i, $m := .ModelNames}}{{if $i}}; {{end}}{{$m}}{{end}}</td></tr>
<tr><th scope="row">{{.T "report_date"}}</th><td>{{.P.Date}}</td></tr>
<tr><th scope="row">{{.T "report_assessed_by"}}</th><td>{{.P.AssessedBy}}</td></tr>
</table>
<h2>{{.T "report_readiness"}}</h2>
<div class="band">
<div class="level">{{txt $v .Band}}</div>
<div class="figures">{{.Percent}} · {{.Points}}</div>
{{- if .BandDesc.S}}<p>{{txt $v .BandDesc}}</p>{{end}}
<p><strong>{{.T "report_why"}}:</strong> {{.Why}}</p>
{{- if .WhyCaps}}<ul>{{range .WhyCaps}}<li>{{.}}</li>{{end}}</ul>{{end}}
</div>
<h2>{{.T "report_domains"}}</h2>
<div class="chart">{{radar .}}</div>
<table>
<thead><tr><th scope="col">{{.T "report_domain"}}</th><th scope="col" class="num">{{.T "report_score"}}</th><th scope="col"><span class="id"></span></th><th scope="col" class="num">{{.T "report_points"}}</th></tr></thead>
<tbody>
{{- range .Domains}}
<tr><th scope="row">{{txt $v .Name}}</th><td class="num">{{.PctText}}</td><td aria-hidden="true">{{if .Percent}}<span class="bartrack"><span class="bar" style="width:{{pctw .Percent}}%"></span></span>{{end}}</td><td class="num">{{.Points}}</td></tr>
{{- end}}
</tbody>
</table>
<h2>{{.T "report_must_missing"}}</h2>
{{template "reflist" dict2 $v .MustMissing}}
{{- if .MustPartial}}
<h2>{{.T "report_must_partial"}}</h2>
{{template "reflist" dict2 $v .MustPartial}}
{{- end}}
<h2>{{.T "report_gaps"}}</h2>
{{- if not .Gaps}}<p>{{.T "report_none"}}</p>{{end}}
{{- range $i, $g := .Gaps}}
<section class="gap" id="gap-{{$g.ID}}">
<h3>{{add1 $i}}. {{txt $v $g.Question}}</h3>
<p><span class="id">{{$g.ID}}</span> {{if $g.MustHave}}<span class="tag must">{{$v.T "report_must_have"}}</span>{{end}}<span class="tag">{{$g.Status}}</span><span class="tag">{{$v.Weight $g.Weight}}</span><span class="tag">{{$g.Missing}}</span></p>
{{- if $g.Better.S}}
<h4>{{$v.T "report_how_better"}}</h4>
{{mdtxt $v $g.Better}}
{{- end}}
{{- if $g.Recs}}
<h4>{{$v.T "report_recs"}}</h4>
<ul>{{range $g.Recs}}<li><a href="{{.URL}}">{{txt $v .Title}}</a> <span class="id">{{.ID}}</span></li>{{end}}</ul>
{{- end}}
<p><strong>{{$v.T "report_guide_page"}}:</strong> <a href="{{$g.URL}}"><span class="id">{{$g.ID}}</span></a></p>
{{- if $g.BlockedBy}}<p><strong>{{$v.T "report_blocked_by"}}:</strong> {{range $j, $r := $g.BlockedBy}}{{if $j}}, {{end}}<a href="#gap-{{$r.ID}}"><span class="id">{{$r.ID}}</span></a>{{end}}</p>{{end}}
{{- if $g.Blocks}}<p><strong>{{$v.T "report_blocks"}}:</strong> {{range $j, $r := $g.Blocks}}{{if $j}}, {{end}}<span class="id">{{$r.ID}}</span>{{end}}</p>{{end}}
</section>
{{- end}}
<h2>{{.T "report_strengths"}}</h2>
{{template "reflist" dict2 $v .Strengths}}
<h2>{{.T "report_dependencies"}}</h2>
{{- if not .Deps}}<p>{{.T "report_no_dependencies"}}</p>{{else}}
<ul>{{range .Deps}}<li><a href="#gap-{{.ID}}"><span class="id">{{.ID}}</span></a> → {{range $j, $r := .Blocks}}{{if $j}}, {{end}}<span class="id">{{$r.ID}}</span>{{end}}</li>{{end}}</ul>
{{- end}}
{{- if .Premature}}
<h2>{{.T "report_premature"}}</h2>
<ul>{{range .Premature}}<li>{{$v.T "report_premature_line" "criterion" .ID "needs" (ids .Needs)}}</li>{{end}}</ul>
{{- end}}
{{- if .Unanswered}}
<h2>{{.T "report_unanswered"}}</h2>
{{template "reflist" dict2 $v .Unanswered}}
{{- end}}
{{- if .NotApplicable}}
<h2>{{.T "report_not_applicable"}}</h2>
{{template "reflist" dict2 $v .NotApplicable}}
{{- end}}
<h2>{{.T "report_method"}}</h2>
<p>{{.Method}}</p>
<footer>{{.T "report_footer"}}</footer>
</article>
{{- end}}
</body>
</html>
{{define "reflist"}}{{$v := .V}}{{if not .Refs}}<p>{{$v.T "report_none"}}</p>{{else}}<ul>{{range .Refs}}<li><a href="{{.URL}}">{{txt $v .Question}}</a> <span class="id">{{.ID}}</span></li>{{end}}</ul>{{end}}{{end}}
`))

// WriteHTML writes one self-contained, printable HTML file holding every
// report (and a summary table first when there are several). It has inline
// CSS only: no scripts, no external requests.
//
// Each report is in its own view's language; the page, its title and the
// summary table are in the language of sum, the same reports in one
// language (each report's own views serve when they already share one).
func WriteHTML(w io.Writer, views, sum []*View) error {
	if len(views) == 0 {
		return nil
	}
	if len(sum) == 0 {
		sum = views
	}
	s0 := sum[0]
	p := htmlPage{Lang: s0.Lang, Dir: s0.Dir, Views: views}
	if len(views) == 1 {
		p.Title = views[0].T("report_title") + ": " + views[0].P.Locality
	} else {
		p.Title = s0.T("report_summary", "n", strconv.Itoa(len(views)))
		p.SumTitle = p.Title
		p.Summary = Summary(sum)
		p.SumHead = headers(s0, summaryKeys...)
	}
	return htmlTmpl.Execute(w, p)
}
