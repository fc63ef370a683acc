// Compiled by the typecheck step; docs/comparison-model.md shows the code below (a test keeps them equal).
export {};

import { COMPARISON_MODEL, DIMENSION_IDS, getDimension } from "coaching-scope";

COMPARISON_MODEL.modalities.map((m) => m.label); //=> ["Coaching", "Psychotherapy"]
getDimension("timeFocus").values.coaching;      //=> "Focuses on the present and future"
DIMENSION_IDS.length;                            //=> 12
