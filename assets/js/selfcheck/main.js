// Entry point of the self-check page (bundled by Hugo's js.Build). The
// page's criteria and words come in one fingerprinted JSON file, fetched
// once with its integrity checked while the page loads; nothing is
// requested after that.
import { start } from "./ui.js";

function boot() {
  const root = document.getElementById("selfcheck");
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
