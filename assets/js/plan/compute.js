// The capacity and cost worksheet's arithmetic and wording, the browser's
// twin of internal/plan (Compute, NeedText, Number, Money): held to it by
// testdata/parity/plan.json, which a Go test writes and tests/parity
// checks. No DOM here, so Node can run it.

/** fill replaces {name} placeholders with the values of pairs. */
export function fill(s, pairs) {
  return String(s).replace(/\{([a-z_]+)\}/g, (m, name) => (name in pairs ? String(pairs[name]) : m));
}

/** round2 rounds to cents, as plan.round2 does. */
export function round2(f) {
  return Math.round(f * 100) / 100;
}

function decimalOf(lang) {
  return lang.decimal || ".";
}

/** num writes a number with up to two decimals (guide.Language.Num). */
export function num(lang, f) {
  let s = f.toFixed(2).replace(/0+$/, "").replace(/\.$/, "");
  if (s === "-0") s = "0";
  const d = decimalOf(lang);
  return d !== "." ? s.replace(".", d) : s;
}

/** group inserts the thousands separator, the other of . and , from the
 * language's decimal separator (plan.group). */
export function group(lang, s) {
  const dec = decimalOf(lang);
  const sep = dec === "," ? "." : ",";
  const i = s.indexOf(dec);
  let whole = i < 0 ? s : s.slice(0, i);
  const frac = i < 0 ? null : s.slice(i + dec.length);
  const neg = whole.startsWith("-");
  if (neg) whole = whole.slice(1);
  let out = "";
  for (let j = 0; j < whole.length; j++) {
    if (j > 0 && (whole.length - j) % 3 === 0) out += sep;
    out += whole[j];
  }
  if (neg) out = "-" + out;
  if (frac !== null) out += dec + frac;
  return out;
}

/** number writes a figure (plan.Number). */
export function number(lang, f) {
  return group(lang, num(lang, f));
}

/** money writes an amount (plan.Money): whole amounts without decimals,
 * others with two. */
export function money(lang, f) {
  if (Number.isInteger(f)) return group(lang, String(f));
  return group(lang, f.toFixed(2).replace(".", decimalOf(lang)));
}

/** parseNumber reads a number typed in the page's language: spaces and the
 * thousands separator are left out, the decimal separator may be the
 * language's or a point. NaN when it is not a number. */
export function parseNumber(lang, s) {
  let t = String(s).replace(/[\s\u00a0\u202f\u2009']/g, "");
  const dec = decimalOf(lang);
  if (dec === ",") {
    if (/,/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
    else if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, "");
  } else {
    t = t.replace(/,/g, "");
  }
  if (!/^\d+(\.\d+)?$/.test(t)) return NaN;
  return Number(t);
}

function size(f) {
  if (!f || f.none) return null;
  if (f.value != null) return f.value;
  if (f.max != null) return f.max;
  if (f.min != null) return f.min;
  return null;
}

function need(line, women) {
  const n = { rule: "none", women, per: 0, ratio: 0, quantity: 0, known: false };
  if (!line.size_by) return n;
  const f = (line.figures || []).find((x) => x.quantity === line.size_by);
  const per = size(f);
  if (per == null || per <= 0) return n;
  n.rule = line.size_by;
  n.per = per;
  n.known = true;
  if (line.size_by === "women-year" || line.size_by === "group-size") {
    n.ratio = women / per;
    n.quantity = Math.ceil(n.ratio);
  } else {
    n.quantity = Math.ceil(per);
  }
  return n;
}

/** compute builds the worksheet of one model of the page's data (plan.Compute):
 * costs is null, or {currency, lines: {id: {cost?, quantity?, women?}}}. */
export function compute(model, women, costs) {
  const ws = { model: model.id, women, currency: costs ? costs.currency || "" : "", costs_given: !!costs, lines: [], total_year: 0, total_project: 0 };
  for (const cl of model.lines) {
    const lc = (costs && costs.lines && costs.lines[cl.id]) || {};
    const l = { id: cl.id, cost_per: cl.cost_per || "", period: cl.period || "year", cost: null, amount: null, status: "" };
    const w = lc.women != null ? lc.women : women;
    l.need = need(cl, w);
    if (lc.quantity != null) l.need = { rule: "user", women: w, per: 0, ratio: 0, quantity: lc.quantity, known: true };
    l.cost = lc.cost != null ? lc.cost : null;
    if (!cl.cost_per) {
      l.status = "info";
      l.need = { rule: "info", women: w, per: 0, ratio: 0, quantity: 0, known: false };
    } else if (!l.need.known) {
      l.status = "no-figure";
    } else if (l.cost == null) {
      l.status = "no-cost";
    } else {
      const a = round2(l.need.quantity * l.cost);
      l.amount = a;
      l.status = "in-total";
      if (l.period === "project") ws.total_project = round2(ws.total_project + a);
      else ws.total_year = round2(ws.total_year + a);
    }
    ws.lines.push(l);
  }
  return ws;
}

/** needText says how a line's quantity was found (plan.NeedText). */
export function needText(lang, t, n) {
  const q = String(n.quantity);
  switch (n.rule) {
    case "women-year":
    case "group-size":
      return t("plan_need_" + n.rule.replace(/-/g, "_"), { women: String(n.women), per: number(lang, n.per), ratio: num(lang, n.ratio), n: q });
    case "count":
    case "meetings-year":
      return t("plan_need_" + n.rule.replace(/-/g, "_"), { n: q });
    case "user":
      return t("plan_need_user", { n: q });
    case "info":
      return t("plan_need_info", {});
  }
  return t("plan_need_none", {});
}

/** view words a worksheet for the page and the parity test: per budget
 * line its name, need, quantity, unit cost and amount as text; the totals;
 * what was left out (plan.NewView). */
export function view(data, model, ws) {
  const lang = data.language;
  const t = (key, pairs) => fill(data.strings[key] != null ? data.strings[key] : key, pairs || {});
  const byId = Object.fromEntries(model.lines.map((l) => [l.id, l]));
  const out = { lines: [], budget: [], left_out: [], total_year: "–", total_project: "" };
  let hasProject = false, yearAmounts = false, projectAmounts = false;
  for (const l of ws.lines) {
    const cl = byId[l.id];
    const lv = { id: l.id, name: cl.name, need: needText(lang, t, l.need), quantity: l.need.known ? String(l.need.quantity) : "",
      cost_per: cl.cost_per_label || "", unit_cost: "", amount: "", status: l.status, period: l.period };
    if (l.cost_per) {
      if (l.cost != null) lv.unit_cost = money(lang, l.cost);
      if (l.amount != null) lv.amount = money(lang, l.amount);
      if (l.status === "no-figure") out.left_out.push(t("plan_left_no_figure", { line: cl.name }));
      if (l.status === "no-cost" && ws.costs_given) out.left_out.push(t("plan_left_no_cost", { line: cl.name }));
      if (l.period === "project") { hasProject = true; projectAmounts = projectAmounts || l.amount != null; }
      else yearAmounts = yearAmounts || l.amount != null;
      out.budget.push(lv);
    }
    out.lines.push(lv);
  }
  if (yearAmounts) out.total_year = money(lang, ws.total_year);
  if (hasProject) out.total_project = projectAmounts ? money(lang, ws.total_project) : "–";
  return out;
}
