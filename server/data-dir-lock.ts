import { mkdirSync, readFileSync, rmSync, writeFileSync, accessSync, constants } from "node:fs";
import path from "node:path";

/**
 * One process at a time may open the embedded database: two PGlite instances on one folder
 * raise no error and silently corrupt it. The lock file holds the owner's pid; a lock whose
 * owner is dead is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another process (pid ${ownerPid}). ` +
        `Stop that process first, or use a different DATA_DIR.`,
    );
    this.name = "DataDirLockedError";
  }
}

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, "factdesk.lock");
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid holding the data folder, or null when it is free. */
export function lockOwner(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFilePath(dataDir), "utf8").trim(), 10);
    return isProcessAlive(pid) && pid !== process.pid ? pid : null;
  } catch {
    return null;
  }
}

export function ensureWritableDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "error";
    throw new Error(`The data folder ${dataDir} is not writable (${reason}); set DATA_DIR to a folder this user can write.`);
  }
}

/** Takes the lock or throws DataDirLockedError; returns the function that releases it. */
export function acquireDataDirLock(dataDir: string): () => void {
  ensureWritableDataDir(dataDir);
  const file = lockFilePath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = lockOwner(dataDir);
      if (owner !== null) throw new DataDirLockedError(dataDir, owner);
      // The owner died without releasing it: remove the stale lock and try again.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${file}; remove it if no factdesk process is running.`);
}
