// The error summary (GOV.UK pattern: a list of links to the fields, which
// takes the focus) and the inline message at each field.
import { h, put } from "./dom.js";

/** The error handling of one page: summary is the element the summary goes in; t looks words up. */
export function errorUI(root, summary, t) {
  function show(items, title) {
    put(
      summary,
      h("h2", { class: "sc-error-title", text: title || t("selfcheck_error_title") }),
      h(
        "ul",
        { class: "sc-error-list" },
        items.map((it) =>
          h(
            "li",
            {},
            it.target
              ? h("a", {
                  href: "#" + it.target,
                  text: it.text,
                  onclick: (e) => {
                    const el = document.getElementById(it.target);
                    if (!el) return;
                    e.preventDefault();
                    (el.closest("fieldset") || el).scrollIntoView({ block: "start" });
                    el.focus();
                  },
                })
              : it.text,
          ),
        ),
      ),
    );
    summary.hidden = false;
    summary.focus();
  }
  function clear() {
    summary.hidden = true;
    summary.replaceChildren();
    for (const e of root.querySelectorAll(".sc-error-message")) e.remove();
    for (const e of root.querySelectorAll("[aria-invalid]")) {
      e.removeAttribute("aria-invalid");
      const d = (e.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && !x.endsWith("-err"));
      d.length ? e.setAttribute("aria-describedby", d.join(" ")) : e.removeAttribute("aria-describedby");
    }
    for (const e of root.querySelectorAll(".sc-field-error")) e.classList.remove("sc-field-error");
  }
  function inline(input, text) {
    const id = input.id + "-err";
    if (document.getElementById(id)) return;
    const msg = h("p", { class: "sc-error-message", id }, h("span", { class: "visually-hidden", text: t("selfcheck_error_prefix") + " " }), text);
    const field = input.closest(".sc-field") || input.closest("fieldset");
    field.classList.add("sc-field-error");
    const label = field.querySelector(`label[for="${input.id}"]`) || field.querySelector("legend");
    const hint = field.querySelector(".sc-hint");
    (hint || label).after(msg);
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
  }
  /** Shows form errors ({target, text}) inline and in the summary; false when there are none. */
  function report(errs) {
    clear();
    if (!errs.length) return false;
    for (const e of errs) {
      const el = document.getElementById(e.target);
      if (el) inline(el, e.text);
    }
    show(errs);
    return true;
  }
  return { show, clear, inline, report };
}
