// Compiled by the typecheck step; docs/localization.md shows this code (a test keeps them equal).
import i18next from "i18next";
import { IntlMessageFormat } from "intl-messageformat";
import { en, toFlatMessages, toI18nextResources, type Locale } from "coaching-scope";

const custom: Locale = {
  ...en,
  messages: { ...en.messages, "reason.phq9": "Score {score} of {threshold}: {{ x }}, $t(level.refer), '{', <b>, it's" },
};
const params = { score: 12, threshold: 10 };

const i18n = i18next.createInstance();
await i18n.init({ lng: "en", resources: toI18nextResources(custom), defaultNS: "coaching-scope", interpolation: { escapeValue: false } });
i18n.t("reason.phq9", params);
//=> "Score 12 of 10: {{ x }}, $t(level.refer), '{', <b>, it's"
new IntlMessageFormat(toFlatMessages(custom)["reason.phq9"], "en").format(params);
//=> "Score 12 of 10: {{ x }}, $t(level.refer), '{', <b>, it's"
