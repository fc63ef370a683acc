#!/usr/bin/env node
/**
 * The `coaching-scope` executable: runs {@link main} on the process's arguments and streams.
 *
 * @internal
 * @module
 */
import { createReadStream, openSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { main } from "./main.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

// A reader that closed early (`| head -1`) is not an error: stop quietly, with exit code 1 if
// an invalid record was seen. Any other failure to write (a full disk) is one line, exit code 2.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`coaching-scope: Cannot write the output: ${error.message}\n`);
  process.exit(2);
});

// Stopped by a signal: every result assessed is already written (output is written after each
// chunk of input), so stop at once with the conventional exit code.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

function openFile(path: string): AsyncIterable<Buffer> {
  // Opened now, so a missing file is a usage error at once, not a failure mid-stream.
  const fd = openSync(path, "r");
  return createReadStream(path, { fd, highWaterMark: 1 << 16 });
}

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: openFile,
  readText: (path) => readFile(path, "utf8"),
  version: pkg.version,
  now: () => Date.now(),
  invalid: () => {
    process.exitCode = 1;
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`coaching-scope: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
