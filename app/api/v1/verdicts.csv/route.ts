import { apiRoute } from "@/server/api";
import { parseSearchParams } from "@/server/api-schemas/common";
import { verdictsCsvQuerySchema } from "@/server/api-schemas/reports";
import { streamVerdictsCsv, verdictExportFilters } from "@/server/reports/verdicts-csv";

export const dynamic = "force-dynamic";

/** GET /api/v1/verdicts.csv?status=&article=&speaker=&kind=&from=&to=: the team's verdicts as CSV, streamed batch by batch. */
export const GET = apiRoute({ role: "viewer" }, ({ request, principal, prisma }) => {
  const filters = verdictExportFilters(parseSearchParams(verdictsCsvQuerySchema, request.nextUrl.searchParams));
  const stream = streamVerdictsCsv({ prisma, teamId: principal.teamId, filters });
  const day = new Date().toISOString().slice(0, 10);
  // The rows are read while the response is sent, batch by batch, as fast as the client takes them.
  return Promise.resolve(
    new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="factdesk-verdicts-${day}.csv"`,
        "cache-control": "private, no-store",
      },
    }),
  );
});
