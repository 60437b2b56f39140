// `npm start`: builds when needed, then serves the app on PORT (default 3000) with the embedded
// database in DATA_DIR (default ./data) unless DATABASE_URL points at PostgreSQL.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildIfStale } from "./build-if-stale.mjs";

const root = path.resolve(import.meta.dirname, "..");
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`factdesk: Node.js 20.19 or newer is needed (this is ${process.versions.node}).`);
  process.exit(1);
}

const port = process.env.PORT ?? "3000";
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`factdesk: PORT must be a port number, not "${port}".`);
  process.exit(1);
}

if (!process.env.DATABASE_URL) {
  // Refuse early and clearly instead of letting a second server reach the embedded database.
  const dataDir = path.resolve(process.env.DATA_DIR ?? "./data");
  try {
    const pid = Number.parseInt(readFileSync(path.join(dataDir, "factdesk.lock"), "utf8"), 10);
    process.kill(pid, 0);
    console.error(`factdesk: the embedded database in ${dataDir} is already in use by another factdesk server (pid ${pid}). Stop it first, or set DATA_DIR to another folder.`);
    process.exit(1);
  } catch {
    // No lock, or its owner is gone: free to start.
  }
}

buildIfStale();

const server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "true", NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
