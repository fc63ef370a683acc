// The code samples in the README and the guides are compiled: each code block stands, word for
// word, in a file under docs/examples/, which the typecheck step compiles. The framework
// examples for rendering tables are also rendered here, with the real packages.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createSSRApp, h } from "vue";
import { renderToString } from "vue/server-renderer";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { compile } from "svelte/compiler";
import { render } from "svelte/server";
import { describe, expect, it } from "vitest";
import { ComparisonTable as ReactTable } from "../docs/examples/tables/react.js";
import { ComparisonTable as VueTable } from "../docs/examples/tables/vue.js";
import { de } from "../src/locales/de.js";
import { buildComparisonTable, renderHtml } from "../src/index.js";

const root = new URL("..", import.meta.url);
const GUIDES = ["README.md", ...readdirSync(new URL("docs/", root)).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const examples = readdirSync(new URL("docs/examples/", root), { recursive: true })
  .map(String)
  .filter((f) => /\.(ts|tsx|svelte)$/.test(f))
  .map((f) => readFileSync(new URL(`docs/examples/${f}`, root), "utf8"))
  .join("\n");

const SAMPLES = GUIDES.flatMap((guide) =>
  [...readFileSync(new URL(guide, root), "utf8").matchAll(/```(?:ts|tsx|js|svelte)\n([\s\S]*?)```/g)].map((m, i) => [guide, i + 1, m[1]!.trim()] as const),
);

describe("code samples in the README and the guides", () => {
  it("are there", () => {
    expect(SAMPLES.length).toBeGreaterThan(30);
  });

  it.each(SAMPLES)("%s, sample %i, is compiled from docs/examples", (_guide, _i, block) => {
    expect(examples.includes(block), block.slice(0, 200)).toBe(true);
  });
});

/** What every renderer must produce: the library's own table, with its accessible structure. */
function expectTable(html: string, locale = de) {
  const table = buildComparisonTable({ locale, dimensions: ["aim", "duration"] });
  const reference = renderHtml(table);
  for (const tag of ['<caption>', '<th scope="col">', '<th scope="row">', `lang="${table.lang}"`, 'dir="ltr"']) expect(html).toContain(tag);
  const text = (s: string) => s.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");
  expect(text(html.replace(/<!--[^>]*-->/g, ""))).toBe(text(reference));
}

describe("the framework examples render the library's table", () => {
  it("React", () => {
    expectTable(renderToStaticMarkup(createElement(ReactTable, { locale: de, dimensions: ["aim", "duration"] })));
  });

  it("Vue", async () => {
    expectTable(await renderToString(createSSRApp({ render: () => h(VueTable, { locale: de, dimensions: ["aim", "duration"] }) })));
  });

  it("Svelte", async () => {
    const source = readFileSync(new URL("docs/examples/tables/ComparisonTable.svelte", root), "utf8");
    const { js } = compile(source, { generate: "server", filename: "ComparisonTable.svelte" });
    // Compiled next to the project, so that "svelte" and "coaching-scope" resolve.
    const out = fileURLToPath(new URL("reports/svelte/", root));
    mkdirSync(out, { recursive: true });
    writeFileSync(`${out}ComparisonTable.js`, js.code.replace('"coaching-scope"', JSON.stringify(pathToFileURL(fileURLToPath(new URL("src/index.ts", root))).href)));
    const { default: Component } = await import(pathToFileURL(`${out}ComparisonTable.js`).href);
    expectTable(render(Component, { props: { options: { locale: de, dimensions: ["aim", "duration"] } } }).body);
  });
});

describe("the definition docs/adding-an-instrument.md shows", () => {
  it("is the PHQ-8's, as the library ships it", async () => {
    const shown = await import("../docs/examples/adding-an-instrument/definition.js");
    const shipped = await import("../src/instruments/phq8/definition.js");
    expect(shown.definition).toEqual(shipped.definition);
  });
});

describe("the framework examples render the intake", () => {
  it("React and Vue: every shown question's text and answer, in its language; follow-ups as answered", async () => {
    const { IntakeForm: ReactIntake } = await import("../docs/examples/intake/react.js");
    const { IntakeForm: VueIntake } = await import("../docs/examples/intake/vue.js");
    const { buildIntake } = await import("../src/intake/index.js");
    const { de: intakeDe } = await import("../src/intake/locales/de.js");
    const intake = buildIntake({ locale: intakeDe, sections: ["risk"], instruments: ["phq9"] });
    const intent = intake.sections[0]!.questions.find((q) => q.id === "risk.suicidalIntentOrPlan")!.text;
    for (const answers of [{ "risk.suicidalThoughts": "none" }, { "risk.suicidalThoughts": "active" }]) {
      const react = renderToStaticMarkup(createElement(ReactIntake, { intake, answers, onAnswer: () => undefined }));
      const vue = await renderToString(createSSRApp({ render: () => h(VueIntake, { intake, answers }) }));
      for (const html of [react, vue]) {
        expect(html).toContain('lang="de"');
        expect(html).toContain(intake.sections[0]!.questions[0]!.text);
        expect(html).toContain("Wenig Interesse oder Freude an Ihren Tätigkeiten");
        expect(html).toContain("Beinahe jeden Tag");
        expect(html.includes(intent)).toBe(answers["risk.suicidalThoughts"] === "active");
        expect((html.match(/type="radio"/g) ?? []).length).toBeGreaterThan(40);
      }
    }
  });
});
