// The planning page's calculator (layouts/plan/page.html): the same
// worksheet as `exitguide plan`, computed in the browser from the page's
// data file (fetched once, integrity checked). Nothing typed here leaves
// the page or is stored. GOV.UK patterns: radios, labelled inputs with
// hints, an error summary that links to each field.
import { bootWithData, h, put } from "../selfcheck/dom.js";
import { compute, fill, money, parseNumber, view } from "./compute.js";

const MAX_WOMEN = 1000000;
const MAX_COST = 1e12;
const MAX_QUANTITY = 100000;

function start(root, data) {
  const t = (key, pairs) => fill(data.strings[key] != null ? data.strings[key] : key, pairs || {});
  const lang = data.language;
  const example = money(lang, 1234.5);
  const summary = h("div", { class: "sc-error-summary", tabindex: "-1", role: "alert", hidden: true });
  const costsBox = h("div", { class: "plan-costs" });
  const result = h("section", { class: "plan-result", "aria-live": "polite" });
  const fieldId = (kind, id) => "plan-" + kind + "-" + id.replace(/[^A-Za-z0-9_-]/g, "_");
  let model = data.models[0];

  const field = (id, label, hint, attrs) =>
    h("div", { class: "sc-field", id: id + "-field" },
      h("label", { for: id, text: label }),
      hint ? h("p", { class: "sc-hint", id: id + "-hint", text: hint }) : null,
      h("p", { class: "sc-error-message", id: id + "-error", hidden: true }),
      h("input", Object.assign({ class: "sc-input sc-input-short", id, name: id, type: "text", autocomplete: "off", spellcheck: "false",
        "aria-describedby": hint ? id + "-hint" : null }, attrs)));

  const radios = h("div", { class: "sc-radios" }, data.models.map((m, i) =>
    h("div", { class: "sc-radio" },
      h("input", { type: "radio", name: "plan-model", id: "plan-model-" + m.id, value: m.id, checked: i === 0,
        onchange: () => { model = m; drawCosts(); } }),
      h("label", { for: "plan-model-" + m.id, text: m.name }))));

  function drawCosts() {
    const budget = model.lines.filter((l) => l.cost_per);
    put(costsBox,
      h("fieldset", { class: "sc-fieldset" },
        h("legend", { class: "sc-legend", text: t("plan_costs_legend") }),
        h("p", { class: "sc-hint", text: t("plan_costs_hint", { example }) }),
        budget.map((l) => [
          field(fieldId("cost", l.id), t("plan_cost_label", { line: l.name, per: l.cost_per_label }), null, { inputmode: "decimal" }),
          l.size_by ? null : field(fieldId("qty", l.id), t("plan_quantity_label", { line: l.name }), t("plan_quantity_hint"), { inputmode: "numeric" }),
        ])));
  }

  const form = h("form", { novalidate: true, onsubmit: (e) => { e.preventDefault(); calculate(); } },
    h("h2", { text: t("plan_form_heading") }),
    h("fieldset", { class: "sc-fieldset" },
      h("legend", { class: "sc-legend", text: t("plan_model_legend") }), radios),
    field("plan-women", t("plan_women_label"), t("plan_women_hint"), { inputmode: "numeric" }),
    field("plan-currency", t("plan_currency_label"), t("plan_currency_hint"), { maxlength: "12" }),
    costsBox,
    h("button", { type: "submit", class: "sc-button", text: t("plan_calculate") }));

  function showErrors(errors) {
    for (const el of root.querySelectorAll(".sc-field-error")) el.classList.remove("sc-field-error");
    for (const el of root.querySelectorAll(".sc-error-message")) { el.hidden = true; el.textContent = ""; }
    for (const el of root.querySelectorAll("input[aria-invalid]")) el.removeAttribute("aria-invalid");
    if (!errors.length) { summary.hidden = true; put(summary); return; }
    put(summary,
      h("h2", { class: "sc-error-title", text: t("selfcheck_error_title") }),
      h("ul", { class: "sc-error-list" }, errors.map((e) => h("li", {}, h("a", { href: "#" + e.id, text: e.text,
        onclick: (ev) => { ev.preventDefault(); document.getElementById(e.id).focus(); } })))));
    for (const e of errors) {
      const input = document.getElementById(e.id);
      input.setAttribute("aria-invalid", "true");
      document.getElementById(e.id + "-field").classList.add("sc-field-error");
      const msg = document.getElementById(e.id + "-error");
      msg.textContent = e.text;
      msg.hidden = false;
      input.setAttribute("aria-describedby", [e.id + "-error", input.getAttribute("aria-describedby")].filter(Boolean).join(" "));
    }
    summary.hidden = false;
    summary.focus();
  }

  function calculate() {
    const errors = [];
    const womenText = document.getElementById("plan-women").value.trim();
    const women = parseNumber(lang, womenText);
    if (!Number.isInteger(women) || women < 1 || women > MAX_WOMEN) errors.push({ id: "plan-women", text: t("plan_err_women_form", { max: String(MAX_WOMEN) }) });
    const costs = { currency: document.getElementById("plan-currency").value.trim(), lines: {} };
    for (const l of model.lines.filter((x) => x.cost_per)) {
      const lc = {};
      const cid = fieldId("cost", l.id);
      const c = document.getElementById(cid).value.trim();
      if (c !== "") {
        const v = parseNumber(lang, c);
        if (!(v >= 0 && v <= MAX_COST)) errors.push({ id: cid, text: t("plan_err_cost_form", { line: l.name, example }) });
        else lc.cost = Math.round(v * 100) / 100;
      }
      if (!l.size_by) {
        const qid = fieldId("qty", l.id);
        const q = document.getElementById(qid).value.trim();
        if (q !== "") {
          const v = parseNumber(lang, q);
          if (!Number.isInteger(v) || v < 0 || v > MAX_QUANTITY) errors.push({ id: qid, text: t("plan_err_quantity_form", { line: l.name }) });
          else lc.quantity = v;
        }
      }
      costs.lines[l.id] = lc;
    }
    showErrors(errors);
    if (errors.length) { put(result); return; }
    const ws = compute(model, women, costs);
    const v = view(data, model, ws);
    const heading = h("h2", { tabindex: "-1", text: t("plan_result_heading") });
    put(result,
      heading,
      h("p", {}, h("strong", { text: t("plan_title", { model: model.name }) }), " ", t("plan_for_women", { women: String(women) })),
      costs.currency ? h("p", { text: t("plan_currency", { currency: costs.currency }) }) : null,
      h("div", { class: "plan-table-wrap", tabindex: "0", role: "region", "aria-label": t("plan_budget") },
        h("table", { class: "plan-table" },
          h("caption", { class: "visually-hidden", text: t("plan_budget") }),
          h("thead", {}, h("tr", {},
            h("th", { scope: "col", text: t("plan_col_line") }),
            h("th", { scope: "col", text: t("plan_need") }),
            h("th", { scope: "col", class: "num", text: t("plan_col_quantity") }),
            h("th", { scope: "col", class: "num", text: t("plan_col_unit_cost") }),
            h("th", { scope: "col", class: "num", text: t("plan_col_amount") }))),
          h("tbody", {}, v.budget.map((l) => h("tr", { "data-line": l.id, "data-status": l.status },
            h("th", { scope: "row", text: l.name }),
            h("td", { class: "plan-need", text: l.need }),
            h("td", { class: "num", text: l.quantity || "–" }),
            h("td", { class: "num", text: (l.unit_cost || "–") + " (" + l.cost_per + ")" }),
            h("td", { class: "num", text: l.amount || "–" })))),
          h("tfoot", {},
            h("tr", { "data-total": "year" }, h("th", { scope: "row", colspan: "4", text: t("plan_total_year") }), h("td", { class: "num", text: v.total_year })),
            v.total_project ? h("tr", { "data-total": "project" }, h("th", { scope: "row", colspan: "4", text: t("plan_total_project") }), h("td", { class: "num", text: v.total_project })) : null))),
      v.left_out.length ? [h("h3", { text: t("plan_left_out") }), h("ul", { class: "plan-left-out" }, v.left_out.map((s) => h("li", { text: s })))] : null,
      h("button", { type: "button", class: "sc-button sc-button-secondary", text: t("print_button"), onclick: () => window.print() }));
    heading.focus();
  }

  drawCosts();
  put(root, summary, form, result);
}

bootWithData("plan-app", start);
