import { textsOf } from "../define.js";
import { texts as phq9 } from "../phq9/texts.js";
import { definition } from "./definition.js";

/** @internal The PHQ-8: the PHQ-9's first eight items, as printed. */
export const texts = textsOf(phq9, definition.itemsOf.items);
