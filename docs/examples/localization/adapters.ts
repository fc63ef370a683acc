// Compiled by the typecheck step; docs/localization.md shows this code (a test keeps them equal).
import i18next from "i18next";
import { IntlMessageFormat } from "intl-messageformat";
import { toFlatMessages, toI18nextResources } from "coaching-scope";
import { de } from "coaching-scope/locales/de";

await i18next.init({
  lng: "de",
  resources: toI18nextResources(de),     // { de: { "coaching-scope": { level: { refer: "…", "refer.action": "…" }, … } } }
  defaultNS: "coaching-scope",
  interpolation: { escapeValue: false }, // the library's renderers escape their own output
});
i18next.t("reason.phq9", { score: 12, threshold: 10 });

const messages = toFlatMessages(de);     // { "reason.phq9": "… {score} … {threshold} …", … }
new IntlMessageFormat(messages["reason.phq9"], "de").format({ score: 12, threshold: 10 });
