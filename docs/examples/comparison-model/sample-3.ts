// Compiled by the typecheck step; docs/comparison-model.md shows the code below (a test keeps them equal).
export {};

import { buildComparisonTable, renderHtml, renderMarkdown, renderText } from "coaching-scope";

const table = buildComparisonTable({ modalities: ["coaching", "psychotherapy"], dimensions: ["aim", "duration"] });
renderHtml(table, { className: "scope-table" });
renderMarkdown(table);
renderText(table, { width: 60 });
