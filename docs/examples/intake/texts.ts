// Compiled by the typecheck step; docs/intake.md shows this code.
import { buildIntake } from "coaching-scope/intake";
import { fr } from "coaching-scope/intake/locales/fr";

// The WHO-5's text is licensed for non-commercial use only (CC BY-NC-SA 3.0 IGO): an app that
// may use it supplies it, here in French, from the WHO's own translation.
declare const who5: { stem: string; items: string[]; answers: string[]; copyright: string };
const overrides: Record<string, string> = { "instruments.who5.stem": who5.stem };
who5.items.forEach((text, i) => (overrides[`instruments.who5.items[${i}]`] = text));
who5.answers.forEach((label, value) => (overrides[`instruments.who5=${value}`] = label));
overrides["instruments.who5.copyright"] = who5.copyright; // the licence's attribution, shown as the section's notice
const intake = buildIntake({ locale: fr, instruments: ["who5"], overrides });
void intake;
