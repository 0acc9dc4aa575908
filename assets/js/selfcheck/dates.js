// Dates as people enter them. The form's date fields are <input
// type=date>: the browser's own date picker, shown in the reader's local
// format, whose value is always YYYY-MM-DD. Where a browser shows a plain
// text box instead, readDate takes what was typed: the ISO form with or
// without separators (a phone's number pad has no "-": 20270331 works), or
// day, month and year in the order the page's language writes them
// (31.3.2027, 31/03/2027).
import { validDate } from "./proposal.js";

// The order of day, month and year in a locale's short dates ("dmy", "mdy", "ymd").
function order(locale) {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(2027, 2, 31));
    return parts
      .filter((p) => p.type === "day" || p.type === "month" || p.type === "year")
      .map((p) => p.type[0])
      .join("");
  } catch {
    return "ymd";
  }
}

/** A date as the locale writes it, for a hint: 31.03.2027 (da), 31/03/2027 (en-GB). ISO where the locale is unknown. */
export function localExample(locale, iso = "2027-03-31") {
  const [y, m, d] = iso.split("-").map(Number);
  try {
    return new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(y, m - 1, d));
  } catch {
    return iso;
  }
}

/**
 * readDate: the YYYY-MM-DD a typed date stands for, or "" when it is not a
 * calendar date in a form this reads. A four-digit first number is a year
 * (ISO order); otherwise the locale's order decides.
 */
export function readDate(s, locale) {
  const t = String(s || "").trim();
  if (/^\d{8}$/.test(t)) return check(t.slice(0, 4), t.slice(4, 6), t.slice(6, 8));
  const n = t.match(/\d+/g);
  if (!n || n.length !== 3 || !/^\d+([-./\s]+\d+){2}\.?$/.test(t)) return "";
  if (n[0].length === 4) return check(n[0], n[1], n[2]);
  if (n[2].length !== 4) return "";
  const o = order(locale);
  const at = (c) => n[o.replace("y", "").indexOf(c)];
  return check(n[2], at("m"), at("d"));
}

function check(y, m, d) {
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return validDate(iso) ? iso : "";
}
