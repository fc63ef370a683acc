// The playground's local server (`npm run playground`): a malformed URL is a 400, and the
// server goes on serving.
import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo, Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { serve } from "../scripts/serve.mjs";

function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

it("answers a malformed URL with 400 and keeps serving; never leaves its folder", async () => {
  const dir = `${mkdtempSync(join(tmpdir(), "coaching-scope-site-"))}/`;
  writeFileSync(join(dir, "index.html"), "<p>ok</p>");
  const server = (await serve(dir, 0)) as Server;
  const { port } = server.address() as AddressInfo;
  try {
    expect(await get(port, "/%E0%A4%A")).toBe(400);
    expect(await get(port, "/%")).toBe(400);
    expect(await get(port, "/")).toBe(200);
    expect(await get(port, "/missing.js")).toBe(404);
    expect(await get(port, "/../../etc/passwd")).not.toBe(200);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
