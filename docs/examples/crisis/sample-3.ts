// Compiled by the typecheck step; docs/crisis.md shows the code below (a test keeps them equal).
export {};
import { crisisLines } from "coaching-scope/crisis";
crisisLines("DE", {
  lines: [{
    region: "DE", kind: "crisis-line", name: "TelefonSeelsorge", number: "0800 111 0 111",
    reach: ["call"], source: "https://www.telefonseelsorge.de/", verifiedOn: "2026-11-01",
  }],
}).lines.map((l) => `${l.name}, ${l.number}`);
//=> ["TelefonSeelsorge, 0800 111 0 111", "European emergency number, 112"]
