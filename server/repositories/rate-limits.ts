import type { DbClient } from "./client";

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  /** When the current window ends and the count starts again. */
  resetAt: Date;
}

/**
 * Counts one hit against `key` in a fixed window, atomically in one statement, so every app instance
 * shares the count (no state in process memory).
 */
export async function hitRateLimit(db: DbClient, key: string, limit: number, windowMs: number, now = new Date()): Promise<RateLimitResult> {
  const windowFloor = new Date(now.getTime() - windowMs);
  const [row] = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const count = row?.count ?? 1;
  const windowStart = row?.windowStart ?? now;
  return { allowed: count <= limit, remaining: Math.max(0, limit - count), resetAt: new Date(windowStart.getTime() + windowMs) };
}

export async function clearRateLimit(db: DbClient, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Whether `key` is still under `limit` in its current window, without counting a hit. */
export async function underRateLimit(db: DbClient, key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, windowStart: true } });
  return !row || row.windowStart.getTime() <= now.getTime() - windowMs || row.count < limit;
}
