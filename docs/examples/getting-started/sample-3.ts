// Compiled by the typecheck step; docs/getting-started.md shows the code below (a test keeps them equal).
export {};

import { buildComparisonTable, renderHtml } from "coaching-scope";
import { de } from "coaching-scope/locales/de";

const table = buildComparisonTable({ locale: de, dimensions: ["orientation", "timeFocus", "aim"] });
document.querySelector("#compare")!.innerHTML = renderHtml(table); // every text is escaped
