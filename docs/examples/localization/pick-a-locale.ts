// Compiled by the typecheck step; docs/localization.md shows this code (a test keeps them equal).
import type { ScreeningInput } from "coaching-scope";
declare const input: ScreeningInput;

import { assessScope, buildComparisonTable, renderHtml } from "coaching-scope";
import { de } from "coaching-scope/locales/de";

renderHtml(buildComparisonTable({ locale: de }));    // <table lang="de" dir="ltr">…
assessScope(input, { locale: de }).reasons[0]?.message; // in German
