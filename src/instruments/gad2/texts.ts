import { textsOf } from "../define.js";
import { texts as gad7 } from "../gad7/texts.js";
import { definition } from "./definition.js";

/** @internal The GAD-2: the GAD-7's first two items, as printed. */
export const texts = textsOf(gad7, definition.itemsOf.items);
