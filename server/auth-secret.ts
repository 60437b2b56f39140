import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureWritableDataDir } from "./data-dir-lock";

/**
 * Makes sure AUTH_SECRET is set before the first request. The embedded single-instance setup keeps a
 * generated secret in the data folder, so a newcomer needs no configuration; several instances on
 * PostgreSQL must share one secret, so there it has to be configured.
 */
export function ensureAuthSecret(options: { databaseUrl: string | undefined; dataDir: string; production: boolean }): "configured" | "data-dir" | "ephemeral" {
  if (process.env.AUTH_SECRET?.trim()) return "configured";
  if (options.databaseUrl) {
    if (options.production) {
      throw new Error("AUTH_SECRET is not set: every instance needs the same secret (generate one with `openssl rand -base64 32`).");
    }
    process.env.AUTH_SECRET = randomBytes(32).toString("base64url");
    return "ephemeral";
  }
  ensureWritableDataDir(options.dataDir);
  const file = path.join(options.dataDir, "auth-secret");
  let secret: string;
  try {
    secret = readFileSync(file, "utf8").trim();
  } catch {
    secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  }
  process.env.AUTH_SECRET = secret;
  return "data-dir";
}
