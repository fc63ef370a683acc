// Compiled by the typecheck step; docs/intake.md shows this code.
import i18next from "i18next";
import { buildIntake } from "coaching-scope/intake";
import { es } from "coaching-scope/intake/locales/es";

// The app's own translations come first; the locale's fill the rest.
const intake = buildIntake({
  locale: es,
  translate: (key, params) => (i18next.exists(`intake:${key}`) ? i18next.t(`intake:${key}`, params) : undefined),
});
void intake;
