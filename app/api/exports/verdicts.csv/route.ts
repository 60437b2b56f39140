import type { NextRequest } from "next/server";
import { errorResponse } from "@/server/api";
import { prisma } from "@/server/db";
import { parseVerdictExportQuery, streamVerdictsCsv, verdictExportFilters } from "@/server/reports/verdicts-csv";
import { authorise } from "@/server/session";

export const dynamic = "force-dynamic";

/** GET /api/exports/verdicts.csv?status=&speaker=&kind=&article=&from=&to= → every matching verdict of the team, streamed as CSV. */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const { membership } = await authorise("viewer");
    const filters = verdictExportFilters(parseVerdictExportQuery(request.nextUrl.searchParams));
    const stream = streamVerdictsCsv({ prisma: await prisma(), teamId: membership.teamId, filters });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="factdesk-verdicts-${day}.csv"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
