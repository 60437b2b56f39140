import { z } from "zod";
import type { PrismaClient } from "@/server/repositories/client";
import { searchTeam, type SearchFilters, type SearchResults } from "@/server/repositories/search";

const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .optional()
  .catch(undefined);

const optionalParam = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => value || undefined)
  .catch(undefined);

/** Search parameters as they come from the URL: anything malformed is dropped, never an error page. */
export const searchParamsSchema = z.object({
  q: z.string().max(500).optional().catch(undefined).transform((value) => value ?? ""),
  scope: z.enum(["all", "articles", "claims", "quotes", "speakers"]).optional().catch(undefined).transform((value) => value ?? "all"),
  speaker: optionalParam,
  kind: z.enum(["numeric", "statistic", "event", "comparison", "causal", "other"]).optional().catch(undefined),
  verdict: optionalParam,
  from: dateParam,
  to: dateParam,
});

export type SearchParams = z.output<typeof searchParamsSchema>;

export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const single = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return searchParamsSchema.parse(single);
}

export function isEmptySearch(params: SearchParams): boolean {
  return !params.q.trim() && !params.speaker && !params.kind && !params.verdict && !params.from && !params.to;
}

export async function searchTeamContent(options: { prisma: PrismaClient; teamId: string; params: SearchParams }): Promise<SearchResults> {
  const { params } = options;
  const filters: SearchFilters = {
    query: params.q,
    scope: params.scope,
    speakerId: params.speaker,
    claimKind: params.kind,
    verdict: params.verdict,
    from: params.from,
    to: params.to,
  };
  return searchTeam(options.prisma, options.teamId, filters);
}
