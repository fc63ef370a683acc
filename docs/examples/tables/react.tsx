// Compiled by the typecheck step and rendered by test/docs-examples.test.ts;
// docs/rendering-tables.md shows this code.
import { buildComparisonTable, type ComparisonTableOptions } from "coaching-scope";

export function ComparisonTable(props: ComparisonTableOptions) {
  const table = buildComparisonTable(props);
  return (
    <table lang={table.lang} dir={table.dir}>
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{table.dimensionHeader}</th>
          {table.columns.map((column) => (
            <th scope="col" key={column.id}>{column.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell) => (
              <td key={cell.columnId}>{cell.text}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
