// Writes N NDJSON screening records (a rotating mix of realistic intakes: three complete, one with
// questions still to ask, one crisis) to a file.
import { createWriteStream } from "node:fs";

/** What the default policy asks besides the risk screen: the red flags and the age. */
const ASKED = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };

const RECORDS = [
  { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { items: [1, 2, 1, 1, 0, 1, 2, 1, 0] }, gad7: { items: [1, 1, 2, 0, 1, 1, 0] } }, indicators: ["sleep-disturbance", "irritability"], preferences: { timeFocus: "coaching", driver: "coaching", aim: "psychotherapy", plan: "coaching" } },
  { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { items: [0, 1, 0, 1, 0, 0, 1, 0, 0] } }, preferences: { timeFocus: "coaching", orientation: "coaching", driver: "coaching", duration: "coaching" } },
  { risk: { imminentDanger: false, suicidalThoughts: "passive", suicidalIntentOrPlan: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, dailyFunctioningImpaired: true, instruments: { phq9: { items: [2, 2, 3, 2, 1, 2, 1, 1, 1] }, gad7: { total: 12 } }, indicators: ["low-mood", "hopelessness", "sleep-disturbance"] },
  { risk: { imminentDanger: false }, instruments: { phq9: { items: [1, 1, 1, 1, 0, 1, 1, null, null] }, gad2: { items: [2, 1] } } },
  { risk: { imminentDanger: true, suicidalThoughts: "active", suicidalIntentOrPlan: true } },
];

/** Writes `count` lines to `path`; resolves when the file is complete. */
export function writeRecords(path, count) {
  const lines = RECORDS.map((r) => `${JSON.stringify({ ...ASKED, ...r })}\n`);
  const out = createWriteStream(path);
  return new Promise((resolve, reject) => {
    let i = 0;
    const pump = () => {
      let ok = true;
      while (i < count && ok) {
        let chunk = "";
        for (let j = 0; j < 1000 && i < count; j++, i++) chunk += lines[i % lines.length];
        ok = out.write(chunk);
      }
      if (i < count) out.once("drain", pump);
      else out.end(resolve);
    };
    out.on("error", reject);
    pump();
  });
}
