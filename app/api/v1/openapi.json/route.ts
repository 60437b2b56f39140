import { NextResponse } from "next/server";
import { openApiDocument } from "@/server/api-schemas/openapi";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. Public: it describes the API, it holds no data. */
export function GET(): NextResponse {
  return NextResponse.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
}
