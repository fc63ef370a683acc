// Compiled by the typecheck step; docs/over-time.md shows the code below (a test keeps them equal).
export {};

import type { ChartConfiguration } from "chart.js";
import { INSTRUMENTS, type AssessmentTrack } from "coaching-scope";

/** A Chart.js line chart of the PHQ-9 over time: the score (its range where items were unanswered), the case line, and reliable deteriorations marked. */
export function phq9Chart(track: AssessmentTrack): ChartConfiguration<"line"> {
  const points = track.instruments.phq9 ?? [];
  const caseness = INSTRUMENTS.phq9.change?.caseness ?? 10;
  return {
    type: "line",
    data: {
      labels: points.map((p) => p.on),
      datasets: [
        { label: "PHQ-9 (highest possible)", data: points.map((p) => p.max), borderDash: [4, 4], fill: false },
        {
          label: "PHQ-9",
          data: points.map((p) => p.min),
          fill: "-1", // shades the range left open by unanswered items
          pointRadius: points.map((p) => (p.fromPrevious === "reliable-deterioration" ? 7 : 3)),
        },
        { label: `Case (${caseness} or more)`, data: points.map(() => caseness), pointRadius: 0, borderWidth: 1 },
      ],
    },
    options: { scales: { y: { min: INSTRUMENTS.phq9.totalRange[0], max: INSTRUMENTS.phq9.totalRange[1] } } },
  };
}

// In the browser: new Chart(canvas, phq9Chart(track));
