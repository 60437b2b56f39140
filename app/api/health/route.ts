import { NextResponse } from "next/server";
import { databaseOpenError, readyDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

/** 200 once the database is open and migrated and answers; 503 before that or while it is unreachable. */
export async function GET(): Promise<NextResponse> {
  const db = readyDatabase();
  const headers = { "cache-control": "no-store" };
  if (!db) {
    const error = databaseOpenError();
    return NextResponse.json({ status: error ? "error" : "starting", ...(error ? { message: error.message } : {}) }, { status: 503, headers });
  }
  if (!(await db.ping())) return NextResponse.json({ status: "unavailable", database: db.kind }, { status: 503, headers });
  return NextResponse.json({ status: "ok", database: db.kind }, { headers });
}
