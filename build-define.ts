// Constants the build and the test runners put into the source: the version every result's
// `meta` names, read from package.json.
import { readFileSync } from "node:fs";

export const define = {
  __VERSION__: JSON.stringify((JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as { version: string }).version),
};
