import { expect, test } from "@playwright/test";

test("the OpenAPI document is public and describes every route with the bearer scheme", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const document = (await response.json()) as {
    openapi: string;
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { scheme: string }> };
  };
  expect(document.openapi).toBe("3.1.0");
  expect(document.components.securitySchemes.bearerToken?.scheme).toBe("bearer");
  expect(Object.keys(document.paths).sort()).toEqual([
    "/api/v1/articles",
    "/api/v1/articles/{id}",
    "/api/v1/articles/{id}/report",
    "/api/v1/claims",
    "/api/v1/claims/{id}",
    "/api/v1/claims/{id}/sources",
    "/api/v1/claims/{id}/verdict",
    "/api/v1/exports",
    "/api/v1/exports/{id}",
    "/api/v1/exports/{id}/file",
    "/api/v1/imports",
    "/api/v1/imports/{id}",
    "/api/v1/verdicts.csv",
  ]);
  expect(Object.keys(document.paths["/api/v1/claims/{id}/verdict"]!.put!.responses).sort()).toEqual(["200", "201", "400", "401", "403", "404", "409", "413", "415", "422", "429"]);
  expect(document.components.schemas).toHaveProperty("Error");
});
