// Compiled by the typecheck step; docs/localization.md shows this code (a test keeps them equal).
import { en, type Locale } from "coaching-scope";

export const nl: Locale = {
  code: "nl",
  dir: "ltr",
  messages: {
    ...en.messages, // start from English, then translate every key
    "table.caption": "Coaching en psychotherapie vergeleken",
    "modality.psychotherapy": "Psychotherapie",
  },
};
