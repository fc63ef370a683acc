// Compiled by the typecheck step; README.md shows the code below (a test keeps them equal).
export {};

import { buildComparisonTable, renderHtml, renderMarkdown, renderText } from "coaching-scope";

const table = buildComparisonTable({ dimensions: ["orientation", "timeFocus"] });
table.rows[0]?.cells.map((c) => c.text); //=> ["Solution-oriented", "Problem-oriented"]
renderHtml(table);     // <table lang="en" dir="ltr"><caption>…</caption>…
renderMarkdown(table); // **Coaching and psychotherapy compared**, then | Dimension | Coaching | Psychotherapy | …
renderText(table, { width: 72 });
