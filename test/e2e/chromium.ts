// Debian's Chromium for the browser tests (never a downloaded browser): where it is, whether the
// tests run without it, and how it is launched.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's. */
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Without Chromium the browser tests are skipped, with one line saying so, except under CI (`CI=true`), where a missing browser is a failure. */
export const SKIP = !existsSync(CHROMIUM) && process.env["CI"] !== "true";
if (SKIP) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH to run them.`);

/** Chromium, headless, with nothing that reaches out on its own (updates, sync, background networking). */
export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
