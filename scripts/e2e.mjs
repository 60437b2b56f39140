// `npm run test:e2e`: Playwright in Debian's Chromium against a production build with a fresh embedded database.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIfStale } from "./build-if-stale.mjs";
import { ensureChromium } from "./chromium.mjs";
import { startTestServer } from "./test-server.mjs";

const root = path.resolve(import.meta.dirname, "..");
const chromium = ensureChromium();
buildIfStale();

const server = await startTestServer();
if (!server.admin) {
  console.error("e2e: the server did not print the demo admin account on first start:\n" + server.output());
  await server.stop();
  process.exit(1);
}
console.log(`e2e: server healthy at ${server.baseUrl} after ${server.startupMs} ms`);
let status = 1;
try {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium,
      E2E_BASE_URL: server.baseUrl,
      E2E_DATA_DIR: server.dataDir,
      E2E_ADMIN_EMAIL: server.admin.email,
      E2E_ADMIN_PASSWORD: server.admin.password,
    },
  });
  status = result.status ?? 1;
} finally {
  await server.stop();
}
process.exit(status);
