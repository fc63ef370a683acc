// The baseline the CLI is measured against: read lines, JSON.parse and JSON.stringify each,
// write them out. Usage: node bench/baseline.mjs FILE > /dev/null
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const rl = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
let buffer = "";
for await (const line of rl) {
  if (line === "") continue;
  buffer += `${JSON.stringify(JSON.parse(line))}\n`;
  if (buffer.length > 65536) {
    if (!process.stdout.write(buffer)) await new Promise((r) => process.stdout.once("drain", r));
    buffer = "";
  }
}
process.stdout.write(buffer);
