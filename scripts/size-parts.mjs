// What each part of an import adds to an app's bundle: the import is bundled and minified with
// esbuild (as size-limit does), and each source file's share of the minified bytes is applied to
// the brotli-compressed total. Shares of compressed size are estimates (brotli compresses the
// bundle as a whole); the minified bytes are exact.
//
//   node scripts/size-parts.mjs                    # { assessScope }
//   node scripts/size-parts.mjs "*"                # everything from the core entry
import { build } from "esbuild";
import { brotliCompressSync } from "node:zlib";

const what = process.argv[2] ?? "{ assessScope }";
const contents = what === "*" ? `export * from "./src/index.ts";` : `export ${what} from "./src/index.ts";`;
const result = await build({
  stdin: { contents, resolveDir: process.cwd(), loader: "ts" },
  bundle: true,
  write: false,
  minify: true,
  format: "esm",
  metafile: true,
  logLevel: "silent",
  external: ["zod"],
  define: { __VERSION__: '"0.0.0"' },
});
const code = result.outputFiles[0].text;
const brotli = brotliCompressSync(code).length;
const [output] = Object.values(result.metafile.outputs);

// Instruments' definitions are one part together; every other file is its own part.
const parts = new Map();
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  const name = /^src\/instruments\/[^/]+\/definition\.ts$/.test(file) ? "src/instruments/*/definition.ts" : file;
  parts.set(name, (parts.get(name) ?? 0) + bytesInOutput);
}
console.log(`${what}: ${code.length} B minified, ${(brotli / 1000).toFixed(2)} kB brotli`);
console.log("minified   share   ≈ brotli   part");
for (const [name, bytes] of [...parts].sort((a, b) => b[1] - a[1])) {
  if (bytes === 0) continue;
  const share = bytes / code.length;
  console.log(`${String(bytes).padStart(8)}  ${(100 * share).toFixed(1).padStart(5)} %  ${String(Math.round(share * brotli)).padStart(6)} B   ${name}`);
}
