// Compiled by the typecheck step and rendered by test/docs-examples.test.ts;
// docs/rendering-tables.md shows this code.
import { defineComponent, h, type PropType } from "vue";
import { buildComparisonTable, type Locale } from "coaching-scope";

export const ComparisonTable = defineComponent({
  props: {
    locale: { type: Object as PropType<Locale>, required: false },
    dimensions: { type: Array as PropType<string[]>, required: false },
  },
  setup(props) {
    return () => {
      const table = buildComparisonTable({
        ...(props.locale && { locale: props.locale }),
        ...(props.dimensions && { dimensions: props.dimensions }),
      });
      return h("table", { lang: table.lang, dir: table.dir }, [
        h("caption", table.caption),
        h("thead", h("tr", [
          h("th", { scope: "col" }, table.dimensionHeader),
          ...table.columns.map((column) => h("th", { scope: "col", key: column.id }, column.header)),
        ])),
        h("tbody", table.rows.map((row) =>
          h("tr", { key: row.id }, [
            h("th", { scope: "row" }, row.header),
            ...row.cells.map((cell) => h("td", { key: cell.columnId }, cell.text)),
          ]),
        )),
      ]);
    };
  },
});
