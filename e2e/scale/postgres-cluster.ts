import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/test-server.mjs";

/**
 * A throwaway PostgreSQL server of our own (Debian's binaries), so a test can stop and start it under a
 * running app without touching the machine's shared server. Runs as the postgres account when started as root.
 */
export interface PostgresCluster {
  url: string;
  start(): void;
  stop(): void;
  remove(): void;
}

function binDir(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const version = readdirSync(base).sort().pop();
  const dir = version ? path.join(base, version, "bin") : null;
  return dir && existsSync(path.join(dir, "initdb")) ? dir : null;
}

export function canRunPostgresCluster(): boolean {
  return binDir() !== null && (process.getuid?.() !== 0 || existsSync("/usr/sbin/runuser") || existsSync("/sbin/runuser"));
}

export async function createPostgresCluster(): Promise<PostgresCluster> {
  const bin = binDir();
  if (!bin) throw new Error("PostgreSQL server binaries are not installed");
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const account = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    const group = execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim();
    chownSync(dir, Number(account), Number(group));
    chmodSync(dir, 0o700);
  }
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : path.join(bin, command), asRoot ? ["-u", "postgres", "--", path.join(bin, command), ...args] : args, { stdio: "pipe", timeout: 60_000 });
  const port = await freePort();
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-instructions"]);
  const start = () => run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  start();
  execFileSync("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-c", "CREATE DATABASE factdesk"], { stdio: "pipe" });
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/factdesk`,
    start,
    stop: () => run("pg_ctl", ["-D", data, "-w", "-m", "fast", "stop"]),
    remove: () => {
      try {
        run("pg_ctl", ["-D", data, "-w", "-m", "immediate", "stop"]);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
