// Compiled by the typecheck step; docs/localization.md shows this code (a test keeps them equal).
import { en, type LocalizeOptions } from "coaching-scope";

const options: LocalizeOptions = {
  locale: en, // a Locale; English by default
  overrides: { "level.refer": "Please see a therapist first" }, // one string, without copying a locale
  translate: (key, params, fallback) => undefined, // your i18n library's text, or undefined to fall back
  onMissing: (key, localeCode) => console.warn(`${localeCode} lacks ${key}`),
};
export { options };
