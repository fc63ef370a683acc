// Compiled by the typecheck step; docs/localization.md shows this code (a test keeps them equal).
import { assessScope, type ScreeningInput } from "coaching-scope";
import { de } from "coaching-scope/locales/de";
declare const input: ScreeningInput;

assessScope(input, { locale: de, overrides: { "level.refer": "Bitte zuerst an eine Psychotherapeutin oder einen Psychotherapeuten verweisen" } });
