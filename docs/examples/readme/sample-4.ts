// Compiled by the typecheck step; README.md shows the code below (a test keeps them equal).
export {};
import { assessScope, buildComparisonTable } from "coaching-scope";
import { de } from "coaching-scope/locales/de";

buildComparisonTable({ locale: de, dimensions: ["orientation"] }).rows[0]?.cells.map((c) => c.text);
//=> ["Lösungsorientiert", "Problemorientiert"]
assessScope({ risk: { imminentDanger: true, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } },
  { locale: de }).reasons[0]?.message; // in German
