// The site's root address: go to the home page in the first of the
// browser's languages (navigator.languages, matched by primary subtag) that
// the site has, else to the page's fallback (the English home page). The
// languages come from the page (data-languages), so a new language needs no
// change here. Runs before the page is shown; nothing leaves the browser.
(() => {
  const root = document.documentElement;
  const target = root.dataset.fallback || "/";
  let have = [];
  try {
    have = JSON.parse(root.dataset.languages || "[]");
  } catch {
    have = [];
  }
  const asked = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  for (const tag of asked) {
    const primary = String(tag).toLowerCase().split("-")[0];
    const hit = have.find((l) => l.code.toLowerCase() === primary);
    if (hit) {
      location.replace(hit.url);
      return;
    }
  }
  location.replace(target);
})();
