// Compiled by the typecheck step; docs/localization.md shows this code (a test keeps them equal).
import type { ScreeningInput } from "coaching-scope";
declare const input: ScreeningInput;

import i18next from "i18next";
import { assessScope } from "coaching-scope";

const result = assessScope(input, {
  translate: (key, params) => (i18next.exists(key) ? i18next.t(key, params) : undefined),
  onMissing: (key, code) => console.warn(`no ${code} text for ${key}`),
});
export { result };
