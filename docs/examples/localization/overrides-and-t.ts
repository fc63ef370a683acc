// Compiled by the typecheck step; docs/localization.md shows this code (a test keeps them equal).
import { createLocalizer } from "coaching-scope";

const { t } = createLocalizer({ overrides: { "level.refer": "Please see a therapist first" } });
t("level.refer");                               //=> "Please see a therapist first"
t("reason.phq9", { score: 12, threshold: 10 }); //=> "Your PHQ-9 (mood) score is 12, at or above 10."
