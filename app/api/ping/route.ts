import { NextResponse } from "next/server";

// Dynamic on purpose: the load test uses it as the framework's ceiling for a route handler that does no work.
export const dynamic = "force-dynamic";

/** GET /api/ping: a constant answer with no database and no session, to measure the server itself. */
export function GET(): NextResponse {
  return NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
