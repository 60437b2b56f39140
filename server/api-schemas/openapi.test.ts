import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiOperations, openApiDocument } from "./openapi";

const v1 = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every route handler under app/api/v1 as "METHOD /api/v1/path/{param}". */
function routeHandlers(): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(v1, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== "route.ts") continue;
    const folder = path.relative(v1, entry.parentPath);
    const urlPath = ["/api/v1", ...folder.split(path.sep).filter(Boolean).map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
    const source = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    for (const [, method] of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${method} ${urlPath}`);
  }
  return found.sort();
}

type Document = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId: string; parameters: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: { $ref?: string } }> }; responses: Record<string, { $ref?: string; content?: unknown }> }>>;
  components: { schemas: Record<string, { examples?: unknown[] }>; responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }>; securitySchemes: Record<string, { type: string; scheme: string }> };
  security: Record<string, string[]>[];
};

const document = openApiDocument() as Document;

describe("the OpenAPI document", () => {
  it("has the shape of an OpenAPI 3.1 document with bearer security", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toBeTruthy();
    expect(document.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.security).toEqual([{ bearerToken: [] }]);
    expect(Object.keys(document.components.schemas).sort()).toEqual(expect.arrayContaining(["Article", "Claim", "ClaimList", "CreateArticleRequest", "Error", "SaveVerdictRequest", "Source", "Verdict"]));
    // Every $ref points at something the document defines.
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/(schemas|responses)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, kind, name] of refs) expect(document.components[kind as "schemas" | "responses"][name!], `${kind}/${name}`).toBeDefined();
    expect(JSON.stringify(document)).not.toContain("$defs");
  });

  it("documents every route handler under app/api/v1 but the document itself, and nothing else", () => {
    const documented = Object.entries(document.paths).flatMap(([urlPath, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${urlPath}`));
    const handlers = routeHandlers().filter((route) => route !== "GET /api/v1/openapi.json");
    expect(handlers.length).toBeGreaterThanOrEqual(8);
    expect(documented.sort()).toEqual(handlers);
  });

  it("gives every operation a unique id, its path parameters, and the shared Error schema for its errors", () => {
    const ids = new Set<string>();
    for (const [urlPath, methods] of Object.entries(document.paths)) {
      for (const operation of Object.values(methods)) {
        expect(ids.has(operation.operationId)).toBe(false);
        ids.add(operation.operationId);
        const pathParams = [...urlPath.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        expect(operation.parameters.filter((parameter) => parameter.in === "path").map((parameter) => parameter.name)).toEqual(pathParams);
        expect(operation.responses["401"]).toEqual({ $ref: "#/components/responses/Unauthenticated" });
        expect(operation.responses["429"]).toEqual({ $ref: "#/components/responses/RateLimited" });
        if (pathParams.length) expect(operation.responses["404"]).toEqual({ $ref: "#/components/responses/NotFound" });
        if (operation.requestBody) {
          for (const status of ["400", "413", "415", "422"]) expect(operation.responses[status], status).toBeDefined();
        }
        expect(Object.keys(operation.responses).some((status) => status.startsWith("2"))).toBe(true);
      }
    }
    for (const response of Object.values(document.components.responses)) expect(response.content["application/json"]?.schema).toEqual({ $ref: "#/components/schemas/Error" });
  });

  it("round-trips the request bodies: each documented example validates against the schema that checks requests", () => {
    const withBodies = apiOperations.filter((operation) => operation.body);
    expect(withBodies.map((operation) => operation.operationId).sort()).toEqual(["addSource", "createArticle", "createExport", "createImport", "saveVerdict"]);
    for (const operation of withBodies) {
      const ref = document.paths[operation.path]![operation.method]!.requestBody!.content["application/json"]!.schema.$ref!;
      const examples = document.components.schemas[ref.split("/").at(-1)!]!.examples ?? [];
      expect(examples.length, operation.operationId).toBeGreaterThan(0);
      for (const example of examples) {
        // As a client would send it: through JSON and back.
        const parsed = operation.body!.schema.safeParse(JSON.parse(JSON.stringify(example)));
        expect(parsed.error?.issues ?? [], operation.operationId).toEqual([]);
      }
      expect(operation.body!.schema.safeParse({ unexpected: true }).success).toBe(false);
    }
  });
});
