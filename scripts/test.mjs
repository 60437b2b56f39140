// `npm test`: the whole suite, in order: typecheck, lint, unit and integration tests (Vitest, against
// PGlite and, when TEST_DATABASE_URL is set, PostgreSQL too), then the end-to-end tests in Chromium.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);
const steps = [
  { name: "typecheck", args: [bin("typescript", "bin/tsc"), "--noEmit", "-p", "."] },
  { name: "lint", args: [bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."] },
  { name: "unit and integration tests", args: [bin("vitest", "vitest.mjs"), "run"] },
  { name: "end-to-end tests", args: [path.join(root, "scripts", "e2e.mjs")] },
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const timings = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, step.args, { cwd: root, stdio: "inherit", env });
  timings.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}). Timings: ${timings.join(", ")}`);
    process.exit(result.status || 1);
  }
}
console.log(`\n✔ all passed. Timings: ${timings.join(", ")}`);
