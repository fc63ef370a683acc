// Compiled by the typecheck step, and its output checked; docs/rendering-tables.md shows the code below (a test keeps them equal).
import { buildComparisonTable, defineComparisonModel, renderMarkdown } from "coaching-scope";

const model = defineComparisonModel({
  modalities: [{ id: "coaching", label: "Coaching" }],
  dimensions: [{ id: "contact", label: "Contact", values: { coaching: "Write to *me* at coach@example.com | [site](https://example.com)" } }],
});
renderMarkdown(buildComparisonTable({ model })).split("\n")[4];
//=> "| Contact | Write to \\*me\\* at coach\\@example\\.com \\| \\[site\\](https\\:\\//example\\.com) |"
