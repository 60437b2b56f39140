import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../../scripts/test-server.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");

/** Starts the production server with the given environment and collects what it prints until it exits. */
async function startExpectingFailure(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  // The server only exits on bad configuration once something asks it to boot: the health route does.
  const poke = setInterval(() => void fetch(`http://localhost:${port}/api/health`).catch(() => undefined), 300);
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(poke);
  clearTimeout(timer);
  return { code, output };
}

test.describe("bad configuration stops the server with one clear line", () => {
  test.setTimeout(90_000);

  test("an unreachable DATABASE_URL", async () => {
    const { code, output } = await startExpectingFailure({ DATABASE_URL: "postgresql://nobody@127.0.0.1:1/factdesk", AUTH_SECRET: "x".repeat(32) });
    expect(code).toBe(1);
    expect(output).toContain("factdesk: Cannot reach the PostgreSQL database in DATABASE_URL (connection refused).");
  });

  test("a missing AUTH_SECRET in production with PostgreSQL", async () => {
    const { code, output } = await startExpectingFailure({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" });
    expect(code).toBe(1);
    expect(output).toContain("factdesk: AUTH_SECRET is not set: every instance needs the same secret");
  });

  test("a data folder that cannot be written", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-badconfig-"));
    try {
      const file = path.join(dir, "not-a-folder");
      writeFileSync(file, "");
      const { code, output } = await startExpectingFailure({ DATA_DIR: path.join(file, "data") });
      expect(code).toBe(1);
      expect(output).toContain(`factdesk: The data folder ${path.join(file, "data")} is not writable`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
