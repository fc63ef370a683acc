// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";

assessScope({ risk: { imminentDanger: false }, instruments: { phq9: { total: 3 } } });
//=> level: "incomplete"; missing: ["instruments.phq9.item9", "risk.suicidalThoughts"]
assessScope({ risk: { imminentDanger: false }, instruments: { phq9: { total: 3, item9: 0 } } });
//=> level: "coaching"; missing: []
