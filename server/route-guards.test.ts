import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every route handler that changes something must come through one of server/api.ts's guards:
// apiRoute (bearer token, no cookies, so nothing another site can forge), sessionRoute or sameOriginOnly
// (cookie-authenticated, so cross-site requests are refused). A plain `export async function POST` would
// skip the CSRF check; this test fails until the new handler is wrapped.
const root = path.resolve(import.meta.dirname, "..");
const mutatingMethods = ["POST", "PUT", "PATCH", "DELETE"];
const guards = ["apiRoute", "sessionRoute", "sameOriginOnly"];

function routeFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

/** The mutating methods a route module exports, each with the expression it is exported as. */
function mutatingExports(source: string): { method: string; guarded: boolean }[] {
  const found: { method: string; guarded: boolean }[] = [];
  for (const method of mutatingMethods) {
    const declared = new RegExp(`export\\s+(?:async\\s+)?function\\s+${method}\\b`).test(source);
    const assigned = new RegExp(`export\\s+const\\s+${method}\\s*=\\s*(\\w+)`).exec(source);
    const reExported = new RegExp(`export\\s*(?:const\\s*)?\\{[^}]*\\b${method}\\b[^}]*\\}`).test(source);
    if (declared || reExported) found.push({ method, guarded: false });
    else if (assigned) found.push({ method, guarded: guards.includes(assigned[1] ?? "") });
  }
  return found;
}

describe("route handler guards", () => {
  const files = routeFiles(path.join(root, "app"));

  it("finds the route handlers", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [path.relative(root, file)]))("%s wraps every mutating method in a guard", (file) => {
    const unguarded = mutatingExports(readFileSync(path.join(root, file), "utf8")).filter((entry) => !entry.guarded);
    expect(unguarded.map((entry) => entry.method)).toEqual([]);
  });

  it("recognises unguarded handlers in every form they can be written", () => {
    expect(mutatingExports("export async function POST(request) {}")).toEqual([{ method: "POST", guarded: false }]);
    expect(mutatingExports("export const { GET, POST } = handlers;")).toEqual([{ method: "POST", guarded: false }]);
    expect(mutatingExports("export const DELETE = handlers.DELETE;")).toEqual([{ method: "DELETE", guarded: false }]);
    expect(mutatingExports("export const PUT = sessionRoute({ role: 'editor' }, async () => {});")).toEqual([{ method: "PUT", guarded: true }]);
    expect(mutatingExports("export const GET = sessionRoute({ role: 'viewer' }, async () => {});")).toEqual([]);
  });
});
