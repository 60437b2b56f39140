import { sessionRoute } from "@/server/api";
import { parseVerdictExportQuery, streamVerdictsCsv, verdictExportFilters } from "@/server/reports/verdicts-csv";

export const dynamic = "force-dynamic";

/** GET /api/exports/verdicts.csv?status=&speaker=&kind=&article=&from=&to= → every matching verdict of the team, streamed as CSV. */
export const GET = sessionRoute({ role: "viewer" }, ({ request, membership, prisma }) => {
  const filters = verdictExportFilters(parseVerdictExportQuery(request.nextUrl.searchParams));
  const stream = streamVerdictsCsv({ prisma, teamId: membership.teamId, filters });
  const day = new Date().toISOString().slice(0, 10);
  return Promise.resolve(
    new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="factdesk-verdicts-${day}.csv"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    }),
  );
});
