import { expect, test } from "@playwright/test";
import { startTestServer } from "../../scripts/test-server.mjs";
import { adminCli } from "../fixtures";
import { canRunPostgresCluster, createPostgresCluster } from "./postgres-cluster";

// PostgreSQL restarted under load: while it is down every request fails with a clear 503 (never a 500
// or a hang), and the app recovers by itself when it is back, without a restart.

test("requests get a clear 503 while PostgreSQL is down and recover by themselves", async ({ request }) => {
  test.skip(!canRunPostgresCluster(), "needs PostgreSQL's server binaries");
  test.setTimeout(180_000);
  const cluster = await createPostgresCluster();
  const server = await startTestServer({ env: { DATABASE_URL: cluster.url } }).catch((error: Error) => {
    cluster.remove();
    throw error;
  });
  try {
    const cli = await adminCli(["token:create", "--email", server.admin!.email, "--team", "Demo Newsroom", "--name", "outage"], server.dataDir, cluster.url);
    const token = cli.stdout.trim().split("\n").pop()!;
    const headers = { authorization: `Bearer ${token}` };
    const claims = `${server.baseUrl}/api/v1/claims?limit=20`;
    expect((await request.get(claims, { headers })).status()).toBe(200);

    // Steady load from four clients for the whole test.
    const statuses: { at: number; status: number; code?: string; ms: number }[] = [];
    let loading = true;
    const client = async () => {
      while (loading) {
        const started = Date.now();
        const response = await request.get(claims, { headers, timeout: 20_000 }).catch(() => null);
        const status = response?.status() ?? 0;
        const code = status === 200 || !response ? undefined : ((await response.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code;
        statuses.push({ at: started, status, code, ms: Date.now() - started });
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const stoppedAt = Date.now();
    cluster.stop();
    await expect.poll(async () => (await request.get(claims, { headers })).status(), { timeout: 15_000 }).toBe(503);
    const down = await request.get(claims, { headers });
    expect(down.status()).toBe(503);
    expect(down.headers()["retry-after"]).toBe("5");
    expect(((await down.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: "unavailable",
      message: "The database cannot be reached right now. Nothing was changed; try again in a moment.",
    });
    const health = await request.get(`${server.baseUrl}/api/health`);
    expect(health.status()).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const restartedAt = Date.now();
    cluster.start();
    await expect.poll(async () => (await request.get(claims, { headers })).status(), { timeout: 30_000 }).toBe(200);
    const recoveredMs = Date.now() - restartedAt;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    loading = false;
    await Promise.all(clients);

    const during = statuses.filter((entry) => entry.at >= stoppedAt && entry.at < restartedAt);
    const after = statuses.filter((entry) => entry.at >= restartedAt + recoveredMs);
    console.log(`outage: ${statuses.length} requests, ${during.length} while down (${during.filter((entry) => entry.status === 503).length} answered 503), recovered ${recoveredMs} ms after the restart`);
    // Nothing but successes and clear 503s; no 500s, no dropped connections, no hangs.
    expect(statuses.filter((entry) => entry.status !== 200 && !(entry.status === 503 && entry.code === "unavailable"))).toEqual([]);
    expect(during.filter((entry) => entry.status === 503).length).toBeGreaterThan(0);
    expect(Math.max(...statuses.map((entry) => entry.ms))).toBeLessThan(15_000);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((entry) => entry.status === 200)).toBe(true);
    expect((await request.get(`${server.baseUrl}/api/health`)).status()).toBe(200);
  } finally {
    await server.stop();
    cluster.remove();
  }
});
