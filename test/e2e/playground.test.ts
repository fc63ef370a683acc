import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo, Server } from "node:net";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launch, SKIP } from "./chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { serve } from "../../scripts/serve.mjs";

const site = fileURLToPath(new URL("../../site/", import.meta.url));
const artifacts = fileURLToPath(new URL("../../artifacts/", import.meta.url));

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (SKIP) return;
  if (!existsSync(`${site}playground/lib/index.js`)) throw new Error("site/ is missing: run `npm run docs` first (npm test does)");
  mkdirSync(artifacts, { recursive: true });
  server = await serve(site, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(width = 1280, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/playground/`);
  await page.waitForSelector("body[data-ready=true]");
  expect(errors).toEqual([]);
  return page;
}

const badge = (page: Page) => page.textContent("#level-badge");
/** An instrument item's answer on the playground's form. */
const item = (id: string, index: number, value: number) => `input[name="instruments.${id}.items[${index}]"][value="${value}"]`;

describe.skipIf(SKIP)("the playground in Chromium", () => {
  it("shows the table, and switches it to German", async () => {
    const page = await open();
    expect(await page.textContent("#comparison caption")).toBe("Coaching and psychotherapy compared");
    expect(await page.textContent("#comparison tbody tr:first-child td")).toBe("Co-active; peer-basis");
    await page.selectOption("#locale", "de");
    expect(await page.getAttribute("#comparison", "lang")).toBe("de");
    expect(await page.textContent("#comparison tbody tr:first-child td")).toBe("Partnerschaftlich; auf Augenhöhe");
    expect(await page.textContent("#level-name")).toBe("Im Rahmen des Coachings");
    await page.uncheck("#dimension-picker input[value=relationship]");
    expect(await page.textContent("#comparison tbody tr:first-child th")).toBe("Verfassung der Klientinnen und Klienten");
    await page.close();
  });

  it("asks the intake's questions, refers on a positive PHQ-9 item 9, and shows crisis lines on imminent danger", async () => {
    const page = await open();
    expect(await badge(page)).toBe("coaching");
    // The PHQ-9 as printed, with its answers' labels.
    expect(await page.textContent("#section-instruments-phq9")).toContain("Little interest or pleasure in doing things");
    for (let i = 0; i < 8; i++) await page.check(item("phq9", i, 0));
    await page.check(item("phq9", 8, 1));
    expect(await badge(page)).toBe("refer");
    expect(await page.textContent("#reasons")).toContain("On the PHQ-9 you said you have had thoughts that you would be better off dead");
    // A follow-up appears as item 9 is answered above 0: intent or plan.
    expect(await page.isVisible('[data-question="risk.suicidalIntentOrPlan"]')).toBe(true);
    expect(await page.textContent("#missing")).toContain("In the past month, have you intended to act on thoughts of killing yourself, or made any plans, even partly, for how or when you would end your life?");
    // A risk reason: the crisis lines show with it (showCrisisResources).
    expect(await page.isVisible("#crisis")).toBe(true);
    await page.check('input[name="risk.imminentDanger"][value="true"]');
    expect(await badge(page)).toBe("crisis");
    expect(await page.isVisible("#crisis")).toBe(true);
    expect(await page.textContent("#crisis-lines")).toContain("988");
    await page.selectOption("#region", "GB");
    await page.check(item("phq9", 7, 1));
    expect(await page.textContent("#crisis-lines")).toContain("116 123");
    await page.screenshot({ path: `${artifacts}playground-desktop.png`, fullPage: true });
    await page.close();
  });

  it("asks next as questions in the chosen language, and shows the policy's error for an invalid threshold", async () => {
    const page = await open();
    await page.check(item("gad7", 0, 3));
    await page.check(item("gad7", 1, 3));
    expect(await badge(page)).toBe("incomplete");
    expect(await page.textContent("#missing")).toContain("Worrying too much about different things");
    // A guardian's consent is asked of a minor, as the age is entered.
    expect(await page.isHidden('[data-question="client.guardianConsent"]')).toBe(true);
    await page.fill("#q-client_age", "16");
    expect(await page.isVisible('[data-question="client.guardianConsent"]')).toBe(true);
    await page.selectOption("#locale", "de");
    expect(await page.textContent('[data-question="client.guardianConsent"]')).toContain("Elternteil");
    await page.fill("#t-phq9-care", "30");
    expect(await page.isVisible("#policy-error")).toBe(true);
    expect(await page.textContent("#policy-error")).toContain("policy.thresholds.phq9.care");
    expect(await page.textContent("#policy-error")).toContain("Too big: expected a number <= 27, received 30");
    await page.fill("#t-phq9-care", "5");
    expect(await page.isHidden("#policy-error")).toBe(true);
    await page.close();
  });

  it("labels every control, works from the keyboard, shows focus, and names the level in text", async () => {
    const page = await open();
    const unlabelled = await page.$$eval("input, select", (els) =>
      els
        .filter((e) => (e as HTMLInputElement).labels?.length === 0 && !e.getAttribute("aria-label") && !e.getAttribute("aria-labelledby") && !e.closest("label"))
        .map((e) => e.id || e.getAttribute("name")),
    );
    expect(unlabelled).toEqual([]);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the screening form");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("locale");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("ArrowDown");
    expect(await page.getAttribute("#comparison", "lang")).toBe("de");
    expect(await badge(page)).toMatch(/^[a-z-]+$/);
    await page.close();
  });

  it("fits a 390 px wide phone screen", async () => {
    const page = await open(390, 844);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artifacts}playground-phone.png`, fullPage: true });
    await page.close();
  });
});
