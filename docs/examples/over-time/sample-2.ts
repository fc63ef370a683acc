// Compiled by the typecheck step; docs/over-time.md shows the code below (a test keeps them equal).
export {};

import { assessScope, trackAssessments, type ScopeAssessment } from "coaching-scope";

declare const screened: Parameters<typeof assessScope>[0];
const phq9 = (items: number[]): ScopeAssessment => assessScope({ ...screened, instruments: { phq9: { items } } });

const track = trackAssessments([
  { on: "2026-10-05", result: phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]) },
  { on: "2026-11-02", result: phq9([1, 1, 1, 2, 1, 1, 1, 1, 0]) },
  { on: "2026-11-30", result: phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]) },
]);
for (const alert of track.alerts) notifyCoach(alert.kind, alert.instrument, alert.on);

declare function notifyCoach(kind: string, instrument: string | undefined, on: string): void;
