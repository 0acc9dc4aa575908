// Entry point of the self-check page (bundled by Hugo's js.Build). The
// page's criteria and words come in one fingerprinted JSON file, fetched
// once with its integrity checked while the page loads; nothing is
// requested after that.
import { bootWithData } from "./dom.js";
import { start } from "./ui.js";

bootWithData("selfcheck", start);
