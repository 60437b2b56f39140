import { chmodSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { PrismaClient } from "./repositories/client";
import { runAdminCommand, type CommandOutcome } from "./admin-commands";

/**
 * The embedded database belongs to one process. While the app holds it, the admin CLI hands its
 * command to the app over this Unix socket (owner-only permissions) and the app runs it.
 */
export function adminSocketPath(dataDir: string): string {
  return path.join(dataDir, "admin.sock");
}

const maxRequestBytes = 64 * 1024;

export async function startAdminSocket(dataDir: string, prisma: PrismaClient): Promise<() => Promise<void>> {
  const socketPath = adminSocketPath(dataDir);
  rmSync(socketPath, { force: true });
  const server = net.createServer((connection) => {
    let buffer = "";
    connection.setEncoding("utf8");
    connection.on("data", (chunk: string) => {
      buffer += chunk;
      if (buffer.length > maxRequestBytes) return connection.destroy();
      const newline = buffer.indexOf("\n");
      if (newline < 0) return;
      const line = buffer.slice(0, newline);
      void respond(line).then((outcome) => connection.end(JSON.stringify(outcome) + "\n"));
    });
    connection.on("error", () => undefined);
  });
  const respond = async (line: string): Promise<CommandOutcome> => {
    try {
      const request = JSON.parse(line) as { argv?: unknown };
      if (!Array.isArray(request.argv) || !request.argv.every((arg) => typeof arg === "string")) {
        return { exitCode: 2, stdout: "", stderr: "Malformed admin request.\n" };
      }
      return await runAdminCommand(prisma, request.argv);
    } catch {
      return { exitCode: 2, stdout: "", stderr: "Malformed admin request.\n" };
    }
  };
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      rmSync(socketPath, { force: true });
    });
}

/** Sends a command to the running app; rejects when no app answers on the socket. */
export function sendAdminCommand(dataDir: string, argv: string[], timeoutMs = 30_000): Promise<CommandOutcome> {
  return new Promise((resolve, reject) => {
    const connection = net.createConnection(adminSocketPath(dataDir));
    let buffer = "";
    const timer = setTimeout(() => {
      connection.destroy();
      reject(new Error("The running app did not answer the admin command in time."));
    }, timeoutMs);
    connection.setEncoding("utf8");
    connection.on("connect", () => connection.write(JSON.stringify({ argv }) + "\n"));
    connection.on("data", (chunk: string) => (buffer += chunk));
    connection.on("end", () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(buffer) as CommandOutcome);
      } catch {
        reject(new Error("The running app sent a malformed answer."));
      }
    });
    connection.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
