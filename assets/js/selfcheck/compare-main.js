// Entry point of the group compare page (bundled by Hugo's js.Build): the
// self-check's data file (criteria and words), fetched once with its
// integrity checked; nothing is requested after that.
import { bootWithData } from "./dom.js";
import { start } from "./compare-ui.js";

bootWithData("groupcompare", start);
