// The report of a scored proposal with every string resolved, as
// internal/report/view.go builds it (View), so that the page, the HTML file
// and the action plan the page saves have the sections, the order and the
// words of `exitguide check`. Pure: no DOM. w(key, args) looks up the shared
// catalogue's report_ words; fmt is how the language writes numbers.
import { pctText, numText, tenthsOf, trimSpace } from "./score.js";
import { plain } from "./dom.js";

/**
 * reportView: the report of proposal p (the proposal file's document) with
 * result r (score.js), in the page's language.
 */
export function reportView(w, g, fmt, p, r) {
  const d = g.data;
  const bandName = (id) => d.bands?.[id]?.name || id;
  const pct = (tenths) => pctText(fmt, tenths);
  const pointsOf = (e, pq) => w("report_points_of", { earned: numText(fmt, e), possible: numText(fmt, pq) });
  const status = (s) => w("report_status_" + s.replace(/-/g, "_"));
  const ref = (id) => {
    const c = g.byId.get(id);
    return { id, question: c?.question || id, url: c?.url || "", mustHave: !!c?.must_have };
  };
  const refs = (ids) => (ids || []).map(ref);
  const v = {
    locality: p.locality || "",
    organisations: p.organisations || [],
    models: (p.models || []).map((m) => d.models?.[m]?.name || m),
    date: p.date || "",
    assessedBy: p.assessed_by || "",
    bandId: r.band,
    bandRank: g.bands.findIndex((b) => b.id === r.band),
    bandCount: g.bands.length,
    band: bandName(r.band),
    bandDesc: d.bands?.[r.band]?.description || "",
    percent: pct(tenthsOf(r)),
    points: pointsOf(r.earned_quarters, r.possible_quarters),
  };
  // How strong the evidence behind each model is (report.EvidenceLine).
  v.evidence = (p.models || [])
    .map((m) => [d.models?.[m]?.name || m, d.models?.[m]?.evidence])
    .filter(([, ev]) => ev?.kinds?.length)
    .map(([name, ev]) =>
      w("report_evidence", {
        model: name,
        kinds: ev.kinds.map((k) => w("evidence_type_" + k.type.replace(/-/g, "_")) + (k.status === "draft" ? ", " + w("evidence_status_draft") : "")).join("; "),
        verdict: w(ev.evaluated ? "evidence_evaluated" : "evidence_not_evaluated"),
      }),
    );
  v.why = r.capped_by.length
    ? w("report_why_capped", { percent: v.percent, uncapped: bandName(r.uncapped_band), band: v.band })
    : w("report_why_plain", { percent: v.percent, band: v.band });
  const capKey = { "not-started": "report_why_cap_missing", "dont-know": "report_why_cap_dont_know" };
  v.whyCaps = r.capped_by.map((c) => w(capKey[c.status] || "report_why_cap_partial", { criterion: c.criterion, band: bandName(c.band) }));
  v.counts = [];
  const claimed = r.claimed_not_shown || [];
  const dontKnow = r.dont_know || [];
  if (claimed.length) v.counts.push(w(r.evidence_required ? "report_claimed_count_required" : "report_claimed_count", { n: claimed.length }));
  // Answers a compare consensus draft marks "to discuss" (report.toDiscuss):
  // the draft is in the group's language, so the mark of every language
  // counts (the data file's to_discuss, in the guide's order); the count
  // names the first language's mark found.
  const own = w("compare_to_discuss");
  const marks = [...new Set([...(d.to_discuss || []), own].filter((m) => m && m !== "compare_to_discuss"))];
  let discuss = 0;
  let first = marks.length;
  for (const a of Object.values(p.answers || {})) {
    const i = marks.findIndex((m) => trimSpace(a?.notes || "").startsWith(m));
    if (i >= 0) [discuss, first] = [discuss + 1, Math.min(first, i)];
  }
  if (discuss) v.counts.push(w("report_to_discuss_count", { n: discuss, mark: marks[first] }));
  if (dontKnow.length) v.counts.push(w("report_dont_know_count", { n: dontKnow.length }));
  v.domains = r.domains.map((x) => ({
    id: x.domain,
    name: d.domains?.[x.domain]?.name || x.domain,
    percent: x.possible_quarters > 0 ? tenthsOf(x) / 10 : null,
    pctText: x.possible_quarters > 0 ? pct(tenthsOf(x)) : w("report_no_criteria"),
    points: x.possible_quarters > 0 ? pointsOf(x.earned_quarters, x.possible_quarters) : "",
  }));
  v.mustMissing = refs(r.must_haves_missing);
  v.mustPartial = refs(r.must_haves_partial);
  v.gaps = r.gaps.map((gp) => ({
    ...ref(gp.criterion),
    status: status(gp.status),
    weight: w("report_weight", { weight: gp.weight }),
    missing: w("report_missing_points", { points: numText(fmt, gp.missing_quarters) }),
    better: trimSpace(g.byId.get(gp.criterion)?.better || ""),
    recs: gp.recommendations.map((id) => ({ id, title: d.recommendations?.[id]?.title || id, url: d.recommendations?.[id]?.url || "" })),
    blocks: refs(gp.blocks),
    blockedBy: refs(gp.blocked_by),
  }));
  v.deps = v.gaps.filter((gp) => gp.blocks.length).map((gp) => ({ id: gp.id, blocks: gp.blocks }));
  v.strengths = refs(r.strengths);
  v.premature = r.premature.map((x) => ({ id: x.criterion, needs: refs(x.needs) }));
  v.unanswered = refs(r.unanswered);
  v.dontKnow = refs(dontKnow);
  v.claimed = refs(claimed);
  v.notApplicable = refs(r.not_applicable);
  const bands = g.bands.map((b) => w("report_band_from", { band: bandName(b.id), min: pct(Math.round(b.min * 10)) }));
  v.method = w("report_method_text", { bands: bands.join("; "), cap_missing: bandName(g.scoring.capMissing), cap_partial: bandName(g.scoring.capPartial) });
  // The action plan (report.Plan): one row per gap, in priority order.
  v.plan = v.gaps.map((gp, i) => {
    const a = p.answers?.[gp.id] || {};
    return { n: i + 1, id: gp.id, action: plain(gp.better), question: gp.question, status: gp.status, mustHave: gp.mustHave, owner: trimSpace(a.owner || ""), due: a.due || "", recs: gp.recs, url: gp.url };
  });
  return v;
}

/** BandLevel: "low" (the lowest band), "top" (the highest) or "mid", as the reports mark the band. */
export const bandLevel = (v) => (v.bandRank <= 0 ? "low" : v.bandRank >= v.bandCount - 1 ? "top" : "mid");
