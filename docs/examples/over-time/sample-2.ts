// Compiled by the typecheck step; docs/over-time.md shows the code below (a test keeps them equal).
export {};

import { assessScope, trackAssessments, type ScopeAssessment } from "coaching-scope";

const screened = {
  risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
  redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
  client: { age: 35 },
} as const;
const phq9 = (items: number[]): ScopeAssessment => assessScope({ ...screened, instruments: { phq9: { items } } });

const track = trackAssessments([
  { on: "2026-10-05", result: phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]) },
  { on: "2026-11-02", result: phq9([1, 1, 1, 2, 1, 1, 1, 1, 0]) },
  { on: "2026-11-30", result: phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]) },
]);
track.alerts.map((a) => `${a.on} ${a.kind} ${a.instrument ?? ""}`);
//=> ["2026-11-30 level-more-severe ", "2026-11-30 reliable-deterioration phq9", "2026-11-30 became-case phq9"]
// Tell the coach on each alert; show the points in a chart (below).
