// Search page glue for Pagefind's Component UI (served from /pagefind/ on
// this site). Loaded only on /LANG/search/; no inline script anywhere.
//  1. Supplies interface strings Pagefind lacks for this language
//     (a JSON data block written from data/pagefind/LANG.yaml).
//  2. Runs the query from ?q= (the plain search form in the header).
(function () {
  const components = window.PagefindComponents;
  if (!components) return;
  const instance = components.getInstanceManager().getInstance("default");

  const block = document.getElementById("pagefind-strings");
  if (block) {
    try {
      instance.setTranslations(JSON.parse(block.textContent));
    } catch (e) {
      // Pagefind's English strings remain.
    }
  }

  const q = new URLSearchParams(window.location.search).get("q");
  if (!q) return;
  const run = () => {
    const input = document.querySelector("pagefind-input input");
    if (!input) return false;
    input.value = q;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    return true;
  };
  if (!run()) {
    let tries = 0;
    const timer = window.setInterval(() => {
      if (run() || ++tries > 40) window.clearInterval(timer);
    }, 50);
  }
})();
