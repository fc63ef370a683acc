// Compiled by the typecheck step; docs/rendering-tables.md shows this code.
import { buildComparisonTable, type ComparisonTableOptions } from "coaching-scope";

export function comparisonTableElement(options?: ComparisonTableOptions): HTMLTableElement {
  const table = buildComparisonTable(options);
  const element = document.createElement("table");
  element.lang = table.lang;
  element.dir = table.dir;
  element.createCaption().textContent = table.caption;
  const head = element.createTHead().insertRow();
  for (const text of [table.dimensionHeader, ...table.columns.map((c) => c.header)]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text; // textContent, never innerHTML: the text is data
    head.append(th);
  }
  const body = element.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = row.header;
    tr.append(th);
    for (const cell of row.cells) tr.insertCell().textContent = cell.text;
  }
  return element;
}
