// The scoring method of internal/score (Go), in the browser. Pure: no DOM,
// no I/O, no clock. Every rule, and every order of every list, follows
// internal/score/score.go line for line; tests/parity/parity.test.mjs holds
// the two to the same results on a shared corpus (testdata/parity/).

export const IN_PLACE = "in-place";
export const PARTLY = "partly";
export const PLANNED = "planned";
export const NOT_STARTED = "not-started";
export const DONT_KNOW = "dont-know";
export const NOT_APPLICABLE = "not-applicable";
/** The answer statuses, best first, then dont-know and not-applicable (proposal.Statuses). */
export const STATUSES = [IN_PLACE, PARTLY, PLANNED, NOT_STARTED, DONT_KNOW, NOT_APPLICABLE];

// Go's strings.TrimSpace: unicode.IsSpace, which differs from String.trim
// (NEL is a space in Go, U+FEFF is not).
const SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const trimRe = new RegExp(`^${SPACE}+|${SPACE}+$`, "g");
export const trimSpace = (s) => (typeof s === "string" ? s.replace(trimRe, "") : "");

const byOrder = (a, b) => a.order - b.order;

/**
 * Indexes the guide data of one language (the shape of hugo.Data.guide.LANG,
 * or the subset the self-check page ships): scoring, bands, domains, models,
 * blocks and criteria, each a map keyed by id.
 */
export function makeGuide(data) {
  const bands = Object.values(data.bands || {}).sort(byOrder);
  const domains = Object.values(data.domains || {}).sort(byOrder);
  const models = Object.values(data.models || {}).sort(byOrder);
  const blocks = data.blocks || {};
  const modelRank = (m) => (m === "core" ? 0 : (data.models?.[m]?.order ?? 1e9));
  // The guide's order (guide.Criteria): the common core first, then each
  // model in its order; within a model its blocks in order, within a block
  // its criteria in order.
  const criteria = Object.values(data.criteria || {}).sort(
    (a, b) =>
      modelRank(a.model) - modelRank(b.model) ||
      (blocks[a.block]?.order ?? 0) - (blocks[b.block]?.order ?? 0) ||
      a.order - b.order,
  );
  const byId = new Map(criteria.map((c) => [c.id, c]));
  // Retired criterion ids (a criterion's replaces) -> the criterion that took them over.
  const retired = new Map(criteria.flatMap((c) => (c.replaces || []).map((old) => [old, c])));
  const dependents = new Map();
  for (const c of criteria) {
    for (const d of new Set(c.depends_on || [])) { // a prerequisite named twice counts once (score.go alike)
      if (!dependents.has(d)) dependents.set(d, []);
      dependents.get(d).push(c.id);
    }
  }
  const s = data.scoring || {};
  return {
    data,
    bands,
    domains,
    models,
    criteria,
    byId,
    retired,
    dependents,
    scoring: { credits: s.credits || {}, capMissing: s.cap_missing || "", capPartial: s.cap_partial || "" },
  };
}

/** guide.CriteriaFor: the core's criteria and those of the models listed, in the guide's order. */
export function criteriaFor(g, models = []) {
  const want = new Set(["core", ...models]);
  return g.criteria.filter((c) => want.has(c.model));
}

/** score.Quarters: each status's credit in quarter-points. */
export function quarters(credits) {
  const q = {};
  for (const [st, c] of Object.entries(credits)) {
    if (typeof c !== "number" || !Number.isFinite(c)) continue;
    q[st] = Math.round(Math.min(Math.max(c, 0), 1) * 4);
  }
  return q;
}

/** score.Tenths: earned ÷ possible × 1000, rounded half up; 0 when nothing is possible. */
export function tenths(earned, possible) {
  if (possible <= 0) return 0;
  return Math.floor((2000 * earned + possible) / (2 * possible));
}

/** score.BandOf: the highest band whose minimum the percentage (in tenths) reaches. */
export function bandOf(g, t) {
  let band = "";
  g.bands.forEach((b, i) => {
    if (i === 0 || t >= Math.round(b.min * 10)) band = b.id;
  });
  return band;
}

/** score.BandRank: a band's position from the lowest (0), or -1. */
export function bandRank(g, id) {
  return g.bands.findIndex((b) => b.id === id);
}

/**
 * score.ScoreWith: the readiness of a proposal ({models: [...], answers: {id:
 * {status, evidence, owner, due, reason, ...}}}). The result has the shape
 * (and the JSON field names) of score.Result. opts.requireEvidence scores an
 * answer in place or partly with no evidence as not started (score.Options).
 */
export function score(g, p, opts = {}) {
  const requireEvidence = !!opts.requireEvidence;
  const r = {
    earned_quarters: 0,
    possible_quarters: 0,
    earned: 0,
    possible: 0,
    percent: 0,
    band: "",
    uncapped_band: "",
    capped_by: [],
    domains: [],
    must_haves_missing: [],
    must_haves_partial: [],
    gaps: [],
    strengths: [],
    premature: [],
    unanswered: [],
    claimed_not_shown: [],
    evidence_required: requireEvidence,
    dont_know: [],
    not_applicable: [],
    criteria: [],
  };
  const q = quarters(g.scoring.credits);
  const models = (p && p.models) || [];
  const answers = (p && p.answers) || {};
  const crits = criteriaFor(g, models);
  const inScope = new Set(crits.map((c) => c.id));
  const status = new Map();
  const domains = new Map(g.domains.map((d) => [d.id, { domain: d.id, earned_quarters: 0, possible_quarters: 0, criteria: 0 }]));
  let capRank = g.bands.length - 1;
  const missingRank = bandRank(g, g.scoring.capMissing);
  const partialRank = bandRank(g, g.scoring.capPartial);
  for (const c of crits) {
    const answered = Object.prototype.hasOwnProperty.call(answers, c.id);
    const a = answered ? answers[c.id] || {} : {};
    let st = a.status;
    if (!answered) {
      st = NOT_STARTED;
      r.unanswered.push(c.id);
    } else if (st === NOT_APPLICABLE && !(c.na_allowed && trimSpace(a.reason) !== "")) {
      st = NOT_STARTED;
    } else if (st === PLANNED && (trimSpace(a.owner) === "" || trimSpace(a.due) === "")) {
      st = NOT_STARTED;
    } else if (st !== NOT_APPLICABLE && !STATUSES.includes(st)) {
      st = NOT_STARTED;
    }
    if ((st === IN_PLACE || st === PARTLY) && trimSpace(a.evidence) === "") {
      r.claimed_not_shown.push(c.id); // claimed, not shown
      if (requireEvidence) st = NOT_STARTED;
    }
    status.set(c.id, st);
    if (st === DONT_KNOW) r.dont_know.push(c.id);
    const cs = {
      criterion: c.id,
      domain: c.domain,
      status: st,
      answered,
      applicable: st !== NOT_APPLICABLE,
      earned_quarters: 0,
      possible_quarters: 0,
    };
    if (cs.applicable) {
      cs.possible_quarters = 4 * c.weight;
      if (st !== DONT_KNOW) cs.earned_quarters = c.weight * (q[st] || 0); // earns nothing, whatever the credits say
      r.earned_quarters += cs.earned_quarters;
      r.possible_quarters += cs.possible_quarters;
      const d = domains.get(c.domain);
      if (d) {
        d.earned_quarters += cs.earned_quarters;
        d.possible_quarters += cs.possible_quarters;
        d.criteria++;
      }
    } else {
      r.not_applicable.push(c.id);
    }
    r.criteria.push(cs);
    if (c.must_have && cs.applicable) {
      if (st === NOT_STARTED || st === DONT_KNOW) {
        r.must_haves_missing.push(c.id);
        if (missingRank >= 0) {
          r.capped_by.push({ criterion: c.id, status: st, band: g.scoring.capMissing });
          capRank = Math.min(capRank, missingRank);
        }
      } else if (st !== IN_PLACE) {
        r.must_haves_partial.push(c.id);
        if (partialRank >= 0) {
          r.capped_by.push({ criterion: c.id, status: st, band: g.scoring.capPartial });
          capRank = Math.min(capRank, partialRank);
        }
      }
    }
  }
  r.earned = r.earned_quarters / 4;
  r.possible = r.possible_quarters / 4;
  const t = tenths(r.earned_quarters, r.possible_quarters);
  r.percent = t / 10;
  r.uncapped_band = bandOf(g, t);
  r.band = r.uncapped_band;
  const rank = bandRank(g, r.band);
  if (capRank >= 0 && rank > capRank) r.band = g.bands[capRank].id;
  // Only the caps that lowered the band.
  const uncapped = bandRank(g, r.uncapped_band);
  r.capped_by = r.capped_by.filter((cap) => bandRank(g, cap.band) < uncapped);
  for (const d of g.domains) {
    const ds = domains.get(d.id);
    if (ds.possible_quarters > 0) ds.percent = tenths(ds.earned_quarters, ds.possible_quarters) / 10;
    r.domains.push(ds);
  }

  // Gaps, dependencies and strengths.
  const isGap = (id) => {
    const st = status.get(id);
    return inScope.has(id) && st !== IN_PLACE && st !== NOT_APPLICABLE;
  };
  const order = new Map(crits.map((c, i) => [c.id, i]));
  const strengths = [];
  crits.forEach((c, i) => {
    const cs = r.criteria[i];
    const blocks = (g.dependents.get(c.id) || []).filter((id) => inScope.has(id));
    const blockedBy = [...new Set(c.depends_on || [])].filter(isGap); // each once, as in Go
    if (isGap(c.id)) {
      r.gaps.push({
        criterion: c.id,
        status: cs.status,
        must_have: !!c.must_have,
        weight: c.weight,
        missing_quarters: cs.possible_quarters - cs.earned_quarters,
        recommendations: [...(c.recommendations || [])],
        blocks,
        blocked_by: blockedBy,
      });
    } else if (cs.status === IN_PLACE) {
      strengths.push({ id: c.id, weight: c.weight });
    }
    if ((cs.status === IN_PLACE || cs.status === PARTLY) && blockedBy.length > 0) {
      r.premature.push({ criterion: c.id, needs: blockedBy });
    }
  });
  r.gaps.sort((a, b) => {
    if (a.must_have !== b.must_have) return a.must_have ? -1 : 1;
    if (a.missing_quarters !== b.missing_quarters) return b.missing_quarters - a.missing_quarters;
    if (a.blocks.length !== b.blocks.length) return b.blocks.length - a.blocks.length;
    return order.get(a.criterion) - order.get(b.criterion);
  });
  strengths.sort((a, b) => b.weight - a.weight); // stable: ties keep the guide's order
  r.strengths = strengths.map((s) => s.id);
  return r;
}

// Formatting, as internal/report writes numbers (guide.Language's Pct and
// Num), from the language's facts in its language.yaml: fmt is
// {decimal, percent}, the page's data file's "language".

/** Language.Pct: a percentage given in tenths, with one decimal place, as the language writes it ("58.3%", "58,3 %"). */
export function pctText(fmt, t) {
  const s = `${Math.floor(t / 10)}${fmt.decimal || "."}${t % 10}`;
  return (fmt.percent || "{n}%").replace("{n}", s);
}

/** Language.Num: points given in quarter-points ("35", "12.5", "3,75"). */
export function numText(fmt, q) {
  const s = `${Math.floor(q / 4)}${["", ".25", ".5", ".75"][q % 4]}`;
  return s.replace(".", fmt.decimal || ".");
}

/** The percentage of a result (or of a domain sub-score) in tenths. */
export const tenthsOf = (x) => tenths(x.earned_quarters, x.possible_quarters);
