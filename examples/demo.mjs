// The demo: the comparison table, the disclaimers, and realistic intakes screened.
// Run with `npm run demo` (it builds the library first).
import { readFileSync } from "node:fs";
import { de } from "coaching-scope/locales/de";
import {
  DISCLAIMERS,
  assessScope,
  buildComparisonTable,
  createLocalizer,
  renderText,
} from "coaching-scope";

const width = Math.min(process.stdout.columns || 100, 100);
const rule = "=".repeat(width);

console.log(renderText(buildComparisonTable(), { width }));
console.log(rule);
for (const text of Object.values(DISCLAIMERS)) console.log(`${text}\n`);
console.log(rule);
console.log(renderText(buildComparisonTable({ locale: de, dimensions: ["relationship", "orientation", "timeFocus", "guidingQuestion"] }), { width }));

const { t } = createLocalizer();
for (const name of ["clear", "alongside-treatment", "incomplete", "refer", "crisis"]) {
  const input = JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), "utf8"));
  const result = assessScope(input);
  console.log(rule);
  console.log(`examples/${name}.json → ${result.level.toUpperCase()}: ${t(`level.${result.level}`)}`);
  console.log(`  ${t(`level.${result.level}.action`)}`);
  for (const reason of result.reasons) console.log(`  - [${reason.level}] ${reason.message}`);
  if (result.missing.length > 0) console.log(`  Ask next: ${result.missing.join(", ")}`);
}
console.log(rule);
