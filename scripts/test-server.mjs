// Starts the production server on a free port with a fresh embedded database, for the e2e tests and benchmarks.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(baseUrl, timeoutMs = 120_000, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return await response.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server at ${baseUrl} was not healthy after ${timeoutMs} ms`);
}

/**
 * Starts `next start` with its own data folder. Resolves once healthy, with the demo admin's
 * credentials read from the server's first-run output.
 * @param {{ dataDir?: string, port?: number, env?: Record<string, string>, quiet?: boolean, hostname?: string }} [options]
 */
export async function startTestServer({ dataDir: chosenDataDir, port: chosenPort, env = {}, quiet = true, hostname } = {}) {
  const ownDataDir = !chosenDataDir;
  const dataDir = chosenDataDir ?? mkdtempSync(path.join(os.tmpdir(), "factdesk-e2e-"));
  const port = chosenPort ?? (await freePort());
  const baseUrl = `http://${hostname ?? "localhost"}:${port}`;
  const childEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "true", DATA_DIR: dataDir, PORT: String(port), AUTH_SECRET: randomBytes(32).toString("base64url"), ...env };
  if (!("DATABASE_URL" in env)) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), ...(hostname ? ["-H", hostname] : [])], {
    cwd: root,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk) => {
    output += chunk;
    if (!quiet) process.stdout.write(chunk);
  };
  child.stdout.setEncoding("utf8").on("data", collect);
  child.stderr.setEncoding("utf8").on("data", collect);
  const startedAt = Date.now();
  try {
    await waitForHealth(baseUrl, 120_000, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error.message}\n--- server output ---\n${output}`);
  }
  const email = /Sign in as\s+(\S+)/.exec(output)?.[1];
  const password = /Password\s+(\S+)/.exec(output)?.[1];
  return {
    baseUrl,
    port,
    dataDir,
    child,
    startupMs: Date.now() - startedAt,
    admin: email && password ? { email, password } : null,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
