// Compiled by the typecheck step, and its output checked; docs/rendering-tables.md shows the code below (a test keeps them equal).
import { buildComparisonTable, isScopeConfigError, renderHtml } from "coaching-scope";

const table = JSON.parse(JSON.stringify(buildComparisonTable({ dimensions: ["aim"] })));
table.rows[0].cells[1].text = 42;
try {
  renderHtml(table);
} catch (error) {
  if (isScopeConfigError(error)) error.issues[0];
  //=> { path: ["rows", 0, "cells", 1, "text"], code: "invalid_type", message: "Expected string, received number" }
}
