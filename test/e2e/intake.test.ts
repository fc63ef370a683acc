// The intake's FHIR Questionnaire, round trip through LHC-Forms (NLM) in Chromium: rendered,
// answered by clicking and typing (one PHQ-9 item left blank), read back with
// LForms.Util.getFormFHIRData, and turned by coaching-scope/fhir into the same ScreeningInput as
// toScreeningInput gives for the same answers. LHC-Forms is served from node_modules by a local
// server; no request leaves the machine.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launch, SKIP } from "./chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessScope } from "../../src/index.js";
import { fromQuestionnaireResponse } from "../../src/fhir/index.js";
import { buildIntake, toFhirQuestionnaire, toScreeningInput, type IntakeAnswers } from "../../src/intake/index.js";
import { en } from "../../src/intake/locales/en.js";

const LFORMS = fileURLToPath(new URL("../../node_modules/lforms/dist/lforms/", import.meta.url));
const artifacts = fileURLToPath(new URL("../../artifacts/", import.meta.url));
const TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png", ".ico": "image/x-icon" };
// LHC-Forms' README: its styles, then at the end of <body> zone.js, runtime, polyfills, main and the FHIR support.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intake in LHC-Forms</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css"></head><body><div id="container"></div>
${["webcomponent/assets/lib/zone.min.js", "webcomponent/runtime.js", "webcomponent/polyfills.js", "webcomponent/main.js", "fhir/R4/lformsFHIR.min.js"].map((f) => `<script src="/lforms/${f}"></script>`).join("")}
</body></html>`;

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (SKIP) return;
  if (!existsSync(`${LFORMS}webcomponent/main.js`)) throw new Error("node_modules/lforms is missing: npm ci installs it (a dev dependency)");
  mkdirSync(artifacts, { recursive: true });
  server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? "/", "http://x").pathname);
    if (path === "/") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    const file = join(LFORMS, path.replace(/^\/lforms\//, ""));
    if (!path.startsWith("/lforms/") || !file.startsWith(LFORMS) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A page with LHC-Forms loaded and the Questionnaire rendered; every request it makes is recorded. */
async function render(questionnaire: unknown): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/`);
  await page.waitForFunction(() => typeof (window as unknown as { LForms?: { Util?: { addFormToPage?: unknown } } }).LForms?.Util?.addFormToPage === "function");
  await page.evaluate((q) => (window as unknown as { LForms: { Util: { addFormToPage(q: unknown, id: string, o: unknown): Promise<void> } } }).LForms.Util.addFormToPage(q, "container", { fhirVersion: "R4" }), questionnaire);
  await page.waitForSelector("lhc-item");
  return { page, requests, errors };
}

/** The QuestionnaireResponse LHC-Forms gives for what is on the page (after the last field is left, as a person would). */
const response = async (page: Page): Promise<Record<string, unknown>> => {
  await page.keyboard.press("Tab");
  await page.waitForTimeout(200);
  return read(page);
};
const read = (page: Page): Promise<Record<string, unknown>> =>
  page.evaluate(() => (window as unknown as { LForms: { Util: { getFormFHIRData(t: string, v: string, s: string): Record<string, unknown> } } }).LForms.Util.getFormFHIRData("QuestionnaireResponse", "R4", "#container"));

/** Answers a question as a person would: a radio button for yes/no, typing for a number, the list for a choice. */
async function answer(page: Page, id: string, value: IntakeAnswers[string], label: (v: unknown) => string): Promise<void> {
  const field = `[id="${id}/1/1"]`;
  if (typeof value === "boolean") return page.click(`[id="${id}/1/1|${String(value)}"]`);
  if (typeof value === "number" && label(value) === String(value)) return page.fill(field, String(value));
  for (const v of Array.isArray(value) ? value : [value]) {
    await page.click(field);
    await page.click(`#lhc-tools-searchResults li:has-text("${label(v)}")`);
    // A list that stays open (a multiple choice's) would cover the next field.
    await page.keyboard.press("Escape");
  }
}

/** The value of the first answer to the item `linkId`, at any depth. */
function answerOf(node: unknown, linkId: string): unknown {
  if (typeof node !== "object" || node === null) return undefined;
  const n = node as { linkId?: string; answer?: Record<string, unknown>[]; item?: unknown[] };
  if (n.linkId === linkId) {
    const a = n.answer?.[0] ?? {};
    const v = a["valueDecimal"] ?? a["valueInteger"] ?? (a["valueQuantity"] as { value?: number } | undefined)?.value;
    return v;
  }
  for (const child of [...(n.item ?? []), ...(n.answer ?? [])]) {
    const found = answerOf(child, linkId);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe.skipIf(SKIP)("the intake in LHC-Forms", () => {
  it("round trip: the answers entered come back as the input toScreeningInput gives, the blank item asked again", async () => {
    const intake = buildIntake({ locale: en, instruments: ["phq9", "k10"] });
    const questionnaire = toFhirQuestionnaire(intake, { url: "https://example.org/Questionnaire/coaching-intake" });
    const labels = new Map(intake.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
    // PHQ-9 item 4 is left blank: the others sum to 8, so it decides whether the total reaches 10.
    const phq9 = [2, 2, 1, null, 1, 1, 1, 0, 0];
    const answers: Record<string, IntakeAnswers[string]> = {
      // A follow-up appears as the age is entered: a minor's guardian's consent.
      "client.age": 16,
      "client.guardianConsent": true,
      "risk.imminentDanger": false,
      "risk.suicidalThoughts": "none",
      "risk.recentSuicidalBehavior": false,
      "risk.selfHarm": false,
      "risk.harmToOthers": false,
      "treatment.inPsychotherapy": false,
      "redFlags.psychosis": false,
      "redFlags.mania": false,
      "redFlags.substance-use": false,
      "redFlags.eating-disorder": false,
      "redFlags.abuse-or-violence": false,
      "redFlags.cognitive-decline": false,
      indicators: ["sleep-disturbance", "irritability"],
      "preferences.timeFocus": "coaching",
      "preferences.driver": "psychotherapy",
      ...Object.fromEntries(phq9.flatMap((v, i) => (v === null ? [] : [[`instruments.phq9.items[${i}]`, v]]))),
      ...Object.fromEntries([2, 3, 1, 1, 2, 1, 1, 2, 1, 1].map((v, i) => [`instruments.k10.items[${i}]`, v])),
    };
    const { page, requests, errors } = await render(questionnaire);
    for (const [id, value] of Object.entries(answers)) {
      const q = labels.get(id)!;
      await answer(page, id, value, (v) => q.options.find((o) => o.value === v)?.label ?? String(v));
    }
    const qr = await response(page);
    await page.screenshot({ path: `${artifacts}intake-lforms.png`, fullPage: true });
    expect(errors).toEqual([]);
    // Nothing but the local server was asked for anything.
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => !u.startsWith(`${base}/`))).toEqual([]);
    await page.close();

    const read = fromQuestionnaireResponse(qr, { questionnaire });
    const expected = toScreeningInput(answers);
    expect(read.input).toEqual(expected);
    expect(expected.instruments?.phq9).toEqual({ items: phq9 });
    expect(read.recognised).toEqual([
      { instrument: "phq9", items: 8, source: "items" },
      { instrument: "k10", items: 10, source: "items" },
    ]);
    expect(read.questions).toContain("client.guardianConsent");
    expect(read.warnings).toEqual([]);
    const result = assessScope(read.input);
    expect(result.reasons.map((r) => r.code)).toContain("instrument-incomplete");
    expect(result.missing).toContain("instruments.phq9.items[3]");
    expect(result.inScope).toBe(false);
  });

  it("LHC-Forms' own PHQ-9 form counts the blank item as 0; read here, the item is asked again", async () => {
    const questionnaire = JSON.parse(readFileSync(new URL("../fixtures/fhir/lforms/phq9.R4.Questionnaire.json", import.meta.url), "utf8")) as { item: { linkId: string }[] };
    const labels = ["Not at all", "Several days", "More than half the days", "Nearly every day"];
    const phq9 = [2, 2, 1, null, 1, 1, 1, 0, 0];
    const { page, requests, errors } = await render(questionnaire);
    for (const [i, v] of phq9.entries()) {
      if (v === null) continue;
      await page.click(`[id="${questionnaire.item[i]!.linkId}/1"]`);
      await page.click(`#lhc-tools-searchResults li:has-text("${labels[v]!}")`);
    }
    const qr = await response(page);
    await page.screenshot({ path: `${artifacts}intake-lforms-phq9.png`, fullPage: true });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(`${base}/`))).toEqual([]);
    await page.close();
    const total = answerOf(qr, "/44261-6");
    // LHC-Forms' total: the blank item counted as 0.
    expect(Number(total)).toBe(8);
    const read = fromQuestionnaireResponse(qr, { questionnaire });
    expect(read.input.instruments?.phq9).toEqual({ items: phq9 });
    expect(read.warnings.map((w) => w.code)).toContain("stored-total-unused");
    expect(assessScope(read.input).missing).toContain("instruments.phq9.items[3]");
  });
});
