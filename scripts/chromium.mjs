// Finds Debian's Chromium for the end-to-end tests, installing it with apt-get when running as root.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);

export function findChromium() {
  return candidates.find((candidate) => existsSync(candidate));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) {
    console.error("e2e: Chromium is missing: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH) and run the tests again.");
    process.exit(1);
  }
  console.log("e2e: installing Debian's chromium (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { stdio: "inherit", env });
  const installed = findChromium();
  if (!installed) {
    console.error("e2e: apt-get finished but no chromium binary was found; set CHROMIUM_PATH.");
    process.exit(1);
  }
  return installed;
}
