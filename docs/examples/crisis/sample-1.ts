// Compiled by the typecheck step; docs/crisis.md shows the code below (a test keeps them equal).
export {};

import { crisisLines } from "coaching-scope/crisis";
import { de } from "coaching-scope/locales/de";

const help = crisisLines("GB");
help.instruction; //=> "If you or someone else is in danger now, call your local emergency number."
help.lines.map((l) => `${l.labels.kind}: ${l.name}, ${l.number}`);
//=> ["Emergency number: Emergency services, 999",
//    "Crisis line: NHS 111, mental health option, 111",
//    "Crisis line: Samaritans, 116 123"]

crisisLines("GB", { audience: "youth" }).lines.map((l) => l.number);
//=> ["0800 1111", "999", "111", "116 123"]  (Childline first)

crisisLines("DE", { locale: de, audience: "youth" }).lines.map((l) => `${l.name}, ${l.number}`);
//=> ["Nummer gegen Kummer, 116 111", "TelefonSeelsorge, 0800 111 0 111", "Europäische Notrufnummer, 112"]

crisisLines("JP").lines; //=> []  (the instruction is always there)
