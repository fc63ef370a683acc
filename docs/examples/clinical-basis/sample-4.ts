// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";

assessScope({ risk: { imminentDanger: false, suicidalThoughts: "none" },
  instruments: { phq9: { items: [2, 2, 1, 1, 1, 1, 1, 1, 0] } },
  treatment: { inPsychotherapy: true, professionalSupportsCoaching: true } });
//=> level: "coaching-with-care"
//   reasons: phq9 (score 10, loweredFrom "refer"), concurrent-treatment, alongside-treatment (lowered "phq9")
