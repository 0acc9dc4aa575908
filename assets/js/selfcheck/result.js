// The report as elements, in the order of `exitguide check --format
// markdown`: the project, the band and why, the domain scores (radar chart
// and table), the must-haves, the questions to find out, the gaps with how
// to do better and the recommendations, what is claimed but not shown, the
// strengths, the dependencies, the action plan and the method. The page
// shows it under its own heading; export.js puts the same elements in a
// self-contained HTML file.
import { radar } from "./radar.js";
import { h, plain } from "./dom.js";
import { bandLevel } from "./report.js";

/**
 * reportNodes: the elements of the report view v. o.w looks words up;
 * o.level is the heading level of the sections (3 on the page, 2 in a
 * file); o.url makes a guide link (as it is on the page, or absolute in a
 * file); o.ids marks the parts the page's tests and links use.
 */
export function reportNodes(v, o) {
  const { w } = o;
  const url = o.url || ((u) => u);
  const H = (n) => "h" + Math.min(o.level + n, 6);
  const sec = (key, cls, ...kids) => h("section", { class: "sc-section " + cls }, h(H(0), { text: w(key) }), kids);
  const idSpan = (id) => h("span", { class: "id", dir: "ltr", text: id });
  const link = (r, text) => (r.url ? h("a", { href: url(r.url), text }) : h("span", { text }));
  const refList = (refs, cls) =>
    refs.length ? h("ul", { class: "sc-list " + (cls || "") }, refs.map((r) => h("li", { "data-id": r.id }, link(r, plain(r.question)), " (", idSpan(r.id), ")"))) : h("p", { text: w("report_none") });
  const ids = (refs) => refs.map((r, i) => [i ? ", " : "", idSpan(r.id)]);
  const label = (key, ...kids) => h("p", {}, h("strong", { text: w(key) + ": " }), kids);

  const project = h(
    "table",
    { class: "sc-table sc-project-table" },
    h("caption", { class: "visually-hidden", text: w("report_title") }),
    h(
      "tbody",
      {},
      [
        ["report_locality", v.locality],
        ["report_organisations", v.organisations.join("; ")],
        ["report_models", v.models.join("; ")],
        ["report_date", v.date],
        ["report_assessed_by", v.assessedBy],
      ].map(([k, x]) => h("tr", {}, h("th", { scope: "row", text: w(k) }), h("td", { text: x }))),
    ),
  );
  const rows = v.domains.filter((d) => d.percent != null).map((d) => ({ name: d.name, percent: d.percent, pctText: d.pctText }));
  const chart = radar(rows, { id: o.ids ? "sc-radar" : "radar", title: w("report_chart_title"), desc: w("report_chart_desc") });
  const gaps = v.gaps.length
    ? h(
        "ol",
        { class: "sc-gaps" },
        v.gaps.map((gp) =>
          h(
            "li",
            { class: "sc-gap", "data-id": gp.id },
            h("p", { class: "sc-gap-q" }, link(gp, plain(gp.question))),
            h("p", { class: "sc-meta" }, gp.mustHave ? h("strong", { class: "sc-tag sc-tag-red", text: w("report_must_have") }) : null, idSpan(gp.id), h("span", { text: gp.status }), h("span", { text: gp.weight }), h("span", { text: gp.missing })),
            gp.better ? label("report_how_better", plain(gp.better)) : null,
            gp.recs.length ? h("div", { class: "sc-recs" }, h("p", {}, h("strong", { text: w("report_recs") + ":" })), h("ul", {}, gp.recs.map((r) => h("li", {}, r.url ? h("a", { href: url(r.url), text: plain(r.title) }) : r.title)))) : null,
            gp.blockedBy.length ? label("report_blocked_by", ids(gp.blockedBy)) : null,
            gp.blocks.length ? label("report_blocks", ids(gp.blocks)) : null,
          ),
        ),
      )
    : h("p", { text: w("report_none") });
  const planHead = ["report_plan_n", "report_plan_action", "report_plan_criterion", "report_plan_status", "report_plan_owner", "report_plan_due", "report_recs"];
  const plan = v.plan.length
    ? h(
        "div",
        { class: "sc-table-wrap" },
        h(
          "table",
          { class: "sc-table sc-plan", id: o.ids ? "sc-plan" : null },
          h("caption", { class: "visually-hidden", text: w("report_plan_title") }),
          h("thead", {}, h("tr", {}, planHead.map((k) => h("th", { scope: "col", text: w(k) })))),
          h(
            "tbody",
            {},
            v.plan.map((r) =>
              h(
                "tr",
                { "data-id": r.id },
                // data-label: each cell's column, shown before it where a narrow screen stacks the rows.
                h("td", { class: "num", "data-label": w(planHead[0]), text: String(r.n) }),
                h("td", { "data-label": w(planHead[1]), text: r.action }),
                h("td", { "data-label": w(planHead[2]) }, r.mustHave ? h("strong", { text: w("report_must_have") + ": " }) : null, link(r, plain(r.question))),
                h("td", { "data-label": w(planHead[3]), text: r.status }),
                h("td", { "data-label": w(planHead[4]), text: r.owner }),
                h("td", { class: "num", "data-label": w(planHead[5]), text: r.due }),
                h("td", { "data-label": w(planHead[6]) }, r.recs.map((x, i) => [i ? "; " : "", x.url ? h("a", { href: url(x.url), text: plain(x.title) }) : x.title])),
              ),
            ),
          ),
        ),
      )
    : h("p", { text: w("report_none") });

  return [
    project,
    v.evidence.map((e) => h("p", { class: "sc-evidence", text: e })),
    h(
      "div",
      { class: `sc-panel sc-band-${v.bandId} sc-band-${bandLevel(v)}` },
      h("p", { class: "sc-panel-label", text: w("report_readiness") }),
      h("p", { class: "sc-panel-band", id: o.ids ? "sc-band" : null, text: v.band }),
      h("p", { class: "sc-panel-score" }, h("span", { id: o.ids ? "sc-percent" : null, text: v.percent }), " · ", h("span", { id: o.ids ? "sc-points" : null, text: v.points })),
    ),
    v.bandDesc ? h("p", { text: plain(v.bandDesc) }) : null,
    label("report_why", v.why),
    v.whyCaps.length ? h("ul", { class: "sc-list" }, v.whyCaps.map((c) => h("li", { text: c }))) : null,
    v.counts.map((c) => h("p", { class: "sc-count", text: c })),
    sec(
      "report_domains",
      "sc-domains-section",
      h(
        "div",
        { class: "sc-domains" },
        chart ? h("figure", { class: "sc-radar" }, chart) : null,
        h(
          "table",
          { class: "sc-table", id: o.ids ? "sc-domain-table" : null },
          h("caption", { class: "visually-hidden", text: w("report_domains") }),
          h("thead", {}, h("tr", {}, h("th", { scope: "col", text: w("report_domain") }), h("th", { scope: "col", class: "num", text: w("report_score") }), h("th", { scope: "col", class: "num", text: w("report_points") }))),
          h(
            "tbody",
            {},
            v.domains.map((d) => h("tr", { "data-domain": d.id }, h("th", { scope: "row", text: d.name }), h("td", { class: "num", text: d.pctText }), h("td", { class: "num", text: d.points || "–" }))),
          ),
        ),
      ),
    ),
    sec("report_must_missing", "sc-must-missing", refList(v.mustMissing)),
    v.mustPartial.length ? sec("report_must_partial", "sc-must-partial", refList(v.mustPartial)) : null,
    v.dontKnow.length ? sec("report_dont_know", "sc-dont-know", h("p", { text: w("report_dont_know_intro") }), refList(v.dontKnow)) : null,
    sec("report_gaps", "sc-gaps-section", gaps),
    v.claimed.length ? sec("report_claimed", "sc-claimed", h("p", { text: w("report_claimed_intro") }), refList(v.claimed)) : null,
    sec("report_strengths", "sc-strengths", refList(v.strengths)),
    sec(
      "report_dependencies",
      "sc-deps",
      v.deps.length ? h("ul", { class: "sc-list" }, v.deps.map((d) => h("li", {}, ...fillNodes(w("report_dep_line", { criterion: "\u0000c", blocks: "\u0000b" }), { c: idSpan(d.id), b: ids(d.blocks) })))) : h("p", { text: w("report_no_dependencies") }),
    ),
    v.premature.length
      ? sec("report_premature", "sc-premature", h("ul", { class: "sc-list" }, v.premature.map((x) => h("li", {}, ...fillNodes(w("report_premature_line", { criterion: "\u0000c", needs: "\u0000n" }), { c: idSpan(x.id), n: ids(x.needs) })))))
      : null,
    v.unanswered.length ? sec("report_unanswered", "sc-unanswered", refList(v.unanswered)) : null,
    v.notApplicable.length ? sec("report_not_applicable", "sc-not-applicable", refList(v.notApplicable)) : null,
    sec("report_plan_title", "sc-plan-section", h("p", { text: w("report_plan_intro") }), plan),
    sec("report_method", "sc-method", h("p", { text: v.method })),
  ];
}

// A sentence with element slots: the marks \0c, \0b, ... become the nodes given for c, b, ...
function fillNodes(s, nodes) {
  return s.split(/(\u0000\w)/).map((part) => (part.startsWith("\u0000") ? nodes[part.slice(1)] : part));
}
