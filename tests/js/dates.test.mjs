// Dates as typed into a browser without a date picker (assets/js/selfcheck/dates.js):
// the ISO form with or without separators, and the local order of each language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readDate, localExample } from "../../assets/js/selfcheck/dates.js";

test("readDate takes ISO dates, with or without separators, and the locale's own order", () => {
  const cases = [
    ["2027-03-31", "da-DK", "2027-03-31"],
    ["20270331", "he-IL", "2027-03-31"], // a phone's number pad has no "-"
    ["2027 3 31", "en-GB", "2027-03-31"],
    ["31.3.2027", "da-DK", "2027-03-31"],
    ["31. 3. 2027", "sl-SI", "2027-03-31"],
    ["31/03/2027", "en-GB", "2027-03-31"],
    ["03/31/2027", "en-US", "2027-03-31"],
    ["1/3/2027", "da-DK", "2027-03-01"],
    ["31.3.2027", "he-IL", "2027-03-31"],
    [" 2028-02-29 ", "en-GB", "2028-02-29"],
  ];
  for (const [typed, locale, want] of cases) assert.equal(readDate(typed, locale), want, `${typed} (${locale})`);
});

test("readDate refuses what is not a calendar date", () => {
  for (const typed of ["", "2027-02-29", "31.4.2027", "2027-13-01", "1/3/27", "tomorrow", "2027-03", "20271331", "31.3.2027.1"]) {
    assert.equal(readDate(typed, "da-DK"), "", typed);
  }
});

test("localExample writes a date the way each language of the site does", () => {
  assert.equal(localExample("da-DK"), "31.03.2027");
  assert.equal(localExample("en-GB"), "31/03/2027");
  assert.match(localExample("sl-SI"), /^31\. ?0?3\. ?2027$/);
  // Every example reads back as the same date.
  for (const l of ["en-GB", "da-DK", "sl-SI", "he-IL"]) assert.equal(readDate(localExample(l), l), "2027-03-31", l);
});
