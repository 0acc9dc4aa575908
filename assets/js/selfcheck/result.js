// The result on the page: the band and why, the domain scores (radar chart
// and table), the must-haves and the gaps in priority order, each linked to
// the guide. The numbers are score.js's, written as the page's language
// writes numbers.
import { pctText, numText, tenthsOf, trimSpace } from "./score.js";
import { radar } from "./radar.js";
import { h, plain, statusKey } from "./dom.js";

/** The result view's children for the result r; actions are the buttons to show under it. */
export function renderResult(ctx, r, actions) {
  const { t, g, numbers } = ctx;
  const bandName = (id) => g.data.bands[id]?.name || id;
  const critLink = (id) => {
    const c = g.byId.get(id);
    return c?.url ? h("a", { href: c.url, text: plain(c.question) || id }) : h("span", { text: id });
  };
  const band = g.data.bands[r.band] || {};
  const pct = pctText(numbers, tenthsOf(r));
  const points = t("selfcheck_points_of", { earned: numText(numbers, r.earned_quarters), possible: numText(numbers, r.possible_quarters) });
  const why =
    r.band !== r.uncapped_band
      ? t("selfcheck_why_capped", { pct, uncapped: bandName(r.uncapped_band), band: bandName(r.band) })
      : t("selfcheck_why_plain", { pct, band: bandName(r.band) });
  const rows = r.domains
    .filter((d) => d.possible_quarters > 0)
    .map((d) => ({ name: g.data.domains[d.domain]?.name || d.domain, percent: tenthsOf(d) / 10, pctText: pctText(numbers, tenthsOf(d)), d }));
  const chart = radar(rows, { id: "sc-radar", title: t("selfcheck_chart_title"), desc: t("selfcheck_chart_desc") });
  const list = (ids, empty) => (ids.length ? h("ul", { class: "sc-list" }, ids.map((id) => h("li", {}, critLink(id)))) : h("p", { text: empty }));
  const recs = g.data.recommendations || {};
  const gaps = h(
    "ol",
    { class: "sc-gaps" },
    r.gaps.map((gap) =>
      h(
        "li",
        { class: "sc-gap" },
        h("p", { class: "sc-gap-q" }, critLink(gap.criterion)),
        h(
          "p",
          { class: "sc-meta" },
          gap.must_have ? h("strong", { class: "sc-tag sc-tag-red", text: t("must_have") }) : null,
          h("span", { text: t(statusKey(gap.status)) }),
          h("span", { text: `${t("weight")}: ${gap.weight}/3` }),
          h("span", { text: t("selfcheck_missing_points", { n: numText(numbers, gap.missing_quarters) }) }),
        ),
        gap.recommendations.length
          ? h(
              "p",
              { class: "sc-recs" },
              h("span", { text: t("selfcheck_recs") + ": " }),
              gap.recommendations.map((id, i) => [i ? "; " : "", recs[id] ? h("a", { href: recs[id].url, text: plain(recs[id].title) }) : id]),
            )
          : null,
      ),
    ),
  );
  const st = ctx.state;
  const models = st.models.map((id) => g.data.models[id]?.name || id).join(" + ");
  return [
    h("h2", { id: "sc-result-h", text: t("selfcheck_result_heading") }),
    h(
      "div",
      { class: "sc-panel sc-band-" + r.band },
      h("p", { class: "sc-panel-label", text: t("band") }),
      h("p", { class: "sc-panel-band", id: "sc-band", text: band.name || r.band }),
      h("p", { class: "sc-panel-score" }, h("span", { id: "sc-percent", text: pct }), " · ", h("span", { id: "sc-points", text: points })),
    ),
    h("p", { text: why }),
    band.description ? h("p", { text: plain(band.description) }) : null,
    h("p", { class: "sc-project-line", text: [st.locality, models, st.date].filter((x) => trimSpace(x)).join(" · ") }),
    h("h3", { text: t("selfcheck_domains_heading") }),
    h(
      "div",
      { class: "sc-domains" },
      chart ? h("figure", { class: "sc-radar" }, chart) : null,
      h(
        "table",
        { class: "sc-table", id: "sc-domain-table" },
        h("caption", { class: "visually-hidden", text: t("selfcheck_domains_heading") }),
        h("thead", {}, h("tr", {}, h("th", { scope: "col", text: t("domain") }), h("th", { scope: "col", text: t("selfcheck_score") }), h("th", { scope: "col", text: t("selfcheck_points") }))),
        h(
          "tbody",
          {},
          r.domains.map((d) =>
            h(
              "tr",
              { "data-domain": d.domain },
              h("th", { scope: "row", text: g.data.domains[d.domain]?.name || d.domain }),
              h("td", { text: d.possible_quarters > 0 ? pctText(numbers, tenthsOf(d)) : t("selfcheck_no_criteria") }),
              h("td", { text: d.possible_quarters > 0 ? t("selfcheck_points_of", { earned: numText(numbers, d.earned_quarters), possible: numText(numbers, d.possible_quarters) }) : "–" }),
            ),
          ),
        ),
      ),
    ),
    h("h3", { text: t("selfcheck_must_missing") }),
    list(r.must_haves_missing, t("selfcheck_none")),
    h("h3", { text: t("selfcheck_must_partial") }),
    list(r.must_haves_partial, t("selfcheck_none")),
    h("h3", { text: t("selfcheck_gaps_heading") }),
    r.gaps.length ? gaps : h("p", { text: t("selfcheck_none") }),
    r.unanswered.length ? h("p", { class: "sc-note", text: t("selfcheck_unanswered", { n: r.unanswered.length }) }) : null,
    h("div", { class: "sc-actions" }, actions),
    h("p", { class: "sc-note", text: t("selfcheck_method_note") }),
  ];
}
