// Side-by-side timing shared by the benchmarks: the machine is shared and noisy, so a
// benchmark and its baseline run in alternating rounds and only their ratio is compared.

/** Rounds per comparison, and calls per round. */
export const ROUNDS = 31;
export const N = 20_000;

let sink = 0;

/** Nanoseconds per call of `fn`, over a batch of `n` calls. */
export function time(fn, n = N) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn() ? 1 : 0;
  return Number(process.hrtime.bigint() - start) / n;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Runs `ours` and `theirs` in alternating rounds after three warm-up rounds: the median time of
 * each, and the median of the rounds' ratios.
 */
export function sideBySide(ours, theirs, n = N) {
  for (let i = 0; i < 3; i++) { time(ours, n); time(theirs, n); }
  const o = [];
  const t = [];
  for (let r = 0; r < ROUNDS; r++) { o.push(time(ours, n)); t.push(time(theirs, n)); }
  return { ours: median(o), theirs: median(t), ratio: median(o.map((x, i) => x / t[i])) };
}

/** Keeps the timed calls' results alive, so that they are not optimized away. */
export function keepResults() {
  if (sink === 42) console.log("");
}
