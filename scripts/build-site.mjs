// Completes the documentation site after typedoc has written site/api: the playground, with
// the library's own ES module build beside it, and a start page. Run by `npm run docs`.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const site = `${root}site`;
mkdirSync(`${site}/playground/lib/locales`, { recursive: true });
mkdirSync(`${site}/playground/lib/intake/locales`, { recursive: true });
cpSync(`${root}docs/playground`, `${site}/playground`, { recursive: true });
for (const file of ["index.js", "crisis.js", "locales/de.js", "locales/es.js", "locales/fr.js", "intake.js", ...["en", "de", "es", "fr"].map((l) => `intake/locales/${l}.js`)]) {
  cpSync(`${root}dist/${file}`, `${site}/playground/lib/${file}`);
}
writeFileSync(
  `${site}/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>coaching-scope</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; line-height: 1.5">
<h1>coaching-scope</h1>
<ul>
<li><a href="./api/index.html">Guides and API reference</a></li>
<li><a href="./playground/index.html">Playground</a>: the comparison table and a live screening</li>
</ul></body></html>
`,
);
console.log(`site: ${site}/index.html, ${site}/playground/index.html`);
