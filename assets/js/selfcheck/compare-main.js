// Entry point of the group compare page (bundled by Hugo's js.Build): the
// self-check's data file (criteria and words), fetched once with its
// integrity checked; nothing is requested after that.
import { start } from "./compare-ui.js";

function boot() {
  const root = document.getElementById("groupcompare");
  if (!root) return;
  fetch(root.dataset.src, { integrity: root.dataset.integrity, credentials: "same-origin" })
    .then((res) => {
      if (!res.ok) throw new Error(res.status);
      return res.json();
    })
    .then((data) => start(root, data))
    .catch(() => {
      const p = root.querySelector(".sc-loading");
      if (p) p.textContent = root.dataset.failed;
    });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
